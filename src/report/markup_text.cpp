#include "markup_text.hpp"

#include <most/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace most {

namespace {

bool is_control(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte < 0x20 || byte == 0x7F;
}

} // namespace

std::string markdown_cell(std::string_view text) {
  const std::string utf8 = escape_invalid_utf8(text); // pages are UTF-8: a bad byte shows "\xff"
  text = utf8;
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
    case '|':
    case '*':
    case '_':
    case '`':
    case '[':
    case ']':
    case '\\':
    case '~':
      out += '\\';
      out += c;
      break;
    // Entities rather than backslashes: GitHub passes some raw HTML through, and `&lt;`
    // renders the same everywhere.
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '&':
      out += "&amp;";
      break;
    default:
      // A line break would end the table row; other controls have no business in a page.
      out += is_control(c) ? ' ' : c;
    }
  }
  return out;
}

std::string markdown_code(std::string_view text) {
  const std::string utf8 = escape_invalid_utf8(text); // pages are UTF-8: a bad byte shows "\xff"
  text = utf8;
  // Backslash escapes do not work inside a code span, so text that could close the span or
  // the row is written as plain escaped text instead.
  const bool fits = text.find_first_of("`\n\r") == std::string_view::npos && !text.empty();
  if (!fits) {
    return markdown_cell(text);
  }
  std::string out = "`";
  for (const char c : text) {
    if (c == '|') {
      out += "\\|"; // GitHub and GitLab split table cells on `|` even inside code spans
    } else {
      out += is_control(c) ? ' ' : c;
    }
  }
  out += '`';
  return out;
}

std::string mermaid_name(std::string_view text, std::size_t max_bytes) {
  const std::string utf8 = escape_invalid_utf8(text); // pages are UTF-8: a bad byte shows "\xff"
  text = utf8;
  // Line breaks and other controls become spaces (a line break would end the statement), runs
  // of spaces collapse; the cut is made on the text as shown, before any escaping.
  std::string cleaned;
  cleaned.reserve(text.size());
  for (const char c : text) {
    const char mapped = is_control(c) ? ' ' : c;
    if (mapped == ' ' && (cleaned.empty() || cleaned.back() == ' ')) {
      continue;
    }
    cleaned += mapped;
  }
  while (!cleaned.empty() && cleaned.back() == ' ') {
    cleaned.pop_back();
  }
  cleaned = truncate_utf8(cleaned, max_bytes);

  // Characters with a meaning to Mermaid become its entity codes, which it draws as the
  // character itself: `:` starts a task's data, `#` and `;` end it and `#…;` is an entity
  // code, `%` starts a comment (`%%`, or `%` at the start of a line) or a directive
  // (`%%{…}%%`, anywhere), `<`/`>` are HTML in labels, and a backtick run could close the
  // surrounding ``` fence.
  std::string out;
  out.reserve(cleaned.size() + cleaned.size() / 8);
  for (const char c : cleaned) {
    switch (c) {
    case ':':
    case ';':
    case '#':
    case '%':
    case '<':
    case '>':
    case '`':
      out += fmt::format("#{};", static_cast<int>(c));
      break;
    default:
      out += c;
    }
  }
  return out;
}

std::string mermaid_task_name(std::string_view id, std::string_view text, std::size_t max_bytes) {
  // Mermaid's gantt lexer reads the start of a task line case-insensitively for keywords
  // (`title`, `section`, `click`, `call`, `gantt`, `includes`, `dateFormat`, `accTitle`…),
  // dates (`2026-01-01`), `%` comments and `:`; any of these in a name breaks the chart or
  // swallows the line. No keyword, date or comment starts with `[`, and what follows it
  // cannot form one: `%` and `:` are escaped, so the line is always a task.
  std::string label = "[";
  label += id;
  label += "] ";
  label += text;
  return mermaid_name(label, max_bytes);
}

std::string html_escape(std::string_view text) {
  const std::string utf8 = escape_invalid_utf8(text); // pages are UTF-8: a bad byte shows "\xff"
  text = utf8;
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      out += (is_control(c) && c != '\n') ? ' ' : c;
    }
  }
  return out;
}

std::string truncate_utf8(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) {
    return std::string(text);
  }
  constexpr std::string_view kEllipsis = "…";
  const std::size_t budget = max_bytes > kEllipsis.size() ? max_bytes - kEllipsis.size() : 0;
  std::size_t end = 0;
  while (end < text.size()) {
    const std::size_t length = std::max<std::size_t>(1, utf8_sequence_length(text, end));
    if (end + length > budget) {
      break;
    }
    end += length;
  }
  while (end > 0 && text[end - 1] == ' ') {
    --end;
  }
  return std::string(text.substr(0, end)) + std::string(kEllipsis);
}

std::string markup_date(const std::optional<Date>& day) { return day ? format_date(*day) : "—"; }

} // namespace most
