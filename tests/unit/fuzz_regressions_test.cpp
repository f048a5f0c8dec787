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
    CHECK(result.format_problem.empty());
    INFO(result.edit_problem);
    CHECK(result.edit_problem.empty());
    INFO(result.version_problem);
    CHECK(result.version_problem.empty());
    CHECK(result.model_bytes <= fuzz::kMaxModelBytesPerByte * text.size() + fuzz::kModelSlack);
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

TEST_CASE("the fuzzer's format oracle catches bad UTF-8 and broken JSON", "[fuzz]") {
  using fuzz::output_problem;
  CHECK(
      output_problem("x", R"({"a": [1, -2.5e3, "\u00e9\n", true, null, {}], "b": {"c": []}})", true)
          .empty());
  CHECK(output_problem("x", "caf\u00e9\n", false).empty());
  CHECK_FALSE(output_problem("x", "bad\xff", false).empty());
  CHECK_FALSE(output_problem("x", R"({"a": "bad \x"})", true).empty());
  CHECK_FALSE(output_problem("x", "{\"a\": \"\x1b\"}", true).empty());
  CHECK_FALSE(output_problem("x", R"({"a": 1,})", true).empty());
  CHECK_FALSE(output_problem("x", R"({"a" 1})", true).empty());
  CHECK_FALSE(output_problem("x", R"([1, 2)", true).empty());
  CHECK_FALSE(output_problem("x", R"({"a": 1} {})", true).empty());
  CHECK_FALSE(output_problem("x", R"({a: 1})", true).empty());
}

TEST_CASE("the fuzzer's memory oracle counts shared text once and copies each time", "[fuzz]") {
  Plan plan;
  Ignore ignore{"tactic-due", std::string(1000, 'r'), std::nullopt, {}};
  plan.mission.info.ignores = {ignore};
  plan.objectives.resize(1);
  plan.objectives[0].strategies.resize(1);
  plan.objectives[0].strategies[0].tactics.resize(10);
  for (Tactic& tactic : plan.objectives[0].strategies[0].tactics) {
    tactic.info.ignores = {ignore};
  }
  CHECK(fuzz::model_text_bytes(plan) == 1000 + 11 * std::string("tactic-due").size());
  for (Tactic& tactic : plan.objectives[0].strategies[0].tactics) {
    tactic.info.ignores = {Ignore{"tactic-due", std::string(1000, 'r'), std::nullopt, {}}};
  }
  CHECK(fuzz::model_text_bytes(plan) ==
        std::size_t{11} * 1000 + 11 * std::string("tactic-due").size());
}
