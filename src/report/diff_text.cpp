// `most diff --format text`: one line per change, `file:line: kind: id label — values`, so an
// editor or `grep` finds each change where it is; then the findings and one sentence.

#include "terminal_text.hpp"

#include <most/diff.hpp>
#include <most/wording.hpp>

#include <fmt/format.h>

namespace most {

namespace {

std::string_view colour_of(ChangeKind kind) {
  switch (kind) {
  case ChangeKind::DueSlipped:
  case ChangeKind::TacticRemoved:
  case ChangeKind::TacticDropped:
    return "\x1b[31m";
  case ChangeKind::TargetChanged:
  case ChangeKind::BaselineChanged:
  case ChangeKind::HorizonChanged:
  case ChangeKind::OwnerChanged:
    return "\x1b[33m";
  case ChangeKind::TacticCompleted:
  case ChangeKind::CheckinAdded:
    return "\x1b[32m";
  default:
    return "";
  }
}

} // namespace

void render_change_lines(std::ostream& out, std::string_view before_name,
                         std::string_view after_name, std::span<const Change> changes, bool color) {
  for (const Change& change : changes) {
    const std::string_view paint = color ? colour_of(change.kind) : "";
    const std::string detail = change_detail(change);
    out << fmt::format("{}:{}: {}{}{}: {} {}{}\n",
                       printable(is_removal(change.kind) ? before_name : after_name),
                       change.location.line, paint, change_name(change.kind),
                       paint.empty() ? "" : "\x1b[0m", printable(change.id),
                       printable(change.label), detail.empty() ? "" : " — " + printable(detail));
  }
}

void render_diff_text(std::ostream& out, const DiffReport& report, bool color) {
  for (const PlanDiff& diff : report.files) {
    out << fmt::format("{} → {}: {}\n", printable(diff.before_name), printable(diff.after_name),
                       count_of(static_cast<long long>(diff.changes.size()), "change"));
    render_change_lines(out, diff.before_name, diff.after_name, diff.changes, color);
    for (const Diagnostic& finding : diff.findings) {
      out << fmt::format("{}:{}:{}: {}: {} [{}]\n", printable(finding.file), finding.location.line,
                         finding.location.column, severity_name(finding.severity),
                         printable(finding.message), finding.rule);
    }
  }
  out << diff_sentence(report.files) << '\n';
}

} // namespace most
