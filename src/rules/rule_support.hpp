#pragma once

// Small helpers the rule files share. Private to src/rules/.

#include <most/plan.hpp>
#include <most/statement.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace most {

/// Reads an objective's statement against the mission start (or any fixed day when the
/// start is missing, which still tells whether a date or quantity is named).
StatementReading read_objective_statement(const Objective& objective, const Mission& mission);

/// "1 day", "3 days": a count and a noun made plural with an "s" when needed.
std::string count_of(long count, std::string_view noun);

/// A metric value without trailing zeros or float noise ("1320000", "0.3").
std::string format_number(double value);

} // namespace most
