// `most check --format json`: the stable shape of SPEC §2.

#include "report/json_writer.hpp"

#include <most/report.hpp>

namespace most {

void render_check_json(std::ostream& out, std::span<const CheckedFile> files) {
  out << "{\"diagnostics\": [";
  bool first = true;
  for (const CheckedFile& file : files) {
    for (const Diagnostic& d : file.diagnostics) {
      out << (first ? "\n  " : ",\n  ");
      first = false;
      out << "{\"file\": ";
      write_json_string(out, d.file);
      out << ", \"line\": " << d.location.line << ", \"column\": " << d.location.column
          << ", \"severity\": ";
      write_json_string(out, severity_name(d.severity));
      out << ", \"rule\": ";
      write_json_string(out, d.rule);
      out << ", \"item\": ";
      write_json_string(out, d.item);
      out << ", \"message\": ";
      write_json_string(out, d.message);
      out << "}";
    }
  }
  const Summary summary = summarize(files);
  out << (first ? "" : "\n ") << "],\n \"summary\": {\"files\": " << summary.files
      << ", \"errors\": " << summary.errors << ", \"warnings\": " << summary.warnings
      << ", \"notes\": " << summary.notes << "}}\n";
}

} // namespace most
