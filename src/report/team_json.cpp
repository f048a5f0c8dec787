// `most team --format json`: a stable shape for scripts (fields may be added, never renamed).

#include "json_rows.hpp"
#include "json_writer.hpp"

#include <most/team.hpp>

#include <ostream>

namespace most {

namespace {

void write_tactics(std::ostream& out, const OwnerLoad& load) {
  out << '[';
  for (std::size_t i = 0; i < load.tactics.size(); ++i) {
    out << (i == 0 ? "\n    " : ",\n    ");
    write_json_tactic(out, load.tactics[i], TacticJson::Team);
  }
  out << (load.tactics.empty() ? "" : "\n   ") << ']';
}

void write_answers(std::ostream& out, const OwnerLoad& load) {
  out << '[';
  for (std::size_t i = 0; i < load.answers_for.size(); ++i) {
    const OwnedItem& item = load.answers_for[i];
    out << (i == 0 ? "" : ", ");
    JsonObject(out)
        .text("file", item.file)
        .integer("line", item.line)
        .text("kind", item.strategy ? "strategy" : "objective")
        .text("id", item.id)
        .text("objective", item.objective)
        .text("statement", item.statement)
        .close();
  }
  out << ']';
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
    write_answers(owner.key("answers_for"), load);
    if (report.detailed) {
      write_tactics(owner.key("tactics"), load);
    }
    owner.close();
  }
  out << (report.owners.empty() ? "" : "\n ") << "]}\n";
}

} // namespace most
