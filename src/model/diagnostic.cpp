#include <most/diagnostic.hpp>

#include <algorithm>
#include <tuple>

namespace most {

std::string_view severity_name(Severity severity) {
  switch (severity) {
  case Severity::Error:
    return "error";
  case Severity::Warning:
    return "warning";
  case Severity::Note:
    return "note";
  case Severity::Off:
    return "off";
  }
  return "error";
}

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(
      diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.file, a.location.line, a.location.column, a.rule, a.message) <
               std::tie(b.file, b.location.line, b.location.column, b.rule, b.message);
      });
}

Summary summarize(std::span<const CheckedFile> files) {
  Summary summary;
  summary.files = files.size();
  for (const CheckedFile& file : files) {
    for (const Diagnostic& d : file.diagnostics) {
      if (d.severity == Severity::Error) {
        ++summary.errors;
      } else if (d.severity == Severity::Warning) {
        ++summary.warnings;
      } else if (d.severity == Severity::Note) {
        ++summary.notes;
      }
    }
  }
  return summary;
}

} // namespace most
