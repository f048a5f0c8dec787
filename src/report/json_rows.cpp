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

void write_json_tactic(std::ostream& out, const TacticRow& row, TacticJson shape) {
  JsonObject object(out);
  object.text("file", row.file).integer("line", row.line).text("id", row.id);
  object.text("action", row.action);
  if (shape == TacticJson::Overdue) {
    object.text("owner", row.owner);
  }
  object.date("due", row.due)
      .integer("days_overdue", row.days_overdue)
      .text("status", status_name(row.status))
      .text("objective", row.objective)
      .text("strategy", row.strategy);
  if (shape == TacticJson::Team) {
    object.number("budget", row.budget).boolean("overdue", row.overdue);
  }
  object.boolean("due_soon", row.due_soon).close();
}

} // namespace most
