#include "report/terminal_text.hpp"

#include "core/utf8.hpp"

#include <fmt/format.h>

namespace most {

std::string_view state_color(ObjectiveState state) {
  switch (state) {
  case ObjectiveState::Achieved:
  case ObjectiveState::OnTrack:
    return "\x1b[32m";
  case ObjectiveState::AtRisk:
    return "\x1b[33m";
  case ObjectiveState::OffTrack:
    return "\x1b[31m";
  case ObjectiveState::NoData:
    return "\x1b[2m";
  }
  return "";
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    // 0 for a byte that is not valid UTF-8 (a lone 0x9B is CSI on 8-bit terminals).
    const std::size_t length = c < 0x80 ? 1 : utf8_sequence_length(text, i);
    if (c == '\t') {
      out += ' ';
    } else if (c < 0x20 || c == 0x7F || length == 0) {
      out += fmt::format("\\x{:02x}", c);
    } else if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c == 0xC2 && static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      // C1 control characters (U+0080–U+009F) can act as terminal escapes too.
      out += fmt::format("\\u{:04x}", static_cast<unsigned char>(text[i + 1]));
      ++i;
    } else {
      out.append(text.substr(i, length));
      i += length - 1;
    }
  }
  return out;
}

} // namespace most
