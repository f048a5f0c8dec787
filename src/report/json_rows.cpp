#include "json_rows.hpp"

#include "json_writer.hpp"

namespace most {

void write_json_diagnostic(std::ostream& out, const Diagnostic& diagnostic) {
  JsonObject(out)
      .text("file", diagnostic.file)
      .integer("line", diagnostic.location.line)
      .integer("column", diagnostic.location.column)
      .text("severity", severity_name(diagnostic.severity))
      .text("rule", diagnostic.rule)
      .text("item", diagnostic.item)
      .text("message", diagnostic.message)
      .close();
}

} // namespace most
