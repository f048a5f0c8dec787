// `most overdue --format github`: one annotation per late tactic on the line that sets its due
// day, so a scheduled workflow run points the team at the plan lines to update.

#include "github_escape.hpp"

#include <most/status.hpp>
#include <most/wording.hpp>

#include <fmt/format.h>

#include <ostream>
#include <string>

namespace most {

namespace {

std::string when(const TacticRow& row) {
  if (!row.due_soon) {
    return fmt::format("{} overdue", count_of(row.days_overdue, "day"));
  }
  return row.days_overdue == 0 ? std::string("due today")
                               : fmt::format("due in {}", count_of(-row.days_overdue, "day"));
}

} // namespace

void render_overdue_github(std::ostream& out, Date as_of, std::span<const TacticRow> rows) {
  std::size_t overdue = 0;
  for (const TacticRow& row : rows) {
    overdue += row.due_soon ? 0 : 1;
    // Tactics due soon are not yet a problem: a notice, which does not read as a failure.
    out << (row.due_soon ? "::notice" : "::warning")
        << " file=" << github_escape_property(row.file);
    if (row.line > 0) {
      out << ",line=" << row.line;
    }
    const std::string title = row.due_soon ? fmt::format("tactic {} due soon", row.id)
                                           : fmt::format("overdue tactic {}", row.id);
    const std::string message =
        fmt::format("{} — due {} ({}), {}", row.action, format_date(*row.due), when(row),
                    row.owner.empty() ? std::string("no owner") : "owner " + row.owner);
    out << ",title=" << github_escape_property(title) << "::" << github_escape_data(message)
        << '\n';
  }
  const std::size_t soon = rows.size() - overdue;
  const std::string summary =
      fmt::format("{}{} as of {}", count_of(static_cast<long long>(overdue), "overdue tactic"),
                  soon > 0 ? fmt::format(", {} due soon", soon) : "", format_date(as_of));
  out << "::notice title=most::" << github_escape_data(summary) << '\n';
}

} // namespace most
