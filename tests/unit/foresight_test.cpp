// The foresight of issue 18 beyond the fixtures: the check-in cadence of `.most.yaml`, and the
// forecast as the text report words it.

#include <most/load.hpp>
#include <most/rules.hpp>
#include <most/status.hpp>

#include <catch2/catch.hpp>

#include <sstream>

using namespace most;

namespace {

Date day(const char* text) { return *parse_iso_date(text); }

const std::string kPlan = R"(mission:
  statement: To be one of the top five dealers in the region
  start: 2026-01-01
  deadline: 2026-12-31
objectives:
  - id: O1
    statement: Grow service plan revenue by 25% by December 31
    deadline: 2026-12-31
    metric: {unit: EUR, baseline: 480000, target: 600000}
    checkins:
      - {date: 2026-06-30, value: 520000}
      - {date: 2026-09-30, value: 556000}
)";

std::vector<Diagnostic> stale(const Plan& plan, Date as_of, int every) {
  RuleContext context{as_of};
  context.checkin_every = every;
  std::vector<Diagnostic> all;
  run_rules(plan, context, all);
  std::erase_if(all, [](const Diagnostic& d) { return d.rule != "stale-checkin"; });
  return all;
}

} // namespace

TEST_CASE("checkin_every: in .most.yaml", "[config][stale-checkin]") {
  CHECK(parse_config("checkin_every: 7\n", "c.yaml").config.checkin_every == 7);
  CHECK(parse_config("rules:\n  stale-checkin: error\n", "c.yaml").config.checkin_every == 14);
  for (const char* value : {"0", "-7", "7.5", "weekly", "[7]"}) {
    INFO(value);
    const ConfigResult r = parse_config(std::string("checkin_every: ") + value + "\n", "c.yaml");
    CHECK(r.error.starts_with(
        "c.yaml:1:16: 'checkin_every' must be a whole number of days of at least 1"));
    CHECK(r.config.checkin_every == kDefaultCheckinEvery);
  }
  CHECK(parse_config("checkin_evry: 7\n", "c.yaml").error ==
        "c.yaml:1:1: unknown key 'checkin_evry' (did you mean 'checkin_every'?)");
}

TEST_CASE("stale-checkin follows the configured cadence and names the last figure's day",
          "[stale-checkin]") {
  const LoadResult loaded = load_plan(kPlan, "plan.yaml");
  REQUIRE(loaded.ok);
  // 2026-09-30 is 58 days before 2026-11-27.
  const auto found = stale(loaded.plan, day("2026-11-27"), 14);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message ==
        "the latest figure of objective O1 is the check-in on 2026-09-30, 58 days before the "
        "as-of day (check-ins are due every 14 days); add a check-in with 'most checkin'");
  CHECK(found[0].location.line == 12);
  CHECK(stale(loaded.plan, day("2026-11-27"), 58).empty());
  CHECK(stale(loaded.plan, day("2026-11-27"), 57).size() == 1);
  // Past the deadline the objective is no longer open; before the mission it is not yet.
  CHECK(stale(loaded.plan, day("2026-12-31"), 14).empty());
  CHECK(stale(loaded.plan, day("2025-12-01"), 14).empty());
}

TEST_CASE("the text report words the forecast and draws a sparkline", "[status][forecast]") {
  const LoadResult loaded = load_plan(kPlan, "plan.yaml");
  REQUIRE(loaded.ok);
  StatusReport report{day("2026-11-27"), {compute_status(loaded.plan, day("2026-11-27"))}};
  // Points (0, 480000) (180, 520000) (272, 556000), by hand: mean day 150.667, mean value
  // 518666.7; slope 271.524 a day, intercept 477757.0; at day 364 (2026-12-31) 576591.8, which
  // is 80.5% of the way; 600,000 is reached on day 450.2, so on day 451 (2027-03-28);
  // (600000 − 556000) over the 34 days left × 7 = 9,058.8 a week.
  std::ostringstream utf8;
  render_status_text(utf8, report, TextLayout{.utf8 = true});
  // Levels 0–7 between the lowest and highest figure: (520000 − 480000) / 76000 × 7 = 3.7 → 4.
  CHECK(utf8.str().find("480,000 → 556,000 → 600,000 EUR  ▁▅█\n") != std::string::npos);
  CHECK(utf8.str().find("forecast 576,592 EUR (80.5%) on 2026-12-31 · reaches the target on "
                        "2027-03-28 · needs 9,059 EUR a week · 3 points\n") != std::string::npos);
  std::ostringstream ascii;
  render_status_text(ascii, report, TextLayout{.utf8 = false});
  CHECK(ascii.str().find("600,000 EUR\n") != std::string::npos);
  CHECK(ascii.str().find("▁") == std::string::npos);
  // A narrow layout cuts the statement; an unlimited one keeps it whole.
  std::ostringstream narrow;
  render_status_text(narrow, report, TextLayout{.width = 80});
  CHECK(narrow.str().find("Grow service plan revenue by 25% by December 31") == std::string::npos);
  CHECK(narrow.str().find("Grow service plan r") != std::string::npos);
  CHECK(utf8.str().find("Grow service plan revenue by 25% by December 31") != std::string::npos);
}

TEST_CASE("the JSON report has current_date and the forecast, unrounded or null",
          "[status][forecast][json]") {
  const LoadResult loaded = load_plan(kPlan + R"(  - id: O2
    statement: Hire two salespeople by June 30
    deadline: 2026-06-30
    milestones:
      - {name: Openings posted, due: 2026-02-01}
)",
                                      "plan.yaml");
  REQUIRE(loaded.ok);
  StatusReport report{day("2026-11-27"), {compute_status(loaded.plan, day("2026-11-27"))}};
  std::ostringstream out;
  render_status_json(out, report);
  const std::string json = out.str();
  CHECK(json.find(R"("current": 556000, "current_date": "2026-09-30")") != std::string::npos);
  // 100 × (576591.8083… − 480000) / 120000 and (600000 − 556000) / 34 × 7, as computed.
  CHECK(json.find(R"("forecast": {"value": 576591.80830)") != std::string::npos);
  CHECK(json.find(R"("progress_pct": 80.49317)") != std::string::npos);
  CHECK(json.find(R"("reaches_target_on": "2027-03-28", "required_per_week": 9058.82352941)") !=
        std::string::npos);
  CHECK(json.find(R"("points": 3})") != std::string::npos);
  // O2 has no metric: no current, no forecast; its milestone passed undone, and it is missed
  // only once progress exists, so it stays no-data.
  CHECK(json.find(R"("current": null, "current_date": null)") != std::string::npos);
  CHECK(json.find(R"("state": "no-data", "forecast": null)") != std::string::npos);
  CHECK(json.find(
            R"({"name": "Openings posted", "due": "2026-02-01", "done": false, "missed": true})") !=
        std::string::npos);
}

namespace {

std::size_t count(const std::string& text, std::string_view what) {
  std::size_t found = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
    ++found;
  }
  return found;
}

} // namespace

TEST_CASE("Markdown and HTML chart each objective with a metric and name owners and the late",
          "[status][forecast][markdown][html]") {
  const LoadResult loaded = load_plan(kPlan + R"(    strategies:
      - statement: Bundle a service plan with every sale
        tactics:
          - {id: T1, action: Train the <sales> team, owner: tom, due: 2026-11-01}
          - {id: T2, action: Add the bundle to quotes, owner: priya, due: 2026-12-15}
  - id: O2
    statement: Hire two salespeople by June 30
    deadline: 2026-06-30
)",
                                      "plan.yaml");
  REQUIRE(loaded.ok);
  StatusReport report{day("2026-11-27"), {compute_status(loaded.plan, day("2026-11-27"))}};

  std::ostringstream markdown;
  render_status_markdown(markdown, report);
  const std::string md = markdown.str();
  CHECK(count(md, "```mermaid\nxychart-beta\n") == 1); // O2 has no metric
  CHECK(md.find("  title \"O1 Grow service plan revenue by 25% by December 31\"\n") !=
        std::string::npos);
  // The start and twelve month ends; figures only up to October's (November 30 is after the
  // as-of day): the baseline until May, 520,000 from June, 556,000 from September.
  CHECK(md.find(R"(  bar [480000, 480000, 480000, 480000, 480000, 480000, 520000, 520000, )"
                R"(520000, 556000, 556000]
)") != std::string::npos);
  CHECK(count(md, "\n  line [") == 3);
  CHECK(md.find("### Overdue tactics\n\n- **T1** Train the &lt;sales&gt; team — tom, due "
                "2026-11-01\n") != std::string::npos);
  CHECK(md.find("| T2 | Add the bundle to quotes | priya | 2026-12-15 | todo |") !=
        std::string::npos);

  std::ostringstream page;
  render_status_html(page, report);
  const std::string html = page.str();
  CHECK(count(html, "<svg class=\"chart\"") == 1);
  CHECK(count(html, "<circle class=\"checkin\"") == 2);
  CHECK(count(html, "class=\"forecast\"/>") == 1); // the dashed part of the line
  CHECK(html.find("<li><strong>T1</strong> Train the &lt;sales&gt; team — tom, due "
                  "2026-11-01</li>") != std::string::npos);
  CHECK(html.find("480,000 → 556,000 → 600,000 EUR") != std::string::npos);
}
