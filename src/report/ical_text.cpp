#include "ical_text.hpp"

#include <most/utf8.hpp>

namespace most {

std::string ical_text(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      escaped += "\xEF\xBF\xBD"; // U+FFFD for a byte that is not UTF-8
      ++i;
      continue;
    }
    if (length > 1) {
      escaped.append(text.substr(i, length));
    } else if (c == '\\' || c == ';' || c == ',') {
      escaped += '\\';
      escaped += c;
    } else if (c == '\n') {
      escaped += "\\n";
    } else if (c == '\r') {
      // CRLF in the plan becomes one `\n`; a lone CR becomes one too.
      if (i + 1 == text.size() || text[i + 1] != '\n') {
        escaped += "\\n";
      }
    } else if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == '\x7f') {
      escaped += ' ';
    } else {
      escaped += c;
    }
    i += length;
  }
  return escaped;
}

void write_ical_line(std::ostream& out, std::string_view line) {
  constexpr std::size_t kMaxOctets = 75;
  std::size_t room = kMaxOctets; // the first line has 75 octets, continuations 74 after the space
  while (line.size() > room) {
    std::size_t cut = room;
    // Back up to the start of a UTF-8 character: never cut before a continuation byte.
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0U) == 0x80U) {
      --cut;
    }
    out << line.substr(0, cut) << "\r\n ";
    line.remove_prefix(cut);
    room = kMaxOctets - 1;
  }
  out << line << "\r\n";
}

} // namespace most
