// load_plan_version: a new version read from the last one by parsing only the entries whose
// lines changed must give exactly what load_plan gives. Debug and sanitizer builds also compare
// the two YAML trees node by node inside the loader and stop on a difference; here the results
// are compared as users see them, and the lines parsed are counted, so that the fast way is
// known to be taken where it should be, and refused where it must be.

#include "support.hpp"

#include <most/load.hpp>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <array>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace {

using namespace most;

std::string where(SourceLocation at) { return fmt::format("{}:{}", at.line, at.column); }

template <class T> std::string field(const Field<T>& value) {
  if constexpr (std::is_same_v<T, std::string>) {
    return fmt::format("{}@{}", value.value.value_or("-"), where(value.location));
  } else if constexpr (std::is_same_v<T, Date>) {
    return fmt::format("{}@{}", value.value ? format_date(*value.value) : "-",
                       where(value.location));
  } else if constexpr (std::is_same_v<T, double>) {
    return fmt::format("{}@{}", value.value.value_or(-1), where(value.location));
  } else {
    return fmt::format("{}@{}", value.value.has_value(), where(value.location));
  }
}

// What a reader of the plan sees: findings with their positions, and every item's fields.
std::string summary(const LoadResult& loaded) {
  std::string out = fmt::format("ok={}\n", loaded.ok);
  for (const Diagnostic& finding : loaded.diagnostics) {
    out += fmt::format("{} {} {}\n", finding.rule, where(finding.location), finding.message);
  }
  const Plan& plan = loaded.plan;
  out += fmt::format("mission {} {} {} {}\n", where(plan.mission.info.location),
                     field(plan.mission.statement), field(plan.mission.start),
                     field(plan.mission.deadline));
  for (const TeamMember& member : plan.team) {
    out += fmt::format("member {} {}\n", member.id, where(member.location));
  }
  for (const Objective& objective : plan.objectives) {
    out +=
        fmt::format("objective {} {} {} {} {}\n", objective.info.id, where(objective.info.location),
                    field(objective.statement), field(objective.deadline), field(objective.owner));
    for (const Checkin& checkin : objective.checkins) {
      out += fmt::format("  checkin {} {}\n", field(checkin.date), field(checkin.value));
    }
    for (const Strategy& strategy : objective.strategies) {
      out += fmt::format("  strategy {} {} {}\n", strategy.info.id, where(strategy.info.location),
                         field(strategy.statement));
      for (const Tactic& tactic : strategy.tactics) {
        out += fmt::format("    tactic {} {} {} {} {} {}\n", tactic.info.id,
                           where(tactic.info.location), field(tactic.action), field(tactic.owner),
                           field(tactic.due), field(tactic.status));
      }
    }
  }
  return out;
}

std::size_t line_count(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
}

// Reads `after` from the reading of `before`, checks it against a whole read, and returns how
// many lines were parsed.
std::size_t read_after(const std::string& before, const std::string& after) {
  const LoadedVersion first = load_plan_version(before, "plan.yaml", nullptr);
  const LoadedVersion second = load_plan_version(after, "plan.yaml", first.reading.get());
  INFO("before:\n" << before << "\nafter:\n" << after);
  CHECK(summary(second.result) == summary(load_plan(after, "plan.yaml")));
  return second.parsed_lines;
}

std::string replace_once(std::string text, std::string_view from, std::string_view to) {
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

const std::string kPlan = R"(most: 1
mission:
  statement: Be the region's first dealer
  start: 2026-01-01
  deadline: 2026-12-31
objectives:
  - id: O1
    statement: Sell 120 cars by June 30
    deadline: 2026-06-30
    metric:
      unit: cars
      baseline: 100
      target: 120
    checkins: [{date: 2026-02-01, value: 104}]
    strategies:
      - id: S1
        statement: Win back lapsed customers
        tactics:
          - id: T1
            action: Call every lapsed customer
            owner: anna
            due: 2026-03-15
          - id: T2
            action: Send the spring offer
            owner: tom
            due: 2026-04-15
            status: done
          # the last tactic of S1
          - id: T3
            action: Hold an open day
            due: 2026-05-15
  - id: O2
    statement: Keep 90% of service customers through 2026
    deadline: 2026-12-31
    strategies:
      - id: S2
        statement: Call after every service
        tactics:
          - id: T4
            action: Set up the calls
            due: 2026-02-15
)";

} // namespace

TEST_CASE("a changed value parses only its own line") {
  const std::size_t lines =
      read_after(kPlan, replace_once(kPlan, "due: 2026-04-15", "due: 2026-04-22"));
  CHECK(lines == 1);
}

TEST_CASE("a check-in added to an inline list parses only that line") {
  CHECK(read_after(kPlan, replace_once(kPlan, "value: 104}]",
                                       "value: 104}, {date: 2026-03-01, "
                                       "value: 109}]")) == 1);
}

TEST_CASE("a key added at the end of an entry parses the entry before it and the new line") {
  // The checkins: line goes after metric:, whose lines are parsed again with it.
  const std::string without =
      replace_once(kPlan, "    checkins: [{date: 2026-02-01, value: 104}]\n", "");
  const std::size_t lines =
      read_after(without, replace_once(without, "    strategies:\n      - id: S1",
                                       "    checkins: [{date: 2026-02-01, value: 104}]\n"
                                       "    strategies:\n      - id: S1"));
  CHECK(lines == 5);
}

TEST_CASE("several changes far apart each parse their own entry") {
  std::string after = replace_once(kPlan, "due: 2026-03-15", "due: 2026-03-22");
  after = replace_once(after, "due: 2026-02-15", "due: 2026-02-28");
  after = replace_once(after, "statement: Be the region's first dealer", "statement: Be first");
  // T4's due: is the last line, parsed with the empty line after the last '\n'.
  CHECK(read_after(kPlan, after) == 4);
}

TEST_CASE("tactics added, removed and moved are read as a whole read reads them") {
  const std::string t3 =
      "          # the last tactic of S1\n          - id: T3\n            action: "
      "Hold an open day\n            due: 2026-05-15\n";
  const std::string removed = replace_once(kPlan, t3, "");
  CHECK(read_after(kPlan, removed) < line_count(kPlan) / 2);
  CHECK(read_after(removed, kPlan) < line_count(kPlan) / 2);
  // T3 moved to S2: both tactic lists change.
  const std::string moved =
      replace_once(removed, "            due: 2026-02-15\n", "            due: 2026-02-15\n" + t3);
  CHECK(read_after(kPlan, moved) < line_count(kPlan) / 2);
  // The first tactic removed: its list now starts at T2.
  const std::string first = replace_once(kPlan,
                                         "          - id: T1\n            action: Call every "
                                         "lapsed customer\n            owner: anna\n            "
                                         "due: 2026-03-15\n",
                                         "");
  read_after(kPlan, first);
  read_after(first, kPlan);
}

TEST_CASE("what a part cannot show alone is parsed whole") {
  const std::size_t all = line_count(kPlan);
  SECTION("a key written twice in one mapping") {
    CHECK(read_after(kPlan, replace_once(kPlan, "            status: done\n",
                                         "            status: done\n            owner: lisa\n")) ==
          all + 1);
  }
  SECTION("an anchor and an alias") {
    CHECK(read_after(kPlan, replace_once(kPlan, "owner: anna", "owner: &lead anna")) == all);
    const std::string anchored = replace_once(kPlan, "owner: anna", "owner: &lead anna");
    CHECK(read_after(anchored, replace_once(anchored, "owner: tom", "owner: *lead")) == all);
  }
  SECTION("lines that only the whole text can place") {
    struct Case {
      std::string_view what, from, to;
    };
    const std::vector<Case> cases{
        {"a line indented less than its list", "            owner: tom", "          owner: tom"},
        {"an item indented less than its list", "          - id: T2", "        - id: T2"},
        {"a quote left open", "action: Send the spring offer", "action: \"Send the"},
        {"a bracket left open", "value: 104}]", "value: 104}"},
        {"a tab", "            owner: tom", "\t    owner: tom"},
        {"a lone carriage return", "owner: tom\n", "owner: tom\r"},
        {"a second document", "  - id: O2\n", "---\n  - id: O2\n"},
        {"an empty value before the next entry", "due: 2026-05-15", "due:"},
        {"an empty value at the end", "due: 2026-02-15", "due:"},
        {"a block scalar", "action: Hold an open day",
         "action: |\n              Hold an open day\n              with coffee"},
        {"all of a list removed",
         "          - id: T4\n            action: Set up the calls\n            due: 2026-02-15\n",
         ""},
    };
    for (const Case& edit : cases) {
      INFO(edit.what);
      const std::string after = replace_once(kPlan, edit.from, edit.to);
      CHECK(read_after(kPlan, after) == line_count(after));
    }
  }
}

TEST_CASE("every line removed, repeated or swapped in each example reads as a whole read") {
  // Edits a plan author makes by accident, line by line over real plans; in debug and
  // sanitizer builds the loader also compares the trees node by node.
  std::vector<std::filesystem::path> plans{MOST_SOURCE_DIR "/examples/sales-dealer.yaml",
                                           MOST_SOURCE_DIR "/examples/common-mistakes.yaml",
                                           MOST_SOURCE_DIR "/examples/team-anchors.yaml"};
  std::map<std::string, std::array<std::size_t, 3>> fast; // per plan: removed, repeated, swapped
  for (const auto& path : plans) {
    const std::string text = most::test::read_file(path);
    std::vector<std::string> lines;
    for (std::size_t start = 0; start <= text.size();) {
      const std::size_t end = std::min(text.find('\n', start), text.size());
      lines.push_back(text.substr(start, end - start));
      start = end + 1;
    }
    const auto join = [](const std::vector<std::string>& parts) {
      std::string out;
      for (std::size_t i = 0; i < parts.size(); ++i) {
        out += parts[i];
        if (i + 1 < parts.size()) {
          out += '\n';
        }
      }
      return out;
    };
    const std::size_t all = line_count(text);
    auto& counts = fast[path.filename().string()];
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
      std::vector<std::vector<std::string>> variants(3, lines);
      variants[0].erase(variants[0].begin() + static_cast<std::ptrdiff_t>(i));
      variants[1].insert(variants[1].begin() + static_cast<std::ptrdiff_t>(i), lines[i]);
      std::swap(variants[2][i], variants[2][i + 1]);
      for (std::size_t v = 0; v < variants.size(); ++v) {
        counts[v] += read_after(text, join(variants[v])) < all / 2 ? 1 : 0;
      }
    }
  }
  // sales-dealer.yaml has 273 lines. A repeated line is mostly a repeated key, which only a
  // whole read reports; a removed or swapped one mostly stays inside one entry. Anchors
  // (team-anchors.yaml) are always read whole.
  const auto& dealer = fast["sales-dealer.yaml"];
  INFO("sales-dealer.yaml, read fast: " << dealer[0] << " removed, " << dealer[1] << " repeated, "
                                        << dealer[2] << " swapped");
  CHECK(dealer[0] > 200);
  CHECK(dealer[2] > 150);
  CHECK(fast["team-anchors.yaml"] == std::array<std::size_t, 3>{0, 0, 0});
}
