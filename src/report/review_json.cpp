// `most review --format json`: the stable shape of SPEC §4.6; fields may be added.

#include "json_writer.hpp"

#include <most/review.hpp>

namespace most {

void render_review_json(std::ostream& out, const ReviewReport& report) {
  out << "{\"since\": ";
  write_json_string(out, report.since);
  out << ",\n \"as_of\": ";
  write_json_date(out, report.as_of);
  out << ",\n \"mid_cycle\": ";
  write_json_date(out, report.mid_cycle);
  out << ",\n \"owners\": [";
  const char* separator = "\n  ";
  for (const OwnerReview& row : report.owners) {
    out << separator;
    separator = ",\n  ";
    JsonObject(out)
        .text("owner", row.owner)
        .integer("completed", row.completed)
        .integer("on_time", row.on_time)
        .integer("late", row.late)
        .integer("slip_days", row.slip_days)
        .integer("due_moves", row.due_moves)
        .integer("open_overdue", row.open_overdue)
        .close();
  }
  out << (report.owners.empty() ? "],\n" : "\n ],\n") << " \"objectives\": [";
  separator = "\n  ";
  for (const ObjectiveReview& row : report.objectives) {
    out << separator;
    separator = ",\n  ";
    JsonObject(out)
        .text("file", row.file)
        .text("id", row.id)
        .text("statement", row.statement)
        .integer("target_changes", row.target_changes)
        .number("progress_pct", one_decimal(row.progress_pct))
        .number("expected_pct", one_decimal(row.expected_pct))
        .text("state", row.state)
        .number("midcycle_forecast_pct", row.midcycle_forecast_pct)
        .close();
  }
  out << (report.objectives.empty() ? "]}\n" : "\n ]}\n");
}

} // namespace most
