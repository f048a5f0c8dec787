// `most team` for pull-request comments and CI job summaries: one table of owners, or with
// `--owner` a section per owner with a table of their tactics.

#include "markup_text.hpp"

#include <most/team.hpp>

#include <fmt/format.h>

#include <ostream>

namespace most {

namespace {

constexpr std::string_view kNoOwner = "(no owner)";

std::string owner_cell(const OwnerLoad& load) {
  return load.owner.empty() ? std::string(kNoOwner) : markdown_code(load.owner);
}

std::string when_cell(const TacticRow& t, Date as_of) {
  if (t.status == Status::Done || t.status == Status::Dropped) {
    return std::string(status_name(t.status));
  }
  if (!t.due) {
    return "no due day";
  }
  if (t.overdue) {
    return fmt::format("**{} late**", count_of(t.days_overdue, "day"));
  }
  const int ahead = days_between(as_of, *t.due);
  return ahead == 0 ? std::string("due today") : "due in " + count_of(ahead, "day");
}

void write_summary(std::ostream& out, const TeamReport& report) {
  // The last column only when a plan names owners of objectives or strategies.
  const bool answers = any_answers_for(report);
  out << "| Owner | Name | Role | Open | Overdue | Most days overdue | Due within "
      << count_of(report.within_days, "day") << " | Done | Budget |"
      << (answers ? " Answers for |" : "") << "\n";
  out << "|---|---|---|---:|---:|---:|---:|---:|---:|" << (answers ? "---|" : "") << "\n";
  for (const OwnerLoad& load : report.owners) {
    out << "| " << owner_cell(load) << " | " << markdown_cell(load.name) << " | "
        << markdown_cell(load.role) << " | " << load.open << " | "
        << (load.overdue > 0 ? fmt::format("**{}**", load.overdue) : std::string("0")) << " | "
        << (load.overdue > 0 ? std::to_string(load.most_days_overdue) : std::string("—")) << " | "
        << load.due_soon << " | " << load.done << " | " << format_amount(load.budget) << " |"
        << (answers ? " " + markdown_cell(answers_for_ids(load)) + " |" : "") << "\n";
  }
}

void write_owner(std::ostream& out, const TeamReport& report, const OwnerLoad& load) {
  out << "## " << owner_cell(load);
  if (!load.name.empty() || !load.role.empty()) {
    out << " — " << markdown_cell(load.name) << (load.name.empty() || load.role.empty() ? "" : ", ")
        << markdown_cell(load.role);
  }
  out << "\n\n"
      << load.open << " open, " << load.overdue << " overdue"
      << (load.overdue > 0 ? fmt::format(" (most {} late)", count_of(load.most_days_overdue, "day"))
                           : "")
      << ", " << load.due_soon << " due within " << count_of(report.within_days, "day") << ", "
      << load.done << " done, budget " << format_amount(load.budget) << ".\n\n";
  for (const OwnedItem& item : load.answers_for) {
    out << "- Answers for " << (item.strategy ? "strategy " : "objective ")
        << markdown_cell(item.id)
        << (item.strategy ? " of " + markdown_cell(item.objective) : std::string()) << ": "
        << markdown_cell(item.statement) << " ("
        << markdown_code(fmt::format("{}:{}", item.file, item.line)) << ")\n";
  }
  if (!load.answers_for.empty()) {
    out << '\n';
  }
  if (load.tactics.empty()) {
    out << "No tactics.\n\n";
    return;
  }
  out << "| When | Tactic | Strategy | Objective | Due | Status | Budget | Location |\n";
  out << "|---:|---|---|---|---|---|---:|---|\n";
  for (const TacticRow& t : load.tactics) {
    out << "| " << when_cell(t, report.as_of) << " | " << markdown_cell(t.id) << ": "
        << markdown_cell(t.action) << " | " << markdown_cell(t.strategy) << " | "
        << markdown_cell(t.objective) << " | " << markup_date(t.due) << " | "
        << status_name(t.status) << " | " << (t.budget ? format_amount(*t.budget) : "—") << " | "
        << markdown_code(fmt::format("{}:{}", t.file, t.line)) << " |\n";
  }
  out << '\n';
}

} // namespace

void render_team_markdown(std::ostream& out, const TeamReport& report) {
  out << "# Team load as of " << format_date(report.as_of) << "\n\n";
  if (report.owners.empty()) {
    out << "No owners and no tactics.\n";
    return;
  }
  if (!report.detailed) {
    write_summary(out, report);
    return;
  }
  for (const OwnerLoad& load : report.owners) {
    write_owner(out, report, load);
  }
}

} // namespace most
