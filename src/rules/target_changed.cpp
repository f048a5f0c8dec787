// target-changed: a rule about changes. `most diff` runs it with the changes between two
// versions of a plan (RuleContext::changes); `most check` sees one version and no changes.

#include "checks.hpp"

#include <fmt/format.h>

#include <string_view>
#include <unordered_map>

namespace most {

const std::string_view kTargetChangedDoc = R"(What it does
  Reported by `most diff`: an objective's metric target or baseline is
  different in the new version of the plan, and the mission had already
  started on the as-of day (the change was made mid-cycle).

Why is this bad
  An objective met by lowering its target was not met. Moving a baseline
  changes what progress means. Both can be right, but the team should see
  them and know why, not find out at the end of the quarter.

Example
  # last week                          # this week
  metric:                              metric:
    name: New key accounts               name: New key accounts
    baseline: 0                          baseline: 0
    target: 20                           target: 15

How to fix
  Say why in the commit message or in the objective's notes, and keep the
  change if it stands. To make CI stop on such changes, raise the rule's
  severity in `.most.yaml` (`target-changed: error`); `most diff` then exits 1.

How to silence
  On the objective (or the mission, for every objective):
    ignore: [target-changed]
  or for the whole repository, in `.most.yaml`:
    rules:
      target-changed: off
)";

void check_target_changed(const Plan& plan, const RuleContext& context, Reporter& out) {
  // Moving or removing a target once the mission runs is what the rule is about; setting one
  // where there was none is planning.
  if (!plan.mission.start || context.as_of < *plan.mission.start) {
    return;
  }
  std::unordered_map<std::string_view, const Objective*> by_id; // built at the first change
  for (const Change& change : context.changes) {
    const bool target = change.kind == ChangeKind::TargetChanged;
    if ((!target && change.kind != ChangeKind::BaselineChanged) || !change.old_number) {
      continue;
    }
    if (by_id.empty()) {
      for (const Objective& o : plan.objectives) {
        by_id.try_emplace(o.info.id, &o); // the first of a repeated id, as everywhere
      }
    }
    const auto found = by_id.find(change.id);
    if (found == by_id.end()) {
      continue;
    }
    const Objective* objective = found->second;
    const std::string how = change.new_number
                                ? fmt::format("changed from {} to {}", change.before, change.after)
                                : fmt::format("was removed (it was {})", change.before);
    out.report(objective->info, change.location,
               fmt::format("the {} of objective {} {} after the mission started; say why in the "
                           "commit or the plan",
                           target ? "target" : "baseline", change.id, how));
  }
}

} // namespace most
