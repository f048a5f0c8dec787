// `most overdue --format json`: the stable shape of SPEC §2.

#include "report/json_writer.hpp"

#include <most/status.hpp>

#include <ostream>

namespace most {

void render_overdue_json(std::ostream& out, Date as_of, std::span<const OverdueTactic> rows) {
  out << "{\"as_of\": ";
  write_json_string(out, format_date(as_of));
  out << ",\n \"tactics\": [";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const OverdueTactic& t = rows[i];
    out << (i == 0 ? "\n  " : ",\n  ") << "{\"file\": ";
    write_json_string(out, t.file);
    out << ", \"line\": " << t.line << ", \"id\": ";
    write_json_string(out, t.id);
    out << ", \"action\": ";
    write_json_string(out, t.action);
    out << ", \"owner\": ";
    write_json_string(out, t.owner);
    out << ", \"due\": ";
    write_json_string(out, format_date(t.due));
    out << ", \"days_overdue\": " << t.days_overdue << ", \"status\": ";
    write_json_string(out, status_name(t.status));
    out << ", \"objective\": ";
    write_json_string(out, t.objective);
    out << ", \"strategy\": ";
    write_json_string(out, t.strategy);
    out << ", \"due_soon\": " << (t.due_soon ? "true" : "false") << "}";
  }
  out << (rows.empty() ? "" : "\n ") << "]}\n";
}

} // namespace most
