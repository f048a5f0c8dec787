// `most review` for people: a row per owner, then a row per objective.

#include "terminal_text.hpp"

#include <most/review.hpp>

#include <fmt/format.h>

#include <ostream>

namespace most {

namespace {

std::string percent(const std::optional<double>& value) {
  return value ? fmt::format("{:.1f}%", *value) : std::string("-");
}

} // namespace

void render_review_text(std::ostream& out, const ReviewReport& report, bool color) {
  const std::string_view bold = color ? "\x1b[1m" : "";
  const std::string_view reset = color ? "\x1b[0m" : "";
  out << fmt::format("{}Since {} (as of {}){}\n\n", bold, fit(report.since, 60),
                     format_date(report.as_of), reset);
  out << fmt::format("{:<20} {:>9} {:>7} {:>4} {:>9} {:>9} {:>12}\n", "owner", "completed",
                     "on time", "late", "slip days", "due moves", "open overdue");
  for (const OwnerReview& row : report.owners) {
    const std::string owner = fit(row.owner, 20);
    out << owner << std::string(20 - std::min<std::size_t>(20, display_width(owner)), ' ')
        << fmt::format(" {:>9} {:>7} {:>4} {:>9} {:>9} {:>12}\n", row.completed, row.on_time,
                       row.late, row.slip_days, row.due_moves, row.open_overdue);
  }
  if (report.owners.empty()) {
    out << "(no tactics)\n";
  }
  out << '\n';
  for (const ObjectiveReview& row : report.objectives) {
    out << fmt::format("{}#{} {}: {} of {} expected, {}; target changed {} time{}",
                       fit(row.file, 60), fit(row.id, 20), fit(row.statement, 60),
                       percent(row.progress_pct), percent(row.expected_pct), row.state,
                       row.target_changes, row.target_changes == 1 ? "" : "s");
    if (row.midcycle_forecast_pct && report.mid_cycle) {
      out << fmt::format("; forecast on {}: {}", format_date(*report.mid_cycle),
                         percent(row.midcycle_forecast_pct));
    }
    out << '\n';
  }
}

} // namespace most
