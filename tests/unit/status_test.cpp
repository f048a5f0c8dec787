// The figures of `most status` and `most overdue` (SPEC §2), from plans given as text.

#include <most/load.hpp>
#include <most/status.hpp>

#include <catch2/catch.hpp>

using namespace most;

namespace {

Date day(const char* text) { return *parse_iso_date(text); }

Plan plan_of(const std::string& objectives) {
  LoadResult r = load_plan(R"(mission:
  statement: To be one of the top five dealers in the region
  start: 2026-01-01
  deadline: 2026-12-31
team: [{id: anna}, {id: bert}]
objectives:
)" + objectives,
                           "plan.yaml");
  REQUIRE(r.ok);
  return std::move(r.plan);
}

const std::string kSales = R"(  - id: O1
    statement: Increase sales volume by 10% by June 30
    deadline: 2026-06-30
    metric: {name: Sales volume, unit: EUR, baseline: 1200000, target: 1320000}
    checkins:
      - {date: 2026-03-31, value: 1250000}
      - {date: 2026-12-01, value: 1400000}
    milestones:
      - {name: Two hires start, due: 2026-03-01, done: true}
    strategies:
      - id: S1
        statement: Hire two salespeople
        tactics:
          - {id: T1, action: Post openings, owner: anna, due: 2026-02-15, status: done, budget: 1500}
          - {id: T2, action: Interview, owner: anna, due: 2026-06-01, status: doing, budget: 500}
          - {id: T3, action: Onboard, owner: bert, due: 2026-11-30}
          - {id: T4, action: Old idea, owner: bert, due: 2026-03-01, status: dropped}
)";

} // namespace

TEST_CASE("status follows SPEC §2's example figures", "[status]") {
  const PlanStatus status = compute_status(plan_of(kSales), day("2026-11-27"));
  REQUIRE(status.elapsed_pct);
  CHECK(*status.elapsed_pct == Approx(100.0 * 330 / 364)); // 90.7
  REQUIRE(status.objectives.size() == 1);
  const ObjectiveStatus& o = status.objectives[0];
  CHECK(*o.current == 1250000); // the 2026-12-01 check-in has not happened yet
  CHECK(format_date(*o.current_date) == "2026-03-31");
  CHECK(*o.progress_pct == Approx(41.6667).epsilon(1e-4));
  CHECK(*o.expected_pct == 100.0);
  CHECK(o.state == ObjectiveState::OffTrack);
  CHECK(o.tactics.done == 1);
  CHECK(o.tactics.doing == 1);
  CHECK(o.tactics.todo == 1);
  CHECK(o.tactics.dropped == 1);
  CHECK(o.tactics.overdue == 1); // T2; T3 is due after the as-of day, T4 is dropped
  CHECK(o.budget == 2000);
  CHECK(o.strategies.at(0).budget == 2000);
  CHECK(o.milestones.at(0).done);
  CHECK(status.budget == 2000);
}

TEST_CASE("a later check-in counts once its day has come", "[status]") {
  const PlanStatus status = compute_status(plan_of(kSales), day("2026-12-01"));
  CHECK(*status.objectives[0].current == 1400000);
  CHECK(status.objectives[0].state == ObjectiveState::Achieved);
  CHECK(*status.objectives[0].progress_pct == Approx(166.6667).epsilon(1e-4)); // not clamped
}

TEST_CASE("a metric that goes down still runs from 0 to 100 percent", "[status]") {
  const PlanStatus status =
      compute_status(plan_of(R"(  - statement: Reduce customer churn from 10% to 6% by end of Q3
    metric: {name: Churn, unit: "%", baseline: 10, target: 6}
    checkins: [{date: 2026-05-01, value: 8}]
)"),
                     day("2026-05-01"));
  const ObjectiveStatus& o = status.objectives[0];
  CHECK(format_date(*o.deadline) == "2026-09-30"); // read from the statement
  CHECK(*o.progress_pct == Approx(50.0));
  // 120 of 272 days from the mission start to the deadline have passed.
  CHECK(*o.expected_pct == Approx(100.0 * 120 / 272));
  CHECK(o.state == ObjectiveState::OnTrack);
}

TEST_CASE("state thresholds at their edges", "[status]") {
  CHECK(classify(std::nullopt, 50.0) == ObjectiveState::NoData);
  CHECK(classify(100.0, 10.0) == ObjectiveState::Achieved);
  CHECK(classify(99.9, 100.0) == ObjectiveState::OnTrack);
  CHECK(classify(40.0, 50.0) == ObjectiveState::OnTrack);  // gap 10
  CHECK(classify(39.9, 50.0) == ObjectiveState::AtRisk);   // gap 10.1
  CHECK(classify(25.0, 50.0) == ObjectiveState::AtRisk);   // gap 25
  CHECK(classify(24.9, 50.0) == ObjectiveState::OffTrack); // gap 25.1
  CHECK(classify(-5.0, 0.0) == ObjectiveState::OnTrack);   // moved the wrong way, early
  CHECK(classify(30.0, std::nullopt) == ObjectiveState::NoData);
  // (10 - 6.4) / (10 - 6) is 89.99999… in floating point; it is judged as the 90.0% shown.
  CHECK(classify(100.0 * (10 - 6.4) / (10 - 6), 100.0) == ObjectiveState::OnTrack);
  CHECK(classify(99.96, 100.0) == ObjectiveState::Achieved); // shown as 100.0%
  CHECK(state_name(ObjectiveState::OffTrack) == "off-track");
}

TEST_CASE("expected progress is clamped before the start and after the deadline", "[status]") {
  const Plan plan = plan_of(kSales);
  CHECK(*compute_status(plan, day("2025-12-01")).objectives[0].expected_pct == 0.0);
  CHECK(*compute_status(plan, day("2026-01-01")).objectives[0].expected_pct == 0.0);
  CHECK(*compute_status(plan, day("2026-06-30")).objectives[0].expected_pct == 100.0);
  CHECK(*compute_status(plan, day("2027-06-30")).elapsed_pct == 100.0);
}

TEST_CASE("without a metric or check-in there is no progress", "[status]") {
  const PlanStatus status =
      compute_status(plan_of(R"(  - statement: Win 20 new accounts by September 30
    metric: {baseline: 5, target: 5}
    checkins: [{date: 2026-02-01, value: 7}]
  - statement: Win 10 new fleet accounts by September 30
)"),
                     day("2026-05-01"));
  CHECK_FALSE(status.objectives[0].progress_pct); // target equals baseline: no scale
  CHECK(status.objectives[0].state == ObjectiveState::NoData);
  CHECK_FALSE(status.objectives[1].current);
  CHECK(status.objectives[1].state == ObjectiveState::NoData);
}

TEST_CASE("overdue lists late tactics sorted by due day, with owners and due-soon", "[overdue]") {
  const Plan plan = plan_of(kSales);
  std::vector<TacticRow> rows;
  collect_overdue(plan, {day("2026-11-27"), -1, {}}, rows);
  sort_overdue(rows);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].id == "T2");
  CHECK(rows[0].days_overdue == 179);
  CHECK(rows[0].objective == "O1");
  CHECK(rows[0].strategy == "S1");
  CHECK(rows[0].line == 21);
  CHECK_FALSE(rows[0].due_soon);

  rows.clear();
  collect_overdue(plan, {day("2026-11-27"), 3, {}}, rows);
  sort_overdue(rows);
  REQUIRE(rows.size() == 2);
  CHECK(rows[1].id == "T3");
  CHECK(rows[1].due_soon);
  CHECK(rows[1].days_overdue == -3);

  rows.clear();
  collect_overdue(plan, {day("2026-11-27"), 3, {"bert"}}, rows);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].owner == "bert");

  rows.clear(); // due on the as-of day itself is not overdue (strictly before)
  collect_overdue(plan, {day("2026-06-01"), -1, {}}, rows);
  CHECK(rows.empty());
}
