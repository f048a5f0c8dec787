// checkin-conflict: check-ins that cannot all be true, or can never count.

#include "checks.hpp"

#include <fmt/format.h>

#include <map>

namespace most {

const std::string_view kCheckinConflictDoc = R"(What it does
  Reports a check-in that contradicts another or can never count: two
  check-ins of one objective on the same day, a check-in on an objective
  without `metric:`, and a check-in dated after the as-of day.

Why is this bad
  `most status` takes the latest check-in on or before the as-of day. Of two
  figures for one day only one is used, and which one depends on their
  order in the file; a figure on an objective without a metric has nothing
  to be measured against; a figure dated in the future is silently left out
  of every report until its day comes, which is usually a typo in the year.

Example
  metric: {baseline: 1200000, target: 1320000}
  checkins:
    - {date: 2026-03-31, value: 1250000}
    - {date: 2026-03-31, value: 1260000}   # the same day again
    - {date: 2027-03-31, value: 1290000}   # after the as-of day

How to fix
  Keep one figure per day (`most checkin --replace` overwrites one), add the
  `metric:` the figures measure, and correct the date of a future check-in.

)";

void check_checkin_conflict(const Plan& plan, const RuleContext& context, Reporter& out) {
  for (const Objective& objective : plan.objectives) {
    const std::string& id = objective.info.id;
    std::map<Date, const Checkin*> seen;
    for (const Checkin& checkin : objective.checkins) {
      if (!objective.metric) {
        out.report(objective.info, checkin.location,
                   fmt::format("objective {} has a check-in but no 'metric:', so the figure can "
                               "never count; add the metric it measures",
                               id));
        continue;
      }
      if (!checkin.date) {
        continue;
      }
      const Date day = *checkin.date;
      if (day > context.as_of) {
        out.report(objective.info, checkin.date.location,
                   fmt::format("objective {} has a check-in dated {}, after the as-of day {}; "
                               "no report counts it until then, so check the date",
                               id, format_date(day), format_date(context.as_of)));
      }
      const auto [first, added] = seen.try_emplace(day, &checkin);
      if (!added) {
        out.report(objective.info, checkin.date.location,
                   fmt::format("objective {} has two check-ins on {} (the other on line {}); "
                               "keep one figure per day",
                               id, format_date(day), first->second->location.line));
      }
    }
  }
}

} // namespace most
