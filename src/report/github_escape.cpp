#include "github_escape.hpp"

#include "terminal_text.hpp"

namespace most {

namespace {

// `%` comes first in the toolkit's chain of replacements so that the escapes it adds are not
// escaped again; one pass over the characters gives the same result.
std::string escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  // The runner's log is a terminal too: ESC, BEL, C1 controls and bytes that are not UTF-8
  // would recolour it, clear it or forge links (OSC 8), so they show as `\x1b` as on stderr.
  std::size_t run = 0; // start of the text not yet written
  const auto flush = [&](std::size_t end) {
    out += printable(text.substr(run, end - run));
    run = end + 1;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c != '%' && c != '\r' && c != '\n' && c != ':' && c != ',') {
      continue;
    }
    flush(i);
    switch (c) {
    case '%':
      out += "%25";
      break;
    case '\r':
      out += "%0D";
      break;
    case '\n':
      out += "%0A";
      break;
    case ':':
      out += property ? "%3A" : ":";
      break;
    case ',':
      out += property ? "%2C" : ",";
      break;
    default:
      break;
    }
  }
  flush(text.size());
  return out;
}

} // namespace

std::string github_escape_data(std::string_view text) { return escape(text, false); }

std::string github_escape_property(std::string_view text) { return escape(text, true); }

} // namespace most
