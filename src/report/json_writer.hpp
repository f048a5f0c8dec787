#pragma once

// A small streaming JSON writer: correct escaping, no dependencies, deterministic output.

#include <most/date.hpp>

#include <optional>
#include <ostream>
#include <string_view>

namespace most {

/// Writes `text` as a JSON string literal, escaping quotes, backslashes and control characters.
void write_json_string(std::ostream& out, std::string_view text);

/// Writes a number the way JSON and people expect: integers without a fraction, others with
/// up to 10 significant digits.
void write_json_number(std::ostream& out, double value);

/// Writes a number, or `null` when there is none.
void write_json_number(std::ostream& out, std::optional<double> value);

/// Writes a day as "YYYY-MM-DD", or `null` when there is none.
void write_json_date(std::ostream& out, std::optional<Date> day);

} // namespace most
