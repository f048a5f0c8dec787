// Roll-ups (SPEC §4.6): each roll-up objective's value on every day some objective below it
// reported a figure, combined from the objectives aligned to it — children before parents,
// without recursion, so a long chain of roll-ups cannot exhaust the stack.

#include <most/rollup.hpp>

#include <algorithm>
#include <cstddef>
#include <utility>

namespace most {

std::optional<double> ValueSeries::at(Date day) const {
  const auto after =
      std::upper_bound(steps.begin(), steps.end(), day,
                       [](Date d, const ForecastPoint& step) { return d < step.day; });
  return after == steps.begin() ? initial : std::optional<double>(std::prev(after)->value);
}

const ValueSeries* Rollups::find(const Objective& objective) const {
  const auto found = series.find(&objective);
  return found == series.end() ? nullptr : &found->second;
}

std::optional<double> combine(Rollup rollup, const std::vector<double>& values) {
  if (values.empty()) {
    return std::nullopt;
  }
  switch (rollup) {
  case Rollup::Min:
    return *std::min_element(values.begin(), values.end());
  case Rollup::Max:
    return *std::max_element(values.begin(), values.end());
  case Rollup::Sum:
  case Rollup::Average:
    break;
  }
  double sum = 0;
  for (const double value : values) {
    sum += value;
  }
  return rollup == Rollup::Average ? sum / static_cast<double>(values.size()) : sum;
}

namespace {

// An objective that reports its own figures: its baseline, then its check-ins up to the
// as-of day; of two on one day the later written counts, as for `current` in SPEC §2.
ValueSeries own_series(const Objective& objective, Date as_of) {
  ValueSeries series;
  if (objective.metric) {
    series.initial = objective.metric->baseline.value;
  }
  for (const Checkin& checkin : objective.checkins) {
    if (checkin.date && checkin.value && *checkin.date <= as_of) {
      series.steps.push_back({*checkin.date, *checkin.value});
    }
  }
  std::stable_sort(series.steps.begin(), series.steps.end(),
                   [](const ForecastPoint& a, const ForecastPoint& b) { return a.day < b.day; });
  // Keep the last of each day: stable sorting left them in the order written.
  std::vector<ForecastPoint> last;
  for (const ForecastPoint& step : series.steps) {
    if (!last.empty() && last.back().day == step.day) {
      last.back() = step;
    } else {
      last.push_back(step);
    }
  }
  series.steps = std::move(last);
  return series;
}

ValueSeries rolled_series(Rollup rollup, const std::vector<const ValueSeries*>& parts) {
  std::vector<Date> days;
  for (const ValueSeries* part : parts) {
    for (const ForecastPoint& step : part->steps) {
      days.push_back(step.day);
    }
  }
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  std::vector<double> values;
  const auto values_on = [&](auto value_of) {
    values.clear();
    for (const ValueSeries* part : parts) {
      if (const std::optional<double> value = value_of(*part)) {
        values.push_back(*value);
      }
    }
    return combine(rollup, values);
  };
  ValueSeries series;
  series.initial = values_on([](const ValueSeries& part) { return part.initial; });
  for (const Date day : days) {
    if (const std::optional<double> value =
            values_on([day](const ValueSeries& part) { return part.at(day); })) {
      series.steps.push_back({day, *value});
    }
  }
  return series;
}

} // namespace

Rollups compute_rollups(const PlanIndex& index, Date as_of) {
  Rollups result;
  std::unordered_map<const Objective*, ValueSeries> own; // contributors that report figures
  const auto counts_as_rollup = [&index](const Objective& objective) {
    std::size_t cycle = 0;
    return is_rollup(objective) && !index.on_cycle(objective, cycle);
  };
  const auto part_of = [&](const Objective* objective) -> const ValueSeries* {
    if (const ValueSeries* rolled = result.find(*objective)) {
      return rolled;
    }
    return &own.try_emplace(objective, own_series(*objective, as_of)).first->second;
  };
  struct Frame {
    const Objective* objective;
    std::vector<const Objective*> parts;
    std::size_t next = 0;
  };
  std::unordered_map<const Objective*, bool> visited;
  std::vector<Frame> stack;
  for (const Plan* plan : index.plans()) {
    for (const Objective& root : plan->objectives) {
      if (!counts_as_rollup(root) || visited.contains(&root)) {
        continue;
      }
      visited.emplace(&root, true);
      stack.push_back(Frame{&root, index.aligned_to(root)});
      while (!stack.empty()) {
        Frame& frame = stack.back();
        if (frame.next < frame.parts.size()) {
          const Objective* part = frame.parts[frame.next++];
          if (counts_as_rollup(*part) && visited.emplace(part, true).second) {
            stack.push_back(Frame{part, index.aligned_to(*part)});
          }
          continue;
        }
        std::vector<const ValueSeries*> parts;
        for (const Objective* part : frame.parts) {
          parts.push_back(part_of(part));
        }
        result.series.emplace(frame.objective,
                              rolled_series(*frame.objective->metric->rollup, parts));
        stack.pop_back();
      }
    }
  }
  return result;
}

} // namespace most
