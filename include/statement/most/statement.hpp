#pragma once

#include <most/date.hpp>
#include <most/plan.hpp>
#include <most/statement_reading.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace most {

/// How much of a statement is read: a real objective is a sentence or two, and every SMART rule
/// reads it again, so a pasted document must not cost seconds per rule.
inline constexpr std::size_t kStatementReadLimit = 4096;

/// Reads an English objective statement; dates are resolved relative to `mission_start`, fiscal
/// years and quarters from `fiscal_year_start` (SPEC §4.4). Only the first kStatementReadLimit
/// bytes are read (cut back to a UTF-8 character boundary), so quantities, dates, aims and words
/// past that point are not seen; offsets still index `statement`.
StatementReading read_statement(std::string_view statement, Date mission_start,
                                MonthDay fiscal_year_start = {});

/// Reads the mission statement and every objective statement of `plan` once (into
/// `Mission::reading` and `Objective::reading`), against the mission's start (unanchored when the
/// plan has none) and its `fiscal_year_start`, else `configured` (`.most.yaml`'s), else
/// January 1.
void read_statements(Plan& plan, std::optional<MonthDay> configured = std::nullopt);

} // namespace most
