// checkin-outlier: a figure so far from the plan, or from the last one, that it is likely a typo.

#include "checks.hpp"

#include <most/wording.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace most {

const std::string_view kCheckinOutlierDoc = R"(What it does
  Reports a check-in whose progress (100 × (value − baseline) / (target −
  baseline)) lies outside −100 % … 300 %, or jumps more than 200 points from
  the check-in before it (by date; a figure already reported as out of range
  is not compared with the next one).

Why is this bad
  Such figures are almost always typos: 2000 typed for 110.0, an extra zero,
  a value in thousands where the metric counts units. `most status` would
  show "achieved 19000.0%" and the forecast would bend around the error.

Example
  metric: {baseline: 100, target: 110}
  checkins:
    - {date: 2026-03-31, value: 104}
    - {date: 2026-04-30, value: 2000}    # progress 19000%

How to fix
  Correct the value. A figure that is really that far off the plan is a
  sign the baseline or target needs another look.

)";

namespace {

constexpr double kLowest = -100;
constexpr double kHighest = 300;
constexpr double kLargestJump = 200;

} // namespace

void check_checkin_outlier(const Plan& plan, const RuleContext& /*context*/, Reporter& out) {
  for (const Objective& objective : plan.objectives) {
    if (!objective.metric || !objective.metric->baseline || !objective.metric->target ||
        *objective.metric->target == *objective.metric->baseline) {
      continue;
    }
    const double baseline = *objective.metric->baseline;
    const double scale = *objective.metric->target - baseline;
    std::vector<const Checkin*> checkins;
    for (const Checkin& checkin : objective.checkins) {
      if (checkin.date && checkin.value) {
        checkins.push_back(&checkin);
      }
    }
    std::stable_sort(checkins.begin(), checkins.end(),
                     [](const Checkin* a, const Checkin* b) { return *a->date < *b->date; });
    std::optional<double> previous;
    for (const Checkin* checkin : checkins) {
      const double progress = 100.0 * (*checkin->value - baseline) / scale;
      const std::string shown = format_percent(progress);
      if (!std::isfinite(progress) || progress < kLowest || progress > kHighest) {
        out.report(objective.info, checkin->value.location,
                   fmt::format("check-in of {} on {} puts objective {} at {} progress, outside "
                               "-100% to 300%; check the value for a typo",
                               format_number(*checkin->value), format_date(*checkin->date),
                               objective.info.id,
                               std::isfinite(progress) ? shown : "an impossible"));
        continue; // a typo is no measure for the jump to the next figure
      }
      if (previous && std::abs(progress - *previous) > kLargestJump) {
        out.report(objective.info, checkin->value.location,
                   fmt::format("check-in of {} on {} moves objective {} from {} to {} progress, "
                               "a jump of more than 200 points; check the value for a typo",
                               format_number(*checkin->value), format_date(*checkin->date),
                               objective.info.id, format_percent(previous), shown));
      }
      previous = progress;
    }
  }
}

} // namespace most
