#pragma once

// Checks on the raw bytes of a plan before YAML parsing, and byte → character positions.

#include <most/diagnostic.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace most {

/// A problem with the raw text that makes it unreadable as YAML.
struct TextProblem {
  std::string message;
  SourceLocation location;
};

/// Maps byte offsets to 1-based line and character columns.
class LineIndex {
public:
  explicit LineIndex(std::string_view text);

  /// The position of byte `offset`; columns count UTF-8 characters, not bytes.
  SourceLocation at(std::size_t offset) const;

  /// The position of byte column `byte_column` (0-based) on 0-based line `line`.
  SourceLocation at_line_byte(int line, int byte_column) const;

  /// How many lines the text has (one more than its '\n's).
  std::size_t line_count() const { return line_starts_.size(); }

  /// The text of 0-based `line` without its line end; empty past the last line.
  std::string_view line_text(int line) const;

private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  bool ascii_ = true;
  // Positions arrive in file order, so counting characters resumes from the last one asked
  // for on the same line; a long non-ASCII line is then scanned once, not once per node.
  mutable std::size_t cached_line_ = static_cast<std::size_t>(-1);
  mutable std::size_t cached_byte_ = 0;
  mutable int cached_column_ = 1;
};

/// Reports NUL bytes, UTF-16/32 byte-order marks and invalid UTF-8, at the first offending byte.
std::optional<TextProblem> check_text(std::string_view text, const LineIndex& lines);

} // namespace most
