// libFuzzer target: arbitrary bytes through load → rules → every renderer, under ASan/UBSan.
// Build: CXX=clang++ cmake -S . -B build/fuzz -DMOST_FUZZ=ON && cmake --build build/fuzz
// Run:   build/fuzz/tests/fuzz_plan -dict=tests/fuzz/yaml.dict CORPUS tests/fixtures/rules/*/

#include <most/load.hpp>
#include <most/report.hpp>
#include <most/rules.hpp>
#include <most/status.hpp>

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace most;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const Date as_of{std::chrono::year{2026}, std::chrono::November, std::chrono::day{27}};
  LoadResult loaded = load_plan(text, "fuzz.yaml");
  if (loaded.ok) {
    run_rules(loaded.plan, RuleContext{as_of}, loaded.diagnostics);
  }
  finalize_diagnostics(loaded.plan, Config{}, as_of, loaded.diagnostics);
  const std::vector<CheckedFile> files{
      CheckedFile{"fuzz.yaml", std::string(text), std::move(loaded.diagnostics)}};
  std::ostringstream out;
  render_check_text(out, files, TextStyle{true, false});
  render_check_json(out, files);
  render_check_markdown(out, files);
  render_check_github(out, files);
  render_check_sarif(out, files);
  render_check_junit(out, files);
  if (loaded.ok) {
    StatusReport report{as_of, {compute_status(loaded.plan, as_of)}};
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
  return 0;
}
