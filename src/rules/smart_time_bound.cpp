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

  Phrases that name no day ("in the coming months", "soon", "ASAP",
  "before the summer", "going forward") do not make an objective
  time-bound, and the finding names them; "from February", "starting in
  March", "since Q1" name a start, not a deadline. A date that names what
  is measured ("customers who lapsed in 2025", "compared with Q1 2026")
  is no deadline either.

  Quarters, halves, months and days written without a year are their first
  occurrence that ends on or after the mission start: with a mission from
  2026-09-01, "by end of Q2" and "by June 30" are both 2027-06-30. Fiscal
  years follow `fiscal_year_start` (the mission's, else `.most.yaml`'s,
  else 01-01) and are named by the year they end in: with 09-01, "FY27"
  runs 2026-09-01 to 2027-08-31, "FY end" is the end of the first fiscal
  year ending on or after the mission start, "fiscal Q1"/"FQ1" its first
  quarter. Plain "Q1" to "Q4", "H1" and "H2" stay calendar periods.

  When both are given and the deadline falls outside what the statement
  allows, it reports a warning instead of an error. A phrase that names a
  period allows every day of it: "by June" and "in June" allow June 1-30,
  "in Q3" July 1 to September 30, "in 2026" the whole year, "within 6
  months" the mission start to the day before six months later (start
  2026-01-01: through 2026-06-30). A phrase that names a day allows only
  that day: "June 30", "mid-June" (the 15th), "end of Q3", "year end",
  "by mid-year" (June 30), "fiscal year end". When the statement names
  several dates, the latest one is its deadline.

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

namespace {

// What in the statement sounds like a time but bounds nothing (SPEC §4.4).
std::string why_no_deadline(const Objective& objective) {
  const StatementReading& reading = objective.reading;
  if (!reading.undated_times.empty()) {
    return fmt::format(": '{}' names no day", reading.undated_times.front());
  }
  if (!reading.starts.empty()) {
    const DateMention& start = reading.starts.front();
    return fmt::format(": '{}' names a start, not a deadline",
                       objective.statement->substr(start.begin, start.end - start.begin));
  }
  return {};
}

} // namespace

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
                   fmt::format("objective {} has no deadline{}; add 'deadline: YYYY-MM-DD' or "
                               "say by when in the statement (e.g. 'by June 30')",
                               objective.info.id, why_no_deadline(objective)));
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
