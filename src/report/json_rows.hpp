#pragma once

// The rows that more than one JSON document holds, each written in one place so its fields
// keep one order (the order is part of the stable shape scripts read).

#include <most/diagnostic.hpp>
#include <most/tactic_row.hpp>

#include <ostream>

namespace most {

/// Writes one finding as the row of SPEC §2 that `check` and `diff` share: `{"file", "line",
/// "column", "severity", "rule", "item", "message"}`.
void write_json_diagnostic(std::ostream& out, const Diagnostic& diagnostic);

/// Which view a tactic row is written for.
enum class TacticJson {
  Overdue, ///< `most overdue`: rows of every owner, so each names its owner
  Team,    ///< `most team --owner`: rows under their owner, with budget and whether overdue
};

/// Writes one tactic: `{"file", "line", "id", "action", ["owner",] "due", "days_overdue",
/// "status", "objective", "strategy", ["budget", "overdue",] "due_soon"}`.
void write_json_tactic(std::ostream& out, const TacticRow& row, TacticJson shape);

} // namespace most
