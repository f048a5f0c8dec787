// Registry invariants and rule logic on hand-built plans; the per-rule fixtures
// (rule_fixtures_test.cpp) cover the same rules end to end from YAML.

#include <most/rules.hpp>
#include <most/statement.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

using namespace most;

namespace {

Date day(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

template <class T> Field<T> field(T value, int line, int column = 7) {
  Field<T> result;
  result.value = std::move(value);
  result.written = true;
  result.location = {line, column};
  return result;
}

ItemInfo item(std::string id, int line, bool explicit_id = false) {
  ItemInfo info;
  info.id = std::move(id);
  info.explicit_id = explicit_id;
  info.location = {line, 5};
  info.id_location = {line, 9};
  return info;
}

Tactic make_tactic(std::string id, int line) {
  Tactic tactic;
  tactic.info = item(std::move(id), line);
  tactic.action = field<std::string>("Post two job openings", line);
  tactic.owner = field<std::string>("anna", line + 1);
  tactic.due = field(day(2026, 5, 1), line + 2);
  return tactic;
}

// A plan every rule accepts on 2026-03-01.
Plan clean_plan() {
  Plan plan;
  plan.file = "plan.yaml";
  plan.mission.info = item("mission", 1);
  plan.mission.statement = field<std::string>("To be one of the top five dealers", 2);
  plan.mission.start = field(day(2026, 1, 1), 3);
  plan.mission.deadline = field(day(2026, 12, 31), 4);
  Objective objective;
  objective.info = item("O1", 6);
  objective.statement = field<std::string>("Increase sales volume by 10% by June 30", 6);
  objective.deadline = field(day(2026, 6, 30), 7);
  Metric metric;
  metric.baseline = field(100.0, 9);
  metric.target = field(110.0, 10);
  objective.metric = metric;
  // A recent figure: stale-checkin asks for one every 14 days.
  Checkin checkin;
  checkin.location = {11, 9};
  checkin.date = field(day(2026, 2, 15), 11);
  checkin.value = field(103.0, 11, 20);
  objective.checkins.push_back(checkin);
  Strategy strategy;
  strategy.info = item("O1.S1", 12);
  strategy.statement = field<std::string>("Hire two salespeople", 12);
  strategy.tactics.push_back(make_tactic("O1.S1.T1", 14));
  objective.strategies.push_back(strategy);
  plan.objectives.push_back(objective);
  return plan;
}

Tactic& first_tactic(Plan& plan) { return plan.objectives[0].strategies[0].tactics[0]; }

const Date kAsOf = day(2026, 3, 1);

// Hand-built plans are read as the loader reads every plan: each statement once, first.
void run(Plan plan, const RuleContext& context, std::vector<Diagnostic>& out) {
  read_statements(plan);
  run_rules(plan, context, out);
}

std::vector<Diagnostic> check(const Plan& plan, Date as_of = kAsOf) {
  std::vector<Diagnostic> out;
  run(plan, RuleContext{as_of}, out);
  finalize_diagnostics(plan, Config{}, as_of, out);
  return out;
}

std::vector<Diagnostic> of_rule(const std::vector<Diagnostic>& all, std::string_view rule) {
  std::vector<Diagnostic> found;
  std::copy_if(all.begin(), all.end(), std::back_inserter(found),
               [&](const Diagnostic& d) { return d.rule == rule; });
  return found;
}

// The rules SPEC §3 lists, plus ignore-expired, target-changed and owner-overload.
const std::vector<std::string> kSpecRules = {
    "yaml-syntax", "not-a-plan", "unsupported-version", "unknown-key", "duplicate-key",
    "required-field", "field-type", "invalid-date", "duplicate-id", "mission-horizon", "alignment",
    "date-order", "smart-specific", "smart-measurable", "smart-attainable", "smart-relevant",
    "smart-time-bound", "objective-without-strategy", "strategy-without-tactic", "tactic-owner",
    "tactic-due", "tactic-after-deadline", "tactic-overdue", "ignore-expired", "target-changed",
    "owner-overload",
    // SPEC §4.5
    "stale-checkin", "checkin-outlier", "checkin-conflict", "milestone-missed", "metric-mismatch",
    "status-mismatch", "budget-format", "rollup-mismatch", "mission-specific"};

// Rules reported by the loader, and ignore-expired, which finalize_diagnostics reports.
const std::set<std::string> kRulesWithoutCheck = {
    "yaml-syntax",    "not-a-plan", "unsupported-version", "unknown-key",   "duplicate-key",
    "required-field", "field-type", "invalid-date",        "ignore-expired"};

bool is_kebab_case(std::string_view name) {
  if (name.empty() || name.front() == '-' || name.back() == '-' ||
      name.find("--") != std::string_view::npos) {
    return false;
  }
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
}

} // namespace

TEST_CASE("the rule table is sorted, unique and kebab-case", "[rules][registry]") {
  const auto rules = all_rules();
  REQUIRE(rules.size() == kSpecRules.size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    INFO(rules[i].name);
    CHECK(is_kebab_case(rules[i].name));
    CHECK(!rules[i].summary.empty());
    CHECK(rules[i].severity != Severity::Off);
    if (i > 0) {
      CHECK(rules[i - 1].name < rules[i].name);
    }
  }
}

TEST_CASE("the registry has one entry per RuleId, in RuleId order", "[rules][registry]") {
  const auto rules = all_rules();
  REQUIRE(rules.size() == rule_names().size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    CHECK(rules[i].id == static_cast<RuleId>(i));
    CHECK(rules[i].name == rule_names()[i]);
    CHECK(rule_from_name(rules[i].name) == static_cast<RuleId>(i));
  }
  CHECK_FALSE(rule_from_name("tactic-owners"));
}

TEST_CASE("every rule of the spec is in the table with the right kind", "[rules][registry]") {
  for (const std::string& name : kSpecRules) {
    INFO(name);
    const RuleInfo* rule = find_rule(name);
    REQUIRE(rule != nullptr);
    CHECK(rule->name == name);
    CHECK((rule->check == nullptr) == kRulesWithoutCheck.contains(name));
  }
  CHECK(find_rule("tactic-owners") == nullptr);
  CHECK(find_rule("") == nullptr);
  CHECK(find_rule("zzz") == nullptr);
  CHECK(find_rule("aaa") == nullptr);
}

TEST_CASE("default severities follow the spec", "[rules][registry]") {
  const std::set<std::string> warnings = {"smart-specific",          "smart-attainable",
                                          "smart-relevant",          "objective-without-strategy",
                                          "strategy-without-tactic", "tactic-after-deadline",
                                          "tactic-overdue",          "stale-checkin",
                                          "checkin-outlier",         "milestone-missed",
                                          "metric-mismatch",         "budget-format",
                                          "mission-specific",        "rollup-mismatch"};
  for (const RuleInfo& rule : all_rules()) {
    INFO(rule.name);
    const bool note = rule.name == "ignore-expired" || rule.name == "target-changed" ||
                      rule.name == "owner-overload";
    const Severity expected = note                                        ? Severity::Note
                              : warnings.contains(std::string(rule.name)) ? Severity::Warning
                                                                          : Severity::Error;
    CHECK(rule.severity == expected);
  }
}

TEST_CASE("every doc has the five sections in order and says how to turn it off",
          "[rules][registry]") {
  const std::vector<std::string> sections = {"What it does\n", "\nWhy is this bad\n", "\nExample\n",
                                             "\nHow to fix\n", "\nHow to silence\n"};
  for (const RuleInfo& rule : all_rules()) {
    INFO(rule.name);
    const std::string doc = rule_page(rule);
    CHECK(doc.rfind("What it does\n", 0) == 0);
    std::size_t at = 0;
    for (const std::string& section : sections) {
      const std::size_t found = doc.find(section, at);
      CHECK(found != std::string::npos);
      at = found == std::string::npos ? at : found + 1;
    }
    CHECK(doc.find(std::string(rule.name) + ": off") != std::string::npos);
    CHECK(doc.back() == '\n');
  }
}

TEST_CASE("a clean plan has no findings", "[rules]") { CHECK(check(clean_plan()).empty()); }

TEST_CASE("reporter fills in the default severity, item and position", "[rules][reporter]") {
  std::vector<Diagnostic> out;
  Reporter reporter(out, rule_info(RuleId::TacticOverdue));
  Reporter time_bound(out, rule_info(RuleId::SmartTimeBound));
  const ItemInfo tactic = item("T3", 14);
  reporter.report(tactic, {}, "late");
  reporter.report(tactic, {15, 12}, "late");
  time_bound.report(Severity::Warning, tactic, {}, "disagree");
  REQUIRE(out.size() == 3);
  CHECK(out[0].rule == "tactic-overdue");
  CHECK(out[0].severity == Severity::Warning);
  CHECK(out[0].item == "T3");
  CHECK(out[0].location == SourceLocation{14, 5});
  CHECK(out[1].location == SourceLocation{15, 12});
  CHECK(out[2].severity == Severity::Warning);
  CHECK(out[2].rule == "smart-time-bound");
}

TEST_CASE("run_rules names the plan's file", "[rules]") {
  Plan plan = clean_plan();
  first_tactic(plan).owner = {};
  std::vector<Diagnostic> out;
  run(plan, RuleContext{kAsOf}, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].file == "plan.yaml");
  CHECK(out[0].rule == "tactic-owner");
}

TEST_CASE("tactic-owner", "[rules][tactic-owner]") {
  Plan plan = clean_plan();
  SECTION("missing") {
    first_tactic(plan).owner = {};
    const auto found = check(plan);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message ==
          "tactic O1.S1.T1 has no owner; add 'owner:' with the person who does it");
    CHECK(found[0].location == SourceLocation{14, 5});
  }
  SECTION("written with the wrong type is the loader's finding") {
    first_tactic(plan).owner.value.reset();
    CHECK(check(plan).empty());
  }
  SECTION("any owner goes without a team") {
    first_tactic(plan).owner = field<std::string>("someone", 15);
    CHECK(check(plan).empty());
  }
  SECTION("not on the team, with a suggestion") {
    plan.has_team = true;
    plan.team = {TeamMember{"anna", "", "", {}}, TeamMember{"bert", "", "", {}}};
    first_tactic(plan).owner = field<std::string>("ana", 15, 14);
    const auto found = check(plan);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message == "tactic O1.S1.T1 is owned by 'ana', who is not on the team (did "
                              "you mean 'anna'?); fix the name or add them under 'team:'");
    CHECK(found[0].location == SourceLocation{15, 14});
  }
  SECTION("on the team") {
    plan.has_team = true;
    plan.team = {TeamMember{"anna", "", "", {}}};
    CHECK(check(plan).empty());
  }
  SECTION("an empty team has no members") {
    plan.has_team = true;
    CHECK(of_rule(check(plan), "tactic-owner").size() == 1);
  }
}

TEST_CASE("tactic-due", "[rules][tactic-due]") {
  Plan plan = clean_plan();
  SECTION("missing") {
    first_tactic(plan).due = {};
    const auto found = check(plan);
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "tactic-due");
    CHECK(found[0].severity == Severity::Error);
  }
  SECTION("written but invalid is the loader's finding") {
    first_tactic(plan).due.value.reset();
    CHECK(check(plan).empty());
  }
}

TEST_CASE("tactic-overdue", "[rules][tactic-overdue]") {
  Plan plan = clean_plan();
  Tactic& tactic = first_tactic(plan);
  tactic.due = field(day(2026, 2, 15), 16);
  SECTION("todo and past due") {
    const auto found = check(plan);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message == "tactic O1.S1.T1 is overdue: it was due on 2026-02-15, 14 days "
                              "ago; finish it and set 'status: done', or move 'due:' if the "
                              "plan changed");
    CHECK(found[0].location == SourceLocation{16, 7});
  }
  SECTION("one day") {
    const auto found = check(plan, day(2026, 2, 16));
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find(", 1 day ago;") != std::string::npos);
  }
  SECTION("due today is not overdue") { CHECK(check(plan, day(2026, 2, 15)).empty()); }
  SECTION("done and dropped are never overdue") {
    tactic.status = field(Status::Done, 17);
    CHECK(check(plan).empty());
    tactic.status = field(Status::Dropped, 17);
    CHECK(check(plan).empty());
  }
  SECTION("blocked and doing are") {
    tactic.status = field(Status::Blocked, 17);
    CHECK(check(plan).size() == 1);
    tactic.status = field(Status::Doing, 17);
    CHECK(check(plan).size() == 1);
  }
}

TEST_CASE("tactic-after-deadline", "[rules][tactic-after-deadline]") {
  Plan plan = clean_plan();
  Tactic& tactic = first_tactic(plan);
  SECTION("after the objective's deadline") {
    tactic.due = field(day(2026, 7, 15), 16);
    const auto found = check(plan);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message == "tactic O1.S1.T1 is due on 2026-07-15, after objective O1's "
                              "deadline 2026-06-30; bring it forward or move the deadline");
  }
  SECTION("after both") {
    tactic.due = field(day(2027, 1, 15), 16);
    const auto found = of_rule(check(plan), "tactic-after-deadline");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("and the mission's deadline 2026-12-31") != std::string::npos);
  }
  SECTION("after the mission's only") {
    plan.objectives[0].deadline = field(day(2027, 3, 31), 7);
    tactic.due = field(day(2027, 1, 15), 16);
    const auto found = of_rule(check(plan), "tactic-after-deadline");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message == "tactic O1.S1.T1 is due on 2027-01-15, after the mission's "
                              "deadline 2026-12-31; bring it forward or move the deadline");
  }
  SECTION("on the deadline is fine") {
    tactic.due = field(day(2026, 6, 30), 16);
    CHECK(check(plan).empty());
  }
}

TEST_CASE("mission-horizon uses the spec's formula", "[rules][mission-horizon]") {
  Plan plan = clean_plan();
  const auto horizon = [&](Date start, Date deadline) {
    plan.mission.start = field(start, 3);
    plan.mission.deadline = field(deadline, 4);
    std::vector<Diagnostic> out;
    run(plan, RuleContext{kAsOf}, out);
    const auto found = of_rule(out, "mission-horizon");
    return found.empty() ? std::string{} : found[0].message;
  };
  CHECK(horizon(day(2026, 1, 1), day(2026, 6, 30)).empty());
  CHECK(horizon(day(2026, 1, 1), day(2026, 12, 31)).empty());
  CHECK(horizon(day(2026, 1, 1), day(2026, 6, 29)) ==
        "the mission runs 5 months and 29 days (2026-01-01 to 2026-06-29); a mission should span "
        "6 to 12 months, so move its deadline");
  CHECK(horizon(day(2026, 1, 1), day(2027, 1, 1)) ==
        "the mission runs 12 months and 1 day (2026-01-01 to 2027-01-01); a mission should span "
        "6 to 12 months, so move its deadline");
  CHECK(horizon(day(2026, 1, 1), day(2027, 12, 31)).find("runs 24 months (") != std::string::npos);
  CHECK(horizon(day(2026, 1, 1), day(2026, 1, 1)).find("runs 1 day (") != std::string::npos);
  // Month ends clamp: Aug 31 + 6 months is Feb 29 in a leap year.
  CHECK(horizon(day(2027, 8, 31), day(2028, 2, 28)).empty());
  CHECK(horizon(day(2027, 8, 31), day(2028, 2, 27)).find("5 months and 28 days") !=
        std::string::npos);
  // A deadline before the start is date-order's finding.
  CHECK(horizon(day(2026, 6, 1), day(2026, 1, 1)).empty());
}

TEST_CASE("date-order", "[rules][date-order]") {
  Plan plan = clean_plan();
  Tactic& tactic = first_tactic(plan);
  SECTION("tactic starts after due") {
    tactic.start = field(day(2026, 5, 2), 17);
    const auto found = check(plan);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message ==
          "tactic O1.S1.T1 starts on 2026-05-02, after it is due on 2026-05-01; fix one of the "
          "dates");
    CHECK(found[0].location == SourceLocation{17, 7});
  }
  SECTION("done in the future") {
    tactic.status = field(Status::Done, 17);
    tactic.done_on = field(day(2026, 3, 2), 18);
    REQUIRE(check(plan).size() == 1);
    tactic.done_on = field(day(2026, 3, 1), 18);
    CHECK(check(plan).empty());
  }
  SECTION("check-ins outside the mission") {
    Checkin before;
    before.date = field(day(2025, 12, 31), 20);
    Checkin after;
    after.date = field(day(2027, 1, 1), 22);
    Checkin inside;
    inside.date = field(day(2026, 1, 1), 24);
    plan.objectives[0].checkins = {before, after, inside};
    const auto all = check(plan);
    // The one after the mission is after the as-of day too: checkin-conflict says so as well.
    CHECK(of_rule(all, "checkin-conflict").size() == 1);
    const auto found = of_rule(all, "date-order");
    REQUIRE(found.size() == 2);
    CHECK(found[0].item == "O1");
    CHECK(found[0].location.line == 20);
    CHECK(found[1].location.line == 22);
  }
  SECTION("mission starts after its deadline") {
    plan.mission.start = field(day(2027, 1, 1), 3);
    const auto found = of_rule(check(plan), "date-order");
    // The clean plan's check-in (line 11) now lies before the mission's start as well.
    REQUIRE(found.size() == 2);
    CHECK(found[0].item == "mission");
    CHECK(found[1].location.line == 11);
  }
}

TEST_CASE("duplicate-id", "[rules][duplicate-id]") {
  Plan plan = clean_plan();
  Strategy& strategy = plan.objectives[0].strategies[0];
  strategy.tactics[0].info = item("T1", 14, true);
  SECTION("an explicit id used twice") {
    strategy.tactics.push_back(make_tactic("T1", 20));
    strategy.tactics.back().info.explicit_id = true;
    const auto found = check(plan);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message ==
          "tactic id 'T1' is already used by the tactic at line 14; rename one of them");
    CHECK(found[0].location == SourceLocation{20, 9});
  }
  SECTION("an ignore on the later item silences it") {
    strategy.tactics.push_back(make_tactic("T1", 20));
    strategy.tactics.back().info.explicit_id = true;
    strategy.tactics.back().info.ignores = {Ignore{"duplicate-id", "", std::nullopt, {25, 9}}};
    CHECK(check(plan).empty());
  }
  SECTION("the same node through an alias is not a duplicate") {
    plan.objectives.push_back(plan.objectives[0]);
    plan.objectives[1].info = item("O2", 30);
    CHECK(of_rule(check(plan), "duplicate-id").empty());
  }
  SECTION("an explicit id that is another item's position") {
    plan.objectives.push_back(plan.objectives[0]);
    plan.objectives[1].info = item("O1", 30, true);
    plan.objectives[1].strategies.clear();
    const auto found = of_rule(check(plan), "duplicate-id");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("position-based name of the objective at line 6") !=
          std::string::npos);
  }
  SECTION("team members") {
    plan.has_team = true;
    plan.team = {TeamMember{"anna", "", "", {3, 5}}, TeamMember{"anna", "", "", {4, 5}}};
    const auto found = check(plan);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message ==
          "team member id 'anna' is already used by the team member at line 3; rename one of "
          "them");
  }
}

TEST_CASE("objective-without-strategy and strategy-without-tactic", "[rules]") {
  Plan plan = clean_plan();
  plan.objectives[0].strategies[0].tactics.clear();
  auto found = check(plan);
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule == "strategy-without-tactic");
  CHECK(found[0].item == "O1.S1");
  plan.objectives[0].strategies.clear();
  found = check(plan);
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule == "objective-without-strategy");
  CHECK(found[0].location == SourceLocation{6, 5});
}

TEST_CASE("finalize applies ignores", "[rules][finalize]") {
  Plan plan = clean_plan();
  Tactic& tactic = first_tactic(plan);
  tactic.due = field(day(2026, 2, 15), 16);
  Ignore ignore{"tactic-overdue", "waiting for budget", std::nullopt, {30, 9}};

  SECTION("without until it silences") {
    tactic.info.ignores = {ignore};
    CHECK(check(plan).empty());
  }
  SECTION("only its own rule") {
    ignore.rule = "tactic-due";
    tactic.info.ignores = {ignore};
    CHECK(check(plan).size() == 1);
  }
  SECTION("up to and including its until day") {
    ignore.until = kAsOf;
    tactic.info.ignores = {ignore};
    CHECK(check(plan).empty());
  }
  SECTION("an inherited ignore silences the item under it") {
    plan.objectives[0].info.ignores = {ignore};
    tactic.info.ignores = {ignore};
    CHECK(check(plan).empty());
  }
  SECTION("past its until day it stops silencing and is noted once") {
    ignore.until = day(2026, 2, 28);
    // The objective's entry, copied down to its strategy and tactic.
    plan.objectives[0].info.ignores = {ignore};
    plan.objectives[0].strategies[0].info.ignores = {ignore};
    tactic.info.ignores = {ignore};
    const auto found = check(plan);
    REQUIRE(found.size() == 2);
    CHECK(found[0].rule == "tactic-overdue");
    CHECK(found[1].rule == "ignore-expired");
    CHECK(found[1].severity == Severity::Note);
    CHECK(found[1].item == "O1");
    CHECK(found[1].file == "plan.yaml");
    CHECK(found[1].location == SourceLocation{30, 9});
    CHECK(found[1].message ==
          "ignore of 'tactic-overdue' expired on 2026-02-28 (reason: waiting for budget) and no "
          "longer silences; remove it or set a later 'until:'");
  }
  SECTION("an expired ignore is noted even with nothing to silence") {
    ignore.rule = "tactic-due";
    ignore.reason.clear();
    ignore.until = day(2026, 1, 31);
    plan.mission.info.ignores = {ignore};
    const auto found = of_rule(check(plan), "ignore-expired");
    REQUIRE(found.size() == 1);
    CHECK(found[0].item == "mission");
    CHECK(found[0].message == "ignore of 'tactic-due' expired on 2026-01-31 and no longer "
                              "silences; remove it or set a later 'until:'");
  }
  SECTION("file-level findings cannot be ignored") {
    tactic.info.ignores = {ignore};
    std::vector<Diagnostic> out = {
        Diagnostic{"tactic-overdue", Severity::Warning, "x", "plan.yaml", {1, 1}, ""}};
    finalize_diagnostics(plan, Config{}, kAsOf, out);
    CHECK(out.size() == 1);
  }
}

TEST_CASE("finalize applies configured severities and sorts", "[rules][finalize]") {
  Plan plan = clean_plan();
  first_tactic(plan).due = field(day(2026, 2, 15), 16);
  first_tactic(plan).owner = {};
  std::vector<Diagnostic> out;
  run(plan, RuleContext{kAsOf}, out);
  REQUIRE(out.size() == 2);

  Config config;
  SECTION("a changed severity") {
    config.severities["tactic-overdue"] = Severity::Error;
    finalize_diagnostics(plan, config, kAsOf, out);
    REQUIRE(out.size() == 2);
    CHECK(out[0].rule == "tactic-owner");
    CHECK(out[1].rule == "tactic-overdue");
    CHECK(out[1].severity == Severity::Error);
  }
  SECTION("off drops the findings") {
    config.severities["tactic-owner"] = Severity::Off;
    finalize_diagnostics(plan, config, kAsOf, out);
    REQUIRE(out.size() == 1);
    CHECK(out[0].rule == "tactic-overdue");
  }
}

TEST_CASE("finalize says an aliased finding once", "[rules][finalize]") {
  Plan plan = clean_plan();
  plan.objectives[0].strategies[0].info = item("S1", 12, true);
  plan.objectives[0].strategies[0].tactics.clear();
  // The same strategy node aliased under a second objective.
  plan.objectives.push_back(plan.objectives[0]);
  plan.objectives[1].info = item("O2", 30);
  const auto found = check(plan);
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule == "strategy-without-tactic");
}

TEST_CASE("finalize folds only copies that differ in the item's whole id", "[rules][finalize]") {
  const auto finding = [](std::string rule, std::string message, std::string item) {
    return Diagnostic{std::move(rule), Severity::Error,      std::move(message),
                      "plan.yaml",     SourceLocation{3, 5}, std::move(item)};
  };
  SECTION("a short id that also occurs inside a word") {
    std::vector<Diagnostic> out{finding("tactic-owner", "tactic a has no owner", "a"),
                                finding("tactic-owner", "tactic b has no owner", "b")};
    finalize_diagnostics(Plan{}, Config{}, kAsOf, out);
    REQUIRE(out.size() == 1);
    CHECK(out[0].message ==
          "tactic a has no owner (also as b: the same lines, reached through an alias)");
  }
  SECTION("different findings of one rule at one position all stay") {
    std::vector<Diagnostic> out{
        finding("required-field", "the mission needs 'start'; add it", "mission"),
        finding("required-field", "the plan needs 'objectives:'", ""),
        finding("required-field", "the mission needs 'deadline'; add it", "mission")};
    finalize_diagnostics(Plan{}, Config{}, kAsOf, out);
    REQUIRE(out.size() == 3);
    for (const Diagnostic& d : out) {
      CHECK(d.message.find("also as") == std::string::npos);
    }
  }
}
