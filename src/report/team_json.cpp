// `most team --format json`: a stable shape for scripts (fields may be added, never renamed).

#include "json_writer.hpp"

#include <most/team.hpp>

#include <ostream>

namespace most {

namespace {

void write_tactics(std::ostream& out, const OwnerLoad& load) {
  out << '[';
  for (std::size_t i = 0; i < load.tactics.size(); ++i) {
    const TeamTactic& t = load.tactics[i];
    out << (i == 0 ? "\n    " : ",\n    ");
    JsonObject(out)
        .text("file", t.file)
        .integer("line", t.line)
        .text("id", t.id)
        .text("action", t.action)
        .date("due", t.due)
        .integer("days_overdue", t.days_overdue)
        .text("status", status_name(t.status))
        .text("objective", t.objective)
        .text("strategy", t.strategy)
        .number("budget", t.budget)
        .boolean("overdue", t.overdue)
        .boolean("due_soon", t.due_soon)
        .close();
  }
  out << (load.tactics.empty() ? "" : "\n   ") << ']';
}

} // namespace

void render_team_json(std::ostream& out, const TeamReport& report) {
  out << "{\"as_of\": ";
  write_json_string(out, format_date(report.as_of));
  out << ", \"within_days\": " << report.within_days << ",\n \"owners\": [";
  for (std::size_t i = 0; i < report.owners.size(); ++i) {
    const OwnerLoad& load = report.owners[i];
    out << (i == 0 ? "\n  " : ",\n  ");
    JsonObject owner(out);
    owner.text("owner", load.owner)
        .text("name", load.name)
        .text("role", load.role)
        .integer("open", load.open)
        .integer("overdue", load.overdue)
        .integer("most_days_overdue", load.most_days_overdue)
        .integer("due_soon", load.due_soon)
        .integer("done", load.done)
        .number("budget", load.budget);
    if (report.detailed) {
      write_tactics(owner.key("tactics"), load);
    }
    owner.close();
  }
  out << (report.owners.empty() ? "" : "\n ") << "]}\n";
}

} // namespace most
