#pragma once

#include <most/diagnostic.hpp>

#include <cstddef>
#include <ostream>
#include <span>
#include <string>
#include <vector>

namespace most {

/// How the text renderer decorates its output.
struct TextStyle {
  bool color = false;    ///< ANSI colours (only for a terminal)
  bool quiet = false;    ///< diagnostic lines only: no excerpts, no summary
  bool utf8 = true;      ///< status: the terminal takes UTF-8 (sparklines)
  std::size_t width = 0; ///< status: columns to fit lines into; 0: no limit (piped, saved)
};

/// `file:line:col: severity: message [rule]`, the source line with a caret, and a summary line.
void render_check_text(std::ostream& out, std::span<const CheckedFile> files,
                       const TextStyle& style);

/// The stable JSON shape of SPEC §2 for `check`.
void render_check_json(std::ostream& out, std::span<const CheckedFile> files);

/// GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=RULE::message`), escaped
/// so no plan text can inject a command, then a `::notice` summary line.
void render_check_github(std::ostream& out, std::span<const CheckedFile> files);

/// SARIF 2.1.0: one `tool.driver.rules` entry per rule and one result per finding.
void render_check_sarif(std::ostream& out, std::span<const CheckedFile> files);

/// JUnit XML: one test case per plan file, a failure per error.
void render_check_junit(std::ostream& out, std::span<const CheckedFile> files);

/// A Markdown findings table for pull-request comments and `$GITHUB_STEP_SUMMARY`.
void render_check_markdown(std::ostream& out, std::span<const CheckedFile> files);

/// `most rules`: one line per rule (name, default severity, summary), aligned.
void render_rules_text(std::ostream& out);

/// `most rules --format json`: `{"rules": [{"name", "severity", "summary"}]}`.
void render_rules_json(std::ostream& out);

/// The summary line, e.g. "2 errors, 1 warning in 1 file".
std::string summary_line(const Summary& summary);

} // namespace most
