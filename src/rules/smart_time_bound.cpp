// smart-time-bound: an objective with no deadline, or two that disagree.

#include "checks.hpp"

#include <most/wording.hpp>

#include <fmt/format.h>

namespace most {

const std::string_view kSmartTimeBoundDoc = R"(What it does
  Checks that each objective says by when: a `deadline:` field, or a date in
  its statement ("by June 30", "30 June 2026", "end of Q3", "in Q3 and Q4",
  "within 6 months", "by year end"). Statement dates are read relative to the
  mission: "June 30" is the next June 30 on or after the mission's start.

  When both are given and the deadline falls outside what the statement
  allows, it reports a warning instead of an error. A phrase that names a
  period allows every day of it: "by June" and "in June" allow June 1-30,
  "in Q3" July 1 to September 30, "in 2026" the whole year, "within 6
  months" the mission start to the day before six months later (start
  2026-01-01: through 2026-06-30). A phrase that names a day allows only
  that day: "June 30", "mid-June" (the 15th), "end of Q3", "year end",
  "by mid-year" (June 30), "fiscal year end" (December 31: plans carry no
  fiscal calendar). When the statement names several dates, the latest one
  is its deadline.

Why is this bad
  SMART objectives are Time-bound. Without a date there is no urgency, no
  way to tell whether the objective is on track, and `most status` cannot
  compute the progress expected by now. Two dates that disagree leave readers
  to guess which one holds.

Example
  objectives:
    - statement: Increase sales volume by 10%
      metric: {name: Sales volume, unit: EUR, baseline: 1200000, target: 1320000}

How to fix
  Add a `deadline: YYYY-MM-DD`, or say by when in the statement ("by June
  30"). When both are given, make the deadline fall within what the
  statement names.

)";

void check_smart_time_bound(const Plan& plan, const RuleContext& /*context*/, Reporter& out) {
  for (const Objective& objective : plan.objectives) {
    // A missing statement is a required-field finding; an unreadable deadline an invalid-date.
    if (!objective.statement || (objective.deadline.written && !objective.deadline)) {
      continue;
    }
    const StatementReading& reading = objective.reading;
    if (!objective.deadline) {
      if (reading.dates.empty()) {
        out.report(objective.info, objective.statement.location,
                   fmt::format("objective {} has no deadline; add 'deadline: YYYY-MM-DD' or "
                               "say by when in the statement (e.g. 'by June 30')",
                               objective.info.id));
      }
      continue;
    }
    // Statement dates only mean a day once the mission start anchors them.
    const DateMention* named = reading.deadline_mention();
    const Date deadline = *objective.deadline;
    if (!plan.mission.start || !named || (named->first <= deadline && deadline <= named->date)) {
      continue;
    }
    if (named->first == named->date) {
      out.report(Severity::Warning, objective.info, objective.deadline.location,
                 fmt::format("objective {} has deadline {}, but its statement says {}; make them "
                             "name the same day",
                             objective.info.id, format_date(deadline), format_date(named->date)));
      continue;
    }
    out.report(Severity::Warning, objective.info, objective.deadline.location,
               fmt::format("objective {} has deadline {}, but its statement says {} to {}; move "
                           "the deadline into that period or reword the statement",
                           objective.info.id, format_date(deadline), format_date(named->first),
                           format_date(named->date)));
  }
}

} // namespace most
