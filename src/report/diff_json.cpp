// `most diff --format json`: the stable shape of the README and man page; fields may be added.

#include "json_rows.hpp"
#include "json_writer.hpp"

#include <most/diff.hpp>

namespace most {

namespace {

void write_text_or_null(std::ostream& out, const std::string& text) {
  if (text.empty()) {
    out << "null";
  } else {
    write_json_string(out, text);
  }
}

void write_change(std::ostream& out, const PlanDiff& diff, const Change& change) {
  JsonObject row(out);
  row.text("kind", change_name(change.kind)).text("id", change.id);
  write_text_or_null(row.key("label"), change.label);
  row.text("file", is_removal(change.kind) ? diff.before_name : diff.after_name)
      .integer("line", change.location.line)
      .integer("column", change.location.column);
  write_text_or_null(row.key("field"), change.field);
  write_text_or_null(row.key("before"), change.before);
  write_text_or_null(row.key("after"), change.after);
  row.integer("days", change.days)
      .number("progress_before", change.progress_before)
      .number("progress_after", change.progress_after);
  row.close();
}

} // namespace

void render_diff_json(std::ostream& out, const DiffReport& report) {
  out << "{\"since\": ";
  write_text_or_null(out, report.since);
  out << ",\n \"as_of\": ";
  write_json_date(out, report.as_of);
  out << ",\n \"files\": [";
  const char* file_separator = "\n  ";
  for (const PlanDiff& diff : report.files) {
    out << file_separator;
    file_separator = ",\n  ";
    JsonObject file(out);
    file.text("before", diff.before_name).text("after", diff.after_name);
    std::ostream& changes = file.key("changes");
    changes << '[';
    const char* separator = "\n    ";
    for (const Change& change : diff.changes) {
      changes << separator;
      separator = ",\n    ";
      write_change(changes, diff, change);
    }
    changes << (diff.changes.empty() ? "]" : "\n  ]");
    std::ostream& findings = file.key("findings");
    findings << '[';
    separator = "";
    for (const Diagnostic& finding : diff.findings) {
      findings << separator;
      separator = ", ";
      write_json_diagnostic(findings, finding);
    }
    findings << ']';
    file.close();
  }
  out << (report.files.empty() ? "]" : "\n ]");
  const DiffSummary sum = summarize_diff(report.files);
  out << ",\n \"summary\": ";
  JsonObject summary(out);
  summary.integer("files", static_cast<long long>(report.files.size()))
      .integer("slipped", sum.slipped)
      .integer("slipped_days", sum.slipped_days)
      .integer("earlier", sum.earlier)
      .integer("completed", sum.completed)
      .integer("dropped", sum.dropped)
      .integer("added", sum.added)
      .integer("removed", sum.removed)
      .integer("owner_changes", sum.owners)
      .integer("target_changes", sum.targets)
      .integer("plans_added", sum.plans_added)
      .integer("plans_removed", sum.plans_removed)
      .text("sentence", diff_sentence(report.files));
  summary.close();
  out << "}\n";
}

} // namespace most
