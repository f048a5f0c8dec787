// `most check` for people: compiler-style lines that editors and CI parse, a source excerpt
// with a caret, and a summary line.

#include "terminal_text.hpp"

#include <most/report.hpp>
#include <most/utf8.hpp>
#include <most/wording.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace most {

namespace {

constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kBlue = "\x1b[1;34m";

std::string_view severity_color(Severity severity) {
  switch (severity) {
  case Severity::Error:
    return "\x1b[1;31m";
  case Severity::Warning:
    return "\x1b[1;33m";
  default:
    return "\x1b[1;36m";
  }
}

// Excerpts longer than this are cut to a window around the column, so a minified
// one-line file does not flood the terminal.
constexpr std::size_t kMaxExcerpt = 160;

// Byte offset of the start of 1-based `line`, found by scanning forward from a cached point;
// diagnostics are sorted by line, so the whole file is scanned at most once.
class LineFinder {
public:
  explicit LineFinder(std::string_view text) : text_(without_bom(text)) {}

  std::string_view line(int number) {
    if (number < line_) {
      line_ = 1;
      offset_ = 0;
    }
    while (line_ < number && offset_ < text_.size()) {
      const std::size_t nl = text_.find('\n', offset_);
      offset_ = nl == std::string_view::npos ? text_.size() : nl + 1;
      ++line_;
    }
    if (line_ != number) {
      return {};
    }
    std::size_t end = text_.find('\n', offset_);
    end = end == std::string_view::npos ? text_.size() : end;
    std::string_view result = text_.substr(offset_, end - offset_);
    if (result.ends_with('\r')) {
      result.remove_suffix(1);
    }
    return result;
  }

private:
  std::string_view text_;
  int line_ = 1;
  std::size_t offset_ = 0;
};

// Where a line's UTF-8 characters start, sampled every kStride characters: a 1 MiB line
// costs 128 KiB here, not 8 MiB (one offset per character), and finding a character's byte
// is at most kStride steps from its sample.
class CharIndex {
public:
  explicit CharIndex(std::string_view line) : line_(line) {
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (is_start(line[i])) {
        if (chars_ % kStride == 0) {
          samples_.push_back(i);
        }
        ++chars_;
      }
    }
  }

  /// Characters in the line.
  std::size_t chars() const { return chars_; }

  /// Byte offset of character `k` (the line's size for k == chars()).
  std::size_t byte(std::size_t k) const {
    if (k >= chars_) {
      return line_.size();
    }
    std::size_t at = samples_[k / kStride];
    for (std::size_t step = k % kStride; step > 0; --step) {
      ++at;
      while (at < line_.size() && !is_start(line_[at])) {
        ++at;
      }
    }
    return at;
  }

private:
  static constexpr std::size_t kStride = 64;
  static bool is_start(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }
  std::string_view line_;
  std::vector<std::size_t> samples_;
  std::size_t chars_ = 0;
};

// Characters in `text`.
std::size_t count_chars(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// `index` is the line's CharIndex, computed once per line.
void render_excerpt(std::ostream& out, std::string_view line, const CharIndex& index,
                    const Diagnostic& d, const TextStyle& style) {
  const std::size_t chars = index.chars();
  std::size_t column = static_cast<std::size_t>(std::max(d.location.column, 1)) - 1;
  column = std::min(column, chars);
  std::size_t first = 0;
  std::size_t last = chars;
  if (chars > kMaxExcerpt) {
    first = column > kMaxExcerpt / 2 ? column - kMaxExcerpt / 2 : 0;
    last = std::min(chars, first + kMaxExcerpt);
  }
  const std::size_t from = index.byte(first);
  std::string shown = printable(line.substr(from, index.byte(last) - from));
  const std::string prefix = first > 0 ? "..." : "";
  const std::string suffix = last < chars ? "..." : "";
  // Escapes widen characters, so the caret is placed under the printable form of the prefix.
  const std::string before = printable(line.substr(from, index.byte(column) - from));
  const std::size_t caret = prefix.size() + count_chars(before);
  const std::string gutter = fmt::format("{:>5}", d.location.line);
  const std::string_view blue = style.color ? kBlue : "";
  const std::string_view reset = style.color ? kReset : "";
  const std::string_view mark = style.color ? severity_color(d.severity) : "";
  out << blue << gutter << " |" << reset << ' ' << prefix << shown << suffix << '\n';
  out << blue << std::string(gutter.size(), ' ') << " |" << reset << ' ' << std::string(caret, ' ')
      << mark << '^' << reset << '\n';
}

} // namespace

std::string summary_line(const Summary& summary) {
  const auto count = [](std::size_t n, std::string_view word) {
    return count_of(static_cast<long long>(n), word);
  };
  const std::string files = count(summary.files, "file");
  if (summary.errors + summary.warnings + summary.notes == 0) {
    return fmt::format("no problems in {}", files);
  }
  std::string line =
      fmt::format("{}, {}", count(summary.errors, "error"), count(summary.warnings, "warning"));
  if (summary.notes > 0) {
    line += ", " + count(summary.notes, "note");
  }
  return fmt::format("{} in {}", line, files);
}

void render_check_text(std::ostream& out, std::span<const CheckedFile> files,
                       const TextStyle& style) {
  const std::string_view bold = style.color ? kBold : "";
  const std::string_view reset = style.color ? kReset : "";
  for (const CheckedFile& file : files) {
    LineFinder lines(file.text);
    int index_line = 0;
    CharIndex index({});
    for (const Diagnostic& d : file.diagnostics) {
      const std::string_view color = style.color ? severity_color(d.severity) : "";
      out << bold << printable(d.file) << ':' << d.location.line << ':' << d.location.column << ':'
          << reset << ' ' << color << severity_name(d.severity) << ':' << reset << ' '
          << printable(d.message) << " [" << d.rule << "]\n";
      if (!style.quiet && d.location.line > 0) {
        const std::string_view line = lines.line(d.location.line);
        if (!line.empty() || d.location.line == 1) {
          // Many findings on one long line must not decode it once each.
          if (index_line != d.location.line) {
            index = CharIndex(line);
            index_line = d.location.line;
          }
          render_excerpt(out, line, index, d, style);
        }
      }
    }
  }
  if (!style.quiet) {
    out << summary_line(summarize(files)) << '\n';
  }
}

} // namespace most
