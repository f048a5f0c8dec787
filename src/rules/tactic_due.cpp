// tactic-due: a tactic with no due date.

#include "checks.hpp"

#include <fmt/format.h>

namespace most {

const std::string_view kTacticDueDoc = R"(What it does
  Checks that every tactic has a `due:` day.

Why is this bad
  A tactic says what is done, by whom and by when. Without a due day it can
  never be late: `most overdue` will not list it, `most calendar` will not
  show it, and it quietly slides until the objective is missed.

Example
  tactics:
    - action: Call the top 20 accounts
      owner: anna
      # no due date

How to fix
  Add `due: YYYY-MM-DD` with the day the step should be finished. For long
  steps, add a `start:` day as well, or split them into smaller ones.

)";

void check_tactic_due(const Plan& plan, const RuleContext& /*context*/, Reporter& out) {
  for_each_tactic(plan, [&](const Objective& /*objective*/, const Strategy& /*strategy*/,
                            const Tactic& tactic) {
    // A due day that is written but not a real date was reported as invalid-date.
    if (!tactic.due.written) {
      out.report(tactic.info, {},
                 fmt::format("tactic {} has no due date; add 'due: YYYY-MM-DD' with the day "
                             "it should be done",
                             tactic.info.id));
    }
  });
}

} // namespace most
