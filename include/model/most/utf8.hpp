#pragma once

// UTF-8 validation shared by the loader (which rejects bad text) and the terminal renderer
// (which must never print it raw).

#include <cstddef>
#include <string_view>

namespace most {

/// Length of the valid UTF-8 sequence starting at byte `i` of `text`, or 0 when the bytes there
/// are not valid UTF-8 (overlong forms, surrogates and code points above U+10FFFF included).
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

/// `text` without a leading UTF-8 byte-order mark; positions count from after it.
inline std::string_view without_bom(std::string_view text) {
  return text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;
}

} // namespace most
