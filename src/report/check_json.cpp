// `most check --format json`: the stable shape of SPEC §2.

#include "json_rows.hpp"
#include "json_writer.hpp"

#include <most/report.hpp>

namespace most {

void render_check_json(std::ostream& out, std::span<const CheckedFile> files) {
  out << "{\"diagnostics\": [";
  bool first = true;
  for (const CheckedFile& file : files) {
    for (const Diagnostic& d : file.diagnostics) {
      out << (first ? "\n  " : ",\n  ");
      first = false;
      write_json_diagnostic(out, d);
    }
  }
  const Summary summary = summarize(files);
  out << (first ? "" : "\n ") << "],\n \"summary\": {\"files\": " << summary.files
      << ", \"errors\": " << summary.errors << ", \"warnings\": " << summary.warnings
      << ", \"notes\": " << summary.notes << "}}\n";
}

} // namespace most
