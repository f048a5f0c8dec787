// The JUnit and Markdown renderers of `most check` and `most overdue`: plan text and file names
// are user input and must never break the XML or the table, nor smuggle in a workflow command.

#include "report/xml_text.hpp"

#include <most/report.hpp>
#include <most/status.hpp>

#include <catch2/catch.hpp>

#include <sstream>
#include <vector>

using namespace most;
using namespace std::chrono;

namespace {

Diagnostic finding(std::string file, int line, int column, Severity severity, std::string rule,
                   std::string item, std::string message) {
  return Diagnostic{std::move(rule), severity,       std::move(message),
                    std::move(file), {line, column}, std::move(item)};
}

// One clean file and one with an error, a warning and a note.
std::vector<CheckedFile> two_files() {
  std::vector<CheckedFile> files(2);
  files[0].name = "a.yaml";
  files[1].name = "b.yaml";
  files[1].diagnostics = {
      finding("b.yaml", 3, 5, Severity::Error, "tactic-owner", "T1", "tactic T1 has no owner"),
      finding("b.yaml", 7, 1, Severity::Warning, "smart-specific", "O1", "vague"),
      finding("b.yaml", 9, 2, Severity::Note, "ignore-expired", "", "ignore expired")};
  return files;
}

// A file whose name and finding carry everything that breaks XML, Markdown or a CI log.
std::vector<CheckedFile> hostile_files() {
  const std::string name = "q1 <&>\"|%.yaml";
  const std::string message = "100% \"done\" <b>&</b> | x\n::error::pwned\x1b[31m";
  std::vector<CheckedFile> files(1);
  files[0].name = name;
  files[0].diagnostics = {finding(name, 2, 3, Severity::Error, "field-type", "T|1", message),
                          finding(name, 4, 1, Severity::Warning, "smart-specific", "O1", message)};
  return files;
}

std::string check_junit(std::span<const CheckedFile> files) {
  std::ostringstream out;
  render_check_junit(out, files);
  return out.str();
}

std::string check_markdown(std::span<const CheckedFile> files) {
  std::ostringstream out;
  render_check_markdown(out, files);
  return out.str();
}

TacticRow row(std::string owner, std::string id, int days, bool due_soon) {
  TacticRow tactic;
  tactic.file = "plan.yaml";
  tactic.line = 30;
  tactic.id = std::move(id);
  tactic.action = "Call the top 20 accounts";
  tactic.owner = std::move(owner);
  tactic.due = Date{year{2026}, month{6}, day{1}};
  tactic.days_overdue = days;
  tactic.status = Status::Doing;
  tactic.objective = "O1";
  tactic.strategy = "S1";
  tactic.due_soon = due_soon;
  return tactic;
}

std::string overdue_junit(std::span<const TacticRow> rows) {
  std::ostringstream out;
  render_overdue_junit(out, Date{year{2026}, month{11}, day{27}}, rows);
  return out.str();
}

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("xml_text escapes markup and shows forbidden characters", "[junit][xml]") {
  CHECK(xml_text("a<b & \"c\" 'd'>") == "a&lt;b &amp; \"c\" 'd'&gt;");
  CHECK(xml_text("]]>") == "]]&gt;");
  CHECK(xml_text("tab\tline\ncr\r") == "tab\tline\ncr&#13;");
  CHECK(xml_text("esc\x1b[0m nul") == "esc\\x1b[0m nul");
  CHECK(xml_text(std::string_view("a\0b", 3)) == "a\\x00b");
  CHECK(xml_text("caf\xc3\xa9 \xe2\x9c\x85") == "caf\xc3\xa9 \xe2\x9c\x85"); // UTF-8 kept
  CHECK(xml_text("bad\xff byte") == "bad\\xff byte");
  CHECK(xml_text("\xef\xbf\xbf") == "\\xef\\xbf\\xbf"); // U+FFFF is not an XML Char
  CHECK(xml_text("\xc3") == "\\xc3");                   // truncated sequence
}

TEST_CASE("xml_attribute keeps whitespace as references", "[junit][xml]") {
  CHECK(xml_attribute("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d");
  CHECK(xml_attribute("x=\"1\" y='2'") == "x=&quot;1&quot; y=&apos;2&apos;");
  CHECK(xml_attribute("\x07") == "\\x07");
}

TEST_CASE("check junit: a test case per file, a failure per error", "[junit][check]") {
  const auto files = two_files();
  CHECK(check_junit(files) ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites name=\"most check\" tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"0\" "
        "time=\"0\">\n"
        "  <testsuite name=\"most check\" tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"0\" "
        "time=\"0\">\n"
        "    <testcase classname=\"most.check\" name=\"a.yaml\" file=\"a.yaml\" time=\"0\"/>\n"
        "    <testcase classname=\"most.check\" name=\"b.yaml\" file=\"b.yaml\" time=\"0\">\n"
        "      <failure type=\"tactic-owner\" message=\"b.yaml:3:5: tactic T1 has no owner\">"
        "b.yaml:3:5: error: tactic T1 has no owner [tactic-owner]</failure>\n"
        "      <system-out>b.yaml:7:1: warning: vague [smart-specific]\n"
        "b.yaml:9:2: note: ignore expired [ignore-expired]\n"
        "</system-out>\n"
        "    </testcase>\n"
        "  </testsuite>\n"
        "</testsuites>\n");
}

TEST_CASE("check junit with no files is still a document", "[junit][check]") {
  const std::string xml = check_junit({});
  CHECK(contains(xml, "<testsuites name=\"most check\" tests=\"0\" failures=\"0\""));
  CHECK(contains(xml, "</testsuites>\n"));
}

TEST_CASE("check junit escapes file names and messages", "[junit][check][escaping]") {
  const auto files = hostile_files();
  const std::string xml = check_junit(files);
  CHECK(contains(xml,
                 "name=\"q1 &lt;&amp;&gt;&quot;|%.yaml\" file=\"q1 &lt;&amp;&gt;&quot;|%.yaml\""));
  // The failure text is the text-format line: controls and line breaks as visible escapes.
  CHECK(contains(xml, ">q1 &lt;&amp;&gt;\"|%.yaml:2:3: error: 100% \"done\" "
                      "&lt;b&gt;&amp;&lt;/b&gt; | x\\x0a::error::pwned\\x1b[31m [field-type]"
                      "</failure>"));
  CHECK(contains(xml, "message=\"q1 &lt;&amp;&gt;&quot;|%.yaml:2:3: 100% &quot;done&quot; "
                      "&lt;b&gt;&amp;&lt;/b&gt; | x\\x0a::error::pwned\\x1b[31m\""));
  CHECK(contains(xml, "<system-out>q1 &lt;&amp;&gt;\"|%.yaml:4:1: warning: 100%"));
  CHECK_FALSE(contains(xml, "\x1b"));
  CHECK_FALSE(contains(xml, "<b>"));
  // No line of the report starts a GitHub workflow command.
  CHECK_FALSE(contains(xml, "\n::"));
}

TEST_CASE("overdue junit: failing overdue tactics, passing due-soon ones", "[junit][overdue]") {
  const std::vector<TacticRow> rows = {row("anna", "T3", 179, false), row("", "T4", 1, false),
                                       row("bob", "T5", -3, true)};
  const std::string xml = overdue_junit(rows);
  CHECK(contains(xml, "<testsuites name=\"most overdue\" tests=\"3\" failures=\"2\" errors=\"0\" "
                      "skipped=\"0\" time=\"0\">\n"));
  CHECK(contains(xml, "<property name=\"as_of\" value=\"2026-11-27\"/>"));
  CHECK(contains(xml, "    <testcase classname=\"most.overdue.anna\" name=\"T3: Call the top 20 "
                      "accounts\" file=\"plan.yaml\" line=\"30\" time=\"0\">\n"
                      "      <failure type=\"tactic-overdue\" message=\"due 2026-06-01, 179 days "
                      "overdue, status doing, strategy S1, objective O1, plan.yaml:30\">"
                      "T3: Call the top 20 accounts\nowner anna, due 2026-06-01, 179 days "
                      "overdue, status doing, strategy S1, objective O1, plan.yaml:30\n"
                      "</failure>\n"));
  CHECK(contains(xml, "classname=\"most.overdue.unowned\" name=\"T4: Call the top 20 accounts\""));
  CHECK(contains(xml, "message=\"due 2026-06-01, 1 day overdue,"));
  CHECK(contains(xml, "owner (no owner), due"));
  CHECK(contains(xml, "<testcase classname=\"most.overdue.bob\" name=\"T5: Call the top 20 "
                      "accounts\" file=\"plan.yaml\" line=\"30\" time=\"0\">\n"
                      "      <system-out>due 2026-06-01, due in 3 days, status doing, strategy "
                      "S1, objective O1, plan.yaml:30\n</system-out>\n    </testcase>\n"));
}

TEST_CASE("overdue junit escapes tactic text", "[junit][overdue][escaping]") {
  TacticRow tactic = row("a&<\"b", "T<1>", 2, false);
  tactic.action = "50% off ]]> \"now\"\n::error::x\x1b";
  tactic.file = "p|<>.yaml";
  const std::string xml = overdue_junit(std::span(&tactic, 1));
  CHECK(contains(xml, "classname=\"most.overdue.a&amp;&lt;&quot;b\" name=\"T&lt;1&gt;: 50% off "
                      "]]&gt; &quot;now&quot;&#10;::error::x\\x1b\" file=\"p|&lt;&gt;.yaml\""));
  CHECK(contains(xml, ">T&lt;1&gt;: 50% off ]]&gt; \"now\"\\x0a::error::x\\x1b\n"));
  CHECK_FALSE(contains(xml, "\x1b"));
  CHECK_FALSE(contains(xml, "\n::"));
}

TEST_CASE("overdue junit with nothing listed", "[junit][overdue]") {
  const std::string xml = overdue_junit({});
  CHECK(contains(xml, "tests=\"0\" failures=\"0\""));
  CHECK(contains(xml, "</testsuites>\n"));
}

TEST_CASE("check markdown: a table of findings", "[markdown][check]") {
  const auto files = two_files();
  CHECK(check_markdown(files) ==
        "## most check\n\n"
        "1 error, 1 warning, 1 note in 2 files\n\n"
        "| Severity | Location | Rule | Item | Message |\n"
        "|---|---|---|---|---|\n"
        "| ❌ error | `b.yaml:3:5` | `tactic-owner` | T1 | tactic T1 has no owner |\n"
        "| ⚠️ warning | `b.yaml:7:1` | `smart-specific` | O1 | vague |\n"
        "| ℹ️ note | `b.yaml:9:2` | `ignore-expired` |  | ignore expired |\n");
}

TEST_CASE("check markdown without findings", "[markdown][check]") {
  std::vector<CheckedFile> files(3);
  CHECK(check_markdown(files) == "## most check\n\n✅ No problems in 3 files.\n");
  files.resize(1);
  CHECK(check_markdown(files) == "## most check\n\n✅ No problems in 1 file.\n");
}

TEST_CASE("check markdown escapes plan text", "[markdown][check][escaping]") {
  const auto files = hostile_files();
  const std::string text = check_markdown(files);
  CHECK(contains(text, "| ❌ error | `q1 <&>\"\\|%.yaml:2:3` | `field-type` | T\\|1 | 100% "
                       "\"done\" &lt;b&gt;&amp;&lt;/b&gt; \\| x ::error::pwned \\[31m |\n"));
  CHECK_FALSE(contains(text, "\x1b"));
  CHECK_FALSE(contains(text, "<b>"));
  CHECK_FALSE(contains(text, "\n::"));
  // Every table line has exactly the six unescaped pipes of five cells.
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (!line.starts_with("|")) {
      continue;
    }
    int pipes = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) {
        ++pipes;
      }
    }
    CHECK(pipes == 6);
  }
}
