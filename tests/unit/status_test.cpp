// The figures of `most status` and `most overdue` (SPEC §2), from plans given as text.

#include <most/load.hpp>
#include <most/status.hpp>

#include <catch2/catch.hpp>

#include <cmath>

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
  // §2's example says off-track; §4.3 since says that past the deadline it is missed.
  CHECK(o.state == ObjectiveState::Missed);
  CHECK(classify(o.progress_pct, o.expected_pct) == ObjectiveState::OffTrack);
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

namespace {

// Forecast plans: mission 2026-01-01 → 2026-12-31, so day N of the line is 2026-01-01 + N.
Plan forecast_plan(const std::string& metric, const std::string& checkins,
                   const std::string& deadline = "2026-06-30") {
  return plan_of("  - id: O1\n    statement: Grow the number of dealers we supply by June 30\n"
                 "    deadline: " +
                 deadline + "\n    metric: " + metric + "\n    checkins: " + checkins + "\n");
}

const ObjectiveStatus& only_objective(const PlanStatus& status) {
  REQUIRE(status.objectives.size() == 1);
  return status.objectives[0];
}

} // namespace

TEST_CASE("the forecast is the least-squares line through the baseline and the check-ins",
          "[status][forecast]") {
  // Points (day, value): (0, 100) (30, 110) (59, 130) (90, 140); the 2026-05-01 check-in comes
  // after the as-of day and does not count. By hand: mean day 44.75, mean value 120;
  // Σdx·dy = 44.75·20 + 14.75·10 + 14.25·10 + 45.25·20 = 2090,
  // Σdx² = 44.75² + 14.75² + 14.25² + 45.25² = 4470.75; slope 0.467483 a day,
  // intercept 120 − 0.467483·44.75 = 99.0801.
  const PlanStatus status = compute_status(
      forecast_plan("{baseline: 100, target: 200}",
                    "[{date: 2026-01-31, value: 110}, {date: 2026-03-01, value: 130}, "
                    "{date: 2026-04-01, value: 140}, {date: 2026-05-01, value: 999}]"),
      day("2026-04-15"));
  const ObjectiveStatus& o = only_objective(status);
  REQUIRE(o.forecast);
  const Forecast& f = *o.forecast;
  CHECK(f.points.size() == 4);
  CHECK(f.slope_per_day == Approx(2090 / 4470.75));
  // 2026-06-30 is day 180: 99.0801 + 0.467483·180 = 183.23.
  REQUIRE(f.value);
  CHECK(*f.value == Approx(183.23).margin(0.05));
  CHECK(*f.progress_pct == Approx(83.23).margin(0.05));
  // 200 is reached on day (200 − 99.0801) / 0.467483 = 215.88, so on day 216: 2026-08-05.
  REQUIRE(f.reaches_target_on);
  CHECK(format_date(*f.reaches_target_on) == "2026-08-05");
  // (200 − 140) over the 76 days from 2026-04-15 to 2026-06-30, times 7.
  REQUIRE(f.required_per_week);
  CHECK(*f.required_per_week == Approx(60.0 / 76 * 7));
  CHECK(format_date(*o.current_date) == "2026-04-01");
  CHECK(o.checkins.size() == 3);
}

TEST_CASE("a forecast for a metric that must fall", "[status][forecast]") {
  // (0, 10) and (120, 8): −1/60 a day. Deadline 2026-09-30 is day 272: 10 − 272/60 = 5.4667,
  // progress (5.4667 − 10) / (6 − 10) = 113.3%; 6 is reached on day 240 exactly: 2026-08-29.
  const PlanStatus status =
      compute_status(forecast_plan("{unit: \"%\", baseline: 10, target: 6}",
                                   "[{date: 2026-05-01, value: 8}]", "2026-09-30"),
                     day("2026-05-01"));
  const Forecast& f = *only_objective(status).forecast;
  CHECK(f.points.size() == 2);
  CHECK(*f.value == Approx(10 - 272.0 / 60));
  CHECK(*f.progress_pct == Approx(113.333).margin(0.01));
  CHECK(format_date(*f.reaches_target_on) == "2026-08-29");
  // Signed: (6 − 8) over the 152 days left, times 7 = −0.0921 a week.
  CHECK(*f.required_per_week == Approx(-2.0 / 152 * 7));
}

TEST_CASE("a line moving away from or parallel to the target never reaches it",
          "[status][forecast]") {
  const auto reaches = [](const char* value) {
    const PlanStatus status =
        compute_status(forecast_plan("{baseline: 100, target: 200}",
                                     std::string("[{date: 2026-03-01, value: ") + value + "}]"),
                       day("2026-03-15"));
    REQUIRE(only_objective(status).forecast);
    return only_objective(status).forecast->reaches_target_on;
  };
  CHECK_FALSE(reaches("90"));  // falling, the target is up
  CHECK_FALSE(reaches("100")); // flat
  CHECK(reaches("110"));
}

TEST_CASE("no forecast without two points on two days", "[status][forecast]") {
  // Only the baseline on the mission start.
  CHECK_FALSE(only_objective(compute_status(forecast_plan("{baseline: 100, target: 200}", "[]"),
                                            day("2026-04-01")))
                  .forecast);
  // A check-in on the mission start is a second point on the same day.
  CHECK_FALSE(only_objective(compute_status(forecast_plan("{baseline: 100, target: 200}",
                                                          "[{date: 2026-01-01, value: 120}]"),
                                            day("2026-04-01")))
                  .forecast);
  // Every check-in is after the as-of day.
  CHECK_FALSE(only_objective(compute_status(forecast_plan("{baseline: 100, target: 200}",
                                                          "[{date: 2026-05-01, value: 120}]"),
                                            day("2026-04-01")))
                  .forecast);
}

TEST_CASE("past the deadline: missed, no rate per week, missed milestones", "[status][forecast]") {
  Plan plan = forecast_plan("{baseline: 100, target: 200}", "[{date: 2026-06-01, value: 150}]");
  const PlanStatus on_deadline = compute_status(plan, day("2026-06-30"));
  CHECK(only_objective(on_deadline).state == ObjectiveState::OffTrack);
  CHECK_FALSE(only_objective(on_deadline).forecast->required_per_week);
  const PlanStatus after = compute_status(plan, day("2026-07-01"));
  CHECK(only_objective(after).state == ObjectiveState::Missed);
  CHECK(state_name(ObjectiveState::Missed) == "missed");
  CHECK_FALSE(only_objective(after).forecast->required_per_week);

  const PlanStatus sales =
      compute_status(plan_of(R"(  - statement: Increase sales volume by 10% by June 30
    milestones:
      - {name: Done early, due: 2026-03-01, done: true}
      - {name: Late, due: 2026-03-01}
      - {name: Due today, due: 2026-03-02}
)"),
                     day("2026-03-02"));
  const std::vector<MilestoneStatus>& milestones = only_objective(sales).milestones;
  CHECK_FALSE(milestones.at(0).missed);
  CHECK(milestones.at(1).missed);
  CHECK_FALSE(milestones.at(2).missed);
  // Achieved past the deadline stays achieved.
  CHECK(only_objective(compute_status(forecast_plan("{baseline: 100, target: 200}",
                                                    "[{date: 2026-06-01, value: 200}]"),
                                      day("2026-08-01")))
            .state == ObjectiveState::Achieved);
}

TEST_CASE("forecasts with huge or extreme numbers become null, never garbage",
          "[status][forecast]") {
  const std::vector<ForecastPoint> points = {
      {day("2026-01-01"), 1.7e308}, {day("2026-02-01"), -1.7e308}, {day("2026-03-01"), 1.7e308}};
  const auto f =
      fit_forecast(points, day("2026-03-15"), day("2026-06-30"), 1.7e308, -1.7e308, 1.7e308);
  if (f) {
    for (const std::optional<double>& figure : {f->value, f->progress_pct, f->required_per_week}) {
      CHECK((!figure || std::isfinite(*figure)));
    }
  }
  // A line so flat that the target is reached after year 9999 has no day.
  const auto slow = fit_forecast({{day("2026-01-01"), 0}, {day("2026-02-01"), 1e-9}},
                                 day("2026-03-01"), day("2026-06-30"), 0.0, 1e9, 1e-9);
  REQUIRE(slow);
  CHECK_FALSE(slow->reaches_target_on);
  CHECK(slow->value);
}
