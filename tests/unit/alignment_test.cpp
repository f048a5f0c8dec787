// Plans as one organisation: references read once and within limits, the tree's roll-up,
// cycles and diamonds, and the depth limit, on plans written as text.

#include <most/alignment_tree.hpp>
#include <most/load.hpp>
#include <most/plan_index.hpp>
#include <most/rules.hpp>
#include <most/workspace.hpp>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <deque>
#include <map>
#include <sstream>
#include <string>

using namespace most;

namespace {

const Date kAsOf{std::chrono::year{2026}, std::chrono::November, std::chrono::day{27}};

// A plan with one objective per (id, references, check-in value) entry; a value of 0 means no
// check-in. Progress is value% of the target 100, expected is 90.7% on the as-of day.
std::string plan_text(const std::vector<std::tuple<std::string, std::string, int>>& objectives,
                      const std::string& mission_refs = "") {
  std::string text = "mission: {statement: To test alignment, start: 2026-01-01, "
                     "deadline: 2026-12-31" +
                     (mission_refs.empty() ? "" : ", aligns_with: " + mission_refs) + "}\n" +
                     "objectives:\n";
  for (const auto& [id, refs, value] : objectives) {
    text += fmt::format("  - id: {}\n    statement: Reach 100 accounts by December 31\n"
                        "    metric: {{baseline: 0, target: 100}}\n",
                        id);
    if (!refs.empty()) {
      text += fmt::format("    aligns_with: {}\n", refs);
    }
    if (value > 0) {
      text += fmt::format("    checkins: [{{date: 2026-11-01, value: {}}}]\n", value);
    }
  }
  return text;
}

// Plans in memory, checked by the pipeline with references read as files would be; counts
// every read.
struct Files {
  std::map<std::string, std::string> texts;
  std::map<std::string, int> reads;
  CheckedPlans checked;
  std::vector<Plan>& plans = checked.plans;
  PlanIndex& index = checked.index;

  void run(const std::vector<std::string>& names, const ReferenceLimits& limits = {}) {
    std::vector<PlanSource> sources;
    for (const std::string& name : names) {
      sources.push_back(PlanSource{name, texts.at(name), nullptr, {}});
    }
    CheckSettings settings;
    settings.as_of = kAsOf;
    settings.references = limits;
    settings.read_referenced = [this](const std::string& path, std::string& text,
                                      std::string& why) {
      ++reads[path];
      const auto found = texts.find(path);
      if (found == texts.end()) {
        why = "No such file or directory";
        return false;
      }
      text = found->second;
      return true;
    };
    checked = check(std::move(sources), settings);
    for (const bool loaded : checked.loaded) {
      REQUIRE(loaded);
    }
  }
};

std::vector<std::string> alignment_findings(const Plan& plan, const PlanIndex& index) {
  std::vector<Diagnostic> found;
  run_rules(plan, RuleContext{kAsOf, &index, kDefaultOverloadThreshold, {}}, found);
  std::vector<std::string> messages;
  for (const Diagnostic& d : found) {
    if (d.rule == "alignment") {
      messages.push_back(d.message);
    }
  }
  return messages;
}

} // namespace

TEST_CASE("each referenced plan is read once, and only what references reach", "[alignment]") {
  Files files;
  files.texts["org/org.yaml"] = plan_text({{"O1", "", 95}});
  files.texts["org/teams/a.yaml"] = plan_text({{"A1", "", 50}}, "../org.yaml#O1");
  files.texts["org/teams/b.yaml"] = plan_text({{"B1", "../org.yaml#O1", 0}});
  files.texts["org/unrelated.yaml"] = plan_text({{"U1", "", 0}});
  files.run({"org/teams/a.yaml", "org/teams/b.yaml"});
  CHECK(files.reads == std::map<std::string, int>{{"org/org.yaml", 1}});
  CHECK(files.index.plans().size() == 3);
  CHECK(files.index.run_size() == 2);
  CHECK(alignment_findings(files.plans[0], files.index).empty());
}

TEST_CASE("references stop at the limits, with a reason", "[alignment]") {
  Files files;
  std::string refs = "[";
  for (int i = 0; i < 5; ++i) {
    files.texts[fmt::format("p{}.yaml", i)] = plan_text({{"O1", "", 0}});
    refs += fmt::format("\"p{}.yaml#O1\", ", i);
  }
  files.texts["main.yaml"] = plan_text({{"M1", refs + "]", 0}});
  ReferenceLimits limits;
  limits.max_plans = 3;
  files.run({"main.yaml"}, limits);
  CHECK(files.reads.size() == 3);
  const auto messages = alignment_findings(files.plans[0], files.index);
  REQUIRE(messages.size() == 2);
  CHECK(messages[0] == "M1 aligns with 'p3.yaml#O1', but 'p3.yaml' was not read: references "
                       "reach more than 3 plans or 256 MiB of them");
}

TEST_CASE("a refused reference is never read; a file that is not a plan is never quoted",
          "[alignment]") {
  Files files;
  files.texts["team/plan.yaml"] =
      plan_text({{"A1", "[\"../secrets.yaml#x\", \"../../etc/passwd#x\"]", 0}});
  files.texts["secrets.yaml"] = "token: hunter2\ntoken: hunter2\n";
  files.texts["../etc/passwd"] = "root:x:0:0:root:/root:/bin/bash\n";
  ReferenceLimits limits;
  std::vector<std::pair<std::string, std::string>> asked;
  limits.refuse = [&asked](const std::string& from, const std::string& path) {
    asked.emplace_back(from, path);
    return path.starts_with("..") ? fmt::format("'{}' is outside", path) : std::string{};
  };
  files.run({"team/plan.yaml"}, limits);
  CHECK(files.reads == std::map<std::string, int>{{"secrets.yaml", 1}});
  CHECK(asked == std::vector<std::pair<std::string, std::string>>{
                     {"team/plan.yaml", "secrets.yaml"}, {"team/plan.yaml", "../etc/passwd"}});
  const auto messages = alignment_findings(files.plans[0], files.index);
  REQUIRE(messages.size() == 2);
  CHECK(messages[0] == "A1 aligns with '../secrets.yaml#x', but 'secrets.yaml' is not a plan "
                       "('most check secrets.yaml' says why)");
  CHECK(messages[1] == "A1 aligns with '../../etc/passwd#x', but '../etc/passwd' is outside");
}

TEST_CASE("the roll-up is the weakest state below, and no-data only without data", "[alignment]") {
  Files files;
  // O1 on track (95 of 90.7 expected), A1 at risk (70), B1 off track (20), C1 no data.
  files.texts["org.yaml"] = plan_text({{"O1", "", 95}, {"O2", "", 0}});
  files.texts["a.yaml"] = plan_text({{"A1", "", 70}}, "org.yaml#O1");
  files.texts["b.yaml"] = plan_text({{"B1", "a.yaml#A1", 20}, {"C1", "org.yaml#O2", 0}});
  files.run({"org.yaml", "a.yaml", "b.yaml"});
  const AlignmentTree tree = build_alignment_tree(files.index, kAsOf);
  REQUIRE(tree.objectives.size() == 5);
  const auto& o1 = tree.objectives[0];
  CHECK(o1.id == "O1");
  CHECK(o1.state == ObjectiveState::OnTrack);
  CHECK(o1.rollup == ObjectiveState::OffTrack);                 // through A1 from B1
  CHECK(tree.objectives[2].rollup == ObjectiveState::OffTrack); // A1
  CHECK(tree.objectives[1].rollup == ObjectiveState::NoData);   // O2 and C1 have no data
  CHECK(tree.roots == std::vector<std::size_t>{0, 1});
  CHECK(weaker_state(ObjectiveState::NoData, ObjectiveState::AtRisk) == ObjectiveState::AtRisk);
  CHECK(weaker_state(ObjectiveState::Achieved, ObjectiveState::OnTrack) == ObjectiveState::OnTrack);

  std::ostringstream json;
  render_tree_json(json, tree);
  CHECK(json.str().find(R"("id": "O1", "statement": "Reach 100 accounts by December 31", )"
                        R"("deadline": "2026-12-31", "state": "on-track", )"
                        R"("rollup_state": "off-track")") != std::string::npos);
  CHECK(json.str().find(R"("contributors": [{"file": "a.yaml", "line": 3, "id": "A1")") !=
        std::string::npos);
}

TEST_CASE("a diamond is expanded once, a cycle ends, a deep chain is cut", "[alignment]") {
  Files files;
  // D serves both B and C, which both serve A: D's contributor E is shown once.
  files.texts["d.yaml"] = plan_text({{"A", "", 0},
                                     {"B", "\"#A\"", 0},
                                     {"C", "\"#A\"", 0},
                                     {"D", "[\"#B\", \"#C\"]", 0},
                                     {"E", "\"#D\"", 0},
                                     {"X", "\"#Y\"", 0},
                                     {"Y", "\"#X\"", 0}});
  files.run({"d.yaml"});
  const AlignmentTree tree = build_alignment_tree(files.index, kAsOf);
  const std::vector<TreeRow> rows = tree_rows(tree);
  std::string order;
  for (const TreeRow& row : rows) {
    order += fmt::format("{}{}{} ", std::string(row.depth, '.'), tree.objectives[row.objective].id,
                         row.shown_above ? "^" : "");
  }
  CHECK(order == "A .B ..D ...E .C ..D^ X .Y ..X^ ");
  const auto messages = alignment_findings(files.plans[0], files.index);
  REQUIRE(messages.size() == 1);
  CHECK(messages[0] == "X aligns with '#Y', and the references lead back to it (X → Y → X); an "
                       "objective cannot serve itself");

  Files chain;
  std::vector<std::tuple<std::string, std::string, int>> objectives{{"C0", "", 0}};
  for (int i = 1; i < 60; ++i) {
    objectives.emplace_back(fmt::format("C{}", i), fmt::format("\"#C{}\"", i - 1), 0);
  }
  chain.texts["chain.yaml"] = plan_text(objectives);
  chain.run({"chain.yaml"});
  const AlignmentTree deep = build_alignment_tree(chain.index, kAsOf);
  const std::vector<TreeRow> cut = tree_rows(deep);
  // The chain is cut at the depth limit and continues as a root: every objective is shown.
  REQUIRE(cut.size() == 62); // 60 objectives, two of them again where they continue
  CHECK(cut[kMaxTreeDepth].depth == kMaxTreeDepth);
  CHECK(cut[kMaxTreeDepth].hidden == 1);
  CHECK(cut[kMaxTreeDepth + 1].objective == cut[kMaxTreeDepth].objective);
  CHECK(cut[kMaxTreeDepth + 1].continued);
  CHECK(cut[kMaxTreeDepth + 1].depth == 0);
  CHECK(cut.back().depth == 59 - 2 * kMaxTreeDepth);
}
