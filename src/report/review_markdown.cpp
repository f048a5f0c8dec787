// `most review --format markdown`: the owners' and the objectives' tables, for a
// pull-request comment or a wiki page.

#include "markup_text.hpp"

#include <most/review.hpp>

#include <fmt/format.h>

#include <ostream>

namespace most {

namespace {

std::string percent(const std::optional<double>& value) {
  return value ? fmt::format("{:.1f} %", *value) : std::string("–");
}

} // namespace

void render_review_markdown(std::ostream& out, const ReviewReport& report) {
  out << "## Review since " << markdown_code(report.since) << " (as of "
      << format_date(report.as_of) << ")\n\n";
  out << "| owner | completed | on time | late | slip days | due moves | open overdue |\n"
         "|---|---:|---:|---:|---:|---:|---:|\n";
  for (const OwnerReview& row : report.owners) {
    out << fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", markdown_cell(row.owner),
                       row.completed, row.on_time, row.late, row.slip_days, row.due_moves,
                       row.open_overdue);
  }
  out << "\n| file | objective | target changes | progress | expected | state | forecast at "
         "mid-cycle |\n|---|---|---:|---:|---:|---|---:|\n";
  for (const ObjectiveReview& row : report.objectives) {
    out << fmt::format("| {} | {} {} | {} | {} | {} | {} | {} |\n", markdown_code(row.file),
                       markdown_cell(row.id), markdown_cell(row.statement), row.target_changes,
                       percent(row.progress_pct), percent(row.expected_pct), row.state,
                       percent(row.midcycle_forecast_pct));
  }
}

} // namespace most
