// `most diff` below the command line: which changes two versions of a plan hold, how items are
// matched, and the summary sentence.

#include <most/diff.hpp>
#include <most/load.hpp>
#include <most/workspace.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace most;

namespace {

Date day(const char* text) { return *parse_iso_date(text); }

Plan load(const std::string& text) {
  LoadResult result = load_plan(text, "plan.yaml");
  REQUIRE(result.ok);
  return std::move(result.plan);
}

const std::string kBefore = R"(mission:
  statement: To be one of the top five dealers in the region within 12 months
  start: 2026-01-01
  deadline: 2026-12-31
objectives:
  - id: O1
    statement: Increase sales volume by 10% by June 30
    deadline: 2026-06-30
    metric: {name: Sales volume, unit: EUR, baseline: 100, target: 110}
    checkins:
      - {date: 2026-02-28, value: 102}
    strategies:
      - id: S1
        statement: Hire two salespeople
        tactics:
          - {id: T1, action: Post two job openings, owner: lisa, due: 2026-01-30}
          - {id: T2, action: Interview candidates, owner: ronald, due: 2026-02-27}
          - {id: T3, action: Run a job fair, owner: lisa, due: 2026-03-15}
      - id: S2
        statement: Run a sales incentive program
        tactics:
          - {id: T4, action: Announce the program, owner: priya, due: 2026-04-01}
          - {id: T5, action: Print posters, owner: priya, due: 2026-04-10}
)";

std::string edited(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

std::vector<Change> changes(const std::string& before, const std::string& after) {
  const Plan a = load(before);
  const Plan b = load(after);
  return diff_plans(&a, &b).changes;
}

const Change* find(const std::vector<Change>& list, ChangeKind kind, const std::string& id) {
  const auto it = std::find_if(list.begin(), list.end(), [&](const Change& change) {
    return change.kind == kind && change.id == id;
  });
  return it == list.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("the same plan has no changes", "[diff]") { CHECK(changes(kBefore, kBefore).empty()); }

TEST_CASE("a due day moved later is a slip with its days, earlier is earlier", "[diff]") {
  std::string after = edited(kBefore, "due: 2026-02-27", "due: 2026-03-13");
  after = edited(after, "due: 2026-04-10", "due: 2026-04-03");
  const auto list = changes(kBefore, after);
  REQUIRE(list.size() == 2);
  const Change* slip = find(list, ChangeKind::DueSlipped, "T2");
  REQUIRE(slip != nullptr);
  CHECK(slip->days == 14);
  CHECK(slip->before == "2026-02-27");
  CHECK(slip->after == "2026-03-13");
  CHECK(slip->location.line == 17);
  CHECK(change_detail(*slip) == "2026-02-27 → 2026-03-13 (+14 days)");
  const Change* earlier = find(list, ChangeKind::DueEarlier, "T5");
  REQUIRE(earlier != nullptr);
  CHECK(earlier->days == -7);
}

TEST_CASE("completed, dropped, owner, added and removed tactics", "[diff]") {
  std::string after = edited(kBefore, "owner: lisa, due: 2026-01-30}",
                             "owner: lisa, due: 2026-01-30, status: done}");
  after = edited(after, "owner: priya, due: 2026-04-01}",
                 "owner: priya, due: 2026-04-01, status: dropped}");
  after =
      edited(after, "action: Run a job fair, owner: lisa", "action: Run a job fair, owner: anna");
  after =
      edited(after, "          - {id: T5, action: Print posters, owner: priya, due: 2026-04-10}\n",
             "          - {id: T6, action: Email every customer, owner: priya, due: 2026-04-20}\n");
  const auto list = changes(kBefore, after);
  CHECK(list.size() == 5);
  CHECK(find(list, ChangeKind::TacticCompleted, "T1") != nullptr);
  CHECK(find(list, ChangeKind::TacticDropped, "T4") != nullptr);
  const Change* owner = find(list, ChangeKind::OwnerChanged, "T3");
  REQUIRE(owner != nullptr);
  CHECK(change_detail(*owner) == "lisa → anna");
  CHECK(find(list, ChangeKind::TacticAdded, "T6") != nullptr);
  const Change* removed = find(list, ChangeKind::TacticRemoved, "T5");
  REQUIRE(removed != nullptr);
  CHECK(removed->location.line == 23); // in the old version
  // Removed items come last: their lines are the old file's.
  CHECK(list.back().kind == ChangeKind::TacticRemoved);
}

TEST_CASE("items are matched by id, then by text, then by position", "[diff]") {
  // Reordered tactics with ids: nothing changed.
  const std::string reordered = edited(
      edited(kBefore,
             "          - {id: T1, action: Post two job openings, owner: lisa, due: 2026-01-30}\n",
             ""),
      "          - {id: T3, action: Run a job fair, owner: lisa, due: 2026-03-15}\n",
      "          - {id: T3, action: Run a job fair, owner: lisa, due: 2026-03-15}\n"
      "          - {id: T1, action: Post two job openings, owner: lisa, due: 2026-01-30}\n");
  CHECK(changes(kBefore, reordered).empty());
  // A tactic moved to another strategy is not removed and added.
  const std::string moved = edited(
      edited(kBefore,
             "          - {id: T3, action: Run a job fair, owner: lisa, due: 2026-03-15}\n", ""),
      "          - {id: T5,",
      "          - {id: T3, action: Run a job fair, owner: lisa, due: 2026-03-15}\n          - "
      "{id: T5,");
  CHECK(changes(kBefore, moved).empty());
  // Without ids, a tactic inserted first does not turn every later one into a change.
  const std::string plain =
      R"(mission: {statement: Top five dealers, start: 2026-01-01, deadline: 2026-12-31}
objectives:
  - statement: Increase sales volume by 10% by June 30
    strategies:
      - statement: Hire
        tactics:
          - {action: Post openings, owner: lisa, due: 2026-01-30}
          - {action: Interview, owner: lisa, due: 2026-02-27}
)";
  const std::string inserted = edited(plain, "          - {action: Post openings",
                                      "          - {action: Budget approval, owner: ronald, due: "
                                      "2026-01-15}\n          - {action: Post openings");
  const auto list = changes(plain, inserted);
  REQUIRE(list.size() == 1);
  CHECK(list[0].kind == ChangeKind::TacticAdded);
  CHECK(list[0].id == "O1.S1.T1");
  CHECK(list[0].label == "Budget approval");
}

TEST_CASE("targets, baselines, horizon and check-ins", "[diff]") {
  std::string after = edited(kBefore, "baseline: 100, target: 110", "baseline: 98, target: 105");
  after = edited(after, "deadline: 2026-12-31", "deadline: 2027-03-31");
  after =
      edited(after, "      - {date: 2026-02-28, value: 102}\n",
             "      - {date: 2026-02-28, value: 102}\n      - {date: 2026-03-01, value: 105}\n");
  const Plan a = load(kBefore);
  const Plan b = load(after);
  const PlanDiff diff = diff_versions(&a, &b, day("2026-03-01"), Config{});
  const Change* target = find(diff.changes, ChangeKind::TargetChanged, "O1");
  REQUIRE(target != nullptr);
  CHECK(change_detail(*target) == "110 → 105");
  REQUIRE(find(diff.changes, ChangeKind::BaselineChanged, "O1") != nullptr);
  const Change* horizon = find(diff.changes, ChangeKind::HorizonChanged, "mission");
  REQUIRE(horizon != nullptr);
  CHECK(change_detail(*horizon) == "deadline 2026-12-31 → 2027-03-31 (+90 days)");
  const Change* checkin = find(diff.changes, ChangeKind::CheckinAdded, "O1");
  REQUIRE(checkin != nullptr);
  // From the check-in before it to this one, both on the new metric (98 → 105):
  // (102 − 98) / 7 = 57.1%, then (105 − 98) / 7 = 100%.
  CHECK(change_detail(*checkin) == "105 on 2026-03-01, progress 57.1% → 100.0%");
  // Mid-cycle (the mission started on 2026-01-01): both metric changes are findings.
  // The findings are sorted by position: the baseline comes before the target in the flow map.
  REQUIRE(diff.findings.size() == 2);
  const Diagnostic& finding = diff.findings[1];
  CHECK(finding.rule == "target-changed");
  CHECK(finding.severity == Severity::Note);
  CHECK(finding.message ==
        "the target of objective O1 changed from 110 to 105 after the mission started; say why "
        "in the commit or the plan");
  CHECK(
      diff.findings[0].message.starts_with("the baseline of objective O1 changed from 100 to 98"));
  // Before the mission starts, targets are still being planned.
  CHECK(diff_versions(&a, &b, day("2025-12-01"), Config{}).findings.empty());
}

TEST_CASE("objectives and strategies added and removed", "[diff]") {
  std::string after =
      edited(kBefore, "      - id: S2\n        statement: Run a sales incentive program\n",
             "      - id: S3\n        statement: Run a referral program\n");
  after += R"(  - id: O2
    statement: Win 20 new key accounts by June 30
    metric: {name: New key accounts, baseline: 0, target: 20}
)";
  const auto list = changes(kBefore, after);
  CHECK(find(list, ChangeKind::StrategyRemoved, "S2") != nullptr);
  CHECK(find(list, ChangeKind::StrategyAdded, "S3") != nullptr);
  CHECK(find(list, ChangeKind::ObjectiveAdded, "O2") != nullptr);
  CHECK(changes(after, kBefore).size() == list.size());
  CHECK(find(changes(after, kBefore), ChangeKind::ObjectiveRemoved, "O2") != nullptr);
}

TEST_CASE("status, due days and check-ins changed in other ways", "[diff]") {
  std::string before = edited(kBefore, "due: 2026-01-30}", "due: 2026-01-30, status: done}");
  std::string after = edited(kBefore, "owner: ronald, due: 2026-02-27}", "owner: ronald}");
  after = edited(after, "      - {date: 2026-02-28, value: 102}\n",
                 "      - {date: 2026-02-28, value: 101}\n");
  before =
      edited(before, "      - {date: 2026-02-28, value: 102}\n",
             "      - {date: 2026-02-28, value: 102}\n      - {date: 2026-01-31, value: 101}\n");
  const auto list = changes(before, after);
  const Change* reopened = find(list, ChangeKind::StatusChanged, "T1");
  REQUIRE(reopened != nullptr);
  CHECK(change_detail(*reopened) == "done → todo");
  const Change* due = find(list, ChangeKind::DueSet, "T2");
  REQUIRE(due != nullptr);
  CHECK(change_detail(*due) == "2026-02-27 → none");
  const Change* changed = find(list, ChangeKind::CheckinChanged, "O1");
  REQUIRE(changed != nullptr);
  CHECK(change_detail(*changed) == "2026-02-28: 102 → 101");
  const Change* removed = find(list, ChangeKind::CheckinRemoved, "O1");
  REQUIRE(removed != nullptr);
  CHECK(change_detail(*removed) == "2026-01-31: 101");
  CHECK(list.size() == 4);
}

TEST_CASE("a metric removed mid-cycle is a finding and has no number", "[diff]") {
  const std::string after = edited(
      kBefore, "    metric: {name: Sales volume, unit: EUR, baseline: 100, target: 110}\n", "");
  const Plan a = load(kBefore);
  const Plan b = load(after);
  const PlanDiff diff = diff_versions(&a, &b, day("2026-03-01"), Config{});
  const Change* target = find(diff.changes, ChangeKind::TargetChanged, "O1");
  REQUIRE(target != nullptr);
  CHECK(target->after.empty());
  CHECK_FALSE(target->new_number);
  CHECK(change_detail(*target) == "110 → none");
  REQUIRE(diff.findings.size() == 2); // sorted: the baseline's finding first
  CHECK(diff.findings[1].message ==
        "the target of objective O1 was removed (it was 110) after the mission started; say "
        "why in the commit or the plan");
  const std::vector<PlanDiff> diffs{diff};
  CHECK(diff_sentence(diffs).find("target of O1 removed (it was 110)") != std::string::npos);
}

TEST_CASE("matching does not guess: repeated texts and ids, aliases", "[diff]") {
  // Two tactics without ids called "Follow up"; the first is deleted. Matching by text would
  // pair the old first with the new (only) one and report a slip and an owner change.
  const std::string twins =
      R"(mission: {statement: Top five dealers, start: 2026-01-01, deadline: 2026-12-31}
objectives:
  - statement: Increase sales volume by 10% by June 30
    strategies:
      - statement: Hire
        tactics:
          - {action: Follow up, owner: lisa, due: 2026-03-01}
      - statement: Fleets
        tactics:
          - {action: Follow up, owner: bram, due: 2026-06-01}
)";
  const std::string one_gone =
      edited(twins, "          - {action: Follow up, owner: lisa, due: 2026-03-01}\n", "");
  const auto list = changes(twins, one_gone);
  CHECK(find(list, ChangeKind::DueSlipped, "O1.S2.T1") == nullptr);
  CHECK(find(list, ChangeKind::OwnerChanged, "O1.S2.T1") == nullptr);
  CHECK(find(list, ChangeKind::TacticRemoved, "O1.S1.T1") != nullptr);
  // An id written twice (an error check reports) pairs nothing by id: the two tactics
  // swapped in place are matched by their actions and have not changed.
  const std::string same_ids =
      edited(edited(kBefore, "{id: T2,", "{id: T9,"), "{id: T3,", "{id: T9,");
  const std::string t2 =
      "          - {id: T9, action: Interview candidates, owner: ronald, due: 2026-02-27}\n";
  const std::string t3 =
      "          - {id: T9, action: Run a job fair, owner: lisa, due: 2026-03-15}\n";
  const std::string swapped = edited(same_ids, t2 + t3, t3 + t2);
  CHECK(changes(same_ids, swapped).empty());
  // A strategy list aliased under two objectives: one edit is one change.
  const std::string aliased =
      R"(mission: {statement: Top five dealers, start: 2026-01-01, deadline: 2026-12-31}
objectives:
  - statement: Increase sales volume by 10% by June 30
    strategies: &shared
      - statement: Visit fleets
        tactics:
          - {action: Visit the 15 largest fleets, owner: anna, due: 2026-05-01}
  - statement: Increase fleet revenue by 5% by June 30
    strategies: *shared
)";
  const auto slips = changes(aliased, edited(aliased, "due: 2026-05-01", "due: 2026-05-15"));
  REQUIRE(slips.size() == 1);
  CHECK(slips[0].kind == ChangeKind::DueSlipped);
}

TEST_CASE("new and deleted files are one change each", "[diff]") {
  const Plan plan = load(kBefore);
  const PlanDiff added = diff_plans(nullptr, &plan);
  REQUIRE(added.changes.size() == 1);
  CHECK(added.changes[0].kind == ChangeKind::PlanAdded);
  const PlanDiff removed = diff_plans(&plan, nullptr);
  REQUIRE(removed.changes.size() == 1);
  CHECK(removed.changes[0].kind == ChangeKind::PlanRemoved);
  const std::vector<PlanDiff> both{added, removed};
  CHECK(diff_sentence(both) == "1 plan added; 1 plan removed");
}

TEST_CASE("the summary sentence counts slips, days and targets", "[diff]") {
  std::string after = edited(kBefore, "due: 2026-01-30}", "due: 2026-02-20, status: done}");
  after = edited(after, "due: 2026-02-27", "due: 2026-03-19");
  after = edited(after, "target: 110", "target: 108");
  const Plan a = load(kBefore);
  const Plan b = load(after);
  const std::vector<PlanDiff> diffs{diff_plans(&a, &b)};
  CHECK(diff_sentence(diffs) ==
        "2 tactics slipped by 41 days in total; 1 completed; target of O1 lowered from 110 to 108");
  const DiffSummary sum = summarize_diff(diffs);
  CHECK(sum.slipped == 2);
  CHECK(sum.slipped_days == 41);
  CHECK(sum.completed == 1);
  CHECK(sum.targets == 1);
  CHECK(diff_sentence(std::vector<PlanDiff>{}) == "no changes");
  // Every kind of change shows in the sentence: never "no changes" above a list of them.
  const Plan c = load(edited(kBefore, "deadline: 2026-12-31", "deadline: 2027-01-31"));
  const std::vector<PlanDiff> horizon{diff_plans(&a, &c)};
  CHECK(diff_sentence(horizon) == "mission deadline moved from 2026-12-31 to 2027-01-31");
}
