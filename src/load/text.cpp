#include "load/text.hpp"

#include "core/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace most {

std::optional<TextProblem> check_text(std::string_view text, const LineIndex& lines) {
  const auto starts_with = [&](std::string_view prefix) { return text.starts_with(prefix); };
  if (starts_with(std::string_view("\xFF\xFE", 2)) ||
      starts_with(std::string_view("\xFE\xFF", 2)) ||
      starts_with(std::string_view("\0\0\xFE\xFF", 4))) {
    return TextProblem{"the file is UTF-16 or UTF-32 encoded; save it as UTF-8", {1, 1}};
  }
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '\0') {
      return TextProblem{"the file contains a NUL byte; is it a binary file?", lines.at(i)};
    }
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      return TextProblem{
          fmt::format("the file is not valid UTF-8 (byte 0x{:02X}); save it as UTF-8",
                      static_cast<unsigned char>(text[i])),
          lines.at(i)};
    }
    i += length;
  }
  return std::nullopt;
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      line_starts_.push_back(i + 1);
    } else if (static_cast<unsigned char>(text[i]) >= 0x80) {
      ascii_ = false;
    }
  }
}

SourceLocation LineIndex::at(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line = static_cast<std::size_t>(next - line_starts_.begin()) - 1;
  return at_line_byte(static_cast<int>(line), static_cast<int>(offset - line_starts_[line]));
}

std::string_view LineIndex::line_text(int line) const {
  if (line < 0 || static_cast<std::size_t>(line) >= line_starts_.size()) {
    return {};
  }
  const auto index = static_cast<std::size_t>(line);
  const std::size_t start = line_starts_[index];
  const std::size_t end =
      index + 1 < line_starts_.size() ? line_starts_[index + 1] - 1 : text_.size();
  std::string_view result = text_.substr(start, end - start);
  if (result.ends_with('\r')) {
    result.remove_suffix(1);
  }
  return result;
}

SourceLocation LineIndex::at_line_byte(int line, int byte_column) const {
  if (ascii_ || line < 0 || static_cast<std::size_t>(line) >= line_starts_.size()) {
    return {line + 1, byte_column + 1};
  }
  const auto line_index = static_cast<std::size_t>(line);
  const std::size_t start = line_starts_[line_index];
  const std::size_t end = std::min(text_.size(), start + static_cast<std::size_t>(byte_column));
  std::size_t from = start;
  int column = 1;
  if (cached_line_ == line_index && cached_byte_ <= end) {
    from = cached_byte_;
    column = cached_column_;
  }
  for (std::size_t i = from; i < end; ++i) {
    // Every byte that does not continue a UTF-8 sequence starts a character.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  cached_line_ = line_index;
  cached_byte_ = end;
  cached_column_ = column;
  return {line + 1, column};
}

} // namespace most
