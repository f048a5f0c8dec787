// smart-relevant: an objective due outside the mission it is meant to serve.

#include "checks.hpp"

#include <most/wording.hpp>

#include <fmt/format.h>

namespace most {

const std::string_view kSmartRelevantDoc = R"(What it does
  Checks that each objective's deadline falls within the mission's span, from
  its `start` to its `deadline`. The objective's deadline is its `deadline:`
  field or, without one, the latest date its statement names ("by June 30",
  "end of Q3").

Why is this bad
  SMART objectives are Relevant: they make this mission concrete. An
  objective due after the mission ends (or before it starts) serves some
  other plan, and its progress says nothing about this one.

Example
  mission:
    statement: To be one of the top five dealers in the region
    start: 2026-01-01
    deadline: 2026-12-31
  objectives:
    - statement: Increase sales volume by 10% by March 31, 2027
      deadline: 2027-03-31

How to fix
  Bring the objective's deadline within the mission, or move it to the plan
  of the mission it belongs to.

)";

void check_smart_relevant(const Plan& plan, const RuleContext& /*context*/, Reporter& out) {
  const Mission& mission = plan.mission;
  // A mission that ends before it starts has no span to fall within; date-order reports it.
  if (!mission.start || !mission.deadline || *mission.deadline < *mission.start) {
    return;
  }
  for (const Objective& objective : plan.objectives) {
    const std::optional<Date> deadline = effective_deadline(objective);
    if (!deadline) {
      continue;
    }
    // Point at what set the deadline: the field, or the statement that named it.
    const SourceLocation where =
        objective.deadline ? objective.deadline.location : objective.statement.location;
    if (*deadline < *mission.start) {
      out.report(objective.info, where,
                 fmt::format("objective {} is due on {}, before the mission starts on {}; an "
                             "objective should fall within its mission",
                             objective.info.id, format_date(*deadline),
                             format_date(*mission.start)));
    } else if (*deadline > *mission.deadline) {
      out.report(objective.info, where,
                 fmt::format("objective {} is due on {}, after the mission's deadline {}; an "
                             "objective should fall within its mission",
                             objective.info.id, format_date(*deadline),
                             format_date(*mission.deadline)));
    }
  }
}

} // namespace most
