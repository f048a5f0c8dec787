#pragma once

// One tactic as a list shows it — a row of `most overdue` or of `most team --owner` — with the
// figures of the as-of day, so every format of both commands tells the same story.

#include <most/date.hpp>
#include <most/plan.hpp>

#include <optional>
#include <string>

namespace most {

/// One tactic where it stands on the as-of day.
struct TacticRow {
  std::string file;
  int line = 0;
  std::string id;
  std::string action;
  std::string owner; ///< empty when the tactic names none
  std::optional<Date> due;
  /// As-of minus due when overdue, else 0; `most overdue` also gives it (zero or negative) for
  /// the tactics it lists as due soon.
  int days_overdue = 0;
  Status status = Status::Todo;
  std::string objective;
  std::string strategy;
  std::optional<double> budget;
  bool overdue = false;  ///< open and due before the as-of day
  bool due_soon = false; ///< open and due from the as-of day through the window's end
};

/// `tactic` of `plan` on `as_of`, "due soon" meaning due in [as_of, as_of + within_days]
/// (never when `within_days` is negative).
TacticRow tactic_row(const Plan& plan, const Objective& objective, const Strategy& strategy,
                     const Tactic& tactic, Date as_of, int within_days);

} // namespace most
