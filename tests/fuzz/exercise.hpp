#pragma once

// One plan text through everything `most` does with it: load → rules → finalize → every
// renderer of check, status (and its tree), overdue, team, calendar and diff. Shared by the
// libFuzzer target and the unit test that replays tests/fuzz/regressions/, so an input the fuzzer
// once broke stays covered by the normal test suite (and its ASan/UBSan run).

#include <most/alignment_tree.hpp>
#include <most/calendar.hpp>
#include <most/diff.hpp>
#include <most/load.hpp>
#include <most/report.hpp>
#include <most/rules.hpp>
#include <most/status.hpp>
#include <most/team.hpp>
#include <most/utf8.hpp>
#include <most/workspace.hpp>

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace most::fuzz {

/// What one run produced: the final findings and every rendering, concatenated.
struct Exercised {
  bool loaded = false;
  std::vector<Diagnostic> diagnostics;
  std::string output;
  std::string calendar_problem; ///< empty when the calendar follows RFC 5545's line rules
  std::size_t self_changes = 0; ///< changes between the plan and itself: must be none
};

/// What breaks RFC 5545 §3.1 in `ics`, or nothing: every line ends in CRLF, no line is over
/// 75 octets, a fold never splits a character, and no control character but tab is left.
inline std::string calendar_problem(std::string_view ics) {
  std::size_t line = 1;
  std::size_t column = 0; // octets on the current physical line
  for (std::size_t i = 0; i < ics.size();) {
    const char c = ics[i];
    if (c == '\r') {
      if (i + 1 >= ics.size() || ics[i + 1] != '\n') {
        return "a CR without LF on line " + std::to_string(line);
      }
      ++line;
      column = 0;
      i += 2;
      continue;
    }
    const std::size_t length = utf8_sequence_length(ics, i);
    if (length == 0) {
      return "bytes that are not UTF-8 (or a split character) on line " + std::to_string(line);
    }
    if (length == 1 && ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == '\x7f')) {
      return "a control character on line " + std::to_string(line);
    }
    column += length;
    if (column > 75) {
      return "line " + std::to_string(line) + " is over 75 octets";
    }
    i += length;
  }
  return column == 0 ? "" : "the last line does not end in CRLF";
}

inline Exercised exercise(std::string_view text) {
  const Date as_of{std::chrono::year{2026}, std::chrono::November, std::chrono::day{27}};
  // The pipeline of `most check`. The plan is its own organisation: `#ID` references resolve,
  // files never do (no reader: no disk).
  CheckSettings settings;
  settings.as_of = as_of;
  settings.jobs = 1;
  CheckedPlans checked = check({PlanSource{"fuzz.yaml", std::string(text), nullptr}}, settings);
  struct {
    bool ok;
    Plan& plan;
    std::vector<Diagnostic>& diagnostics;
  } loaded{checked.loaded[0], checked.plans[0], checked.files[0].diagnostics};
  const PlanIndex& index = checked.index;
  const std::span<const CheckedFile> files = checked.files;
  std::ostringstream out;
  render_check_text(out, files, TextStyle{true, false});
  render_check_json(out, files);
  render_check_markdown(out, files);
  render_check_github(out, files);
  render_check_sarif(out, files);
  render_check_junit(out, files);
  if (loaded.ok) {
    const StatusReport report{as_of, {compute_status(loaded.plan, as_of)}};
    render_status_text(out, report, true);
    render_status_json(out, report);
    render_status_markdown(out, report);
    render_status_html(out, report);
    std::vector<OverdueTactic> rows;
    collect_overdue(loaded.plan, OverdueOptions{as_of, 14, {}}, rows);
    sort_overdue(rows);
    render_overdue_text(out, as_of, rows, true);
    render_overdue_json(out, as_of, rows);
    render_overdue_markdown(out, as_of, rows);
    render_overdue_github(out, as_of, rows);
    render_overdue_junit(out, as_of, rows);
    const std::span<const Plan> plans(&loaded.plan, 1);
    render_team_text(out, compute_team(plans, TeamOptions{as_of, 14, {}}), true);
    const TeamReport detailed = compute_team(plans, TeamOptions{as_of, 14, {"anna", ""}});
    render_team_text(out, detailed, true);
    render_team_markdown(out, detailed);
    render_team_json(out, detailed);
    const AlignmentTree tree = build_alignment_tree(index, as_of);
    render_tree_text(out, tree, true);
    render_tree_markdown(out, tree);
    render_tree_json(out, tree);
  }
  std::size_t self_changes = 0;
  if (loaded.ok) {
    const PlanDiff self = diff_plans(&loaded.plan, &loaded.plan, as_of);
    self_changes = self.changes.size();
    const DiffReport report{"HEAD", as_of, {self, diff_plans(nullptr, &loaded.plan, as_of)}};
    render_diff_text(out, report, true);
    render_diff_markdown(out, report);
    render_diff_json(out, report);
  }
  std::ostringstream ics;
  render_calendar_ics(ics, std::span<const Plan>(&loaded.plan, loaded.ok ? 1 : 0),
                      CalendarOptions{as_of, {}});
  out << ics.str();
  return {loaded.ok, std::move(loaded.diagnostics), std::move(out).str(),
          calendar_problem(ics.str()), self_changes};
}

} // namespace most::fuzz
