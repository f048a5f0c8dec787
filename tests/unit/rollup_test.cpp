// Roll-ups (SPEC §4.6) with exact numbers: each way of combining, baselines for missing
// check-ins, chains and diamonds, cycles, the forecast and the rule, on plans written as text.

#include <most/alignment_tree.hpp>
#include <most/load.hpp>
#include <most/rollup.hpp>
#include <most/workspace.hpp>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <map>
#include <sstream>
#include <string>

using namespace most;

namespace {

const Date kAsOf{std::chrono::year{2026}, std::chrono::July, std::chrono::day{1}};

Date day(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// A plan whose one objective (id `id`) has `metric` and the check-ins `checkins` (a flow list
// body), serving `refs` when given.
std::string plan(const std::string& id, const std::string& metric, const std::string& refs = "",
                 const std::string& checkins = "") {
  std::string text = "most: 1\nmission: {statement: To test roll-ups, start: 2026-01-01, "
                     "deadline: 2026-12-31}\nobjectives:\n";
  text += fmt::format("  - id: {}\n    statement: Sell 100 cars by December 31\n"
                      "    metric: {{{}}}\n",
                      id, metric);
  if (!refs.empty()) {
    text += fmt::format("    aligns_with: {}\n", refs);
  }
  if (!checkins.empty()) {
    text += fmt::format("    checkins: [{}]\n", checkins);
  }
  return text;
}

// Plans in memory, every one of them in the run, checked by the pipeline.
CheckedPlans run(const std::map<std::string, std::string>& texts) {
  std::vector<PlanSource> sources;
  sources.reserve(texts.size());
  for (const auto& [name, text] : texts) {
    sources.push_back(PlanSource{name, text, nullptr, {}});
  }
  CheckSettings settings;
  settings.as_of = kAsOf;
  settings.read_referenced = [&texts](const std::string& path, std::string& text,
                                      std::string& why) {
    const auto found = texts.find(path);
    if (found == texts.end()) {
      why = "No such file or directory";
      return false;
    }
    text = found->second;
    return true;
  };
  CheckedPlans checked = check(std::move(sources), settings);
  for (const bool loaded : checked.loaded) {
    REQUIRE(loaded);
  }
  return checked;
}

// Three teams under org.yaml#O1: a reports 40 then 70, b only its baseline 20, c 25.
std::map<std::string, std::string> organisation(const std::string& rollup) {
  return {
      {"org.yaml", plan("O1", "unit: cars, target: 120, rollup: " + rollup)},
      {"a.yaml", plan("A1", "unit: cars, baseline: 10, target: 60", "org.yaml#O1",
                      "{date: 2026-03-01, value: 40}, {date: 2026-06-01, value: 70}")},
      {"b.yaml", plan("B1", "unit: cars, baseline: 20, target: 30", "org.yaml#O1")},
      {"c.yaml", plan("C1", "unit: cars, baseline: 5, target: 30", "org.yaml#O1",
                      "{date: 2026-04-01, value: 25}, {date: 2026-08-01, value: 99}")},
  };
}

const ObjectiveStatus& status_of(const CheckedPlans& checked, const Rollups& rollups,
                                 std::string_view file, PlanStatus& keep) {
  for (const Plan& p : checked.plans) {
    if (p.file == file) {
      keep = compute_status(p, kAsOf, rollups);
      return keep.objectives.front();
    }
  }
  FAIL("no plan " << file);
  return keep.objectives.front();
}

// The roll-up and alignment findings of `file`, as "RULE: MESSAGE".
std::vector<std::string> rules_found(const CheckedPlans& checked, std::string_view file) {
  std::vector<std::string> found;
  for (const CheckedFile& f : checked.files) {
    if (f.name == file) {
      for (const Diagnostic& d : f.diagnostics) {
        // The other rules (a stale figure, an overdue tactic) have tests of their own.
        if (d.rule != "rollup-mismatch" && d.rule != "alignment") {
          continue;
        }
        found.push_back(d.rule + ": " + d.message);
      }
    }
  }
  return found;
}

} // namespace

TEST_CASE("each kind of roll-up combines the latest figure or the baseline", "[rollup]") {
  const auto current = [](const std::string& kind) {
    const CheckedPlans checked = run(organisation(kind));
    const Rollups rollups = compute_rollups(checked.index, kAsOf);
    PlanStatus keep;
    return status_of(checked, rollups, "org.yaml", keep).current.value_or(-1);
  };
  // On 2026-07-01: a 70, b 20 (its baseline), c 25 (its check-in of August has not happened).
  CHECK(current("sum") == 115);
  CHECK(current("min") == 20);
  CHECK(current("max") == 70);
  CHECK(current("average") == Approx(115.0 / 3).epsilon(1e-12));
}

TEST_CASE("a roll-up's history and forecast come from its contributors", "[rollup]") {
  const CheckedPlans checked = run(organisation("sum"));
  const Rollups rollups = compute_rollups(checked.index, kAsOf);
  PlanStatus keep;
  const ObjectiveStatus& org = status_of(checked, rollups, "org.yaml", keep);
  // The organisation writes no baseline: it is the teams' baselines rolled up.
  REQUIRE(org.baseline);
  CHECK(*org.baseline == 35);
  CHECK(org.target == 120);
  REQUIRE(org.current_date);
  CHECK(*org.current_date == day(2026, 6, 1));
  REQUIRE(org.checkins.size() == 3);
  CHECK(org.checkins[0].day == day(2026, 3, 1));
  CHECK(org.checkins[0].value == 65); // 40 + 20 + 5
  CHECK(org.checkins[1].value == 85); // 40 + 20 + 25
  CHECK(org.checkins[2].value == 115);
  // progress = 100 × (115 − 35) / (120 − 35)
  REQUIRE(org.progress_pct);
  CHECK(*org.progress_pct == Approx(100.0 * 80 / 85).epsilon(1e-12));
  // The forecast is fitted through the mission start's baseline and the three rolled-up days.
  REQUIRE(org.forecast);
  CHECK(org.forecast->points.size() == 4);
  CHECK(org.forecast->points.front().value == 35);
  // A figure on the organisation's objective is not typed: the rule finds nothing to say.
  CHECK(rules_found(checked, "org.yaml").empty());
}

TEST_CASE("chains and diamonds roll up exactly; cycles get no value", "[rollup]") {
  SECTION("a roll-up of roll-ups") {
    const CheckedPlans checked = run({
        {"org.yaml", plan("O1", "unit: cars, target: 100, rollup: sum")},
        {"east.yaml", plan("E1", "unit: cars, target: 60, rollup: sum", "org.yaml#O1")},
        {"west.yaml", plan("W1", "unit: cars, baseline: 4, target: 40", "org.yaml#O1",
                           "{date: 2026-05-01, value: 30}")},
        {"e1.yaml", plan("X1", "unit: cars, baseline: 1, target: 30", "east.yaml#E1",
                         "{date: 2026-04-01, value: 11}")},
        {"e2.yaml", plan("X2", "unit: cars, baseline: 2, target: 30", "east.yaml#E1")},
    });
    const Rollups rollups = compute_rollups(checked.index, kAsOf);
    PlanStatus keep;
    CHECK(status_of(checked, rollups, "east.yaml", keep).current == 13);
    const ObjectiveStatus& org = status_of(checked, rollups, "org.yaml", keep);
    CHECK(org.baseline == 7);
    CHECK(org.current == 43);
    REQUIRE(org.checkins.size() == 2);
    CHECK(org.checkins[0].value == 17); // 11 + 2 + 4 on 2026-04-01
    CHECK(org.checkins[1].value == 43); // 11 + 2 + 30 on 2026-05-01
    CHECK(rules_found(checked, "org.yaml").empty());
    CHECK(rules_found(checked, "east.yaml").empty());
  }
  SECTION("a diamond counts the shared objective under each roll-up") {
    const CheckedPlans checked = run({
        {"org.yaml", plan("O1", "unit: cars, target: 100, rollup: sum")},
        {"r1.yaml", plan("R1", "unit: cars, target: 50, rollup: max", "org.yaml#O1")},
        {"r2.yaml", plan("R2", "unit: cars, target: 50, rollup: max", "org.yaml#O1")},
        {"t.yaml", plan("T1", "unit: cars, baseline: 0, target: 50", "[r1.yaml#R1, r2.yaml#R2]",
                        "{date: 2026-02-01, value: 9}")},
    });
    const Rollups rollups = compute_rollups(checked.index, kAsOf);
    PlanStatus keep;
    CHECK(status_of(checked, rollups, "org.yaml", keep).current == 18);
  }
  SECTION("a cycle of roll-ups is an alignment error and has no value") {
    const CheckedPlans checked = run({
        {"a.yaml", plan("A1", "unit: cars, target: 10, rollup: sum", "b.yaml#B1")},
        {"b.yaml", plan("B1", "unit: cars, target: 10, rollup: sum", "a.yaml#A1")},
    });
    const Rollups rollups = compute_rollups(checked.index, kAsOf);
    PlanStatus keep;
    CHECK_FALSE(status_of(checked, rollups, "a.yaml", keep).current);
    const std::vector<std::string> found = rules_found(checked, "a.yaml");
    REQUIRE(found.size() == 1);
    CHECK(found[0].starts_with("alignment: "));
  }
}

TEST_CASE("rollup-mismatch across plans: targets, units, own check-ins", "[rollup]") {
  std::map<std::string, std::string> texts = organisation("sum");
  texts["org.yaml"] =
      plan("O1", "unit: cars, target: 1100, rollup: sum", "", "{date: 2026-03-01, value: 5}");
  texts["b.yaml"] = plan("B1", "unit: EUR, baseline: 20, target: 30", "org.yaml#O1");
  const CheckedPlans checked = run(texts);
  const std::vector<std::string> found = rules_found(checked, "org.yaml");
  REQUIRE(found.size() == 2);
  CHECK(found[0] == "rollup-mismatch: b.yaml#B1 is measured in 'EUR', O1 in 'cars'; a roll-up "
                    "adds figures of one unit only");
  CHECK(found[1].starts_with("rollup-mismatch: O1 takes its value from the objectives aligned"));
  // In one unit, the targets are added up: 60 + 30 + 30 leaves 980 of 1100 to nobody.
  texts["b.yaml"] = plan("B1", "unit: cars, baseline: 20, target: 30", "org.yaml#O1");
  const std::vector<std::string> summed = rules_found(run(texts), "org.yaml");
  REQUIRE(summed.size() == 2);
  CHECK(summed[0] == "rollup-mismatch: the targets aligned to O1 add up to 120, 980 short of its "
                     "target of 1100; 980 is covered by no aligned objective");
}

TEST_CASE("the tree shows baseline, current and target at every level", "[rollup]") {
  const CheckedPlans checked = run(organisation("sum"));
  const AlignmentTree tree = build_alignment_tree(checked.index, kAsOf);
  std::ostringstream text;
  render_tree_text(text, tree, false);
  CHECK(text.str().find("O1  35 → 115 → 120 cars (sum)  on-track") != std::string::npos);
  CHECK(text.str().find("a.yaml#A1  10 → 70 → 60 cars  achieved") != std::string::npos);
  std::ostringstream json;
  render_tree_json(json, tree);
  CHECK(json.str().find(R"("unit": "cars", "baseline": 35, "current": 115, "target": 120, )"
                        R"("rollup": "sum")") != std::string::npos);
  std::ostringstream markdown;
  render_tree_markdown(markdown, tree);
  CHECK(markdown.str().find("35 → 115 → 120 cars (sum)") != std::string::npos);
}

TEST_CASE("a roll-up value that is not one of the four is a field-type finding", "[rollup]") {
  const std::string text = plan("O1", "unit: cars, target: 100, rollup: Total");
  const LoadResult loaded = load_plan(text, "plan.yaml");
  REQUIRE(loaded.ok);
  REQUIRE(loaded.plan.objectives.size() == 1);
  CHECK_FALSE(is_rollup(loaded.plan.objectives[0]));
  std::vector<std::string> messages;
  for (const Diagnostic& d : loaded.diagnostics) {
    messages.push_back(
        fmt::format("{}:{}: {} [{}]", d.location.line, d.location.column, d.message, d.rule));
  }
  REQUIRE(messages.size() == 1);
  CHECK(messages[0] ==
        "6:47: 'rollup' is 'Total' but must be one of sum, min, max, average [field-type]");
  const LoadResult good = load_plan(plan("O1", "target: 100, rollup: average"), "plan.yaml");
  REQUIRE(good.plan.objectives[0].metric->rollup);
  CHECK(*good.plan.objectives[0].metric->rollup == Rollup::Average);
}
