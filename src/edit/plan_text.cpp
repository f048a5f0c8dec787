#include "plan_text.hpp"

#include <most/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <system_error>

namespace most::edit {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

} // namespace

PlanText::PlanText(std::string_view raw) : bom_(raw.size() != without_bom(raw).size()) {
  body_ = without_bom(raw);
  starts_.push_back(0);
  for (std::size_t i = 0; i < body_.size(); ++i) {
    if (body_[i] == '\n') {
      starts_.push_back(i + 1);
    }
  }
  const std::size_t first_end = body_.find('\n');
  eol_ = first_end != std::string_view::npos && first_end > 0 && body_[first_end - 1] == '\r'
             ? "\r\n"
             : "\n";
}

std::optional<std::size_t> PlanText::offset(SourceLocation at) const {
  if (at.line < 1 || at.column < 1 || static_cast<std::size_t>(at.line) > starts_.size()) {
    return std::nullopt;
  }
  const auto line = static_cast<std::size_t>(at.line - 1);
  std::size_t i = starts_[line];
  const std::size_t end = content_end(line);
  for (int column = 1; column < at.column; ++column) {
    if (i >= end) {
      return std::nullopt;
    }
    i += std::max<std::size_t>(1, utf8_sequence_length(body_, i));
  }
  return i;
}

std::size_t PlanText::line_of(std::size_t offset) const {
  const auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<std::size_t>(after - starts_.begin()) - 1;
}

std::size_t PlanText::content_end(std::size_t line) const {
  std::size_t end = line + 1 < starts_.size() ? starts_[line + 1] - 1 : body_.size();
  if (end > starts_[line] && line + 1 < starts_.size() && body_[end - 1] == '\r') {
    --end;
  }
  return end;
}

std::string_view PlanText::eol_of(std::size_t line) const {
  const std::size_t end = content_end(line);
  if (line + 1 >= starts_.size()) {
    return eol_;
  }
  return end < body_.size() && body_[end] == '\r' ? "\r\n" : "\n";
}

std::size_t PlanText::skip_properties(std::size_t offset) const {
  const std::size_t end = offset < body_.size() ? content_end(line_of(offset)) : offset;
  while (offset < end && (body_[offset] == '&' || body_[offset] == '!')) {
    while (offset < end && !is_space(body_[offset])) {
      ++offset;
    }
    while (offset < end && is_space(body_[offset])) {
      ++offset;
    }
  }
  return offset;
}

std::size_t PlanText::indent(std::size_t line) const {
  std::size_t i = starts_[line];
  const std::size_t end = content_end(line);
  while (i < end && body_[i] == ' ') {
    ++i;
  }
  return i - starts_[line];
}

bool PlanText::blank_or_comment(std::size_t line) const {
  const std::size_t end = content_end(line);
  std::size_t i = starts_[line];
  while (i < end && is_space(body_[i])) {
    ++i;
  }
  return i == end || body_[i] == '#';
}

namespace {

// After the quote that closes the quoted scalar opening at `offset`.
std::optional<std::size_t> quoted_end(std::string_view body, std::size_t offset) {
  const char quote = body[offset];
  for (std::size_t i = offset + 1; i < body.size(); ++i) {
    if (quote == '"' && body[i] == '\\') {
      ++i; // an escape
    } else if (body[i] == quote) {
      if (quote == '\'' && i + 1 < body.size() && body[i + 1] == '\'') {
        ++i; // '' is a quote inside single quotes
      } else {
        return i + 1;
      }
    }
  }
  return std::nullopt;
}

} // namespace

bool PlanText::plain_continues(std::size_t line, std::size_t offset) const {
  // The key's column: past the line's indentation and any "- " of sequence items.
  std::size_t key = starts_[line];
  while (key < offset && (body_[key] == ' ' || body_[key] == '-')) {
    ++key;
  }
  for (std::size_t next = line + 1; next < starts_.size(); ++next) {
    if (blank_or_comment(next)) {
      const std::size_t first = starts_[next] + indent(next);
      if (first < content_end(next) && body_[first] == '#') {
        return false; // a comment ends a plain scalar
      }
      continue;
    }
    return indent(next) > key - starts_[line];
  }
  return false;
}

std::optional<std::size_t> PlanText::scalar_end(std::size_t offset, bool in_flow) const {
  if (offset >= body_.size()) {
    return std::nullopt;
  }
  const char first = body_[offset];
  if (first == '"' || first == '\'') {
    return quoted_end(body_, offset);
  }
  if (first == '|' || first == '>' || first == '#') {
    return std::nullopt;
  }
  const std::size_t line = line_of(offset);
  const std::size_t end = content_end(line);
  std::size_t stop = offset;
  for (std::size_t i = offset; i < end; ++i) {
    const char c = body_[i];
    if ((c == '#' && i > offset && is_space(body_[i - 1])) ||
        (in_flow && (c == ',' || c == ']' || c == '}'))) {
      break;
    }
    if (!is_space(c)) {
      stop = i + 1;
    }
  }
  // A plain scalar goes on while the next content line is indented deeper than its key.
  if (stop == offset || (!in_flow && plain_continues(line, offset))) {
    return std::nullopt;
  }
  return stop;
}

std::optional<std::size_t> PlanText::flow_end(std::size_t offset) const {
  if (offset >= body_.size() || (body_[offset] != '[' && body_[offset] != '{')) {
    return std::nullopt;
  }
  int depth = 0;
  for (std::size_t i = offset; i < body_.size(); ++i) {
    const char c = body_[i];
    if (c == '"' || c == '\'') {
      const std::optional<std::size_t> end = scalar_end(i, true);
      if (!end) {
        return std::nullopt;
      }
      i = *end - 1;
    } else if (c == '#' && i > 0 && std::isspace(static_cast<unsigned char>(body_[i - 1])) != 0) {
      i = content_end(line_of(i));
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if (c == ']' || c == '}') {
      if (--depth == 0) {
        return i + 1;
      }
    }
  }
  return std::nullopt;
}

std::size_t PlanText::block_last_line(std::size_t offset) const {
  const std::size_t first = line_of(offset);
  const std::size_t column = offset - starts_[first];
  std::size_t last = first;
  for (std::size_t line = first + 1; line < starts_.size(); ++line) {
    if (blank_or_comment(line)) {
      continue;
    }
    if (indent(line) < column) {
      break;
    }
    last = line;
  }
  return last;
}

std::optional<std::size_t> PlanText::key_line(std::size_t first, std::size_t last,
                                              std::size_t column, std::string_view key) const {
  for (std::size_t line = first; line <= last && line < starts_.size(); ++line) {
    const std::size_t start = starts_[line];
    const std::size_t end = content_end(line);
    if (start + column + key.size() >= end + 1) {
      continue;
    }
    const std::string_view prefix = body_.substr(start, column);
    if (!std::all_of(prefix.begin(), prefix.end(), [](char c) { return c == ' ' || c == '-'; })) {
      continue;
    }
    const std::string_view rest = body_.substr(start + column, end - start - column);
    if (rest.starts_with(key) && rest.size() > key.size() && rest[key.size()] == ':' &&
        (rest.size() == key.size() + 1 || is_space(rest[key.size() + 1]))) {
      return line;
    }
  }
  return std::nullopt;
}

std::string PlanText::apply(std::vector<Splice> splices) const {
  std::stable_sort(splices.begin(), splices.end(),
                   [](const Splice& a, const Splice& b) { return a.offset < b.offset; });
  std::string out = bom_ ? "\xEF\xBB\xBF" : "";
  out.reserve(body_.size() + 3 + 256);
  std::size_t at = 0;
  for (const Splice& splice : splices) {
    out.append(body_.substr(at, splice.offset - at));
    out.append(splice.text);
    at = splice.offset + splice.length;
  }
  out.append(body_.substr(at));
  return out;
}

namespace {

std::string double_quoted(std::string_view value) {
  std::string out = "\"";
  for (const char c : value) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (byte < 0x20 || byte == 0x7F) {
      out += fmt::format("\\x{:02x}", byte);
    } else {
      out += c;
    }
  }
  return out + "\"";
}

bool plain_reads_back(std::string_view value) {
  if (value.empty() || is_space(value.front()) || is_space(value.back())) {
    return false;
  }
  static constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`";
  if (kIndicators.find(value.front()) != std::string_view::npos) {
    return false;
  }
  for (const char c : value) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F || c == ',' || c == '[' || c == ']' || c == '{' || c == '}') {
      return false;
    }
  }
  if (value.find(": ") != std::string_view::npos || value.find(" #") != std::string_view::npos ||
      value.back() == ':') {
    return false;
  }
  // Words and numbers YAML reads as something other than text.
  std::string lower(value);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  });
  static constexpr auto kSpecial = std::to_array<std::string_view>(
      {"true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", ".nan", ".inf", "-.inf"});
  if (std::find(kSpecial.begin(), kSpecial.end(), lower) != kSpecial.end()) {
    return false;
  }
  double number = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  return !(error == std::errc() && end == value.data() + value.size()) &&
         std::isdigit(static_cast<unsigned char>(value.front())) == 0;
}

} // namespace

std::string scalar_text(std::string_view value) {
  return plain_reads_back(value) ? std::string(value) : double_quoted(value);
}

std::string quoted_like(std::string_view old, std::string_view value) {
  return !old.empty() && (old.front() == '"' || old.front() == '\'') ? scalar_like(old, value)
                                                                     : std::string(value);
}

std::string scalar_like(std::string_view old, std::string_view value) {
  if (!old.empty() && old.front() == '"') {
    return double_quoted(value);
  }
  if (!old.empty() && old.front() == '\'' && value.find('\n') == std::string_view::npos) {
    std::string out = "'";
    for (const char c : value) {
      out += c;
      if (c == '\'') {
        out += '\'';
      }
    }
    return out + "'";
  }
  return scalar_text(value);
}

std::string number_text(double value) {
  if (value == std::floor(value) && std::fabs(value) < 1e15) {
    return fmt::format("{:.0f}", value == 0 ? 0.0 : value);
  }
  std::array<char, 64> buffer{};
  const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  return error == std::errc() ? std::string(buffer.data(), end) : fmt::format("{}", value);
}

} // namespace most::edit
