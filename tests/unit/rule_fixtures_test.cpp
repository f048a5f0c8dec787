// Per-rule fixtures: tests/fixtures/rules/<rule>/{fail,pass}*.yaml, each fail file with the
// exact findings it must produce in a sibling .expected file. Run with MOST_UPDATE_GOLDEN=1
// to rewrite the .expected files, then read every one before committing it.

#include "support.hpp"

#include <most/diff.hpp>
#include <most/inputs.hpp>
#include <most/load.hpp>
#include <most/plan_index.hpp>
#include <most/rules.hpp>
#include <most/workspace.hpp>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace most;
using most::test::read_file;
using most::test::sorted_entries;
using most::test::updating_golden;
namespace fs = std::filesystem;

namespace {

const fs::path kRoot = fs::path(MOST_FIXTURES_DIR) / "rules";

// The first line may pin "today": `# as-of: YYYY-MM-DD`; otherwise 2026-03-01.
Date as_of_for(std::string_view text) {
  constexpr std::string_view kPrefix = "# as-of: ";
  if (text.substr(0, kPrefix.size()) == kPrefix) {
    if (const auto day = parse_iso_date(text.substr(kPrefix.size(), 10))) {
      return *day;
    }
  }
  return Date{std::chrono::year{2026}, std::chrono::March, std::chrono::day{1}};
}

bool read_plan_file(const std::string& path, std::string& text, std::string& why) {
  if (!fs::is_regular_file(path)) {
    why = "No such file or directory";
    return false;
  }
  text = read_file(path);
  return true;
}

struct Outcome {
  std::string text; ///< one `LINE:COL: SEVERITY: MESSAGE [RULE]` per finding
  std::vector<Diagnostic> diagnostics;
};

// Fixtures named NAME.before.yaml are the earlier version of NAME.yaml, for the rules that
// `most diff` reports; they are not fixtures of their own.
bool is_before_version(const fs::path& path) {
  return path.filename().string().ends_with(".before.yaml");
}

// What `most check` would find in the fixture, with default configuration — and, when the
// fixture has an earlier version beside it, what `most diff` finds between the two.
Outcome check_fixture(const fs::path& path) {
  const std::string text = read_file(path);
  const Date as_of = as_of_for(text);
  // The pipeline of `most check`; the fixture is named by its real path, so that its
  // `aligns_with:` references reach the plans beside it.
  CheckSettings settings;
  settings.as_of = as_of;
  settings.read_referenced = read_plan_file;
  // The nearest .most.yaml applies, as with `most check`: tests/fixtures/rules/.most.yaml
  // sets the check-in cadence for the fixtures of every other rule.
  ConfigFinder configs("", std::uint64_t{1} << 20);
  std::vector<std::string> config_errors;
  const Config* config = configs.for_directory(path.parent_path().string(), config_errors);
  REQUIRE(config_errors.empty());
  CheckedPlans checked = check({PlanSource{path.string(), text, config, {}}}, settings);
  std::vector<Diagnostic>& diagnostics = checked.files[0].diagnostics;
  const fs::path before_path = fs::path(path).replace_extension(".before.yaml");
  if (checked.loaded[0] && fs::exists(before_path)) {
    const LoadResult before = load_plan(read_file(before_path), "before.yaml");
    REQUIRE(before.ok);
    const PlanDiff diff = diff_versions(&before.plan, checked.plans.data(), as_of, Config{});
    diagnostics.insert(diagnostics.end(), diff.findings.begin(), diff.findings.end());
    sort_diagnostics(diagnostics);
  }
  Outcome outcome;
  // Messages name referenced plans by path; the expected files name them from the fixture's
  // folder, wherever the checkout is.
  const std::string folder = path.parent_path().string() + "/";
  for (const Diagnostic& d : diagnostics) {
    std::string message = d.message;
    for (std::size_t at = message.find(folder); at != std::string::npos;
         at = message.find(folder, at)) {
      message.erase(at, folder.size());
    }
    outcome.text += fmt::format("{}:{}: {}: {} [{}]\n", d.location.line, d.location.column,
                                severity_name(d.severity), message, d.rule);
  }
  outcome.diagnostics = std::move(diagnostics);
  return outcome;
}

bool starts_with(const std::string& text, std::string_view prefix) {
  return text.rfind(prefix, 0) == 0;
}

// A configuration (`.most.yaml`) beside fixtures is no fixture and no rule's folder.
bool is_hidden(const fs::path& path) { return path.filename().string().starts_with("."); }

} // namespace

TEST_CASE("every rule has failing and passing fixtures", "[fixtures]") {
  REQUIRE(fs::is_directory(kRoot));
  for (const RuleInfo& rule : all_rules()) {
    INFO("rule " << rule.name);
    const fs::path dir = kRoot / std::string(rule.name);
    REQUIRE(fs::is_directory(dir));
    int fails = 0;
    int passes = 0;
    for (const fs::path& path : sorted_entries(dir)) {
      const std::string file = path.filename().string();
      if (path.extension() != ".yaml" || is_before_version(path)) {
        continue;
      }
      fails += starts_with(file, "fail") ? 1 : 0;
      passes += starts_with(file, "pass") ? 1 : 0;
    }
    CHECK(fails >= 1);
    CHECK(passes >= 1);
  }
  for (const fs::path& dir : sorted_entries(kRoot)) {
    if (is_hidden(dir)) {
      continue;
    }
    INFO("fixture directory " << dir.filename().string());
    CHECK(find_rule(dir.filename().string()) != nullptr);
  }
}

TEST_CASE("rule fixtures produce exactly their expected findings", "[fixtures]") {
  const bool update = updating_golden();
  int checked = 0;
  for (const fs::path& dir : sorted_entries(kRoot)) {
    if (is_hidden(dir)) {
      continue;
    }
    const std::string rule = dir.filename().string();
    for (const fs::path& path : sorted_entries(dir)) {
      const std::string file = path.filename().string();
      if (is_hidden(path)) {
        continue;
      }
      INFO("fixture " << rule << "/" << file);
      if (path.extension() == ".expected") {
        // A golden file whose plan was renamed or deleted would silently test nothing.
        CHECK(fs::exists(fs::path(path).replace_extension(".yaml")));
        continue;
      }
      if (path.extension() != ".yaml" || is_before_version(path)) {
        continue;
      }
      CHECK((starts_with(file, "fail") || starts_with(file, "pass")));
      const Outcome outcome = check_fixture(path);
      ++checked;
      if (starts_with(file, "pass")) {
        CHECK(outcome.text.empty());
        continue;
      }
      CHECK(std::any_of(outcome.diagnostics.begin(), outcome.diagnostics.end(),
                        [&](const Diagnostic& d) { return d.rule == rule; }));
      const fs::path expected_path = fs::path(path).replace_extension(".expected");
      if (update) {
        std::ofstream(expected_path, std::ios::binary) << outcome.text;
        continue;
      }
      REQUIRE(fs::exists(expected_path));
      CHECK(outcome.text == read_file(expected_path));
    }
  }
  CHECK(checked > 0);
}
