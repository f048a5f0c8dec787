#pragma once

// A plan's text as an editor sees it: lines, the loader's positions turned into byte offsets,
// where a scalar, an item or a flow collection ends, and splices that replace byte ranges.
// Nothing here parses YAML in full; every edit is proved afterwards by loading the new text
// (proof.cpp), so a layout this code does not understand is refused, never mangled.

#include <most/diagnostic.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace most::edit {

/// Replace `length` bytes at `offset` with `text` (an insertion when `length` is 0).
struct Splice {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string text;
};

/// The text of a plan without its byte-order mark, indexed by line.
class PlanText {
public:
  explicit PlanText(std::string_view raw);

  std::string_view body() const { return body_; }
  /// The line end the file uses: "\r\n" when its first line ends so, else "\n".
  std::string_view eol() const { return eol_; }
  /// The line end of `line` itself (the file's for a last line without one): text inserted at
  /// the line's content end starts with it, so every line keeps the end it had.
  std::string_view eol_of(std::size_t line) const;
  /// Past the node properties (`&anchor`, `!tag`) and the spaces after them at `offset`: where
  /// the scalar itself starts.
  std::size_t skip_properties(std::size_t offset) const;

  /// The byte offset of a 1-based line and character column, as the loader reports them.
  std::optional<std::size_t> offset(SourceLocation at) const;
  /// 0-based line of a byte offset.
  std::size_t line_of(std::size_t offset) const;
  std::size_t line_count() const { return starts_.size(); }
  std::size_t line_start(std::size_t line) const { return starts_[line]; }
  /// Where the line's content ends: before its "\n" or "\r\n" (or at the end of the text).
  std::size_t content_end(std::size_t line) const;
  /// Spaces before the first other character of the line.
  std::size_t indent(std::size_t line) const;
  /// True for a line of spaces only, or a comment.
  bool blank_or_comment(std::size_t line) const;

  /// The end of the scalar that starts at `offset`: after the closing quote of a quoted one,
  /// after the last character of a plain one on its line (before " #", and in a flow
  /// collection before ",", "]" or "}"). Nothing for a block scalar (`|`, `>`) or a plain
  /// scalar continued on the next line.
  std::optional<std::size_t> scalar_end(std::size_t offset, bool in_flow) const;
  /// The offset just after the bracket that closes the flow collection opening at `offset`.
  std::optional<std::size_t> flow_end(std::size_t offset) const;
  /// The last line of the block item whose keys start at `offset`: lines below it belong to
  /// it while they are blank, comments, or indented at least as far as its keys; trailing
  /// blank and comment lines are not its own.
  std::size_t block_last_line(std::size_t offset) const;
  /// The line that writes `key:` at exactly `column` (0-based bytes) among lines
  /// [first, last]; nothing when no line does.
  std::optional<std::size_t> key_line(std::size_t first, std::size_t last, std::size_t column,
                                      std::string_view key) const;

  /// The whole file with `splices` applied (sorted by offset, not overlapping) and the BOM kept.
  std::string apply(std::vector<Splice> splices) const;

private:
  /// Whether a plain scalar at `offset` on `line` goes on to the next lines.
  bool plain_continues(std::size_t line, std::size_t offset) const;

  bool bom_ = false;
  std::string_view body_;
  std::string eol_;
  std::vector<std::size_t> starts_;
};

/// `value` as a YAML scalar written in the style of `old` (the scalar it replaces, as written):
/// double- or single-quoted like it, else plain when plain reads back as the same text,
/// else double-quoted.
std::string scalar_like(std::string_view old, std::string_view value);

/// A value that reads back the same when plain (a day, a status) quoted like `old`, else plain.
std::string quoted_like(std::string_view old, std::string_view value);

/// `value` as a plain scalar when that reads back as the same string, else double-quoted.
std::string scalar_text(std::string_view value);

/// A number as YAML reads it back exactly: "130", "1250.5", "-0.25", "1e+21".
std::string number_text(double value);

} // namespace most::edit
