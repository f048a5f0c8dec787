// smart-measurable: an objective with nothing to measure it by.

#include "checks.hpp"

#include <most/wording.hpp>

#include <fmt/format.h>

namespace most {

const std::string_view kSmartMeasurableDoc = R"(What it does
  Checks that each objective says how much: either a `metric:` with a
  `target`, or a quantity in its statement ("10%", "five percent",
  "EUR 50k", "20 new accounts"). Numbers that are part of a date ("by June
  30", "in Q3") do not count.

Why is this bad
  SMART objectives are Measurable. Without a number nobody can tell whether
  the objective was met, and `most status` cannot show progress for it.

Example
  objectives:
    - statement: Increase sales volume in the region by June 30
      deadline: 2026-06-30

How to fix
  Name the quantity in the statement ("Increase sales volume by 10% by June
  30"), or better, add a metric so check-ins can track progress:
    metric:
      name: Sales volume
      unit: EUR
      baseline: 1200000
      target: 1320000

)";

void check_smart_measurable(const Plan& plan, const RuleContext& /*context*/, Reporter& out) {
  for (const Objective& objective : plan.objectives) {
    // A missing statement is a required-field finding already.
    if (!objective.statement) {
      continue;
    }
    if (objective.metric && objective.metric->target.written) {
      // A target that is written but not a number was reported by the loader.
      continue;
    }
    if (!objective.reading.quantities.empty()) {
      continue;
    }
    out.report(objective.info, objective.statement.location,
               fmt::format("objective {} names no quantity; add a 'metric:' with a baseline and "
                           "a target, or say how much in the statement (e.g. 'by 10%')",
                           objective.info.id));
  }
}

} // namespace most
