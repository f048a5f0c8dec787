// The CI formats: GitHub workflow commands must escape plan text exactly as the Actions toolkit
// does (or a plan could inject commands into the runner), and SARIF must carry every rule.

#include "report/github_escape.hpp"

#include <most/report.hpp>
#include <most/rules.hpp>
#include <most/status.hpp>

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

using namespace most;
using namespace std::chrono;

namespace {

Date d(int y, unsigned m, unsigned day) { return Date{year{y}, month{m}, std::chrono::day{day}}; }

Diagnostic finding(std::string rule, Severity severity, std::string message, std::string file,
                   int line, int column, std::string item = {}) {
  Diagnostic out;
  out.rule = std::move(rule);
  out.severity = severity;
  out.message = std::move(message);
  out.file = std::move(file);
  out.location = {line, column};
  out.item = std::move(item);
  return out;
}

// One file whose name and messages try every trick against the workflow-command parser.
std::vector<CheckedFile> hostile_files() {
  CheckedFile file;
  file.name = "plans/q3,title=x::y.yaml";
  file.diagnostics.push_back(finding("tactic-owner", Severity::Error,
                                     "100% done\r\n::error::x\n::set-output name=a::b", file.name,
                                     14, 9, "O1.S1.T3"));
  file.diagnostics.push_back(
      finding("smart-specific", Severity::Warning, "vague: a, b and c", file.name, 3, 0));
  file.diagnostics.push_back(
      finding("ignore-expired", Severity::Note, "an ignore expired", file.name, 0, 0));
  return {file};
}

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

} // namespace

TEST_CASE("github escaping follows the Actions toolkit") {
  CHECK(github_escape_data("a%b\rc\nd:e,f") == "a%25b%0Dc%0Ad:e,f");
  CHECK(github_escape_property("a%b\rc\nd:e,f") == "a%25b%0Dc%0Ad%3Ae%2Cf");
  // Already-escaped text is escaped again, so the runner shows it literally.
  CHECK(github_escape_data("%0A") == "%250A");
}

TEST_CASE("check --format github writes one escaped command per finding and a summary") {
  std::ostringstream out;
  render_check_github(out, hostile_files());
  CHECK(out.str() ==
        "::error file=plans/q3%2Ctitle=x%3A%3Ay.yaml,line=14,col=9,title=tactic-owner::"
        "100%25 done%0D%0A::error::x%0A::set-output name=a::b\n"
        "::warning file=plans/q3%2Ctitle=x%3A%3Ay.yaml,line=3,title=smart-specific::"
        "vague: a, b and c\n"
        "::notice file=plans/q3%2Ctitle=x%3A%3Ay.yaml,title=ignore-expired::an ignore expired\n"
        "::notice title=most::1 error, 1 warning, 1 note in 1 file\n");
  // No plan text starts a line: every line is one of ours.
  std::istringstream lines(out.str());
  for (std::string line; std::getline(lines, line);) {
    CHECK((line.starts_with("::error file=") || line.starts_with("::warning file=") ||
           line.starts_with("::notice ")));
  }
}

TEST_CASE("check --format github without findings prints only the summary") {
  std::vector<CheckedFile> files(1);
  files[0].name = "plan.yaml";
  std::ostringstream out;
  render_check_github(out, files);
  CHECK(out.str() == "::notice title=most::no problems in 1 file\n");
}

TEST_CASE("overdue --format github warns per overdue tactic and notes those due soon") {
  TacticRow late;
  late.file = "plans/a,b.yaml";
  late.line = 30;
  late.id = "O1.S1.T3";
  late.action = "Call 20% of accounts\n::error::boom";
  late.owner = "anna";
  late.due = d(2026, 6, 1);
  late.days_overdue = 179;
  TacticRow one_day = late;
  one_day.line = 31;
  one_day.id = "T4";
  one_day.action = "Send offers";
  one_day.owner = "";
  one_day.due = d(2026, 11, 26);
  one_day.days_overdue = 1;
  TacticRow soon = late;
  soon.line = 40;
  soon.id = "T5";
  soon.action = "Visit fair";
  soon.owner = "ben";
  soon.due = d(2026, 12, 1);
  soon.days_overdue = -4;
  soon.due_soon = true;
  const std::vector<TacticRow> rows{late, one_day, soon};

  std::ostringstream out;
  render_overdue_github(out, d(2026, 11, 27), rows);
  CHECK(out.str() ==
        "::warning file=plans/a%2Cb.yaml,line=30,title=overdue tactic O1.S1.T3::"
        "Call 20%25 of accounts%0A::error::boom — due 2026-06-01 (179 days overdue), owner anna\n"
        "::warning file=plans/a%2Cb.yaml,line=31,title=overdue tactic T4::"
        "Send offers — due 2026-11-26 (1 day overdue), no owner\n"
        "::notice file=plans/a%2Cb.yaml,line=40,title=tactic T5 due soon::"
        "Visit fair — due 2026-12-01 (due in 4 days), owner ben\n"
        "::notice title=most::2 overdue tactics, 1 due soon as of 2026-11-27\n");

  std::ostringstream none;
  render_overdue_github(none, d(2026, 11, 27), {});
  CHECK(none.str() == "::notice title=most::0 overdue tactics as of 2026-11-27\n");
}

TEST_CASE("check --format sarif lists every rule and one result per finding") {
  std::vector<CheckedFile> files = hostile_files();
  files[0].diagnostics[0].file = "plans/Q3 plan ü.yaml";
  CheckedFile from_stdin;
  from_stdin.name = "<stdin>";
  from_stdin.diagnostics.push_back(
      finding("tactic-due", Severity::Error, "tactic \"T1\" has no due date", "<stdin>", 5, 3));
  files.push_back(from_stdin);

  std::ostringstream out;
  render_check_sarif(out, files);
  const std::string sarif = out.str();

  CHECK(sarif.starts_with("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
                          "  \"version\": \"2.1.0\",\n"));
  CHECK(sarif.ends_with("}\n"));
  CHECK(count(sarif, "\"name\": \"most\"") == 1);
  CHECK(count(sarif, "\"name\": \"most\",\n          \"version\": \"") == 1);
  CHECK(count(sarif, "\"defaultConfiguration\"") == all_rules().size());
  CHECK(count(sarif, "\"ruleId\"") == 4);
  CHECK(count(sarif, "\"region\"") == 3); // the line-0 note has none
  CHECK(count(sarif, "\"startColumn\"") == 2);

  const RuleInfo& first = all_rules().front();
  CHECK(sarif.find(std::string("\"id\": \"") + std::string(first.name) + "\"") !=
        std::string::npos);
  CHECK(sarif.find("{\"id\": \"tactic-owner\", \"name\": \"TacticOwner\", \"shortDescription\"") !=
        std::string::npos);

  const auto index = [](std::string_view name) {
    const auto rules = all_rules();
    for (std::size_t i = 0; i < rules.size(); ++i) {
      if (rules[i].name == name) {
        return i;
      }
    }
    return rules.size();
  };
  CHECK(sarif.find("{\"ruleId\": \"tactic-owner\", \"ruleIndex\": " +
                   std::to_string(index("tactic-owner")) + ", \"level\": \"error\", ") !=
        std::string::npos);
  CHECK(sarif.find("\"level\": \"warning\"") != std::string::npos);
  CHECK(sarif.find("\"level\": \"note\"") != std::string::npos);
  // Control characters and quotes go through the JSON writer; URIs are percent-encoded.
  CHECK(sarif.find(R"("text": "100% done\r\n::error::x\n::set-output name=a::b")") !=
        std::string::npos);
  CHECK(sarif.find(R"("text": "tactic \"T1\" has no due date")") != std::string::npos);
  CHECK(sarif.find(R"("uri": "plans/Q3%20plan%20%C3%BC.yaml"}, "region": {"startLine": 14, )"
                   R"("startColumn": 9}}, "logicalLocations": [{"fullyQualifiedName": )"
                   R"("O1.S1.T3"}])") != std::string::npos);
  CHECK(sarif.find(R"("uri": "plans/q3%2Ctitle%3Dx%3A%3Ay.yaml"})") != std::string::npos);
  CHECK(sarif.find(R"("uri": "stdin"}, "region": {"startLine": 5, "startColumn": 3}})") !=
        std::string::npos);
}

TEST_CASE("check --format sarif without findings has an empty results array") {
  std::ostringstream out;
  render_check_sarif(out, {});
  CHECK(out.str().find("\"results\": []\n") != std::string::npos);
}
