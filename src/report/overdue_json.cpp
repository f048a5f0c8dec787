// `most overdue --format json`: the stable shape of SPEC §2.

#include "json_rows.hpp"
#include "json_writer.hpp"

#include <most/status.hpp>

#include <ostream>

namespace most {

void render_overdue_json(std::ostream& out, Date as_of, std::span<const TacticRow> rows) {
  out << "{\"as_of\": ";
  write_json_string(out, format_date(as_of));
  out << ",\n \"tactics\": [";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    out << (i == 0 ? "\n  " : ",\n  ");
    write_json_tactic(out, rows[i], TacticJson::Overdue);
  }
  out << (rows.empty() ? "" : "\n ") << "]}\n";
}

} // namespace most
