// The figures of `most status` and `most overdue`, computed once from the model (SPEC §2).

#include <most/rollup.hpp>
#include <most/status.hpp>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace most {

std::string_view state_name(ObjectiveState state) {
  switch (state) {
  case ObjectiveState::Achieved:
    return "achieved";
  case ObjectiveState::OnTrack:
    return "on-track";
  case ObjectiveState::AtRisk:
    return "at-risk";
  case ObjectiveState::OffTrack:
    return "off-track";
  case ObjectiveState::NoData:
    return "no-data";
  case ObjectiveState::Missed:
    return "missed";
  }
  return "no-data";
}

ObjectiveState classify(std::optional<double> progress_pct, std::optional<double> expected_pct) {
  if (!progress_pct) {
    return ObjectiveState::NoData;
  }
  // Judge the figures people see (one decimal), so 90.0% against 100.0% is on track even
  // when floating point computed 89.99999.
  const auto shown = [](double value) { return std::round(value * 10) / 10; };
  if (shown(*progress_pct) >= 100) {
    return ObjectiveState::Achieved;
  }
  // Without a deadline nothing is expected by a given day, so there is no gap to judge.
  if (!expected_pct) {
    return ObjectiveState::NoData;
  }
  const double gap = shown(shown(*expected_pct) - shown(*progress_pct));
  if (gap <= 10) {
    return ObjectiveState::OnTrack;
  }
  return gap <= 25 ? ObjectiveState::AtRisk : ObjectiveState::OffTrack;
}

namespace {

// Share of [from, to] passed on `as_of`, clamped to 0–100.
std::optional<double> share_passed(std::optional<Date> from, std::optional<Date> to, Date as_of) {
  if (!from || !to) {
    return std::nullopt;
  }
  const int total = days_between(*from, *to);
  if (total <= 0) {
    return as_of >= *to ? 100.0 : 0.0;
  }
  const double share = 100.0 * days_between(*from, as_of) / total;
  return std::clamp(share, 0.0, 100.0);
}

void count(const Tactic& tactic, Date as_of, TacticCounts& counts) {
  switch (tactic.effective_status()) {
  case Status::Todo:
    ++counts.todo;
    break;
  case Status::Doing:
    ++counts.doing;
    break;
  case Status::Done:
    ++counts.done;
    break;
  case Status::Blocked:
    ++counts.blocked;
    break;
  case Status::Dropped:
    ++counts.dropped;
    break;
  }
  counts.overdue += tactic.is_overdue(as_of) ? 1 : 0;
}

// The latest check-in on or before the as-of day; later ones have not happened yet.
const Checkin* current_checkin(const Objective& objective, Date as_of) {
  const Checkin* latest = nullptr;
  for (const Checkin& checkin : objective.checkins) {
    if (checkin.date && checkin.value && *checkin.date <= as_of &&
        (latest == nullptr || *checkin.date >= *latest->date)) {
      latest = &checkin;
    }
  }
  return latest;
}

// The figures the objective's own check-ins give: the latest as current, all as history.
void own_figures(const Objective& objective, Date as_of, ObjectiveStatus& status) {
  if (const Checkin* checkin = current_checkin(objective, as_of)) {
    status.current = *checkin->value;
    status.current_date = *checkin->date;
  }
  if (objective.metric) {
    for (const Checkin& checkin : objective.checkins) {
      if (checkin.date && checkin.value && *checkin.date <= as_of) {
        status.checkins.push_back({*checkin.date, *checkin.value});
      }
    }
    std::stable_sort(status.checkins.begin(), status.checkins.end(),
                     [](const ForecastPoint& a, const ForecastPoint& b) { return a.day < b.day; });
  }
}

// A roll-up's figures (SPEC §4.6): its history is the rolled-up series, and a baseline the
// plan leaves out is the rolled-up baselines, so the organisation types neither.
void rolled_figures(const ValueSeries& series, Date as_of, ObjectiveStatus& status) {
  if (!status.baseline) {
    status.baseline = series.initial;
  }
  status.current = series.at(as_of);
  if (!series.steps.empty()) {
    status.current_date = series.steps.back().day;
  }
  status.checkins = series.steps;
}

ObjectiveStatus objective_status(const Objective& objective, const Mission& mission, Date as_of,
                                 const ValueSeries* rolled) {
  ObjectiveStatus status;
  status.id = objective.info.id;
  status.statement = objective.statement.value.value_or("");
  status.owner = objective.owner.value.value_or("");
  status.location = objective.info.location;
  status.deadline = effective_deadline(objective);
  if (objective.metric) {
    status.unit = objective.metric->unit.value.value_or("");
    status.baseline = objective.metric->baseline.value;
    status.target = objective.metric->target.value;
  }
  if (rolled != nullptr) {
    rolled_figures(*rolled, as_of, status);
  } else {
    own_figures(objective, as_of, status);
  }
  // progress = 100 × (current − baseline) / (target − baseline): a metric that goes down
  // (churn from 10% to 6%) divides two negatives and still runs from 0 to 100.
  if (status.current && status.baseline && status.target && *status.target != *status.baseline) {
    // Near the limits of a double the difference overflows: no progress rather than NaN.
    const double progress =
        100.0 * (*status.current - *status.baseline) / (*status.target - *status.baseline);
    if (std::isfinite(progress)) {
      status.progress_pct = progress;
    }
  }
  status.expected_pct = share_passed(mission.start.value, status.deadline, as_of);
  status.state = classify(status.progress_pct, status.expected_pct);
  // SPEC §4.3: past the deadline what is not achieved is missed, however close it came.
  if (status.progress_pct && status.state != ObjectiveState::Achieved && status.deadline &&
      as_of > *status.deadline) {
    status.state = ObjectiveState::Missed;
  }
  if (objective.metric) {
    std::vector<ForecastPoint> points;
    if (mission.start && status.baseline) {
      points.push_back({*mission.start.value, *status.baseline});
    }
    points.insert(points.end(), status.checkins.begin(), status.checkins.end());
    status.forecast = fit_forecast(std::move(points), as_of, status.deadline, status.baseline,
                                   status.target, status.current);
  }
  for (const Milestone& milestone : objective.milestones) {
    const bool missed = !milestone.done && milestone.due && *milestone.due < as_of;
    status.milestones.push_back(
        {milestone.name.value.value_or(""), milestone.due.value, milestone.done, missed});
  }
  for (const Strategy& strategy : objective.strategies) {
    StrategyStatus& row = status.strategies.emplace_back();
    row.id = strategy.info.id;
    row.statement = strategy.statement.value.value_or("");
    row.owner = strategy.owner.value.value_or("");
    for (const Tactic& tactic : strategy.tactics) {
      count(tactic, as_of, status.tactics);
      row.budget += tactic.budget.value.value_or(0);
      row.tactics.push_back({tactic.info.id, tactic.action.value.value_or(""),
                             tactic.owner.value.value_or(""), tactic.start.value, tactic.due.value,
                             tactic.effective_status(), tactic.is_overdue(as_of)});
    }
    status.budget += row.budget;
  }
  return status;
}

} // namespace

PlanStatus compute_status(const Plan& plan, Date as_of) { return compute_status(plan, as_of, {}); }

PlanStatus compute_status(const Plan& plan, Date as_of, const Rollups& rollups) {
  PlanStatus status;
  status.file = plan.file;
  status.statement = plan.mission.statement.value.value_or("");
  status.owner = plan.mission.owner.value.value_or("");
  status.start = plan.mission.start.value;
  status.deadline = plan.mission.deadline.value;
  status.elapsed_pct = share_passed(status.start, status.deadline, as_of);
  for (const Objective& objective : plan.objectives) {
    status.objectives.push_back(
        objective_status(objective, plan.mission, as_of, rollups.find(objective)));
    status.budget += status.objectives.back().budget;
  }
  return status;
}

void collect_overdue(const Plan& plan, const OverdueOptions& options, std::vector<TacticRow>& out) {
  // The last due day listed: the window's end, or without one the day before the as-of day.
  const Date last = add_days(options.as_of, options.within_days >= 0 ? options.within_days : -1);
  for_each_tactic(plan, [&](const Objective& objective, const Strategy& strategy,
                            const Tactic& tactic) {
    const std::string_view owner = tactic.owner ? std::string_view(*tactic.owner) : "";
    if (!tactic.due || *tactic.due > last || !tactic.is_open() ||
        (!options.owners.empty() &&
         std::find(options.owners.begin(), options.owners.end(), owner) == options.owners.end())) {
      return;
    }
    TacticRow row =
        tactic_row(plan, objective, strategy, tactic, options.as_of, options.within_days);
    // Rows due soon say how soon: as-of minus due, zero or negative.
    row.days_overdue = days_between(*tactic.due, options.as_of);
    out.push_back(std::move(row));
  });
}

void sort_overdue(std::vector<TacticRow>& rows) {
  std::stable_sort(rows.begin(), rows.end(), [](const TacticRow& a, const TacticRow& b) {
    return std::tie(a.due, a.file, a.line) < std::tie(b.due, b.file, b.line);
  });
}

} // namespace most
