#pragma once

// One plan text through everything `most` does with it: load → rules → finalize → every
// renderer of check, status and overdue. Shared by the libFuzzer target and the unit test
// that replays tests/fuzz/regressions/, so an input the fuzzer once broke stays covered by
// the normal test suite (and its ASan/UBSan run).

#include <most/load.hpp>
#include <most/report.hpp>
#include <most/rules.hpp>
#include <most/status.hpp>

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
};

inline Exercised exercise(std::string_view text) {
  const Date as_of{std::chrono::year{2026}, std::chrono::November, std::chrono::day{27}};
  LoadResult loaded = load_plan(text, "fuzz.yaml");
  if (loaded.ok) {
    run_rules(loaded.plan, RuleContext{as_of}, loaded.diagnostics);
  }
  finalize_diagnostics(loaded.plan, Config{}, as_of, loaded.diagnostics);
  const std::vector<CheckedFile> files{
      CheckedFile{"fuzz.yaml", std::string(text), loaded.diagnostics}};
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
  }
  return {loaded.ok, std::move(loaded.diagnostics), std::move(out).str()};
}

} // namespace most::fuzz
