// `fiscal_year_start` (SPEC §4.1, §4.4): in the mission, in `.most.yaml`, and how the loader
// hands it to the statement reader.

#include <most/load.hpp>
#include <most/workspace.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace most;

namespace {

std::string plan_text(std::string_view fiscal_line, std::string_view statement) {
  std::string text = "mission:\n"
                     "  statement: To be the leading fleet dealer in the region\n"
                     "  start: 2026-09-01\n"
                     "  deadline: 2027-08-31\n";
  text += fiscal_line;
  text += "objectives:\n  - statement: ";
  text += statement;
  text += "\n";
  return text;
}

std::string deadline_of(const LoadResult& loaded) {
  REQUIRE(loaded.ok);
  REQUIRE(loaded.plan.objectives.size() == 1);
  const auto deadline = loaded.plan.objectives[0].reading.deadline();
  return deadline ? format_date(*deadline) : std::string();
}

} // namespace

TEST_CASE("MM-DD days of the year", "[fiscal][date]") {
  CHECK(parse_month_day("09-01") == MonthDay{9, 1});
  CHECK(parse_month_day("4-1") == MonthDay{4, 1});
  CHECK(parse_month_day("12-31") == MonthDay{12, 31});
  CHECK_FALSE(parse_month_day("02-29")); // not every year has it
  CHECK_FALSE(parse_month_day("13-01"));
  CHECK_FALSE(parse_month_day("04-31"));
  CHECK_FALSE(parse_month_day("00-10"));
  CHECK_FALSE(parse_month_day("2026-09-01"));
  CHECK_FALSE(parse_month_day("September"));
  CHECK_FALSE(parse_month_day("-"));
  CHECK_FALSE(parse_month_day(""));
  CHECK(format_month_day(MonthDay{9, 1}) == "09-01");
}

TEST_CASE("the mission's fiscal_year_start reads FY names", "[fiscal][load]") {
  const LoadResult september =
      load_plan(plan_text("  fiscal_year_start: 09-01\n", "Reach EUR 2.4M by FY end"), "p.yaml");
  CHECK(september.diagnostics.empty());
  REQUIRE(september.plan.mission.fiscal_year_start);
  CHECK(*september.plan.mission.fiscal_year_start == MonthDay{9, 1});
  CHECK(deadline_of(september) == "2027-08-31");
  // Quoted, as YAML users often write it.
  CHECK(deadline_of(load_plan(
            plan_text("  fiscal_year_start: \"04-01\"\n", "Reach EUR 2.4M by FY end"), "p.yaml")) ==
        "2027-03-31");
  // Without one the fiscal year is the calendar year.
  CHECK(deadline_of(load_plan(plan_text("", "Reach EUR 2.4M by FY end"), "p.yaml")) ==
        "2026-12-31");
}

TEST_CASE("a fiscal_year_start that names no day is a field-type finding", "[fiscal][load]") {
  const LoadResult loaded =
      load_plan(plan_text("  fiscal_year_start: 02-30\n", "Reach EUR 2.4M by FY end"), "p.yaml");
  REQUIRE(loaded.diagnostics.size() == 1);
  CHECK(loaded.diagnostics[0].rule == "field-type");
  CHECK(loaded.diagnostics[0].location.line == 5);
  CHECK(loaded.diagnostics[0].message ==
        "'fiscal_year_start' must be the fiscal year's first day written MM-DD (e.g. 09-01), "
        "not '02-30'");
  // The statement is still read, with the calendar year.
  CHECK(deadline_of(loaded) == "2026-12-31");
}

TEST_CASE(".most.yaml's fiscal_year_start is the default; the mission's wins", "[fiscal][config]") {
  const ConfigResult config = parse_config("fiscal_year_start: 09-01\n", ".most.yaml");
  REQUIRE(config.error.empty());
  REQUIRE(config.config.fiscal_year_start);
  CHECK(*config.config.fiscal_year_start == MonthDay{9, 1});
  CHECK(deadline_of(load_plan(plan_text("", "Reach EUR 2.4M by FY end"), "p.yaml", {},
                              config.config.fiscal_year_start)) == "2027-08-31");
  CHECK(deadline_of(load_plan(plan_text("  fiscal_year_start: 04-01\n", "Reach EUR 2.4M by FY end"),
                              "p.yaml", {}, config.config.fiscal_year_start)) == "2027-03-31");

  // Through the check pipeline: the configuration of the plan's folder applies.
  CheckSettings settings;
  settings.as_of = *parse_iso_date("2026-10-01");
  const std::string text =
      plan_text("", "Reach EUR 2.4M in fleet revenue by FY end\n    deadline: 2027-08-31");
  const CheckedPlans with = check({PlanSource{"p.yaml", text, &config.config, {}}}, settings);
  for (const Diagnostic& d : with.files[0].diagnostics) {
    CHECK(d.rule != "smart-time-bound");
  }
  const CheckedPlans without = check({PlanSource{"p.yaml", text, nullptr, {}}}, settings);
  bool disagrees = false;
  for (const Diagnostic& d : without.files[0].diagnostics) {
    disagrees = disagrees || (d.rule == "smart-time-bound" &&
                              d.message.find("statement says 2026-12-31") != std::string::npos);
  }
  CHECK(disagrees);
}

TEST_CASE(".most.yaml rejects a fiscal_year_start that names no day", "[fiscal][config]") {
  CHECK(parse_config("fiscal_year_start: 13-01\n", "c.yaml").error ==
        "c.yaml:1:20: 'fiscal_year_start' must be the fiscal year's first day written MM-DD "
        "(e.g. 09-01), not '13-01'");
  CHECK(parse_config("fiscal_year_start: [1]\n", "c.yaml").error ==
        "c.yaml:1:20: 'fiscal_year_start' must be the fiscal year's first day written MM-DD "
        "(e.g. 09-01)");
  CHECK(parse_config("fiscal_year_strat: 09-01\n", "c.yaml").error ==
        "c.yaml:1:1: unknown key 'fiscal_year_strat' (did you mean 'fiscal_year_start'?)");
}
