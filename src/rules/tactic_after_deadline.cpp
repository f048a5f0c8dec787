// tactic-after-deadline: a step planned for after the goal it serves is due.

#include "checks.hpp"

#include <most/wording.hpp>

#include <fmt/format.h>

namespace most {

const std::string_view kTacticAfterDeadlineDoc = R"(What it does
  Checks that no tactic is due after its objective's deadline or after the
  mission's deadline. The objective's deadline is its `deadline:` field or,
  without one, the latest date its statement names.

Why is this bad
  Tactics are the steps that reach the objective. A step due after the
  deadline cannot contribute to it: either the step is planned too late or
  the deadline no longer holds.

Example
  objectives:
    - statement: Increase sales volume by 10% by June 30
      deadline: 2026-06-30
      strategies:
        - statement: Target key accounts
          tactics:
            - action: Visit the top 5 accounts
              owner: anna
              due: 2026-07-15       # after the objective's deadline

How to fix
  Bring the tactic's `due:` forward, or move the objective's deadline if the
  plan has changed.

)";

namespace {

void check_tactic(const Tactic& tactic, const Objective& objective,
                  const std::optional<Date>& objective_deadline,
                  const std::optional<Date>& mission_deadline, Reporter& out) {
  const Date due = *tactic.due;
  const bool after_objective = objective_deadline && due > *objective_deadline;
  const bool after_mission = mission_deadline && due > *mission_deadline;
  std::string which;
  if (after_objective && after_mission) {
    which = fmt::format("after objective {}'s deadline {} and the mission's deadline {}",
                        objective.info.id, format_date(*objective_deadline),
                        format_date(*mission_deadline));
  } else if (after_objective) {
    which = fmt::format("after objective {}'s deadline {}", objective.info.id,
                        format_date(*objective_deadline));
  } else if (after_mission) {
    which = fmt::format("after the mission's deadline {}", format_date(*mission_deadline));
  } else {
    return;
  }
  out.report(tactic.info, tactic.due.location,
             fmt::format("tactic {} is due on {}, {}; bring it forward or move the deadline",
                         tactic.info.id, format_date(due), which));
}

} // namespace

void check_tactic_after_deadline(const Plan& plan, const RuleContext& /*context*/, Reporter& out) {
  const std::optional<Date> mission_deadline = plan.mission.deadline.value;
  for (const Objective& objective : plan.objectives) {
    // Read the statement once per objective, not once per tactic.
    const std::optional<Date> objective_deadline = effective_deadline(objective);
    for (const Strategy& strategy : objective.strategies) {
      for (const Tactic& tactic : strategy.tactics) {
        if (tactic.due) {
          check_tactic(tactic, objective, objective_deadline, mission_deadline, out);
        }
      }
    }
  }
}

} // namespace most
