// `most check --format markdown`: a findings table for pull-request comments and
// `$GITHUB_STEP_SUMMARY`. Every cell goes through markup_text, so plan text shows as typed and
// can neither split the table nor start a line of its own.

#include "markup_text.hpp"

#include <most/report.hpp>

#include <fmt/format.h>

#include <ostream>

namespace most {

namespace {

// A marker as well as the word, so the table can be scanned by colour at a glance.
std::string_view severity_mark(Severity severity) {
  switch (severity) {
  case Severity::Error:
    return "❌";
  case Severity::Warning:
    return "⚠️";
  default:
    return "ℹ️";
  }
}

} // namespace

void render_check_markdown(std::ostream& out, std::span<const CheckedFile> files) {
  const Summary summary = summarize(files);
  out << "## most check\n\n";
  if (summary.errors + summary.warnings + summary.notes == 0) {
    out << "✅ No problems in " << count_of(static_cast<long long>(summary.files), "file") << ".\n";
    return;
  }
  out << summary_line(summary) << "\n\n";
  out << "| Severity | Location | Rule | Item | Message |\n";
  out << "|---|---|---|---|---|\n";
  for (const CheckedFile& file : files) {
    for (const Diagnostic& d : file.diagnostics) {
      out << "| " << severity_mark(d.severity) << ' ' << severity_name(d.severity) << " | "
          << markdown_code(fmt::format("{}:{}:{}", d.file, d.location.line, d.location.column))
          << " | " << markdown_code(d.rule) << " | " << markdown_cell(d.item) << " | "
          << markdown_cell(d.message) << " |\n";
    }
  }
}

} // namespace most
