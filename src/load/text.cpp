#include "text.hpp"

#include <most/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace most {

namespace {

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
constexpr std::uint64_t kOnes = 0x0101010101010101ULL;

// The eight bytes at `at` as one word.
std::uint64_t word_at(std::string_view text, std::size_t at) {
  std::uint64_t word = 0;
  std::memcpy(&word, text.data() + at, sizeof word);
  return word;
}

// Whether eight bytes are all ASCII (below 0x80) and none is NUL: most of every plan, so the
// byte-by-byte checks below can skip it a word at a time.
bool plain_ascii(std::uint64_t word) {
  const bool high = (word & kHighBits) != 0;
  const bool zero = ((word - kOnes) & ~word & kHighBits) != 0;
  return !high && !zero;
}

} // namespace

std::optional<TextProblem> check_text(std::string_view text, const LineIndex& lines) {
  const auto starts_with = [&](std::string_view prefix) { return text.starts_with(prefix); };
  if (starts_with(std::string_view("\xFF\xFE", 2)) ||
      starts_with(std::string_view("\xFE\xFF", 2)) ||
      starts_with(std::string_view("\0\0\xFE\xFF", 4))) {
    return TextProblem{"the file is UTF-16 or UTF-32 encoded; save it as UTF-8", {1, 1}};
  }
  for (std::size_t i = 0; i < text.size();) {
    if (i + 8 <= text.size() && plain_ascii(word_at(text, i))) {
      i += 8;
      continue;
    }
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
  for (std::size_t nl = text.find('\n'); nl != std::string_view::npos;
       nl = text.find('\n', nl + 1)) {
    line_starts_.push_back(nl + 1);
  }
  std::size_t i = 0;
  for (; ascii_ && i + 8 <= text.size(); i += 8) {
    ascii_ = (word_at(text, i) & kHighBits) == 0;
  }
  for (; ascii_ && i < text.size(); ++i) {
    ascii_ = static_cast<unsigned char>(text[i]) < 0x80;
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
