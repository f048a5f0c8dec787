// The forecast of `most status` (SPEC §4.3): an ordinary least-squares line of the metric's
// value against the day, through the baseline on the mission start and the check-ins so far.

#include <most/status.hpp>

#include <algorithm>
#include <cmath>

namespace most {

namespace {

// Days are counted from the first point, so the sums stay small and exact in a double.
double offset(Date from, Date day) { return static_cast<double>(days_between(from, day)); }

std::optional<double> finite(double value) {
  return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

// The first day on or after which the line has reached `target`, or nullopt when it moves away
// from the target or runs parallel to it, or the day cannot be written as YYYY-MM-DD.
std::optional<Date> reaching_day(const Forecast& f, std::optional<double> baseline, double target) {
  const Date origin = f.points.front().day;
  // The direction the metric must move: from the baseline to the target, or (without a
  // baseline) from where the line stands on its last point.
  const double from = baseline ? *baseline : f.at(f.points.back().day);
  const double direction = target - from;
  if (f.slope_per_day == 0 || direction == 0 || !std::isfinite(direction) ||
      (f.slope_per_day > 0) != (direction > 0)) {
    return std::nullopt;
  }
  const double crossing = (target - f.intercept) / f.slope_per_day; // days after `origin`
  // Rounding may leave an exact crossing a hair past a whole day; that day still counts.
  const double first = std::ceil(crossing - 1e-9);
  const double lowest =
      offset(origin, Date{std::chrono::year{1}, std::chrono::January, std::chrono::day{1}});
  const double highest = offset(origin, kLastDay);
  if (!std::isfinite(first) || first < lowest || first > highest) {
    return std::nullopt;
  }
  return add_days(origin, static_cast<int>(first));
}

} // namespace

double Forecast::at(Date day) const {
  return intercept + slope_per_day * offset(points.front().day, day);
}

std::optional<Forecast> fit_forecast(std::vector<ForecastPoint> points, Date as_of,
                                     std::optional<Date> deadline, std::optional<double> baseline,
                                     std::optional<double> target, std::optional<double> current) {
  std::erase_if(points, [](const ForecastPoint& p) { return !std::isfinite(p.value); });
  std::stable_sort(points.begin(), points.end(),
                   [](const ForecastPoint& a, const ForecastPoint& b) { return a.day < b.day; });
  if (points.size() < 2 || points.front().day == points.back().day) {
    return std::nullopt;
  }
  Forecast f;
  f.points = std::move(points);
  const Date origin = f.points.front().day;
  const auto n = static_cast<double>(f.points.size());
  double mean_x = 0;
  double mean_y = 0;
  for (const ForecastPoint& p : f.points) {
    mean_x += offset(origin, p.day) / n;
    mean_y += p.value / n;
  }
  double sxy = 0;
  double sxx = 0;
  for (const ForecastPoint& p : f.points) {
    const double dx = offset(origin, p.day) - mean_x;
    sxy += dx * (p.value - mean_y);
    sxx += dx * dx;
  }
  f.slope_per_day = sxy / sxx;
  f.intercept = mean_y - f.slope_per_day * mean_x;
  if (!std::isfinite(f.slope_per_day) || !std::isfinite(f.intercept)) {
    return std::nullopt;
  }
  if (deadline) {
    f.value = finite(f.at(*deadline));
  }
  if (f.value && baseline && target && *target != *baseline) {
    f.progress_pct = finite(100.0 * (*f.value - *baseline) / (*target - *baseline));
  }
  if (target && std::isfinite(*target)) {
    f.reaches_target_on = reaching_day(f, baseline, *target);
  }
  if (target && current && deadline && as_of < *deadline) {
    f.required_per_week = finite((*target - *current) / days_between(as_of, *deadline) * 7.0);
  }
  return f;
}

} // namespace most
