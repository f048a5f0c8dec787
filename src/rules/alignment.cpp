// alignment: `aligns_with:` references that lead nowhere, lead in a circle, or serve an
// objective that ends before the one serving it.

#include "checks.hpp"

#include <most/plan_index.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <unordered_set>
#include <vector>

namespace most {

const std::string_view kAlignmentDoc = R"(What it does
  Follows every `aligns_with:` reference — on the mission or on an objective,
  `PATH#ID` for an objective in another plan (PATH relative to this file's
  folder) or `#ID` for one in this plan — and reports, as errors:
    - a file that does not exist, cannot be read or is not a plan (named by
      its path only: nothing of a file that is not a plan is quoted);
    - a file outside the limit references may reach, which is not opened:
      the git work tree that holds the plan (`../org.yaml` from `teams/`
      is fine; no limit for a plan outside any work tree), or the folder
      given with `--root DIR`;
    - an id that is not in that plan, or names something other than an
      objective (the mission, a strategy, a tactic);
    - text that is not a reference at all (no `#ID`);
    - references that lead in a circle back to where they started.
  As a warning, it reports an objective due after the objective it serves.
  An objective without `aligns_with:` serves what its mission aligns with.

Why is this bad
  A mission should align with the organisation's goals. A reference that
  leads nowhere makes a team's work count for nothing in `most status --tree`;
  a circle means no objective in it serves the organisation at all; and a
  team objective that ends after the goal it serves cannot help reach it in
  time.

Example
  # teams/east.yaml
  mission:
    statement: To lead the eastern region in new accounts
    start: 2026-01-01
    deadline: 2026-12-31
    aligns_with: ../org.yaml#O1            # fine when org.yaml has O1
  objectives:
    - statement: Win 20 new accounts by June 30
      aligns_with: ../org.yaml#O7          # org.yaml has no objective O7
    - statement: Raise repeat orders by 10% by March 31, 2027
      aligns_with: ../org.yaml#O1          # O1 is due 2026-12-31

How to fix
  Correct the path or id (`most status --tree` shows what aligns where), or
  bring the deadline within the objective it serves.

)";

namespace {

// A cycle's path is named in the message up to this many steps.
constexpr std::size_t kMaxPathShown = 8;

std::string name(const Plan& home, const CycleStep& step) {
  return step.plan == &home ? step.objective->info.id
                            : fmt::format("{}#{}", step.plan->file, step.objective->info.id);
}

void check_references(const PlanIndex& index, const ItemInfo& item,
                      const std::vector<Reference>& references, Reporter& out) {
  for (const Reference& reference : references) {
    const ResolvedReference& target = index.resolve(reference);
    if (target.objective != nullptr) {
      continue;
    }
    out.report(item, reference.location,
               reference.id.empty() ? target.problem
                                    : fmt::format("{} aligns with '{}', but {}", item.id,
                                                  reference.text, target.problem));
  }
}

// An objective that ends after the objective it serves cannot help reach it in time.
void check_deadlines(const PlanIndex& index, const Plan& plan, const Objective& objective,
                     Reporter& out) {
  const std::optional<Date> own = effective_deadline(objective);
  if (!own) {
    return;
  }
  const bool inherited = objective.aligns_with.empty();
  for (const Reference& reference : effective_references(plan, objective)) {
    const ResolvedReference& target = index.resolve(reference);
    if (target.objective == nullptr || target.objective == &objective || !target.deadline ||
        *own <= *target.deadline) {
      continue;
    }
    const SourceLocation at =
        objective.deadline.written ? objective.deadline.location : objective.info.location;
    out.report(Severity::Warning, objective.info, at,
               fmt::format("{} is due {}, after '{}'{} is due {}", objective.info.id,
                           format_date(*own), reference.text,
                           inherited ? " (which the mission serves)" : "",
                           format_date(*target.deadline)));
  }
}

// One finding per cycle and plan, at the first of the plan's objectives on it.
void check_cycles(const PlanIndex& index, const Plan& plan, Reporter& out) {
  std::unordered_set<std::size_t> reported;
  for (const Objective& objective : plan.objectives) {
    std::size_t cycle = 0;
    if (!index.on_cycle(objective, cycle) || !reported.insert(cycle).second) {
      continue;
    }
    const std::vector<CycleStep> path = index.cycle_from(objective);
    if (path.empty()) {
      continue;
    }
    std::string steps = objective.info.id;
    for (std::size_t i = 0; i < path.size() && i < kMaxPathShown; ++i) {
      steps += " → " + name(plan, path[i]);
    }
    if (path.size() > kMaxPathShown) {
      steps += " → …";
    }
    const Reference& first = *path.front().reference;
    out.report(objective.info, first.location,
               fmt::format("{}{} aligns with '{}', and the references lead back to it ({}); an "
                           "objective cannot serve itself",
                           objective.info.id,
                           objective.aligns_with.empty() ? " (through the mission)" : "",
                           first.text, steps));
  }
}

} // namespace

void check_alignment(const Plan& plan, const RuleContext& context, Reporter& out) {
  if (context.plans == nullptr) {
    return;
  }
  const PlanIndex& index = *context.plans;
  check_references(index, plan.mission.info, plan.mission.aligns_with, out);
  for (const Objective& objective : plan.objectives) {
    check_references(index, objective.info, objective.aligns_with, out);
    check_deadlines(index, plan, objective, out);
  }
  check_cycles(index, plan, out);
}

} // namespace most
