#pragma once

// UTF-8 validation shared by the loader (which rejects bad text) and the terminal renderer
// (which must never print it raw).

#include <cstddef>
#include <string>
#include <string_view>

namespace most {

/// Length of the valid UTF-8 sequence starting at byte `i` of `text`, or 0 when the bytes there
/// are not valid UTF-8 (overlong forms, surrogates and code points above U+10FFFF included).
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

/// `text` without a leading UTF-8 byte-order mark; positions count from after it.
inline std::string_view without_bom(std::string_view text) {
  return text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;
}

/// Text with every byte that is not valid UTF-8 read as the Latin-1 character of that value
/// (0x85 becomes U+0085, 0xA0 U+00A0): what yaml-cpp means by the bytes it leaves for the YAML
/// escapes `\N` and `\_`. Valid text is returned unchanged.
std::string latin1_bytes_as_utf8(std::string_view text);

/// Text with every byte that is not valid UTF-8 written as a visible `\xNN` (a file name such
/// as `bad\xff.yaml`), so it can go into any report, which must be UTF-8. Valid text is
/// returned unchanged.
std::string escape_invalid_utf8(std::string_view text);

/// Replaces control characters (ESC, BEL, CR, …) and bytes that are not UTF-8 with visible
/// escapes such as `\x1b`, so outside text (a plan, a file name, a configuration) cannot move
/// the cursor, recolour or retitle the user's terminal; tabs become spaces. The one escaping
/// function for everything printed to a terminal.
std::string printable(std::string_view text);

} // namespace most
