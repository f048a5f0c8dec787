// smart-attainable: a metric target that cannot, or should not, be the goal.

#include "checks.hpp"

#include <most/wording.hpp>

#include <fmt/format.h>

#include <cmath>

namespace most {

const std::string_view kSmartAttainableDoc = R"(What it does
  Compares each objective's `metric.target` with its `metric.baseline` and
  reports, one finding per problem:
  - a target equal to the baseline (nothing would change);
  - a target that moves against the statement's verb: "increase", "grow",
    "raise" with a target below the baseline, or "reduce", "cut", "lower"
    with one above it;
  - a change of more than 100% of the baseline (skipped when the baseline
    is 0).
  Without a metric (or without its baseline and target) the statement's own
  numbers count: "from X to Y", "by N %", "double", "triple", "halve" —
  "Grow ARR from EUR 2M to EUR 7M" and "Increase fleet revenue by 150%" ask
  for more than 100%. Objectives that keep a level ("keep", "maintain",
  "hold", "protect", "sustain", "stay above/below") may have a target equal
  to the baseline: "Keep the renewal rate at 92%".

Why is this bad
  SMART objectives are Attainable: challenging, but within reach. A target
  that equals the baseline or points the wrong way is almost always a typo; a
  target more than double the starting point in one plan sets the team up to
  fail and makes the whole plan look unserious.

Example
  objectives:
    - statement: Increase sales volume by 10% by June 30
      metric:
        name: Sales volume
        unit: EUR
        baseline: 1200000
        target: 1080000         # below the baseline, but the statement says increase

How to fix
  Correct the target (or the baseline) so it moves the way the statement
  says, by an amount the team can reach. Split a very large ambition into a
  first step for this plan and a follow-up for the next.

)";

namespace {

void check_objective(const Objective& objective, Reporter& out) {
  const Metric& metric = *objective.metric;
  const double baseline = *metric.baseline;
  const double target = *metric.target;
  const SourceLocation where = metric.target.location;
  const std::string& id = objective.info.id;
  if (target == baseline) {
    if (objective.statement && objective.reading.holds) {
      return; // "Keep the renewal rate at 92%": holding the level is the point
    }
    out.report(objective.info, where,
               fmt::format("objective {} has a target equal to its baseline ({}); set the value "
                           "the objective should reach",
                           id, format_number(target)));
    return;
  }
  if (objective.statement) {
    const Direction direction = objective.reading.direction;
    if (direction == Direction::Increase && target < baseline) {
      out.report(objective.info, where,
                 fmt::format("objective {} says to increase, but its target {} is below its "
                             "baseline {}; check the numbers or the verb",
                             id, format_number(target), format_number(baseline)));
    } else if (direction == Direction::Decrease && target > baseline) {
      out.report(objective.info, where,
                 fmt::format("objective {} says to reduce, but its target {} is above its "
                             "baseline {}; check the numbers or the verb",
                             id, format_number(target), format_number(baseline)));
    }
  }
  // Relative change means nothing from a zero baseline (every target is "infinitely" more).
  if (baseline != 0 && std::abs(target - baseline) > std::abs(baseline)) {
    // Near the limits of a double the change itself overflows: say "more than a million
    // percent" rather than "inf%".
    constexpr double kMostPercent = 1e6;
    const double percent = std::round(std::abs(target - baseline) / std::abs(baseline) * 1000) / 10;
    const std::string change = std::isfinite(percent) && percent <= kMostPercent
                                   ? fmt::format("{}%", format_number(percent))
                                   : "more than 1,000,000%";
    out.report(objective.info, where,
               fmt::format("objective {} aims to change its metric by {} (from {} to {}); "
                           "more than 100% in one plan is rarely attainable, so aim for a first "
                           "step",
                           id, change, format_number(baseline), format_number(target)));
  }
}

// Without a metric the statement's own numbers are the baseline and target: "from X to Y",
// "by N %", "double" (SPEC §4.5).
void check_statement(const Objective& objective, Reporter& out) {
  const StatementReading& reading = objective.reading;
  const StatedChange& change = *reading.change;
  const SourceLocation where = objective.statement.location;
  const std::string& id = objective.info.id;
  if (change.from && change.to) {
    const double from = *change.from;
    const double to = *change.to;
    if (from == to && !reading.holds) {
      out.report(objective.info, where,
                 fmt::format("objective {} goes from {} to the same {}; say the value the "
                             "objective should reach",
                             id, format_number(from), format_number(to)));
      return;
    }
    if ((reading.direction == Direction::Increase && to < from) ||
        (reading.direction == Direction::Decrease && to > from)) {
      out.report(objective.info, where,
                 fmt::format("objective {} says to {}, but goes from {} to {}; check the numbers "
                             "or the verb",
                             id, reading.direction == Direction::Increase ? "increase" : "reduce",
                             format_number(from), format_number(to)));
      return;
    }
  }
  constexpr double kMostPercent = 1e6;
  if (change.percent && std::abs(*change.percent) > 100 && std::isfinite(*change.percent) &&
      std::abs(*change.percent) <= kMostPercent) {
    const double percent = std::round(std::abs(*change.percent) * 10) / 10;
    out.report(objective.info, where,
               fmt::format("objective {} aims to change its measure by {}%; more than 100% in one "
                           "plan is rarely attainable, so aim for a first step",
                           id, format_number(percent)));
  }
}

} // namespace

void check_smart_attainable(const Plan& plan, const RuleContext& /*context*/, Reporter& out) {
  for (const Objective& objective : plan.objectives) {
    if (objective.metric && objective.metric->baseline && objective.metric->target) {
      check_objective(objective, out);
    } else if (objective.statement && objective.reading.change &&
               !(objective.metric && objective.metric->target)) {
      check_statement(objective, out);
    }
  }
}

} // namespace most
