// `most overdue` for pull-request comments and CI job summaries: one table per owner, because
// the reader's first question is "who do I call?".

#include "markup_text.hpp"

#include <most/status.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <ostream>
#include <vector>

namespace most {

namespace {

constexpr std::string_view kNoOwner = "(no owner)";

std::string days_cell(const TacticRow& row) {
  if (row.due_soon || row.days_overdue <= 0) {
    const int days = -row.days_overdue;
    if (days == 0) {
      return "due today";
    }
    return "due in " + count_of(days, "day");
  }
  return "**" + count_of(row.days_overdue, "day") + "**";
}

void write_owner(std::ostream& out, std::string_view owner,
                 const std::vector<const TacticRow*>& rows) {
  out << "## " << markdown_cell(owner) << " (" << rows.size() << ")\n\n";
  out << "| Overdue | Tactic | Strategy | Objective | Due | Status | Location |\n";
  out << "|---:|---|---|---|---|---|---|\n";
  for (const TacticRow* row : rows) {
    out << "| " << days_cell(*row) << " | " << markdown_cell(row->id) << ": "
        << markdown_cell(row->action) << " | " << markdown_cell(row->strategy) << " | "
        << markdown_cell(row->objective) << " | " << format_date(*row->due) << " | "
        << status_name(row->status) << " | "
        << markdown_code(fmt::format("{}:{}", row->file, row->line)) << " |\n";
  }
  out << '\n';
}

} // namespace

void render_overdue_markdown(std::ostream& out, Date as_of, std::span<const TacticRow> rows) {
  const auto soon = static_cast<std::size_t>(
      std::count_if(rows.begin(), rows.end(), [](const TacticRow& r) { return r.due_soon; }));
  const std::size_t late = rows.size() - soon;
  out << "# " << count_of(static_cast<long long>(late), "overdue tactic");
  if (soon > 0) {
    out << ", " << soon << " due soon,";
  }
  out << " as of " << format_date(as_of) << "\n\n";
  if (rows.empty()) {
    out << "No overdue tactics.\n";
    return;
  }

  // Owners by name, the unowned last; within an owner the caller's order (due, file, line).
  std::vector<std::string_view> owners;
  for (const TacticRow& row : rows) {
    if (!row.owner.empty()) {
      owners.emplace_back(row.owner);
    }
  }
  std::sort(owners.begin(), owners.end());
  owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
  const bool any_unowned =
      std::any_of(rows.begin(), rows.end(), [](const TacticRow& r) { return r.owner.empty(); });
  if (any_unowned) {
    owners.emplace_back(); // stands for "(no owner)"
  }

  for (const std::string_view owner : owners) {
    std::vector<const TacticRow*> group;
    for (const TacticRow& row : rows) {
      if (row.owner == owner) {
        group.push_back(&row);
      }
    }
    write_owner(out, owner.empty() ? kNoOwner : owner, group);
  }
}

} // namespace most
