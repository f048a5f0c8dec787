// Replays tests/fuzz/regressions/: inputs that once broke most (found by the fuzzer or by
// hand), each through the fuzz target's whole pipeline, with its exact findings pinned in a
// sibling .expected file (MOST_UPDATE_GOLDEN=1 rewrites them). Under the ASan/UBSan build
// this is also where a fixed crash would come back.

#include "../fuzz/exercise.hpp"
#include "support.hpp"

#include <most/rules.hpp>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <string>

using namespace most;
namespace fs = std::filesystem;

TEST_CASE("inputs that once broke most are findings with positions, and stay so",
          "[hostile][fuzz]") {
  const fs::path dir = fs::path(MOST_SOURCE_DIR) / "tests" / "fuzz" / "regressions";
  const bool update = test::updating_golden();
  int replayed = 0;
  for (const fs::path& path : test::sorted_entries(dir)) {
    if (path.extension() == ".expected") {
      CHECK(fs::exists(fs::path(path).replace_extension(".yaml")));
      continue;
    }
    if (path.extension() != ".yaml") {
      continue;
    }
    INFO("regression input " << path.filename().string());
    const std::string text = test::read_file(path);
    const fuzz::Exercised result = fuzz::exercise(text);
    ++replayed;
    std::string findings;
    for (const Diagnostic& d : result.diagnostics) {
      // Every finding has a real position and a rule users can look up.
      CHECK(d.location.line >= 1);
      CHECK(d.location.column >= 1);
      CHECK(find_rule(d.rule) != nullptr);
      findings += fmt::format("{}:{}: {}: {} [{}]\n", d.location.line, d.location.column,
                              severity_name(d.severity), d.message, d.rule);
    }
    CHECK(result.calendar_problem.empty());
    CHECK(result.self_changes == 0);
    // The text report names every finding where it is.
    CHECK(result.output.find("fuzz.yaml:") != std::string::npos);
    const fs::path expected = fs::path(path).replace_extension(".expected");
    if (update) {
      std::ofstream(expected, std::ios::binary) << findings;
      continue;
    }
    REQUIRE(fs::exists(expected));
    CHECK(findings == test::read_file(expected));
  }
  CHECK(replayed >= 10);
}

TEST_CASE("the fuzzer's calendar oracle catches each broken line rule", "[fuzz]") {
  using fuzz::calendar_problem;
  CHECK(calendar_problem("BEGIN:VCALENDAR\r\n" + std::string(75, 'a') + "\r\n é\r\n").empty());
  CHECK_FALSE(calendar_problem("BEGIN:VCALENDAR\n").empty());
  CHECK_FALSE(calendar_problem("A\rB\r\n").empty());
  CHECK_FALSE(calendar_problem(std::string(76, 'a') + "\r\n").empty());
  CHECK_FALSE(calendar_problem(std::string(74, 'a') + "\xC3\r\n \xA9\r\n").empty());
  CHECK_FALSE(calendar_problem("SUMMARY:bell\a\r\n").empty());
  CHECK_FALSE(calendar_problem("END:VCALENDAR").empty());
}
