// UTF-8 bytes against UTF-16 code units: the protocol counts characters in UTF-16 (a character
// outside the Basic Multilingual Plane is two units), `most` counts UTF-8 characters.

#include "text_position.hpp"

#include <most/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace most::lsp {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// The byte length and UTF-16 length of the character at `i` (an invalid byte is one of each).
std::pair<std::size_t, std::size_t> character_at(std::string_view text, std::size_t i) {
  const std::size_t length = utf8_sequence_length(text, i);
  if (length == 0) {
    return {1, 1};
  }
  return {length, length == 4 ? 2 : 1};
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

} // namespace

LineMap::LineMap(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (std::size_t nl = text.find('\n'); nl != std::string_view::npos;
       nl = text.find('\n', nl + 1)) {
    starts_.push_back(nl + 1);
  }
}

std::size_t LineMap::line_start(std::size_t line) const {
  return line < starts_.size() ? starts_[line] : text_.size();
}

std::string_view LineMap::line(std::size_t line) const {
  if (line >= starts_.size()) {
    return {};
  }
  const std::size_t start = starts_[line];
  const std::size_t end = line + 1 < starts_.size() ? starts_[line + 1] - 1 : text_.size();
  std::string_view result = text_.substr(start, end - start);
  if (result.ends_with('\r')) {
    result.remove_suffix(1);
  }
  return result;
}

Position LineMap::position(SourceLocation at) const {
  if (at.line <= 0) {
    return {};
  }
  const auto line_index = static_cast<std::size_t>(at.line - 1);
  const std::string_view text = line(line_index);
  std::size_t i = 0;
  std::size_t units = 0;
  if (line_index == 0 && text.starts_with(kBom)) {
    // The loader counts from after the byte-order mark; the protocol counts it (one unit).
    i = kBom.size();
    units = 1;
  }
  for (int column = 1; column < at.column && i < text.size(); ++column) {
    const auto [bytes, width] = character_at(text, i);
    i += bytes;
    units += width;
  }
  return {line_index, units};
}

Position LineMap::position_of(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto next = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const auto line_index = static_cast<std::size_t>(next - starts_.begin()) - 1;
  const std::size_t start = starts_[line_index];
  return {line_index, utf16_length(text_.substr(start, offset - start))};
}

std::size_t LineMap::offset(Position at) const {
  if (at.line >= starts_.size()) {
    return text_.size();
  }
  const std::string_view text = line(at.line);
  std::size_t i = 0;
  std::size_t units = 0;
  while (i < text.size()) {
    const auto [bytes, width] = character_at(text, i);
    if (units + width > at.character) {
      break;
    }
    i += bytes;
    units += width;
  }
  return starts_[at.line] + i;
}

std::size_t LineMap::offset(SourceLocation at) const { return offset(position(at)); }

std::size_t utf16_length(std::string_view text) {
  std::size_t units = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto [bytes, width] = character_at(text, i);
    i += bytes;
    units += width;
  }
  return units;
}

std::string uri_to_path(std::string_view uri) {
  constexpr std::string_view kScheme = "file://";
  if (!uri.starts_with(kScheme)) {
    return std::string(uri);
  }
  std::string_view rest = uri.substr(kScheme.size());
  // file://host/path: only the local host is ours to read.
  rest = rest.substr(std::min(rest.find('/'), rest.size()));
  std::string path;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '%' && i + 2 < rest.size() && hex_value(rest[i + 1]) >= 0 &&
        hex_value(rest[i + 2]) >= 0) {
      path.push_back(static_cast<char>(hex_value(rest[i + 1]) * 16 + hex_value(rest[i + 2])));
      i += 2;
    } else {
      path.push_back(rest[i]);
    }
  }
  return path;
}

std::string path_to_uri(std::string_view path) {
  std::string uri = "file://";
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) != 0 || std::string_view("/-._~").find(c) != std::string_view::npos) {
      uri.push_back(c);
    } else {
      uri += fmt::format("%{:02X}", byte);
    }
  }
  return uri;
}

} // namespace most::lsp
