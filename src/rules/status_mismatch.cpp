// status-mismatch: a tactic that says when it was done, but not that it is done.

#include "checks.hpp"

#include <fmt/format.h>

namespace most {

const std::string_view kStatusMismatchDoc = R"(What it does
  Reports a tactic with a `done_on:` day whose `status:` is not `done`
  (or is missing, which means `todo`).

Why is this bad
  The two fields contradict each other. Reports count the tactic by its
  status, so a finished step stays "overdue" and on someone's call list; or
  the `done_on` is a leftover from a step that was reopened.

Example
  - action: Post two job openings
    owner: lisa
    due: 2026-01-30
    status: doing
    done_on: 2026-01-28

How to fix
  Set `status: done` (`most done plan.yaml T1` writes both), or remove
  `done_on:` when the step is not finished.

)";

void check_status_mismatch(const Plan& plan, const RuleContext& /*context*/, Reporter& out) {
  for_each_tactic(plan, [&](const Objective& /*objective*/, const Strategy& /*strategy*/,
                            const Tactic& tactic) {
    if (!tactic.done_on || tactic.effective_status() == Status::Done) {
      return;
    }
    out.report(tactic.info, tactic.done_on.location,
               fmt::format("tactic {} has 'done_on: {}' but its status is '{}'; set 'status: done' "
                           "or remove 'done_on'",
                           tactic.info.id, format_date(*tactic.done_on),
                           status_name(tactic.effective_status())));
  });
}

} // namespace most
