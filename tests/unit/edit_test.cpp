// The editing commands of SPEC §4.2 as library calls: every example, fixture and fuzz-corpus
// plan that loads gets each edit on every eligible item, and the new text must differ from the
// old only in the lines the edit touches; then the layouts (flow, comments, quotes, CRLF, BOM,
// aliases) and every refusal.

#include "support.hpp"

#include <most/edit.hpp>
#include <most/load.hpp>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <filesystem>
#include <string>
#include <vector>

using namespace most;
namespace fs = std::filesystem;

namespace {

Date day(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end + 1;
    lines.emplace_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

/// Lines removed and added between two texts once their common head and tail are set aside.
std::pair<std::size_t, std::size_t> changed_lines(std::string_view before, std::string_view after) {
  const std::vector<std::string> a = lines_of(before);
  const std::vector<std::string> b = lines_of(after);
  std::size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) {
    ++head;
  }
  std::size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
    ++tail;
  }
  return {a.size() - head - tail, b.size() - head - tail};
}

/// Every plan the repository holds: examples, rule fixtures, fuzz regressions, CLI plans.
std::vector<fs::path> corpus() {
  std::vector<fs::path> files;
  for (const char* dir :
       {"examples", "tests/fixtures", "tests/fuzz/regressions", "tests/cli/plans"}) {
    const fs::path root = fs::path(MOST_SOURCE_DIR) / dir;
    if (!fs::exists(root)) {
      continue;
    }
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (entry.is_regular_file() && entry.file_size() < (1U << 20U)) {
        files.push_back(entry.path());
      }
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool editable(const LoadResult& loaded) {
  if (!loaded.ok || !loaded.plan.mission.start || !loaded.plan.mission.deadline) {
    return false;
  }
  return std::none_of(
      loaded.diagnostics.begin(), loaded.diagnostics.end(), [](const Diagnostic& d) {
        return d.rule == "yaml-syntax" || d.rule == "not-a-plan" || d.rule == "duplicate-key";
      });
}

std::string with_crlf_and_bom(std::string_view text) {
  std::string out = "\xEF\xBB\xBF";
  for (const char c : text) {
    if (c == '\n') {
      out += '\r';
    }
    out += c;
  }
  return out;
}

bool all_crlf(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) {
      return false;
    }
  }
  return true;
}

const Objective& objective(const Plan& plan, std::string_view id) {
  for (const Objective& o : plan.objectives) {
    if (o.info.id == id) {
      return o;
    }
  }
  FAIL("no objective " << id);
  return plan.objectives.front();
}

const Tactic& tactic(const Plan& plan, std::string_view id) {
  const Tactic* found = nullptr;
  for_each_tactic(plan, [&](const Objective&, const Strategy&, const Tactic& t) {
    if (t.info.id == id && found == nullptr) {
      found = &t;
    }
  });
  REQUIRE(found != nullptr);
  return *found;
}

} // namespace

TEST_CASE("every edit of every plan in the repository changes only its own lines", "[edit]") {
  std::size_t edits = 0;
  for (const fs::path& path : corpus()) {
    const std::string raw = most::test::read_file(path);
    for (const bool crlf : {false, true}) {
      const std::string text = crlf ? with_crlf_and_bom(raw) : raw;
      const LoadResult loaded = load_plan(text, "plan.yaml");
      if (!editable(loaded)) {
        continue;
      }
      INFO(path.string() << (crlf ? " (CRLF, BOM)" : ""));
      const Date end = *loaded.plan.mission.deadline;
      const Date start = *loaded.plan.mission.start;
      if (end < start) {
        continue;
      }
      const auto check = [&](const EditOutcome& outcome, std::size_t max_removed,
                             std::size_t max_added) {
        INFO(outcome.error);
        // A refusal is fine; a failed proof is a bug in the edit.
        CHECK(outcome.error.find("please report") == std::string::npos);
        if (!outcome.ok) {
          return;
        }
        ++edits;
        const auto [removed, added] = changed_lines(text, outcome.text);
        CHECK(removed <= max_removed);
        CHECK(added <= max_added);
        if (crlf) {
          CHECK(outcome.text.starts_with("\xEF\xBB\xBF"));
          CHECK(all_crlf(outcome.text));
        }
      };
      for (const Objective& o : loaded.plan.objectives) {
        if (!o.metric || !o.metric->baseline) {
          continue;
        }
        CheckinRequest request;
        request.objective = o.info.id;
        request.value = "+1";
        request.date = end;
        request.replace = true;
        request.force = true;
        check(add_checkin(text, "plan.yaml", request, end), 1, 5);
      }
      for_each_tactic(loaded.plan, [&](const Objective&, const Strategy&, const Tactic& t) {
        if (t.is_open()) {
          const std::vector<std::string> ids{t.info.id};
          check(mark_done(text, "plan.yaml", ids, start, end), 2, 2);
        }
        check(set_value(text, "plan.yaml", t.info.id, "due", format_date(end), end), 1, 1);
      });
    }
  }
  CHECK(edits > 100);
}

namespace {

constexpr std::string_view kPlan = R"(# The north team's plan.
most: 1
mission:
  statement: "To be one of the top five dealers in the region within 12 months"
  start: 2026-01-01
  deadline: 2026-12-31
team:
  - id: anna
  - id: bram
objectives:
  - id: O1
    statement: Increase sales volume by 10% by June 30   # the big one
    deadline: 2026-06-30
    metric:
      baseline: 100
      target: 110
    checkins:
      - date: 2026-02-01
        value: 102
    strategies:
      - statement: Target key accounts
        tactics:
          - action: Call the top 20 accounts
            owner: anna
            due: 2026-03-31
            status: 'doing'   # since Monday

          - {action: Send the offer, owner: bram, due: 2026-04-15}
  - id: O2
    statement: Win 20 new key accounts by June 30
    metric: {baseline: 0, target: 20}
    checkins: [{date: 2026-02-01, value: 3}]
    strategies:
      - statement: Visit fleets
        tactics:
          - action: Visit the 15 largest fleets
            owner: bram
            due: 2026-05-20
  - id: O3
    statement: Raise satisfaction from 7.8 to 8.5 by September 30
    metric:
      baseline: 7.8
      target: 8.5

    strategies:
      - statement: Call after service
        tactics:
          - action: Call every customer after a service visit
            owner: anna
            due: 2026-09-30
  - id: O4
    statement: Open no new showroom
)";

const Date kAsOf = day(2026, 3, 2);

EditOutcome checkin(std::string_view objective, std::string value, std::optional<Date> on = {},
                    std::string_view text = kPlan) {
  CheckinRequest request;
  request.objective = objective;
  request.value = std::move(value);
  request.date = on;
  return add_checkin(text, "plan.yaml", request, kAsOf);
}

} // namespace

TEST_CASE("a check-in goes at the end of the list, in its style", "[edit]") {
  SECTION("a block list gets a block item; +N adds to the latest value") {
    const EditOutcome out = checkin("O1", "+13");
    REQUIRE(out.ok);
    CHECK(changed_lines(kPlan, out.text) == std::pair<std::size_t, std::size_t>{0, 2});
    CHECK(out.text.find("        value: 102\n      - date: 2026-03-02\n        value: 115\n") !=
          std::string::npos);
    REQUIRE(out.changes.size() == 1);
    CHECK(out.changes[0].kind == ChangeKind::CheckinAdded);
    CHECK(objective(load_plan(out.text, "p").plan, "O1").checkins.back().value.value == 115);
  }
  SECTION("a flow list gets a flow item") {
    const EditOutcome out = checkin("O2", "5");
    REQUIRE(out.ok);
    CHECK(out.text.find("checkins: [{date: 2026-02-01, value: 3}, {date: 2026-03-02, value: 5}]") !=
          std::string::npos);
    CHECK(changed_lines(kPlan, out.text) == std::pair<std::size_t, std::size_t>{1, 1});
  }
  SECTION("a missing checkins: goes after the metric, at the objective's indentation") {
    const EditOutcome out = checkin("O3", "7.9", day(2026, 2, 27));
    REQUIRE(out.ok);
    CHECK(
        out.text.find("      target: 8.5\n    checkins:\n      - date: 2026-02-27\n        value: "
                      "7.9\n\n    strategies:") != std::string::npos);
  }
  SECTION("a note is quoted when it must be") {
    CheckinRequest request;
    request.objective = "O1";
    request.value = "104";
    request.note = "week 9: slow";
    const EditOutcome out = add_checkin(kPlan, "plan.yaml", request, kAsOf);
    REQUIRE(out.ok);
    CHECK(out.text.find("        note: \"week 9: slow\"\n") != std::string::npos);
    CHECK(objective(load_plan(out.text, "p").plan, "O1").checkins.back().note == "week 9: slow");
  }
  SECTION("--replace changes the value of that day in place") {
    CheckinRequest request;
    request.objective = "O1";
    request.value = "103";
    request.date = day(2026, 2, 1);
    request.replace = true;
    const EditOutcome out = add_checkin(kPlan, "plan.yaml", request, kAsOf);
    REQUIRE(out.ok);
    CHECK(changed_lines(kPlan, out.text) == std::pair<std::size_t, std::size_t>{1, 1});
    REQUIRE(out.changes.size() == 1);
    CHECK(out.changes[0].kind == ChangeKind::CheckinChanged);
  }
}

TEST_CASE("done and set change one value and keep quotes and comments", "[edit]") {
  SECTION("done replaces the status in its quotes and adds done_on beside it") {
    const std::vector<std::string> ids{"O1.S1.T1"};
    const EditOutcome out = mark_done(kPlan, "plan.yaml", ids, std::nullopt, kAsOf);
    REQUIRE(out.ok);
    CHECK(out.text.find("            status: 'done'   # since Monday\n            done_on: "
                        "2026-03-02\n\n") != std::string::npos);
    const LoadResult reloaded = load_plan(out.text, "p"); // the tactic lives in it
    const Tactic& t = tactic(reloaded.plan, "O1.S1.T1");
    CHECK(t.effective_status() == Status::Done);
    CHECK(t.done_on.value == kAsOf);
  }
  SECTION("a flow mapping gets flow keys") {
    const std::vector<std::string> ids{"O1.S1.T2"};
    const EditOutcome out = mark_done(kPlan, "plan.yaml", ids, day(2026, 3, 1), kAsOf);
    REQUIRE(out.ok);
    CHECK(out.text.find("{action: Send the offer, owner: bram, due: 2026-04-15, status: done, "
                        "done_on: 2026-03-01}") != std::string::npos);
  }
  SECTION("set owner, due and an objective's deadline") {
    EditOutcome out = set_value(kPlan, "plan.yaml", "O2.S1.T1", "owner", "anna", kAsOf);
    REQUIRE(out.ok);
    CHECK(changed_lines(kPlan, out.text) == std::pair<std::size_t, std::size_t>{1, 1});
    out = set_value(kPlan, "plan.yaml", "O1.S1.T2", "due", "2026-04-30", kAsOf);
    REQUIRE(out.ok);
    CHECK(out.changes.at(0).kind == ChangeKind::DueSlipped);
    out = set_value(kPlan, "plan.yaml", "O1", "deadline", "2026-07-31", kAsOf);
    REQUIRE(out.ok);
    CHECK(out.text.find("    deadline: 2026-07-31\n") != std::string::npos);
    out = set_value(kPlan, "plan.yaml", "O2", "owner", "bram", kAsOf);
    REQUIRE(out.ok);
    // After the keys written on one line, before the first block (strategies:).
    CHECK(out.text.find("    checkins: [{date: 2026-02-01, value: 3}]\n    owner: bram\n") !=
          std::string::npos);
  }
  SECTION("the same value is nothing to change") {
    const EditOutcome out = set_value(kPlan, "plan.yaml", "O1.S1.T1", "owner", "anna", kAsOf);
    REQUIRE(out.ok);
    CHECK(out.text == kPlan);
  }
}

TEST_CASE("an aliased tactic is edited at its anchor and the others are named", "[edit]") {
  constexpr std::string_view kShared = R"(most: 1
mission: {statement: Be the best dealer in town within a year, start: 2026-01-01, deadline: 2026-12-31}
objectives:
  - statement: Increase sales volume by 10% by June 30
    strategies:
      - statement: Target key accounts
        tactics:
          - &call
            action: Call the top 20 accounts
            owner: anna
            due: 2026-03-31
  - statement: Win 20 new key accounts by June 30
    strategies:
      - statement: Visit fleets
        tactics:
          - *call
)";
  const std::vector<std::string> ids{"O2.S1.T1"};
  const EditOutcome out = mark_done(kShared, "plan.yaml", ids, std::nullopt, kAsOf);
  REQUIRE(out.ok);
  REQUIRE(out.notes.size() == 1);
  CHECK(out.notes[0].find("O1.S1.T1") != std::string::npos);
  CHECK(out.text.find("            due: 2026-03-31\n            status: done\n") !=
        std::string::npos);
  CHECK(out.text.ends_with("          - *call\n"));
}

TEST_CASE("every refusal of SPEC 4.2 says why and changes nothing", "[edit]") {
  const auto refused = [](const EditOutcome& out, std::string_view words) {
    INFO(out.error);
    CHECK_FALSE(out.ok);
    CHECK(out.text.empty());
    CHECK(out.error.find(words) != std::string::npos);
  };
  refused(checkin("O4", "3"), "has no 'metric:'");
  refused(checkin("O9", "3"), "no objective 'O9' (did you mean 'O1'?)");
  refused(checkin("O1", "104", day(2026, 3, 3)), "after the as-of day");
  refused(checkin("O1", "104", day(2025, 12, 31)), "outside the mission");
  refused(checkin("O1", "104", day(2026, 2, 1)), "--replace");
  refused(checkin("O1", "abc"), "not a number");
  refused(checkin("O1", "nan"), "not a number");
  refused(checkin("O1", "1e999"), "not a number");
  refused(checkin("O1", "+x"), "not a number");
  refused(checkin("O1", "1000"), "--force");
  refused(set_value(kPlan, "plan.yaml", "O1.S1.T1", "status", "finished", kAsOf), "not a status");
  refused(set_value(kPlan, "plan.yaml", "O1.S1.T1", "owner", "ana", kAsOf),
          "not on the plan's team (did you mean 'anna'?)");
  refused(set_value(kPlan, "plan.yaml", "O1.S1.T1", "due", "2026-02-30", kAsOf),
          "not a day that exists");
  refused(set_value(kPlan, "plan.yaml", "O1.S1.T1", "due", "2027-02-01", kAsOf),
          "outside the mission");
  refused(set_value(kPlan, "plan.yaml", "O1.S1.T1", "budget", "3", kAsOf), "does not change");
  const std::vector<std::string> done{"O1.S1.T1"};
  refused(mark_done(kPlan, "plan.yaml", done, day(2026, 4, 1), kAsOf), "after the as-of day");
  refused(mark_done("most: 1\nmission: [\n", "plan.yaml", done, std::nullopt, kAsOf),
          "yaml-syntax");
  refused(mark_done("a: 1\na: 2\n", "plan.yaml", done, std::nullopt, kAsOf), "duplicate-key");

  constexpr std::string_view kMerged = R"(most: 1
mission: {statement: Be the best dealer in town within a year, start: 2026-01-01, deadline: 2026-12-31}
x-defaults: &defaults
  owner: anna
  due: 2026-03-31
objectives:
  - statement: Increase sales volume by 10% by June 30
    strategies:
      - statement: Target key accounts
        tactics:
          - <<: *defaults
            action: Call the top 20 accounts
)";
  refused(set_value(kMerged, "plan.yaml", "O1.S1.T1", "owner", "bram", kAsOf), "merge key");

  // SPEC §4.6: a roll-up's figure comes from the objectives aligned to it.
  constexpr std::string_view kRollup = R"(most: 1
mission: {statement: Be the best dealer in town within a year, start: 2026-01-01, deadline: 2026-12-31}
objectives:
  - id: O1
    statement: Sell 1100 new cars by December 31
    metric: {unit: cars, baseline: 0, target: 1100, rollup: sum}
  - statement: Sell 1100 new cars in the north by December 31
    aligns_with: "#O1"
    metric: {unit: cars, baseline: 0, target: 1100}
)";
  refused(checkin("O1", "300", std::nullopt, kRollup),
          "objective O1 has 'rollup: sum': its value comes from the objectives aligned to it");
  CHECK(checkin("O2", "300", std::nullopt, kRollup).ok);
}

TEST_CASE("the unified diff of an edit names its lines", "[edit]") {
  const EditOutcome out = checkin("O1", "+13");
  REQUIRE(out.ok);
  CHECK(unified_diff(kPlan, out.text, "plan.yaml") == R"(--- a/plan.yaml
+++ b/plan.yaml
@@ -17,6 +17,8 @@
     checkins:
       - date: 2026-02-01
         value: 102
+      - date: 2026-03-02
+        value: 115
     strategies:
       - statement: Target key accounts
         tactics:
)");
  CHECK(unified_diff(kPlan, kPlan, "plan.yaml").empty());
  CHECK(
      unified_diff("a\nb", "a\nc", "x") ==
      "--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline "
      "at end of file\n");
}

TEST_CASE("comments after an empty value, anchors, tags and each line's own end are kept",
          "[edit]") {
  constexpr std::string_view kOdd =
      "most: 1\n"
      "mission: {statement: Be the best dealer in town within a year, start: 2026-01-01, "
      "deadline: 2026-12-31}\n"
      "objectives:\r\n"
      "  - statement: Increase sales volume by 10% by June 30\r\n"
      "    metric: {baseline: 100, target: 110}\r\n"
      "    checkins:\r\n"
      "      - date: 2026-02-01\r\n"
      "        value: 102\r\n"
      "    strategies:\r\n"
      "      - statement: Target key accounts\r\n"
      "        tactics:\r\n"
      "          - action: Call the top 20 accounts\r\n"
      "            owner: &who anna\r\n"
      "            due: # tbd: ask bram\r\n"
      "            start: !!str 2026-01-05\r\n";
  EditOutcome out = set_value(kOdd, "plan.yaml", "O1.S1.T1", "due", "2026-03-31", kAsOf);
  REQUIRE(out.ok);
  CHECK(out.text.find("            due: 2026-03-31 # tbd: ask bram\r\n") != std::string::npos);
  out = set_value(kOdd, "plan.yaml", "O1.S1.T1", "owner", "bram", kAsOf);
  REQUIRE(out.ok);
  CHECK(out.text.find("            owner: &who bram\r\n") != std::string::npos);
  out = set_value(kOdd, "plan.yaml", "O1.S1.T1", "start", "2026-01-06", kAsOf);
  REQUIRE(out.ok);
  CHECK(out.text.find("            start: !!str 2026-01-06\r\n") != std::string::npos);
  // The first line ends in LF, the rest in CRLF: new lines end like the line they follow.
  out = checkin("O1", "104", std::nullopt, kOdd);
  REQUIRE(out.ok);
  CHECK(out.text.find("        value: 102\r\n      - date: 2026-03-02\r\n        value: 104\r\n") !=
        std::string::npos);
}

TEST_CASE("check --fix renames a key, keeps quotes and anchors, and skips a fix that breaks",
          "[edit]") {
  constexpr std::string_view kTypos = R"(most: 1
mission: {statement: Be the best dealer in town within a year, start: 2026-01-01, deadline: 2026-12-31}
team: [{id: anna}, {id: bram}]
objectives:
  - statement: Increase sales volume by 10% by June 30
    strategies:
      - statement: Target key accounts
        tactics:
          - action: Call the top 20 accounts
            ownr:	anna
            due: 2026-03-31
            status: &s "Done"
          - {action: Send the offer, ownr: bram, owner: anna, due: 2026-04-15}
)";
  const LoadResult loaded = load_plan(kTypos, "plan.yaml");
  std::vector<Diagnostic> applied;
  const EditOutcome out = apply_fixes(kTypos, "plan.yaml", loaded.diagnostics, false, applied);
  REQUIRE(out.ok);
  CHECK(applied.size() == 2);
  CHECK(out.text.find("            owner:\tanna\n") != std::string::npos);
  CHECK(out.text.find("            status: &s \"done\"\n") != std::string::npos);
  CHECK(out.text.find("ownr: bram, owner: anna") != std::string::npos); // would duplicate owner
}
