// `most overdue --format json`: the stable shape of SPEC §2.

#include "json_writer.hpp"

#include <most/status.hpp>

#include <ostream>

namespace most {

void render_overdue_json(std::ostream& out, Date as_of, std::span<const OverdueTactic> rows) {
  out << "{\"as_of\": ";
  write_json_string(out, format_date(as_of));
  out << ",\n \"tactics\": [";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const OverdueTactic& t = rows[i];
    out << (i == 0 ? "\n  " : ",\n  ");
    JsonObject(out)
        .text("file", t.file)
        .integer("line", t.line)
        .text("id", t.id)
        .text("action", t.action)
        .text("owner", t.owner)
        .date("due", t.due)
        .integer("days_overdue", t.days_overdue)
        .text("status", status_name(t.status))
        .text("objective", t.objective)
        .text("strategy", t.strategy)
        .boolean("due_soon", t.due_soon)
        .close();
  }
  out << (rows.empty() ? "" : "\n ") << "]}\n";
}

} // namespace most
