// milestone-missed: a landmark on the road map whose day passed without it.

#include "checks.hpp"

#include <most/wording.hpp>

#include <fmt/format.h>

namespace most {

const std::string_view kMilestoneMissedDoc = R"(What it does
  Reports a milestone due before the as-of day that is not marked
  `done: true`.

Why is this bad
  A milestone is the early sign that an objective is on its way. One that
  passed unnoticed hides a slip until the deadline itself is missed.

Example
  milestones:
    - name: Two new salespeople start
      due: 2026-03-02                # the as-of day is later, and no done: true

How to fix
  Mark the milestone `done: true` when it was reached, or move its `due:` to
  the day it is now expected and say why in a comment.

)";

void check_milestone_missed(const Plan& plan, const RuleContext& context, Reporter& out) {
  for (const Objective& objective : plan.objectives) {
    for (const Milestone& milestone : objective.milestones) {
      if (milestone.done || !milestone.due || *milestone.due >= context.as_of) {
        continue;
      }
      out.report(objective.info, milestone.due.location,
                 fmt::format("milestone '{}' of objective {} was due on {}, {} ago, and is not "
                             "done; mark it 'done: true' or move its due day",
                             milestone.name.value.value_or(""), objective.info.id,
                             format_date(*milestone.due),
                             count_of(days_between(*milestone.due, context.as_of), "day")));
    }
  }
}

} // namespace most
