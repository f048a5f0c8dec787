// Issue 16: suggestions with bounded work, text shared rather than copied per use, reports that
// stay UTF-8 and outside text that never reaches a terminal raw.

#include "cli/commands.hpp"
#include "report/github_escape.hpp"
#include "report/json_writer.hpp"
#include "report/markup_text.hpp"

#include <most/load.hpp>
#include <most/rules.hpp>
#include <most/suggest.hpp>
#include <most/utf8.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <sstream>
#include <string>
#include <vector>

using namespace most;

TEST_CASE("suggestions still find the close word", "[suggest]") {
  const auto names = std::to_array<std::string_view>({"bram", "anna", "carla"});
  CHECK(closest_match("anah", names) == "anna");
  CHECK(closest_match("Carl", names) == "carla");
  CHECK(closest_match("todo", std::to_array<std::string_view>({"done"})).empty());
  CHECK(closest_match("zzzzzz", names).empty());
  CHECK(did_you_mean("bramm", names) == " (did you mean 'bram'?)");
}

TEST_CASE("suggestions cost bounded work however long or many the candidates", "[suggest]") {
  const std::string huge(std::size_t{1} << 20, 'a');
  std::vector<std::string> many;
  many.reserve(200'000);
  for (int i = 0; i < 200'000; ++i) {
    many.push_back("member" + std::to_string(i));
  }
  std::vector<std::string_view> candidates{huge};
  candidates.insert(candidates.end(), many.begin(), many.end());
  candidates.emplace_back("anna");
  // Unbounded, this was 200 edit distances against 1 MiB: many minutes in a debug build. The
  // bound is counted in steps, not timed: a step past the budget would have to be one
  // comparison's band (64 letters × 67 cells) at most.
  constexpr std::size_t kOneComparison = kMaxSuggestedWord * (2 * kMaxSuggestedWord / 3 + 3);
  std::size_t most_work = 0;
  for (int i = 0; i < 200; ++i) {
    std::size_t work = 0;
    CHECK(closest_match("owner" + std::to_string(i) + "abcdefghij", candidates, work).empty());
    most_work = std::max(most_work, work);
  }
  CHECK(most_work > 200'000); // the budget was reached: the candidates were really looked at
  CHECK(most_work <= kMaxSuggestWork + kOneComparison);
  // A close candidate among the first ones is still found.
  CHECK(closest_match("anah", std::span(candidates).last(1)) == "anna");
  CHECK(closest_match(std::string(65, 'a'), candidates).empty());
}

TEST_CASE("bytes that are not UTF-8 become Latin-1 characters or visible escapes", "[utf8]") {
  CHECK(latin1_bytes_as_utf8("a\x85"
                             "b\xA0"
                             "c") == "a\u0085b\u00a0c");
  CHECK(latin1_bytes_as_utf8("caf\u00e9 \u2026") == "caf\u00e9 \u2026");
  CHECK(escape_invalid_utf8("bad\xff.yaml") == "bad\\xff.yaml");
  CHECK(escape_invalid_utf8("\xe2\x80") == "\\xe2\\x80");
  CHECK(escape_invalid_utf8("caf\u00e9") == "caf\u00e9");
}

TEST_CASE("every machine format escapes a byte that is not UTF-8", "[utf8][report]") {
  std::ostringstream json;
  write_json_string(json, "plans/bad\xff.yaml \u00e9");
  CHECK(json.str() == "\"plans/bad\\\\xff.yaml \u00e9\"");
  CHECK(markdown_cell("bad\xff") == "bad\\\\xff");
  CHECK(markdown_code("bad\xff") == "`bad\\xff`");
  CHECK(html_escape("bad\xff<") == "bad\\xff&lt;");
  CHECK(mermaid_name("bad\xff") == "bad\\xff");
}

TEST_CASE("GitHub workflow commands carry no terminal escapes", "[report][github]") {
  CHECK(github_escape_data("a\x1b]8;;http://x\x1b\\link\a, b: 50%\n") ==
        "a\\x1b]8;;http://x\\x1b\\link\\x07, b: 50%25%0A");
  CHECK(github_escape_property("f\x1b[2J,x:y\xff") == "f\\x1b[2J%2Cx%3Ay\\xff");
}

TEST_CASE("errors on standard error escape control characters line by line", "[cli]") {
  std::ostringstream err;
  cli::print_error(err, "unknown rule 'x\x1b[2J\a'\nsecond \x1b line");
  CHECK(err.str() == "most: error: unknown rule 'x\\x1b[2J\\x07'\nsecond \\x1b line\n");
}

TEST_CASE("an ignore reason is shared by the items that inherit it, not copied",
          "[load][hostile]") {
  std::string text = "mission:\n  statement: To be one of the top five dealers\n  start: "
                     "2026-01-01\n  deadline: 2026-12-31\n  ignore:\n    - {rule: tactic-due, "
                     "reason: " +
                     std::string(1000, 'r') +
                     "}\nobjectives:\n  - statement: Grow sales by 10% by June 30\n    "
                     "strategies:\n      - statement: Call\n        tactics:\n";
  for (int i = 0; i < 50; ++i) {
    text += "          - {action: Call, owner: anna}\n";
  }
  const LoadResult r = load_plan(text, "plan.yaml");
  REQUIRE(r.plan.objectives.size() == 1);
  const std::string_view mission = r.plan.mission.info.ignores.at(0).reason.view();
  CHECK(mission.size() == 1000);
  for (const Tactic& tactic : r.plan.objectives[0].strategies.at(0).tactics) {
    REQUIRE(tactic.info.ignores.size() == 1);
    CHECK(tactic.info.ignores[0].reason.view().data() == mission.data());
  }
}

TEST_CASE("an id longer than 200 bytes is a finding, and items are named by position",
          "[load][hostile]") {
  const std::string text = "mission: {statement: x, start: 2026-01-01, deadline: 2026-12-31}\n"
                           "objectives:\n  - statement: Grow sales by 10% by June 30\n    "
                           "strategies:\n      - statement: Call\n        id: " +
                           std::string(201, 'y') +
                           "\n        tactics: [{action: Call, owner: anna, due: 2026-03-01}]\n";
  const LoadResult r = load_plan(text, "plan.yaml");
  REQUIRE(r.plan.objectives.size() == 1);
  const Strategy& strategy = r.plan.objectives[0].strategies.at(0);
  CHECK(strategy.info.id == "O1.S1");
  CHECK(strategy.tactics.at(0).info.id == "O1.S1.T1");
  bool reported = false;
  for (const Diagnostic& d : r.diagnostics) {
    reported = reported || (d.rule == "field-type" &&
                            d.message == "this id is 201 bytes long; an id may have at most 200, "
                                         "so the item is called O1.S1");
  }
  CHECK(reported);
}
