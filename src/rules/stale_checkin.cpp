// stale-checkin: an open objective whose latest figure is older than the team's cadence.

#include "checks.hpp"

#include <most/wording.hpp>

#include <fmt/format.h>

namespace most {

const std::string_view kStaleCheckinDoc = R"(What it does
  Reports an open objective with a metric whose latest check-in (on or before
  the as-of day) is more than `checkin_every` days old; without check-ins the
  mission start counts as the last figure. An objective is open while the
  as-of day lies within the mission and before the objective's deadline. The
  cadence is 14 days unless `.most.yaml` sets `checkin_every: DAYS`. A
  roll-up (`rollup:` on the metric) has no figures of its own and is left to
  the objectives aligned to it.

Why is this bad
  Progress, state and forecast are all computed from the latest figure. A
  figure three months old makes `most status` say "off-track 23.0%" about a
  team that may have caught up, or "on-track" about one that stalled. A
  weekly or fortnightly figure keeps the report honest.

Example
  mission: {start: 2026-01-01, deadline: 2026-12-31}
  objectives:
    - statement: Grow service plan revenue by 25% by December 31
      metric: {baseline: 480000, target: 600000}
      checkins:
        - {date: 2026-09-30, value: 556000}   # 58 days before 2026-11-27

How to fix
  Add this week's figure, e.g. `most checkin plan.yaml O4 571000`. A team
  that measures monthly sets `checkin_every: 31` in `.most.yaml`.

)";

void check_stale_checkin(const Plan& plan, const RuleContext& context, Reporter& out) {
  const Mission& mission = plan.mission;
  if (!mission.start || context.as_of < *mission.start ||
      (mission.deadline && context.as_of > *mission.deadline)) {
    return;
  }
  for (const Objective& objective : plan.objectives) {
    const std::optional<Date> deadline = effective_deadline(objective);
    // A roll-up has no figures of its own (SPEC §4.6): the objectives aligned to it are the
    // ones whose figures go stale, and each is reported in its own plan.
    if (!objective.metric || is_rollup(objective) || (deadline && context.as_of >= *deadline)) {
      continue;
    }
    const Checkin* latest = nullptr;
    for (const Checkin& checkin : objective.checkins) {
      if (checkin.date && checkin.value && *checkin.date <= context.as_of &&
          (latest == nullptr || *checkin.date >= *latest->date)) {
        latest = &checkin;
      }
    }
    const Date last = latest != nullptr ? *latest->date : *mission.start;
    const int age = days_between(last, context.as_of);
    if (age <= context.checkin_every) {
      continue;
    }
    const SourceLocation where =
        latest != nullptr ? latest->date.location : objective.metric->location;
    out.report(objective.info, where,
               fmt::format("the latest figure of objective {} is {} on {}, {} before the as-of "
                           "day (check-ins are due every {}); add a check-in with 'most checkin'",
                           objective.info.id,
                           latest != nullptr ? "the check-in" : "the baseline at the mission start",
                           format_date(last), count_of(age, "day"),
                           count_of(context.checkin_every, "day")));
  }
}

} // namespace most
