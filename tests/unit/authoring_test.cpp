// `most init`, `most schema` and `most calendar` below the command line: the starter plan is
// clean on any day, the schema file matches the command, and iCalendar lines follow RFC 5545.

#include "report/ical_text.hpp"
#include "support.hpp"

#include <most/authoring.hpp>
#include <most/calendar.hpp>
#include <most/load.hpp>
#include <most/rules.hpp>

#include <catch2/catch.hpp>

#include <sstream>

using namespace most;

namespace {

Date day(const char* text) { return *parse_iso_date(text); }

std::vector<std::string> physical_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find("\r\n", start)) != std::string::npos; start = end + 2) {
    lines.push_back(text.substr(start, end - start));
  }
  CHECK(start == text.size()); // every line, the last included, ends with CRLF
  return lines;
}

std::string unfolded(const std::string& text) {
  std::string joined;
  for (const std::string& line : physical_lines(text)) {
    if (!line.empty() && line[0] == ' ') {
      joined += line.substr(1);
    } else {
      joined += (joined.empty() ? "" : "\n") + line;
    }
  }
  return joined;
}

std::string folded(std::string_view line) {
  std::ostringstream out;
  write_ical_line(out, line);
  return out.str();
}

Plan load(const std::string& text) {
  LoadResult result = load_plan(text, "plans/q3 team.yaml");
  REQUIRE(result.ok);
  return std::move(result.plan);
}

std::string calendar(const Plan& plan, CalendarOptions options = {day("2026-11-27"), {}}) {
  std::ostringstream out;
  render_calendar_ics(out, std::span<const Plan>(&plan, 1), options);
  return out.str();
}

const std::string kPlan = R"(mission:
  statement: Top five dealers; in the region, by far
  start: 2026-01-01
  deadline: 2026-12-31
objectives:
  - statement: Increase sales volume by 10% by December 31
    milestones:
      - {name: New hire starts, due: 2026-03-01, done: true}
    strategies:
      - statement: Hire
        tactics:
          - {id: T1, action: "Call Müller, Schmidt; then \\ report", owner: anna, due: 2026-12-31, budget: 1500.5}
          - {id: T1, action: Same id again, owner: bert, due: 2026-05-01, status: blocked}
          - {action: Dropped work, owner: anna, due: 2026-05-02, status: dropped}
          - {action: No due day, owner: anna}
)";

} // namespace

TEST_CASE("TEXT values escape backslash, semicolon, comma and line breaks", "[calendar]") {
  CHECK(ical_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne");
  CHECK(ical_text("crlf\r\nlone cr\rend") == "crlf\\nlone cr\\nend");
  CHECK(ical_text("tab\tstays, bell\a and esc\x1b go") == "tab\tstays\\, bell  and esc  go");
  CHECK(ical_text("bad \xff byte") == "bad \xEF\xBF\xBD byte");
  CHECK(ical_text("Jürgen 日本") == "Jürgen 日本");
}

TEST_CASE("content lines fold at 75 octets without splitting a character", "[calendar]") {
  const std::string exact(75, 'a');
  CHECK(folded(exact) == exact + "\r\n");
  CHECK(folded(exact + "b") == exact + "\r\n b\r\n");
  // 74 octets, then a two-octet é that would straddle the limit: it moves to the next line.
  const std::string before(74, 'x');
  CHECK(folded(before + "é" + "y") == before + "\r\n é" + "y\r\n");
  std::string long_text;
  for (int i = 0; i < 100; ++i) {
    long_text += "日本語 ";
  }
  const std::string out = folded("SUMMARY:" + long_text);
  for (const std::string& line : physical_lines(out)) {
    CHECK(line.size() <= 75);
    CHECK((static_cast<unsigned char>(line.back()) & 0xC0U) != 0xC0U); // no lead byte last
  }
  CHECK(unfolded(out) == "SUMMARY:" + long_text);
}

TEST_CASE("the calendar has one all-day event per tactic due and per milestone", "[calendar]") {
  const std::string ics = calendar(load(kPlan));
  const std::string text = unfolded(ics);
  CHECK(text.starts_with("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//most//most "));
  CHECK(text.ends_with("\nEND:VCALENDAR"));
  CHECK(text.find("X-WR-CALNAME:Top five dealers\\; in the region\\, by far\n") !=
        std::string::npos);
  // Dropped tactics and tactics without a due day have no event.
  CHECK(text.find("Dropped work") == std::string::npos);
  CHECK(text.find("No due day") == std::string::npos);
  // UIDs: item and file, percent-encoded, unique even when the plan repeats an id.
  CHECK(text.find("UID:milestone/O1.M1@plans/q3%20team.yaml\n") != std::string::npos);
  CHECK(text.find("UID:tactic/T1@plans/q3%20team.yaml\n") != std::string::npos);
  CHECK(text.find("UID:tactic/T1~2@plans/q3%20team.yaml\n") != std::string::npos);
  // All-day: DTEND is the next day, across the year's end too.
  CHECK(text.find("DTSTART;VALUE=DATE:20261231\nDTEND;VALUE=DATE:20270101\n") != std::string::npos);
  CHECK(text.find("DTSTAMP:20261127T000000Z\n") != std::string::npos);
  CHECK(text.find("SUMMARY:Call Müller\\, Schmidt\\; then \\\\ report (anna)\n") !=
        std::string::npos);
  CHECK(text.find("SUMMARY:[blocked] Same id again (bert)\n") != std::string::npos);
  CHECK(text.find("SUMMARY:[done] Milestone: New hire starts\n") != std::string::npos);
  CHECK(text.find("DESCRIPTION:Tactic T1\\, todo\\, budget 1500.5\\nStrategy O1.S1: Hire\\n"
                  "Objective O1: Increase sales volume by 10% by December 31\\n"
                  "Plan: plans/q3 team.yaml:12\n") != std::string::npos);
}

TEST_CASE("a tactic reached through an alias is one event naming every place", "[calendar]") {
  const Plan plan = load(R"(mission: {statement: Top five, start: 2026-01-01, deadline: 2026-12-31}
objectives:
  - statement: Increase sales volume by 10% by June 30
    milestones: &landmarks
      - {name: Fleet day, due: 2026-05-01}
    strategies: &shared
      - statement: Visit fleets
        tactics:
          - {action: Visit the 15 largest fleets, owner: anna, due: 2026-12-31}
  - statement: Increase fleet revenue by 5% by June 30
    milestones: *landmarks
    strategies: *shared
)");
  // The same file given twice adds nothing either.
  const std::vector<Plan> twice{plan, plan};
  std::ostringstream out;
  render_calendar_ics(out, twice, {day("2026-11-27"), {}});
  const std::string text = unfolded(out.str());
  std::size_t events = 0;
  for (std::size_t at = 0; (at = text.find("BEGIN:VEVENT", at)) != std::string::npos; ++at) {
    ++events;
  }
  CHECK(events == 2);
  CHECK(text.find("UID:tactic/O1.S1.T1@plans/q3%20team.yaml\n") != std::string::npos);
  CHECK(text.find("\\nAlso under strategy O2.S1 of objective O2\n") != std::string::npos);
  CHECK(text.find("\\nAlso of objective O2\n") != std::string::npos);
  // The last day there is: no DTEND, which RFC 5545 reads as one day.
  CHECK(text.find("DTSTART;VALUE=DATE:20261231\nDTEND;VALUE=DATE:20270101\n") != std::string::npos);
  const std::string last =
      calendar(load(R"(mission: {statement: Far, start: 9999-01-01, deadline: 9999-12-31}
objectives:
  - statement: Increase sales volume by 10% by December 31
    strategies:
      - statement: Wait
        tactics: [{action: Finish, owner: anna, due: 9999-12-31}]
)"));
  CHECK(unfolded(last).find("DTSTART;VALUE=DATE:99991231\nSUMMARY:") != std::string::npos);
}

TEST_CASE("a personal calendar has only that owner's tactics", "[calendar]") {
  const std::string text = unfolded(calendar(load(kPlan), {day("2026-11-27"), {"bert"}}));
  CHECK(text.find("Same id again (bert)") != std::string::npos);
  CHECK(text.find("(anna)") == std::string::npos);
  CHECK(text.find("Milestone") == std::string::npos);
  CHECK(text.find("X-WR-CALNAME:Top five dealers\\; in the region\\, by far (bert)\n") !=
        std::string::npos);
}

TEST_CASE("the starter plan passes every rule on the day it is written", "[init]") {
  // Month ends, a leap day and a year's end exercise the date arithmetic of the template.
  for (const char* today :
       {"2026-11-27", "2026-01-31", "2026-08-31", "2026-12-31", "2028-02-29", "2027-03-01"}) {
    INFO(today);
    std::ostringstream out;
    render_starter_plan(out, day(today), "/usr/share/most/most-plan.schema.json");
    const std::string text = out.str();
    CHECK(text.starts_with(
        "# yaml-language-server: $schema=/usr/share/most/most-plan.schema.json\n"));
    LoadResult result = load_plan(text, "plan.yaml");
    REQUIRE(result.ok);
    std::vector<Diagnostic> findings = std::move(result.diagnostics);
    run_rules(result.plan, RuleContext{day(today)}, findings);
    finalize_diagnostics(result.plan, Config{}, day(today), findings);
    for (const Diagnostic& d : findings) {
      FAIL_CHECK(d.location.line << ": " << d.message << " [" << d.rule << "]");
    }
    CHECK(result.plan.mission.start.value == day(today));
    CHECK(result.plan.objectives.size() == 1);
    CHECK(result.plan.objectives[0].strategies[0].tactics.size() == 2);
  }
}

TEST_CASE("schema/most-plan.schema.json is what 'most schema' prints", "[schema]") {
  std::ostringstream out;
  render_plan_schema(out);
  const std::filesystem::path file =
      std::filesystem::path(MOST_SOURCE_DIR) / "schema" / "most-plan.schema.json";
  if (test::updating_golden()) {
    std::ofstream(file, std::ios::binary) << out.str();
  }
  CHECK(test::read_file(file) == out.str());
}
