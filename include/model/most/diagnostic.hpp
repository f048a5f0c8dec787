#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace most {

/// How serious a finding is; `Off` only appears in configuration.
enum class Severity { Error, Warning, Note, Off };

/// The lower-case name of a severity ("error", "warning", "note", "off").
std::string_view severity_name(Severity severity);

/// A 1-based line and column in a source file; line 0 means "no position".
struct SourceLocation {
  int line = 0;
  int column = 0;

  friend bool operator==(const SourceLocation&, const SourceLocation&) = default;
};

/// A change to the plan's text that resolves a finding (`most check --fix`, the language
/// server's code actions): the scalar written at `at` — a key when `key`, else a value — becomes
/// `replacement` (quoted as the old one was, when it must be).
struct Fix {
  SourceLocation at;
  std::string replacement;
  bool key = false;
  bool safe = true; ///< exactly one right answer; unsafe fixes need --unsafe-fixes

  friend bool operator==(const Fix&, const Fix&) = default;
};

/// One finding about a plan: which rule, how serious, where, about which item, and what.
struct Diagnostic {
  std::string rule;
  Severity severity = Severity::Error;
  std::string message;
  std::string file;
  SourceLocation location;
  std::string item; ///< id of the plan item concerned; empty for file-level findings
  std::optional<Fix> fix{};
};

/// Sorts findings by file, line, column, rule and message so output is deterministic.
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

/// One checked file: its display name, its text (for source excerpts) and its final findings.
struct CheckedFile {
  std::string name;
  std::string text;
  std::vector<Diagnostic> diagnostics;
};

/// Counts of files and findings by severity.
struct Summary {
  std::size_t files = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t notes = 0;
};

/// Counts the findings of `files`.
Summary summarize(std::span<const CheckedFile> files);

} // namespace most
