#pragma once

// Roll-ups (SPEC §4.6): an objective whose metric says `rollup:` takes its value, on each day,
// from the objectives aligned to it, so an organisation's figure is never typed by hand.

#include <most/plan_index.hpp>
#include <most/status.hpp>

#include <optional>
#include <unordered_map>
#include <vector>

namespace most {

/// A metric's value over time as a step function: `initial` until the first step, then each
/// step's value from its day on.
struct ValueSeries {
  std::optional<double> initial;    ///< before any check-in: the baseline (rolled up or own)
  std::vector<ForecastPoint> steps; ///< one per day, in day order, on or before the as-of day

  /// The value on `day`, or nullopt when nothing is known then.
  std::optional<double> at(Date day) const;
};

/// The rolled-up values of every roll-up objective of an organisation on an as-of day.
struct Rollups {
  /// Per roll-up objective (not on a cycle): its series from the objectives aligned to it.
  std::unordered_map<const Objective*, ValueSeries> series;

  /// The series of `objective`, or nullptr when it is not a roll-up that could be computed.
  const ValueSeries* find(const Objective& objective) const;
};

/// Combines `values` as `rollup` says; nullopt when there are none.
std::optional<double> combine(Rollup rollup, const std::vector<double>& values);

/// Computes every roll-up of the plans `index` knows, on and before `as_of`. A roll-up's
/// contributors are the objectives aligned directly to it, each counted with its latest
/// check-in on or before a day, or its baseline before it has one; a contributor that is a
/// roll-up counts with its own rolled-up value (chains). Objectives on a cycle get none.
Rollups compute_rollups(const PlanIndex& index, Date as_of);

/// `compute_status` where each roll-up objective's current value, check-in history and
/// forecast come from `rollups` (its baseline too, when the plan writes none).
PlanStatus compute_status(const Plan& plan, Date as_of, const Rollups& rollups);

} // namespace most
