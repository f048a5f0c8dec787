// A tactic's row on the as-of day, shared by `most overdue` and `most team`.

#include <most/tactic_row.hpp>

namespace most {

TacticRow tactic_row(const Plan& plan, const Objective& objective, const Strategy& strategy,
                     const Tactic& tactic, Date as_of, int within_days) {
  TacticRow row;
  row.file = plan.file;
  row.line = tactic.info.location.line;
  row.id = tactic.info.id;
  row.action = tactic.action.value.value_or("");
  row.owner = tactic.owner.value.value_or("");
  row.due = tactic.due.value;
  row.status = tactic.effective_status();
  row.objective = objective.info.id;
  row.strategy = strategy.info.id;
  row.budget = tactic.budget.value;
  row.overdue = tactic.is_overdue(as_of);
  if (row.overdue) {
    row.days_overdue = days_between(*tactic.due, as_of);
  }
  row.due_soon = within_days >= 0 && tactic.is_open() && tactic.due && !row.overdue &&
                 *tactic.due <= add_days(as_of, within_days);
  return row;
}

} // namespace most
