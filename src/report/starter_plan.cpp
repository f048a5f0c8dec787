// `most init`: the starter plan. It teaches the format by example and passes `most check` on the
// day it is written, so a new user starts from a clean run and edits from there.

#include <most/authoring.hpp>

#include <fmt/format.h>

#include <array>
#include <string_view>

namespace most {

namespace {

constexpr std::string_view kTemplate = R"yaml(# yaml-language-server: $schema={schema}
#
# A sales plan written the M-O-S-T way, started with `most init` on {today}:
#
#   Mission     where the team wants to be in 6 to 12 months
#   Objectives  SMART goals that make the mission concrete: Specific, Measurable,
#               Attainable, Relevant and Time-bound
#   Strategies  broad ways to reach each objective
#   Tactics     concrete steps: who does what, by when, and how much
#
# Replace the examples with your own plan and run `most check` on this file after
# each change. `most explain RULE` says what a finding means and how to fix it;
# `man most` describes every key. Keys starting with x- are yours: most ignores them.
most: 1

mission:
  # Challenging but attainable, and about the future. The horizon runs from start
  # to deadline, the deadline day included: at least 6 and at most 12 months.
  statement: To be one of the top five dealers in the region within 12 months
  owner: alex
  start: {start}
  deadline: {deadline}

# Everyone who owns a tactic. With a roster, most checks every owner against it.
team:
  - id: alex
    name: Alex Morgan
    role: Sales manager
  - id: sam
    name: Sam Lee
    role: Account manager

objectives:
  # Say what changes, by how much and by when; the metric measures it.
  - id: O1
    statement: Increase sales volume by 10% by {objective_words}
    deadline: {objective_deadline}
    metric:
      name: Sales volume
      unit: EUR
      baseline: 1000000
      target: 1100000
    # Measured values over time; `most status` compares them with the plan.
    checkins:
      - date: {today}
        value: 1000000
        note: Starting point
    # Landmarks on the way.
    milestones:
      - name: New salesperson starts
        due: {milestone}
    strategies:
      # A broad way to reach the objective; ids are optional (O1.S1 by position).
      - id: S1
        statement: Increase sales coverage by hiring one additional salesperson
        tactics:
          # Who does what, by when, and how much.
          - id: T1
            action: Post a job opening for a salesperson
            owner: sam
            due: {first_due}
            status: todo        # todo | doing | done | blocked | dropped
            budget: 1500        # what it costs, 0 or more
            resources: [job boards]
          - id: T2
            action: Interview candidates and hire one salesperson
            owner: alex
            start: {first_due}
            due: {second_due}
            budget: 6000
            notes: The new salesperson starts on the milestone day.
)yaml";

std::string month_day_year(Date day) {
  static constexpr auto kMonths = std::to_array<std::string_view>(
      {"January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"});
  return fmt::format("{} {}, {}", kMonths.at(static_cast<unsigned>(day.month()) - 1),
                     static_cast<unsigned>(day.day()), static_cast<int>(day.year()));
}

} // namespace

void render_starter_plan(std::ostream& out, Date today, std::string_view schema_ref) {
  // Twelve months of mission, an objective at six, tactics in the coming weeks: nothing is
  // overdue or out of the horizon on the day the plan is written.
  const Date deadline = add_days(add_months(today, 12), -1);
  const Date objective = add_days(add_months(today, 6), -1);
  out << fmt::format(kTemplate, fmt::arg("schema", schema_ref),
                     fmt::arg("today", format_date(today)), fmt::arg("start", format_date(today)),
                     fmt::arg("deadline", format_date(deadline)),
                     fmt::arg("objective_words", month_day_year(objective)),
                     fmt::arg("objective_deadline", format_date(objective)),
                     fmt::arg("milestone", format_date(add_days(today, 42))),
                     fmt::arg("first_due", format_date(add_days(today, 14))),
                     fmt::arg("second_due", format_date(add_days(today, 35))));
}

} // namespace most
