// strategy-without-tactic: a way to reach a goal that nobody acts on.

#include "checks.hpp"

#include <fmt/format.h>

namespace most {

const std::string_view kStrategyWithoutTacticDoc = R"(What it does
  Checks that every strategy has at least one tactic under `tactics:`.

Why is this bad
  A strategy only moves the objective through its tactics: concrete steps
  with an owner and a due date. A strategy without one is an intention that
  no one is accountable for and that never shows up as overdue.

Example
  strategies:
    - statement: Run a sales incentive program
      # no tactics

How to fix
  Add the concrete steps, each with who does it and by when:
    tactics:
      - action: Draft the incentive rules with finance
        owner: anna
        due: 2026-02-28

)";

void check_strategy_without_tactic(const Plan& plan, const RuleContext& /*context*/,
                                   Reporter& out) {
  for (const Objective& objective : plan.objectives) {
    for (const Strategy& strategy : objective.strategies) {
      if (strategy.tactics.empty()) {
        out.report(strategy.info, {},
                   fmt::format("strategy {} has no tactics; add at least one under 'tactics:' "
                               "with an action, an owner and a due date",
                               strategy.info.id));
      }
    }
  }
}

} // namespace most
