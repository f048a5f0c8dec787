// The figures of `most team`, from plans given as text: counts, the due-soon edges, budgets,
// names across plans, the order of owners, and what the renderers make of plan text.

#include <most/load.hpp>
#include <most/team.hpp>

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

using namespace most;

namespace {

Date day(const char* text) { return *parse_iso_date(text); }

const Date kAsOf = day("2026-11-27");

// A plan with `team` as its roster (YAML flow list, or "" for none) and `tactics` as flow
// mappings under one strategy.
Plan plan_of(const std::string& file, const std::string& team,
             const std::vector<std::string>& tactics) {
  std::string text = R"(mission:
  statement: To be one of the top five dealers in the region
  start: 2026-01-01
  deadline: 2026-12-31
)";
  if (!team.empty()) {
    text += "team: " + team + "\n";
  }
  text += R"(objectives:
  - id: O1
    statement: Increase sales volume by 10% by December 31
    strategies:
      - id: S1
        statement: Target the key accounts
        tactics:
)";
  for (const std::string& tactic : tactics) {
    text += "          - {action: Call an account, " + tactic + "}\n";
  }
  LoadResult loaded = load_plan(text, file);
  REQUIRE(loaded.ok);
  return std::move(loaded.plan);
}

TeamReport team_of(const std::vector<Plan>& plans, int within = 14,
                   std::vector<std::string> owners = {}) {
  return compute_team(plans, TeamOptions{kAsOf, within, std::move(owners)});
}

const OwnerLoad& row(const TeamReport& report, const std::string& owner) {
  for (const OwnerLoad& load : report.owners) {
    if (load.owner == owner) {
      return load;
    }
  }
  FAIL("no row for '" << owner << "'");
  return report.owners.front();
}

} // namespace

TEST_CASE("team counts open, overdue, due soon, done and budget", "[team]") {
  const std::vector<Plan> plans = {
      plan_of("a.yaml", "",
              {"owner: anna, due: 2026-11-20, status: doing, budget: 100", // 7 days overdue
               "owner: anna, due: 2026-11-26, status: blocked",            // 1 day overdue
               "owner: anna, due: 2026-11-27, budget: 10",                 // as-of: due soon
               "owner: anna, due: 2026-12-11",                             // as-of + 14: due soon
               "owner: anna, due: 2026-12-12",                             // as-of + 15: not soon
               "owner: anna, due: 2026-10-01, status: done, budget: 1000",
               "owner: anna, due: 2026-09-01, status: dropped, budget: 5000"})};
  const TeamReport report = team_of(plans); // row() refers into it
  const OwnerLoad& anna = row(report, "anna");
  CHECK(anna.open == 5);
  CHECK(anna.overdue == 2);
  CHECK(anna.most_days_overdue == 7);
  CHECK(anna.due_soon == 2);
  CHECK(anna.done == 1);
  CHECK(anna.budget == 1110);  // the dropped tactic's 5000 is not counted
  CHECK(anna.tactics.empty()); // the summary keeps no rows

  SECTION("--within changes the due-soon window, both ends still included") {
    CHECK(row(team_of(plans, 15), "anna").due_soon == 3);
    CHECK(row(team_of(plans, 13), "anna").due_soon == 1);
    CHECK(row(team_of(plans, 0), "anna").due_soon == 1); // due today only
  }
}

TEST_CASE("team matches owners by id across plans, names from the first roster", "[team]") {
  const std::vector<Plan> plans = {
      plan_of("east.yaml", "[{id: anna, name: Anna de Vries, role: Account manager}, {id: carla}]",
              {"owner: anna, due: 2026-12-01, budget: 5"}),
      plan_of("west.yaml", "[{id: anna, name: A. de Vries, role: Key accounts}, {id: bert}]",
              {"owner: anna, due: 2026-12-02, budget: 7", "owner: dirk, due: 2026-12-03"})};
  const TeamReport report = team_of(plans);
  const OwnerLoad& anna = row(report, "anna");
  CHECK(anna.name == "Anna de Vries");
  CHECK(anna.role == "Account manager");
  CHECK(anna.open == 2);
  CHECK(anna.budget == 12);
  CHECK(row(report, "dirk").name.empty()); // owns a tactic, on no roster
  CHECK(row(report, "carla").open == 0);   // on a roster, owns nothing: a row of zeros
  CHECK(report.owners.size() == 4);
}

TEST_CASE("team sorts by most overdue, then most days, then id; no owner last", "[team]") {
  const std::vector<Plan> plans = {
      plan_of("a.yaml", "",
              {"due: 2026-01-05",                                            // nobody's, overdue
               "owner: zoe, due: 2026-11-26", "owner: zoe, due: 2026-11-25", // 2 overdue
               "owner: bob, due: 2026-11-01",                                // 1, 26 days
               "owner: amy, due: 2026-11-20",                                // 1, 7 days
               "owner: cid, due: 2026-11-20",                                // 1, 7 days
               "owner: abe, due: 2026-12-20"})};                             // none
  const TeamReport report = team_of(plans);
  std::vector<std::string> order;
  for (const OwnerLoad& load : report.owners) {
    order.push_back(load.owner);
  }
  CHECK(order == std::vector<std::string>{"zoe", "bob", "amy", "cid", "abe", ""});
  CHECK(report.owners.back().overdue == 1);
}

TEST_CASE("team --owner keeps that owner's every tactic, by due day", "[team]") {
  const std::vector<Plan> plans = {
      plan_of("b.yaml", "", {"owner: anna, due: 2026-12-20", "owner: bert, due: 2026-11-01"}),
      plan_of("a.yaml", "",
              {"owner: anna, due: 2026-11-20, status: doing, budget: 3",
               "owner: anna, due: 2026-12-20, status: dropped", "owner: anna"})};
  const TeamReport report = team_of(plans, 14, {"anna"});
  CHECK(report.detailed);
  REQUIRE(report.owners.size() == 1);
  const std::vector<TacticRow>& tactics = report.owners[0].tactics;
  REQUIRE(tactics.size() == 4);
  CHECK(tactics[0].id == "S1.T1");
  CHECK(tactics[0].file == "a.yaml");
  CHECK(tactics[0].overdue);
  CHECK(tactics[0].days_overdue == 7);
  CHECK(tactics[0].budget == 3.0);
  CHECK(tactics[1].file == "a.yaml"); // same day: file, then line
  CHECK(tactics[1].status == Status::Dropped);
  CHECK(tactics[2].file == "b.yaml");
  CHECK(tactics[2].days_overdue == 0);
  CHECK(!tactics[2].budget);
  CHECK(!tactics[3].due); // undated last
}

TEST_CASE("team renderers keep plan text in its place", "[team]") {
  const std::vector<Plan> plans = {
      plan_of("a.yaml", "[{id: anna, name: \"Anna \\e]0;x\\a | *B*\"}]",
              {"owner: anna, due: 2026-11-20, action: \"Call \\e[2J\""})};
  std::ostringstream text;
  render_team_text(text, team_of(plans), false);
  CHECK(text.str().find('\x1b') == std::string::npos);
  CHECK(text.str().find("Anna \\x1b]0;x\\x07 | *B*") != std::string::npos);
  std::ostringstream owner_text;
  render_team_text(owner_text, team_of(plans, 14, {"anna"}), true);
  CHECK(owner_text.str().find("\x1b[2J") == std::string::npos);
  CHECK(owner_text.str().find("\x1b[31m") != std::string::npos); // overdue in red
  std::ostringstream markdown;
  render_team_markdown(markdown, team_of(plans));
  CHECK(markdown.str().find("| Anna  \\]0;x  \\| \\*B\\* |") != std::string::npos);
  std::ostringstream json;
  render_team_json(json, team_of(plans, 14, {"anna"}));
  CHECK(json.str().find(R"("name": "Anna \u001b]0;x\u0007 | *B*")") != std::string::npos);
  CHECK(json.str().find(R"("tactics": [)") != std::string::npos);
}

TEST_CASE("team lists the objectives and strategies each owner answers for", "[team]") {
  const std::string text = R"(most: 1
mission:
  statement: To be one of the top five dealers in the region
  start: 2026-01-01
  deadline: 2026-12-31
team: [{id: anna}, {id: bram}, {id: carla}]
objectives:
  - id: O1
    statement: Increase sales volume by 10% by December 31
    owner: carla
    strategies:
      - id: S1
        statement: Target the key accounts
        owner: bram
        tactics:
          - {action: Call an account, owner: anna, due: 2026-12-01}
      - id: S2
        statement: Open a second showroom
        owner: carla
        tactics:
          - {action: Sign the lease, owner: anna, due: 2026-12-01}
)";
  LoadResult loaded = load_plan(text, "plan.yaml");
  REQUIRE(loaded.ok);
  const std::vector<Plan> plans = {std::move(loaded.plan)};
  const TeamReport report = team_of(plans);
  const OwnerLoad& carla = row(report, "carla");
  REQUIRE(carla.answers_for.size() == 2);
  CHECK(carla.answers_for[0].id == "O1");
  CHECK_FALSE(carla.answers_for[0].strategy);
  CHECK(carla.answers_for[0].line == 8); // the item begins on "- id: O1"
  CHECK(carla.answers_for[1].id == "S2");
  CHECK(carla.answers_for[1].objective == "O1");
  CHECK(carla.answers_for[1].strategy);
  CHECK(answers_for_ids(carla) == "O1, S2");
  CHECK(answers_for_ids(row(report, "bram")) == "S1");
  CHECK(row(report, "anna").answers_for.empty());
  CHECK(any_answers_for(report));

  SECTION("--owner keeps only the named owner's items") {
    const TeamReport only = team_of(plans, 14, {"bram"});
    REQUIRE(only.owners.size() == 1);
    CHECK(answers_for_ids(only.owners[0]) == "S1");
  }
  SECTION("the text table gains the column only when someone answers for something") {
    std::ostringstream with;
    render_team_text(with, report, false);
    CHECK(with.str().find("ANSWERS FOR") != std::string::npos);
    CHECK(with.str().find("O1, S2") != std::string::npos);
    std::ostringstream without;
    render_team_text(without, team_of({plan_of("b.yaml", "", {"owner: anna, due: 2026-12-01"})}),
                     false);
    CHECK(without.str().find("ANSWERS FOR") == std::string::npos);
  }
}
