// objective-without-strategy: a goal with no way to reach it.

#include "checks.hpp"

#include <fmt/format.h>

namespace most {

const std::string_view kObjectiveWithoutStrategyDoc = R"(What it does
  Checks that every objective has at least one strategy under `strategies:`.

Why is this bad
  An objective says what the team wants; strategies say how it will get
  there. Without one, nobody has decided how the goal will be reached, and no
  tactic (and so no owner or due date) can hang under it.

Example
  objectives:
    - statement: Increase sales volume by 10% by June 30
      metric: {name: Sales volume, unit: EUR, baseline: 1200000, target: 1320000}
      # no strategies

How to fix
  Add the broad ways the team will reach the objective:
    strategies:
      - statement: Increase sales coverage by hiring two salespeople
        tactics:
          - action: Post two job openings
            owner: anna
            due: 2026-02-15

)";

void check_objective_without_strategy(const Plan& plan, const RuleContext& /*context*/,
                                      Reporter& out) {
  for (const Objective& objective : plan.objectives) {
    if (objective.strategies.empty()) {
      out.report(objective.info, {},
                 fmt::format("objective {} has no strategies; add at least one under "
                             "'strategies:' that says how it will be reached",
                             objective.info.id));
    }
  }
}

} // namespace most
