#pragma once

// Positions as the protocol counts them (0-based lines, UTF-16 code units) against positions
// as `most` counts them (1-based lines, UTF-8 characters after a byte-order mark) and byte
// offsets into the document's text.

#include <most/diagnostic.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace most::lsp {

/// A protocol position: 0-based line and UTF-16 code unit.
struct Position {
  std::size_t line = 0;
  std::size_t character = 0;
};

/// The lines of one document's text, to convert positions both ways.
class LineMap {
public:
  explicit LineMap(std::string_view text);

  /// The protocol position of a finding's 1-based line and character column.
  Position position(SourceLocation at) const;
  /// The protocol position of byte `offset`.
  Position position_of(std::size_t offset) const;
  /// The byte offset of a protocol position, clamped to its line (a client may send the
  /// position past a line's end, or in the middle of a surrogate pair).
  std::size_t offset(Position at) const;
  /// The byte offset of a 1-based line and character column, clamped as above.
  std::size_t offset(SourceLocation at) const;
  /// Line `line` (0-based) without its line end; empty past the last line.
  std::string_view line(std::size_t line) const;
  /// The byte offset where line `line` starts (the text's size past the last line).
  std::size_t line_start(std::size_t line) const;
  std::size_t line_count() const { return starts_.size(); }

private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

/// The UTF-16 length of `text` (invalid bytes count one unit each).
std::size_t utf16_length(std::string_view text);

/// A `file://` URI's path, percent-decoded; any other URI is returned as it is.
std::string uri_to_path(std::string_view uri);

/// The `file://` URI of an absolute path, with the characters URIs reserve percent-encoded.
std::string path_to_uri(std::string_view path);

} // namespace most::lsp
