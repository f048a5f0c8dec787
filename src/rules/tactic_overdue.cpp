// tactic-overdue: a tactic past its due day and not done.

#include "checks.hpp"

#include <most/wording.hpp>

#include <fmt/format.h>

namespace most {

const std::string_view kTacticOverdueDoc = R"(What it does
  Reports every tactic whose `due` day is strictly before the as-of day
  (today, or `--as-of`) and whose `status` is not `done` or `dropped`. This
  is the same list `most overdue` prints.

Why is this bad
  A plan is only honest when it says what actually happened. An overdue
  tactic is either late work that needs attention or a plan that changed
  without being written down.

Example
  tactics:
    - action: Post two job openings
      owner: anna
      due: 2026-02-15
      status: doing              # checked on 2026-03-01: 14 days overdue

How to fix
  Finish the step and set `status: done` (with `done_on:`), set `status:
  dropped` if it is no longer needed, or move `due:` when the plan changed.

How to silence
  In `.most.yaml`, for every plan under that directory:
    rules:
      tactic-overdue: off
  Or in the plan, on the tactic (or a parent of it):
    ignore: [tactic-overdue]
  or, with a reason and an end day (the ignore expires and the finding returns):
    ignore:
      - {rule: tactic-overdue, reason: waiting for budget, until: 2026-03-31}
)";

void check_tactic_overdue(const Plan& plan, const RuleContext& context, Reporter& out) {
  for_each_tactic(plan, [&](const Objective& /*objective*/, const Strategy& /*strategy*/,
                            const Tactic& tactic) {
    if (!tactic.is_overdue(context.as_of)) {
      return;
    }
    out.report(tactic.info, tactic.due.location,
               fmt::format("tactic {} is overdue: it was due on {}, {} ago; finish it and "
                           "set 'status: done', or move 'due:' if the plan changed",
                           tactic.info.id, format_date(*tactic.due),
                           count_of(days_between(*tactic.due, context.as_of), "day")));
  });
}

} // namespace most
