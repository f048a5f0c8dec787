#pragma once

// A small streaming JSON writer: correct escaping, no dependencies, deterministic output.

#include <ostream>
#include <string_view>

namespace most {

/// Writes `text` as a JSON string literal, escaping quotes, backslashes and control characters.
void write_json_string(std::ostream& out, std::string_view text);

/// Writes a number the way JSON and people expect: integers without a fraction, others with
/// up to 10 significant digits.
void write_json_number(std::ostream& out, double value);

} // namespace most
