// `most check --format github`: GitHub Actions workflow commands, so findings show up as
// annotations on the pull request's changed lines.

#include "github_escape.hpp"

#include <most/report.hpp>

#include <ostream>
#include <string_view>

namespace most {

namespace {

// Errors and warnings keep their names; notes become notices: the runner has no "note".
std::string_view command_for(Severity severity) {
  const bool named = severity == Severity::Error || severity == Severity::Warning;
  return named ? severity_name(severity) : "notice";
}

} // namespace

void render_check_github(std::ostream& out, std::span<const CheckedFile> files) {
  for (const CheckedFile& file : files) {
    for (const Diagnostic& d : file.diagnostics) {
      out << "::" << command_for(d.severity) << " file=" << github_escape_property(d.file);
      // Line 0 means "no position": the annotation then belongs to the whole file.
      if (d.location.line > 0) {
        out << ",line=" << d.location.line;
        if (d.location.column > 0) {
          out << ",col=" << d.location.column;
        }
      }
      out << ",title=" << github_escape_property(d.rule) << "::" << github_escape_data(d.message)
          << '\n';
    }
  }
  out << "::notice title=most::" << github_escape_data(summary_line(summarize(files))) << '\n';
}

} // namespace most
