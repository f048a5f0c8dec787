// rollup-mismatch (SPEC §4.6): a roll-up objective whose aligned targets do not add up to its
// own, whose aligned metrics have another unit, or that has check-ins of its own.

#include "checks.hpp"

#include <most/plan_index.hpp>
#include <most/wording.hpp>

#include <fmt/format.h>

#include <cmath>
#include <functional>
#include <string>
#include <vector>

namespace most {

const std::string_view kRollupMismatchDoc = R"(What it does
  Looks at every objective whose metric has `rollup: sum | min | max |
  average` — its current value comes from the objectives that align to it
  directly (`aligns_with:`) — and reports:
    - for `sum`, aligned targets (all in the roll-up's unit) that add up
      to less than the roll-up's target (more, for a metric that must
      fall): part of the target is covered by nobody;
    - an aligned objective whose metric has another unit, or no metric;
    - a roll-up that nothing aligns with, so it has no value;
    - check-ins written on the roll-up itself, which are never counted.
  Only the objectives of plans read in the run (or reached through their
  references) are counted: check the organisation's folder as a whole.

Why is this bad
  An organisation plan that promises 1,100 cars while its teams promise 600
  and 350 leaves 150 cars to nobody, and nothing else says so. Figures in
  different units (cars and EUR) cannot be added. A check-in typed on the
  roll-up by hand would silently disagree with the teams' figures.

Example
  # org.yaml
  objectives:
    - id: O1
      statement: Sell 1,100 cars by December 31
      metric: {unit: cars, baseline: 0, target: 1100, rollup: sum}
  # teams/north.yaml: target 600 cars, aligns_with: ../org.yaml#O1
  # teams/south.yaml: target 350 cars, aligns_with: ../org.yaml#O1

How to fix
  Raise the teams' targets (or add a team) until they cover the roll-up's
  target, or lower the roll-up's; write the same unit everywhere; record
  figures on the aligned objectives with `most checkin`, not on the roll-up.

)";

namespace {

// Targets are sums of user numbers; a difference below this share of the target is rounding.
bool short_of(double sum, double target, bool falling) {
  const double slack = 1e-9 * std::max(1.0, std::fabs(target));
  return falling ? sum > target + slack : sum < target - slack;
}

// Whether `objective` is one of `plan`'s (std::less orders pointers into different arrays).
bool belongs_to(const Plan& plan, const Objective& objective) {
  const std::less<> before;
  const Objective* first = plan.objectives.data();
  return !before(&objective, first) && before(&objective, first + plan.objectives.size());
}

// The id alone in this plan, else FILE#ID as the other plan is named in the run.
std::string name_of(const Plan& plan, const Objective& aligned, const PlanIndex& index) {
  if (belongs_to(plan, aligned)) {
    return aligned.info.id;
  }
  for (const Plan* other : index.plans()) {
    if (belongs_to(*other, aligned)) {
      return fmt::format("{}#{}", other->file, aligned.info.id);
    }
  }
  return aligned.info.id;
}

void check_targets(const Objective& objective, const std::vector<const Objective*>& aligned,
                   Reporter& out) {
  const Metric& metric = *objective.metric;
  if (*metric.rollup != Rollup::Sum || !metric.target) {
    return;
  }
  double sum = 0;
  for (const Objective* part : aligned) {
    if (!part->metric || !part->metric->target) {
      return; // a target nobody wrote cannot be added up; the unit check names the metric
    }
    sum += *part->metric->target;
  }
  const bool falling = metric.baseline && *metric.target < *metric.baseline;
  if (!short_of(sum, *metric.target, falling)) {
    return;
  }
  out.report(objective.info, metric.target.location,
             fmt::format("the targets aligned to {} add up to {}, {} {} its target of {}; "
                         "{} is covered by no aligned objective",
                         objective.info.id, format_amount(sum),
                         format_amount(std::fabs(*metric.target - sum)),
                         falling ? "above" : "short of", format_amount(*metric.target),
                         format_amount(std::fabs(*metric.target - sum))));
}

} // namespace

void check_rollup_mismatch(const Plan& plan, const RuleContext& context, Reporter& out) {
  if (context.plans == nullptr) {
    return;
  }
  const PlanIndex& index = *context.plans;
  for (const Objective& objective : plan.objectives) {
    std::size_t cycle = 0;
    if (!is_rollup(objective) || index.on_cycle(objective, cycle)) {
      continue; // a cycle is an `alignment` error, and has no value to compare
    }
    const Metric& metric = *objective.metric;
    for (const Checkin& checkin : objective.checkins) {
      out.report(objective.info, checkin.location,
                 fmt::format("{} takes its value from the objectives aligned to it (rollup: {}), "
                             "so this check-in is never counted; record figures on those "
                             "objectives instead",
                             objective.info.id, rollup_name(*metric.rollup)));
    }
    const std::vector<const Objective*> aligned = index.aligned_to(objective);
    if (aligned.empty()) {
      out.report(objective.info, metric.rollup.location,
                 fmt::format("{} rolls up the objectives aligned to it, but none aligns with it "
                             "in the plans read, so it has no value; check the folder with "
                             "the plans that serve it",
                             objective.info.id));
      continue;
    }
    const std::string unit = metric.unit.value.value_or("");
    bool one_unit = true;
    for (const Objective* part : aligned) {
      if (!part->metric) {
        one_unit = false;
        out.report(objective.info, metric.rollup.location,
                   fmt::format("{} aligns with {} but has no metric, so it adds nothing to the "
                               "roll-up",
                               name_of(plan, *part, index), objective.info.id));
      } else if (const std::string other = part->metric->unit.value.value_or(""); other != unit) {
        one_unit = false;
        out.report(objective.info, metric.rollup.location,
                   fmt::format("{} is measured in '{}', {} in '{}'; a roll-up adds figures of "
                               "one unit only",
                               name_of(plan, *part, index), other, objective.info.id, unit));
      }
    }
    if (one_unit) { // figures in other units cannot be added up at all
      check_targets(objective, aligned, out);
    }
  }
}

} // namespace most
