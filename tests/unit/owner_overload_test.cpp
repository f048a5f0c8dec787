// owner-overload: the 14-day window, the threshold from RuleContext, and `overload:` in
// `.most.yaml` read as precisely as `rules:`.

#include <most/config.hpp>
#include <most/load.hpp>
#include <most/rules.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace most;

namespace {

Date day(const char* text) { return *parse_iso_date(text); }

// A plan whose only tactics are `owner: due` pairs (and an optional status), one per line.
Plan plan_of(const std::vector<std::string>& tactics) {
  std::string text = R"(mission:
  statement: To be one of the top five dealers in the region
  start: 2026-01-01
  deadline: 2026-12-31
objectives:
  - statement: Increase sales volume by 10% by June 30
    deadline: 2026-06-30
    metric: {name: Sales volume, unit: EUR, baseline: 1200000, target: 1320000}
    strategies:
      - statement: Target the key accounts
        tactics:
)";
  for (const std::string& tactic : tactics) {
    text += "          - {action: Call an account, " + tactic + "}\n";
  }
  LoadResult loaded = load_plan(text, "plan.yaml");
  REQUIRE(loaded.ok);
  return std::move(loaded.plan);
}

// `count` tactics of `owner`, due from `first` one day apart (or `step` days).
std::vector<std::string> series(const std::string& owner, const char* first, int count,
                                int step = 1) {
  std::vector<std::string> out;
  for (int i = 0; i < count; ++i) {
    out.push_back("owner: " + owner + ", due: " + format_date(add_days(day(first), i * step)));
  }
  return out;
}

std::vector<Diagnostic> overload(const Plan& plan, int threshold = kDefaultOverloadThreshold) {
  std::vector<Diagnostic> all;
  run_rules(plan, RuleContext{day("2026-01-15"), nullptr, threshold}, all);
  std::vector<Diagnostic> found;
  for (Diagnostic& d : all) {
    if (d.rule == "owner-overload") {
      found.push_back(std::move(d));
    }
  }
  return found;
}

} // namespace

TEST_CASE("owner-overload counts open tactics in any 14 days", "[rules][owner-overload]") {
  SECTION("nine in one window is one finding, at the first of them") {
    const auto found = overload(plan_of(series("anna", "2026-03-02", 9)));
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Note);
    CHECK(found[0].item == "O1.S1.T1");
    CHECK(found[0].location.line == 12);
    CHECK(found[0].message.starts_with("owner 'anna' has 9 open tactics due in the 14 days from "
                                       "2026-03-02 to 2026-03-15, more than the threshold of 8"));
  }
  SECTION("eight is the threshold, not more") {
    CHECK(overload(plan_of(series("anna", "2026-03-02", 8))).empty());
  }
  SECTION("the window includes both ends: day 1 and day 14") {
    auto tactics = series("anna", "2026-03-02", 8);
    tactics.emplace_back("owner: anna, due: 2026-03-15");
    CHECK(overload(plan_of(tactics)).size() == 1);
  }
  SECTION("nine spread over 15 days never fill one window") {
    auto tactics = series("anna", "2026-03-02", 8);
    tactics.emplace_back("owner: anna, due: 2026-03-16");
    CHECK(overload(plan_of(tactics)).empty());
  }
  SECTION("done and dropped tactics are not counted; blocked and doing are") {
    auto tactics = series("anna", "2026-03-02", 7);
    tactics.emplace_back("owner: anna, due: 2026-03-09, status: done");
    tactics.emplace_back("owner: anna, due: 2026-03-09, status: dropped");
    CHECK(overload(plan_of(tactics)).empty());
    tactics.emplace_back("owner: anna, due: 2026-03-10, status: blocked");
    tactics.emplace_back("owner: anna, due: 2026-03-10, status: doing");
    CHECK(overload(plan_of(tactics)).size() == 1);
  }
  SECTION("owners are counted apart") {
    auto tactics = series("anna", "2026-03-02", 5);
    const auto bram = series("bram", "2026-03-02", 5);
    tactics.insert(tactics.end(), bram.begin(), bram.end());
    CHECK(overload(plan_of(tactics)).empty());
  }
  SECTION("the busiest window is named, once per owner") {
    auto tactics = series("anna", "2026-05-04", 10);    // ten in May…
    const auto march = series("anna", "2026-03-02", 9); // …nine in March
    tactics.insert(tactics.end(), march.begin(), march.end());
    const auto found = overload(plan_of(tactics));
    REQUIRE(found.size() == 1);
    CHECK(found[0].item == "O1.S1.T1");
    CHECK(found[0].message.find("has 10 open tactics") != std::string::npos);
    CHECK(found[0].message.find("from 2026-05-04 to 2026-05-17") != std::string::npos);
  }
  SECTION("the threshold comes from the context") {
    const Plan plan = plan_of(series("anna", "2026-03-02", 4, 3));
    CHECK(overload(plan, 3).size() == 1);
    CHECK(overload(plan, 4).empty());
  }
}

TEST_CASE("owner-overload counts the busiest window among 100k tactics",
          "[rules][owner-overload]") {
  // Built by hand: loading 100k tactics is the loader's benchmark, not this one's. Speed is
  // not timed here (a busy machine failed a 2-second limit under the sanitizers); a quadratic
  // count would not finish within ctest's timeout.
  Plan plan = plan_of({"owner: anna, due: 2026-03-02"});
  std::vector<Tactic>& tactics = plan.objectives[0].strategies[0].tactics;
  const Tactic model = tactics[0];
  tactics.assign(100'000, model);
  for (std::size_t i = 0; i < tactics.size(); ++i) {
    tactics[i].due.value = add_days(day("2026-01-01"), static_cast<int>(i % 300));
  }
  const auto found = overload(plan);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("has 4676 open tactics") != std::string::npos);
}

TEST_CASE("overload: in .most.yaml", "[config][owner-overload]") {
  SECTION("a whole number sets the threshold") {
    const ConfigResult r =
        parse_config("overload:\n  open_tactics_due_within_14_days: 3\n", ".most.yaml");
    CHECK(r.error.empty());
    CHECK(r.config.overload_threshold == 3);
  }
  SECTION("without it the default applies") {
    CHECK(parse_config("rules:\n  owner-overload: warning\n", ".most.yaml")
              .config.overload_threshold == 8);
    CHECK(parse_config("overload:\n", ".most.yaml").error.empty());
  }
  SECTION("values that are not a whole number of at least 1") {
    for (const char* value :
         {"0", "-3", "2.5", "eight", "1e3", "0x10", "99999999999", "[8]", "''"}) {
      INFO(value);
      const ConfigResult r = parse_config(
          std::string("overload:\n  open_tactics_due_within_14_days: ") + value + "\n", "c.yaml");
      CHECK(r.error.starts_with("c.yaml:2:36: 'overload: open_tactics_due_within_14_days' must "
                                "be a whole number of at least 1"));
      CHECK(r.error.find('\n') == std::string::npos);
      CHECK(r.config.overload_threshold == kDefaultOverloadThreshold);
    }
  }
  SECTION("a misspelt setting names the closest one") {
    const ConfigResult r =
        parse_config("overload:\n  open_tactics_due_within_14_day: 3\n", "c.yaml");
    CHECK(r.error == "c.yaml:2:3: unknown setting 'open_tactics_due_within_14_day' under "
                     "'overload:' (did you mean 'open_tactics_due_within_14_days'?)");
  }
  SECTION("overload must be a mapping, and unknown top-level keys stay errors") {
    CHECK(parse_config("overload: 8\n", "c.yaml").error ==
          "c.yaml:1:11: 'overload:' must be a mapping of SETTING: NUMBER");
    CHECK(parse_config("overlaod:\n  open_tactics_due_within_14_days: 3\n", "c.yaml").error ==
          "c.yaml:1:1: unknown key 'overlaod' (did you mean 'overload'?)");
  }
}
