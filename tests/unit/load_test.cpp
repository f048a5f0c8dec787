// Loader tests feed strings, not files, and compare findings' exact text (ninja style).

#include <most/load.hpp>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <string>

using namespace most;

namespace {

// Every finding as "LINE:COL: RULE: MESSAGE", in the loader's order.
std::string findings(const LoadResult& result) {
  std::string out;
  for (const Diagnostic& d : result.diagnostics) {
    out += fmt::format("{}:{}: {}: {}\n", d.location.line, d.location.column, d.rule, d.message);
  }
  return out;
}

LoadResult load(const std::string& text) { return load_plan(text, "plan.yaml"); }

const std::string kMission = R"(mission:
  statement: To be one of the top five dealers in the region
  start: 2026-01-01
  deadline: 2026-12-31
)";

} // namespace

TEST_CASE("a complete plan loads with positions and positional ids", "[load]") {
  const LoadResult r = load(kMission + R"(objectives:
  - statement: Increase sales volume by 10% by June 30
    deadline: 2026-06-30
    metric: {name: Sales volume, unit: EUR, baseline: 1200000, target: 1320000}
    checkins:
      - {date: 2026-03-31, value: 1250000, note: Q1 close}
    milestones:
      - {name: Two new hires start, due: 2026-03-01, done: true}
    strategies:
      - statement: Hire two salespeople
        tactics:
          - action: Post two job openings
            owner: anna
            due: 2026-02-15
            status: done
            done_on: 2026-02-10
            budget: 1500
            resources: [recruiting agency]
          - id: T9
            action: Interview candidates
            owner: anna
            due: 2026-03-15
)");
  REQUIRE(findings(r).empty());
  REQUIRE(r.ok);
  const Plan& plan = r.plan;
  CHECK(plan.mission.statement.value == "To be one of the top five dealers in the region");
  CHECK(plan.mission.start.location == SourceLocation{3, 10});
  REQUIRE(plan.objectives.size() == 1);
  const Objective& o = plan.objectives[0];
  CHECK(o.info.id == "O1");
  CHECK_FALSE(o.info.explicit_id);
  CHECK(o.info.location == SourceLocation{6, 5});
  REQUIRE(o.metric);
  CHECK(*o.metric->target == 1320000.0);
  REQUIRE(o.checkins.size() == 1);
  CHECK(*o.checkins[0].value == 1250000.0);
  CHECK(o.milestones.at(0).done);
  REQUIRE(o.strategies.size() == 1);
  CHECK(o.strategies[0].info.id == "O1.S1");
  const auto& tactics = o.strategies[0].tactics;
  REQUIRE(tactics.size() == 2);
  CHECK(tactics[0].info.id == "O1.S1.T1");
  CHECK(tactics[0].info.location == SourceLocation{16, 13});
  CHECK(tactics[0].effective_status() == Status::Done);
  CHECK(*tactics[0].budget == 1500.0);
  CHECK(tactics[0].resources == std::vector<std::string>{"recruiting agency"});
  CHECK(tactics[1].info.id == "T9");
  CHECK(tactics[1].info.explicit_id);
  CHECK(tactics[1].effective_status() == Status::Todo);
}

TEST_CASE("positional ids build on an explicit parent id", "[load]") {
  const LoadResult r = load(kMission + R"(objectives:
  - id: grow
    statement: Increase sales volume by 10% by June 30
    strategies:
      - statement: Hire two salespeople
        tactics:
          - {action: Post openings, owner: anna, due: 2026-02-15}
)");
  REQUIRE(findings(r).empty());
  CHECK(r.plan.objectives[0].strategies[0].info.id == "grow.S1");
  CHECK(r.plan.objectives[0].strategies[0].tactics[0].info.id == "grow.S1.T1");
}

TEST_CASE("schema findings name the key, the item and the fix", "[load]") {
  const LoadResult r = load(kMission + R"(objectives:
  - statement: Increase sales volume by 10%
    dealine: 2026-06-30
    x-note: extension keys are fine
    strategies:
      - statement: Hire two salespeople
        tactics:
          - action: Post openings
            owner: anna
            due: 2026-02-30
            status: finished
            budget: -5
          - action: Call accounts
            due: June 30
            budget: lots
            resources: agency
          - owner: anna
)");
  CHECK(findings(r) ==
        "7:5: unknown-key: unknown key 'dealine' in objective O1 (did you mean 'deadline'?)\n"
        "14:18: invalid-date: 'due' 2026-02-30 is not a real day: February 2026 has 28 days\n"
        "15:21: field-type: 'status' is 'finished' but must be one of todo, doing, done, "
        "blocked, dropped (did you mean 'done'?)\n"
        "16:21: field-type: 'budget' must be zero or more, not -5\n"
        "18:18: invalid-date: 'due' must be a date written YYYY-MM-DD, not 'June 30'\n"
        "19:21: field-type: 'budget' must be a plain number such as 1500 or 12.5, not 'lots'\n"
        "20:24: field-type: 'resources' must be a list (items starting with '- '), not a "
        "single value\n"
        "21:13: required-field: tactic O1.S1.T3 needs 'action'; add it\n");
  CHECK(r.ok);
  CHECK(r.diagnostics[1].item == "O1.S1.T1");
}

TEST_CASE("a misspelt required key is one finding, not two", "[load]") {
  CHECK(findings(load(R"(mission:
  statment: To be one of the top five dealers
  start: 2026-01-01
  deadline: 2026-12-31
objectivs: []
)")) == "5:1: unknown-key: unknown key 'objectivs' in the plan (did you mean 'objectives'?)\n"
        "2:3: unknown-key: unknown key 'statment' in the mission (did you mean 'statement'?)\n");
}

TEST_CASE("missing and empty required fields", "[load]") {
  const LoadResult r = load(R"(mission:
  statement:
  deadline: 2026-12-31
objectives:
)");
  CHECK(findings(r) == "2:3: required-field: the mission needs 'statement'; add it\n"
                       "1:1: required-field: the mission needs 'start'; add it\n"
                       "4:1: required-field: the plan needs 'objectives:' with at least one "
                       "objective\n");
}

TEST_CASE("duplicate keys are reported at the repeat; the first value counts", "[load]") {
  const LoadResult r = load(R"(mission:
  statement: To be one of the top five dealers
  start: 2026-01-01
  deadline: 2026-12-31
  start: 2026-02-01
objectives: []
)");
  CHECK(findings(r) ==
        "5:3: duplicate-key: key 'start' appears twice in the same mapping; the first one "
        "counts\n"
        "6:13: required-field: the plan needs at least one objective under 'objectives:'\n");
  CHECK(format_date(*r.plan.mission.start) == "2026-01-01");
}

TEST_CASE("anchors and aliases share a strategy list between objectives", "[load]") {
  const LoadResult r = load(kMission + R"(objectives:
  - statement: Increase sales volume by 10% by June 30
    strategies: &shared
      - statement: Target key accounts
        tactics:
          - {action: List the top 20 accounts, owner: anna, due: 2026-02-01}
  - statement: Win 20 new accounts by September 30
    strategies: *shared
  - statement: Raise the average deal size by 5% by December 31
    strategies: *shared
)");
  REQUIRE(findings(r).empty());
  REQUIRE(r.plan.objectives.size() == 3);
  for (const Objective& o : r.plan.objectives) {
    REQUIRE(o.strategies.size() == 1);
    CHECK(o.strategies[0].tactics.size() == 1);
    CHECK(o.strategies[0].info.location == SourceLocation{8, 9});
  }
  CHECK(r.plan.objectives[2].strategies[0].tactics[0].info.id == "O3.S1.T1");
}

TEST_CASE("merge keys fill in defaults without overriding explicit keys", "[load]") {
  const LoadResult r =
      load(kMission + R"(x-defaults: &tactic {owner: anna, due: 2026-03-01, status: doing}
objectives:
  - statement: Increase sales volume by 10% by June 30
    strategies:
      - statement: Target key accounts
        tactics:
          - {<<: *tactic, action: Call accounts, owner: bert}
)");
  REQUIRE(findings(r).empty());
  const Tactic& t = r.plan.objectives[0].strategies[0].tactics[0];
  CHECK(*t.owner == "bert");
  CHECK(format_date(*t.due) == "2026-03-01");
  CHECK(t.effective_status() == Status::Doing);
}

TEST_CASE("ignore entries: names, mappings, inheritance and unknown rules", "[load]") {
  const LoadResult r = load(R"(mission:
  statement: To be one of the top five dealers
  start: 2026-01-01
  deadline: 2026-12-31
  ignore: [tactic-overdue]
objectives:
  - statement: Increase sales volume by 10% by June 30
    ignore:
      - {rule: smart-relevant, reason: board decision, until: 2026-06-30}
      - smart-mesurable
    strategies:
      - statement: Hire two salespeople
        tactics:
          - {action: Post openings, owner: anna, due: 2026-02-15}
)");
  CHECK(findings(r) == "10:9: field-type: ignore names 'smart-mesurable', which is not a rule "
                       "(did you mean 'smart-measurable'?); 'most rules' lists them\n");
  const auto& ignores = r.plan.objectives[0].strategies[0].tactics[0].info.ignores;
  REQUIRE(ignores.size() == 2);
  CHECK(ignores[0].rule == "smart-relevant");
  CHECK(ignores[0].reason == "board decision");
  CHECK(format_date(*ignores[0].until) == "2026-06-30");
  CHECK(ignores[1].rule == "tactic-overdue");
}

TEST_CASE("documents that are not plans", "[load][hostile]") {
  CHECK(findings(load("")) == "1:1: not-a-plan: the file is empty; start with 'mission:' (see "
                              "'most explain not-a-plan')\n");
  CHECK(findings(load(" \n\r\n\t\n")) == findings(load("")));
  CHECK(findings(load("# only a comment\n")) ==
        "1:1: not-a-plan: the file holds only comments; start with 'mission:' (see 'most "
        "explain not-a-plan')\n");
  CHECK(findings(load("just text\n")) ==
        "1:1: not-a-plan: a plan is a mapping with 'mission:' and 'objectives:', but the "
        "document is a single value\n");
  CHECK(findings(load("- a\n- b\n")) ==
        "1:1: not-a-plan: a plan is a mapping with 'mission:' and 'objectives:', but the "
        "document is a list\n");
  CHECK(findings(load("objectives: []\n")) ==
        "1:1: not-a-plan: the document has no 'mission:'; every plan starts from its mission\n");
  CHECK(findings(load(kMission + "objectives: []\n---\nmission: {}\n")) ==
        "6:1: not-a-plan: the file holds more than one YAML document (a second '---'); a plan "
        "is one document\n");
  CHECK_FALSE(load("").ok);
}

TEST_CASE("format versions", "[load]") {
  CHECK(findings(load("most: 1\n" + kMission + "objectives: []\n")).find("unsupported") ==
        std::string::npos);
  CHECK(
      findings(load("most: 2\n" + kMission + "objectives: []\n"))
          .starts_with(
              "1:7: unsupported-version: plan format version '2' is not supported; this most reads "
              "version 1\n"));
}

TEST_CASE("YAML syntax errors keep the parser's position, 1-based", "[load][hostile]") {
  CHECK(findings(load("mission: [a, b\n")) ==
        "1:10: yaml-syntax: this '[' is never closed with ']'\n");
  CHECK(findings(load("mission: *nowhere\n")) ==
        "1:10: yaml-syntax: an alias (*name) refers to an anchor (&name) that is not defined "
        "before it\n");
  CHECK(findings(load("mission: a: b\n")) ==
        "1:11: yaml-syntax: a ':' where no value can start; check the indentation, or put text "
        "that contains ': ' in quotes\n");
  CHECK(findings(load("mission: \"\\q\"\n")) ==
        "1:13: yaml-syntax: '\\q' is not a valid escape in double quotes; write '\\\\' for a "
        "backslash or use single quotes\n");
}

TEST_CASE("a tab used for indentation is named, wherever yaml-cpp stops", "[load][hostile]") {
  const std::string tab_message =
      "yaml-syntax: a tab is used for indentation here; YAML allows only spaces, so replace "
      "it with spaces\n";
  // yaml-cpp's own tab message, reworded.
  CHECK(findings(load("mission:\n  a: b\n\tc: d\n")) == "3:1: " + tab_message);
  // yaml-cpp says "illegal map value" at the colon; the tab is the cause.
  CHECK(findings(load("mission:\n\tstatement: x\n")) == "2:1: " + tab_message);
  CHECK(findings(load("mission:\n  \t statement: x\n")) == "2:3: " + tab_message);
  // A tab that does not indent (after a key, inside text) is not blamed.
  CHECK(findings(load("mission: [a, b\nx:\ty\n")).find("tab") == std::string::npos);
  const LoadResult inside = load(kMission + "  x-note: |\n    a\n    \tb\n");
  CHECK(findings(inside).find("yaml-syntax") == std::string::npos);
}

TEST_CASE("an unclosed quote is an error, not a scalar that swallows the file", "[load]") {
  // yaml-cpp 0.7 accepts both of these silently, reading the rest of the file as text.
  CHECK(findings(load("mission:\n  statement: \"To be the best\n  start: 2026-01-01\n")) ==
        "2:14: yaml-syntax: the double quote that starts here is never closed\n");
  CHECK(findings(load("\xEF\xBB\xBFmission: 'it''s\n")) ==
        "1:10: yaml-syntax: the single quote that starts here is never closed\n");
  const LoadResult closed = load(kMission + "  x-a: \"say \\\"hi\\\"\"\n  x-b: 'it''s'\n");
  CHECK(findings(closed).find("quote") == std::string::npos);
}

TEST_CASE("cyclic aliases are a finding, not a hang", "[load][hostile]") {
  CHECK(findings(load("mission: &a [x, *a]\n")) ==
        "1:17: yaml-syntax: alias '*a' refers to a node that contains it (a cycle); an alias "
        "may only repeat a finished node\n");
  CHECK(findings(load("mission: &m {statement: *m}\n")).find("(a cycle)") != std::string::npos);
}

TEST_CASE("an alias bomb is refused by arithmetic, before any expansion", "[load][hostile]") {
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  char previous = 'a';
  for (char c = 'b'; c <= 'k'; ++c) {
    bomb += fmt::format("{}: &{} [", c, c);
    for (int i = 0; i < 10; ++i) {
      bomb += fmt::format("{}*{}", i == 0 ? "" : ", ", previous);
    }
    bomb += "]\n";
    previous = c;
  }
  // Its few bytes of text stop it first; with that budget lifted, the count of values does.
  const LoadResult r = load(bomb);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].rule == "yaml-syntax");
  CHECK(r.diagnostics[0].message ==
        "aliases repeat more than 64 KiB of text, 8 times the file (an alias bomb?); most "
        "refuses to expand them");
  const LoadResult values =
      load_plan(bomb, "plan.yaml", LoadLimits{.min_alias_bytes = std::size_t{1} << 40});
  REQUIRE(values.diagnostics.size() == 1);
  CHECK(values.diagnostics[0].rule == "yaml-syntax");
  CHECK(values.diagnostics[0].message ==
        "aliases expand to more than 2000000 values (an alias bomb?); most refuses to expand "
        "them");
}

TEST_CASE("aliases are budgeted in bytes: a long text aliased many times is refused",
          "[load][hostile]") {
  // 1 MiB aliased 100,000 times is few values but 100 GB of text in the model.
  std::string plan = "x-big: &big " + std::string(std::size_t{1} << 20, 'x') + "\nx-list: [";
  for (int i = 0; i < 100'000; ++i) {
    plan += i == 0 ? "*big" : ", *big";
  }
  plan += "]\n";
  const LoadResult r = load(plan);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].message ==
        "aliases repeat more than 12 MiB of text, 8 times the file (an alias bomb?); most "
        "refuses to expand them");
  CHECK(r.diagnostics[0].location.line == 2);
  // Aliases of a short text, as plans use them, are fine.
  CHECK(findings(load("x-a: &a anna\nx-b: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"))
            .find("alias") == std::string::npos);
}

TEST_CASE("YAML's \\N and \\_ escapes are read as the characters they name, in UTF-8",
          "[load][hostile]") {
  const LoadResult r =
      load("mission: {statement: \"Top\\Nfive\\_dealers\", owner: \"caf\\xe9\"}\n");
  REQUIRE(r.plan.mission.statement);
  CHECK(*r.plan.mission.statement == "Top\u0085five\u00a0dealers");
  REQUIRE(r.plan.mission.owner);
  CHECK(*r.plan.mission.owner == "caf\u00e9");
}

TEST_CASE("a key repeated many times is one finding that counts the copies", "[load][hostile]") {
  const LoadResult r = load("mission:\n  x-a: 1\n  x-b: 1\n  x-a: 2\n  x-b: 2\n  x-a: 3\n");
  CHECK(findings(r).find("4:3: duplicate-key: key 'x-a' appears 3 times in the same mapping; "
                         "the first one counts\n5:3: duplicate-key: key 'x-b' appears twice") !=
        std::string::npos);
}

TEST_CASE("a file with too many values stops at the node limit, without blaming aliases",
          "[load][hostile]") {
  std::string wide = "mission:\n  x-big: [0";
  for (int i = 0; i < 1'000'000; ++i) {
    wide += ",0";
  }
  wide += "]\n";
  const LoadResult r = load(wide);
  CHECK(findings(r) == "2:2000001: yaml-syntax: the file holds more than 1000000 YAML values; a "
                       "plan needs far fewer, so most stops reading here\n");
}

TEST_CASE("deep nesting stops at the depth limit with a plain message", "[load][hostile]") {
  const LoadResult flow = load("mission: " + std::string(100000, '[') + std::string(100000, ']'));
  CHECK(findings(flow) == "1:73: yaml-syntax: nesting is deeper than 64 levels; a plan needs "
                          "far fewer\n");
  std::string block;
  for (int i = 0; i < 2000; ++i) {
    block += std::string(static_cast<std::size_t>(i), ' ') + "a:\n";
  }
  const LoadResult nested = load(block);
  REQUIRE(nested.diagnostics.size() == 1);
  CHECK(nested.diagnostics[0].message ==
        "nesting is deeper than 64 levels; a plan needs far fewer");
}

TEST_CASE("bytes that are not UTF-8 text", "[load][hostile]") {
  CHECK(findings(load("mission:\n  statement: caf\xE9\n")) ==
        "2:17: yaml-syntax: the file is not valid UTF-8 (byte 0xE9); save it as UTF-8\n");
  CHECK(findings(load(std::string("mission: a\0b\n", 13))) ==
        "1:11: yaml-syntax: the file contains a NUL byte; is it a binary file?\n");
  CHECK(findings(load("\xFF\xFEm\0i\0")) ==
        "1:1: yaml-syntax: the file is UTF-16 or UTF-32 encoded; save it as UTF-8\n");
  CHECK(findings(load("\xED\xA0\x80")).find("not valid UTF-8") != std::string::npos); // surrogate
  CHECK(findings(load("\xC0\xAF")).find("not valid UTF-8") != std::string::npos);     // overlong
  // Plain ASCII is skipped eight bytes at a time: a bad byte at every offset of a word, and in
  // the short tail, is still found at its own column.
  for (std::size_t at = 0; at < 20; ++at) {
    INFO("bad byte at offset " << at);
    std::string nul = "x-key: " + std::string(20, 'a') + "\n";
    nul[7 + at] = '\0';
    CHECK(findings(load(nul)) == fmt::format("1:{}: yaml-syntax: the file contains a NUL byte; is "
                                             "it a binary file?\n",
                                             8 + at));
    std::string high = "x-key: " + std::string(20, 'a') + "\n";
    high[7 + at] = '\xFF';
    CHECK(findings(load(high)) == fmt::format("1:{}: yaml-syntax: the file is not valid UTF-8 "
                                              "(byte 0xFF); save it as UTF-8\n",
                                              8 + at));
  }
}

TEST_CASE("arbitrary binary input never crashes the loader", "[load][hostile]") {
  std::uint32_t state = 12345;
  for (int round = 0; round < 200; ++round) {
    std::string junk;
    for (int i = 0; i < 300; ++i) {
      state = state * 1664525U + 1013904223U;
      junk += static_cast<char>(state >> 24);
    }
    const LoadResult r = load(junk);
    CHECK_FALSE(r.diagnostics.empty());
  }
}

TEST_CASE("BOM, CRLF and non-ASCII text keep positions in characters", "[load]") {
  const LoadResult r = load("\xEF\xBB\xBFmission:\r\n  statement: Zürich först\r\n  "
                            "ownér: x\r\n");
  CHECK(findings(r).starts_with("3:3: unknown-key: unknown key 'ownér' in the mission (did you "
                                "mean 'owner'?)\n"));
  const LoadResult wide = load("mission: {statement: \"€€€\", x: 1}\n");
  CHECK(findings(wide).starts_with("1:29: unknown-key: unknown key 'x' in the mission\n"));
}

TEST_CASE("inherited ignores stay bounded by the number of rules", "[load][hostile]") {
  // 20,000 copies of one ignore on the mission must not be copied to every item below it.
  std::string plan = kMission + "  ignore: [";
  for (int i = 0; i < 20000; ++i) {
    plan += i == 0 ? "tactic-due" : ", tactic-due";
  }
  plan +=
      ", {rule: tactic-due, until: 2026-01-31}]\nobjectives:\n  - statement: Grow sales by 5% by "
      "June 30\n    strategies:\n      - statement: Call accounts\n        tactics:\n";
  for (int i = 0; i < 2000; ++i) {
    plan += "          - {action: Call, owner: anna}\n";
  }
  const LoadResult r = load(plan);
  REQUIRE(r.ok);
  const auto& tactics = r.plan.objectives.at(0).strategies.at(0).tactics;
  REQUIRE(tactics.size() == 2000);
  REQUIRE(tactics.back().info.ignores.size() == 1);
  CHECK_FALSE(tactics.back().info.ignores[0].until); // the entry that silences longest wins
  CHECK(r.plan.mission.info.ignores.size() == 1);
}

TEST_CASE("an item aliased on its own keeps its anchor's position", "[load]") {
  const LoadResult r = load(kMission + R"(objectives:
  - statement: Increase sales volume by 10% by June 30
    strategies:
      - &hire
        statement: Hire two salespeople
  - statement: Win 20 new accounts by September 30
    strategies:
      - *hire
)");
  REQUIRE(findings(r).empty());
  CHECK(r.plan.objectives[1].strategies[0].info.location ==
        r.plan.objectives[0].strategies[0].info.location);
}

TEST_CASE("blank text counts as not written", "[load]") {
  const LoadResult r = load(kMission + R"(objectives:
  - statement: Increase sales volume by 10% by June 30
    strategies:
      - statement: Hire two salespeople
        tactics:
          - {action: Post openings, owner: "  ", due: 2026-02-15}
)");
  REQUIRE(findings(r).empty());
  CHECK_FALSE(r.plan.objectives[0].strategies[0].tactics[0].owner.written);
}

TEST_CASE("long lines of non-ASCII text load in one pass", "[load][hostile]") {
  // Character columns on a long line are counted incrementally, not from the line start for
  // every node (which made 400,000 items on one line take minutes).
  std::string plan = "x-list: [";
  for (int i = 0; i < 200000; ++i) {
    plan += i == 0 ? "\u00e9" : ", \u00e9";
  }
  plan += ", {k: v}]\n";
  const LoadResult r = load(plan);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].rule == "not-a-plan");
}

TEST_CASE("YAML token soup reaches the parser and the loader without crashing", "[load][hostile]") {
  // Random bytes fail the UTF-8 check at once; this soup of YAML's own tokens gets past it
  // into yaml-cpp, the tree builder and the schema walk (anchors, merges, flows, tabs).
  static const char* const kTokens[] = {"mission:",
                                        "objectives:",
                                        "strategies:",
                                        "tactics:",
                                        "- ",
                                        "  ",
                                        "\n",
                                        "\t",
                                        ": ",
                                        "&a ",
                                        "*a",
                                        "&b ",
                                        "*b",
                                        "<<: ",
                                        "[",
                                        "]",
                                        "{",
                                        "}",
                                        ", ",
                                        "\"",
                                        "'",
                                        "---\n",
                                        "? ",
                                        "|\n",
                                        ">\n",
                                        "#",
                                        "id: ",
                                        "due: 2026-02-30",
                                        "owner: ",
                                        "x-",
                                        "ignore: ",
                                        "~",
                                        "!!str ",
                                        "%YAML 1.2\n",
                                        "statement: Grow by 10% by June 30",
                                        "\xC3\xA9",
                                        "start: 2026-01-01"};
  std::uint32_t state = 2026;
  const auto next = [&] {
    state = state * 1664525U + 1013904223U;
    return state >> 8;
  };
  std::size_t parsed = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string soup;
    const std::uint32_t length = 1 + next() % 60;
    for (std::uint32_t i = 0; i < length; ++i) {
      soup += kTokens[next() % std::size(kTokens)];
    }
    const LoadResult r = load(soup);
    parsed += r.ok ? 1 : 0;
    for (const Diagnostic& d : r.diagnostics) {
      CHECK(d.location.line >= 1);
      CHECK(d.location.column >= 1);
    }
  }
  CHECK(parsed > 0); // some soups are plans, so the schema walk ran too
}
