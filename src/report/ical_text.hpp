#pragma once

// Content lines of RFC 5545 (iCalendar): TEXT escaping, CRLF line ends and folding at 75
// octets, so whatever a plan holds, calendar programs read the file the same way.

#include <ostream>
#include <string>
#include <string_view>

namespace most {

/// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash, a
/// line break becomes `\n`. Control characters, which no value may carry, become spaces, and
/// bytes that are not UTF-8 become U+FFFD.
std::string ical_text(std::string_view text);

/// Writes one content line, `line` already escaped, folded so that no physical line exceeds 75
/// octets (§3.1): continuation lines start with a space and no UTF-8 character is split.
void write_ical_line(std::ostream& out, std::string_view line);

} // namespace most
