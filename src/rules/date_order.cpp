// date-order: dates that contradict each other or the as-of day.

#include "checks.hpp"

#include <fmt/format.h>

namespace most {

const std::string_view kDateOrderDoc = R"(What it does
  Checks that dates come in an order that can happen:
  - the mission's `start` is not after its `deadline`;
  - a tactic's `start` is not after its `due` day;
  - a tactic's `done_on` is not after the as-of day (today, or `--as-of`);
  - every check-in is dated within the mission, from its start to its deadline.

Why is this bad
  A date in the wrong order is almost always a typo (2026 for 2025, a swapped
  month and day). Left in, it skews the status report: a check-in from before
  the mission counts as progress, a future `done_on` hides work not yet done.

Example
  mission:
    statement: To be one of the top five dealers in the region
    start: 2026-01-01
    deadline: 2026-12-31
  objectives:
    - statement: Increase sales volume by 10% by June 30
      checkins:
        - date: 2025-12-15      # before the mission starts
          value: 1250000

How to fix
  Correct the date that is wrong: usually the year or a swapped month and day.
  A check-in from before the mission belongs in `metric.baseline` instead.

)";

namespace {

void check_checkins(const Plan& plan, const Objective& objective, Reporter& out) {
  const Mission& mission = plan.mission;
  for (const Checkin& checkin : objective.checkins) {
    if (!checkin.date) {
      continue;
    }
    if (mission.start && *checkin.date < *mission.start) {
      out.report(objective.info, checkin.date.location,
                 fmt::format("check-in of objective {} is dated {}, before the mission starts "
                             "on {}; record earlier values as 'metric.baseline'",
                             objective.info.id, format_date(*checkin.date),
                             format_date(*mission.start)));
    } else if (mission.deadline && *checkin.date > *mission.deadline) {
      out.report(objective.info, checkin.date.location,
                 fmt::format("check-in of objective {} is dated {}, after the mission's deadline "
                             "{}; check the date",
                             objective.info.id, format_date(*checkin.date),
                             format_date(*mission.deadline)));
    }
  }
}

void check_tactic(const Tactic& tactic, Date as_of, Reporter& out) {
  if (tactic.start && tactic.due && *tactic.start > *tactic.due) {
    out.report(tactic.info, tactic.start.location,
               fmt::format("tactic {} starts on {}, after it is due on {}; fix one of the dates",
                           tactic.info.id, format_date(*tactic.start), format_date(*tactic.due)));
  }
  if (tactic.done_on && *tactic.done_on > as_of) {
    out.report(tactic.info, tactic.done_on.location,
               fmt::format("tactic {} was done on {}, after the as-of day {}; a 'done_on' day "
                           "cannot be in the future",
                           tactic.info.id, format_date(*tactic.done_on), format_date(as_of)));
  }
}

} // namespace

void check_date_order(const Plan& plan, const RuleContext& context, Reporter& out) {
  const Mission& mission = plan.mission;
  if (mission.start && mission.deadline && *mission.start > *mission.deadline) {
    out.report(mission.info, mission.start.location,
               fmt::format("the mission starts on {}, after its deadline {}; fix one of the dates",
                           format_date(*mission.start), format_date(*mission.deadline)));
  }
  for (const Objective& objective : plan.objectives) {
    check_checkins(plan, objective, out);
    for (const Strategy& strategy : objective.strategies) {
      for (const Tactic& tactic : strategy.tactics) {
        check_tactic(tactic, context.as_of, out);
      }
    }
  }
}

} // namespace most
