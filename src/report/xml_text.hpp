#pragma once

// Plan text made safe for the XML reports (JUnit): whatever a plan or a file name contains, the
// document stays well-formed XML 1.0 in UTF-8.
//
// Characters XML 1.0 cannot carry at all — C0 controls other than tab, line feed and carriage
// return, the non-characters U+FFFE and U+FFFF, and bytes that are not UTF-8 — are written as a
// visible `\xNN` per byte, the same escape the text format prints, so an ESC in a plan reads
// `\x1b` in every report instead of vanishing into U+FFFD.

#include <string>
#include <string_view>

namespace most {

/// Escapes text for XML character data: `&`, `<` and `>` as entities, a carriage return as
/// `&#13;` (so parsers keep it), and forbidden characters as visible `\xNN`.
std::string xml_text(std::string_view text);

/// Escapes text for an XML attribute value in either kind of quotes: like `xml_text`, plus `"`
/// and `'` as entities and tab and line feed as references, which parsers would turn into spaces.
std::string xml_attribute(std::string_view text);

} // namespace most
