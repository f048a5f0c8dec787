// `most diff --format markdown`: the summary sentence first, then a table per file — made to be
// a pull-request comment.

#include "markup_text.hpp"

#include <most/diff.hpp>

#include <fmt/format.h>

namespace most {

void render_diff_markdown(std::ostream& out, const DiffReport& report) {
  out << "## Plan changes" << (report.since.empty() ? "" : " since " + markdown_code(report.since))
      << "\n\n";
  out << "**" << markdown_cell(diff_sentence(report.files)) << "**\n";
  for (const PlanDiff& diff : report.files) {
    out << fmt::format("\n### {}\n\n", markdown_code(diff.after_name));
    if (diff.changes.empty()) {
      out << "No changes.\n";
      continue;
    }
    out << "| change | id | item | what |\n|---|---|---|---|\n";
    for (const Change& change : diff.changes) {
      out << fmt::format("| {} | {} | {} | {} |\n", change_name(change.kind),
                         markdown_code(change.id), markdown_cell(change.label),
                         markdown_cell(change_detail(change)));
    }
    for (const Diagnostic& finding : diff.findings) {
      out << fmt::format("\n> **{}** line {}: {} (`{}`)\n", severity_name(finding.severity),
                         finding.location.line, markdown_cell(finding.message), finding.rule);
    }
  }
}

} // namespace most
