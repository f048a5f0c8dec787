#include "forecast_text.hpp"

#include "terminal_text.hpp"

#include <most/wording.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace most {

namespace {

// A sparkline longer than this shows the latest values only.
constexpr std::size_t kSparkValues = 24;

} // namespace

std::string amount_with_unit(double value, const std::string& unit) {
  if (!std::isfinite(value)) {
    return "—";
  }
  // Whole units from a thousand up: a forecast of 576,591.81 EUR claims a precision that a
  // straight line through a few figures does not have.
  std::string number = grouped_amount(std::abs(value) >= 1000 ? std::round(value) : value);
  if (unit.empty()) {
    return number;
  }
  return unit == "%" ? number + "%" : number + " " + unit;
}

std::string forecast_summary(const ObjectiveStatus& o, Date as_of) {
  if (!o.baseline && !o.target) {
    return "";
  }
  if (!o.forecast) {
    return "forecast: none yet (a line needs the baseline on the mission start and a check-in, "
           "or two check-ins on different days)";
  }
  const Forecast& f = *o.forecast;
  std::string text = "forecast ";
  if (f.value && o.deadline) {
    text += amount_with_unit(*f.value, o.unit);
    if (f.progress_pct) {
      text += fmt::format(" ({})", format_percent(f.progress_pct));
    }
    text += " on " + format_date(*o.deadline);
  } else {
    text += "without a deadline";
  }
  if (o.target) {
    text += f.reaches_target_on ? " · reaches the target on " + format_date(*f.reaches_target_on)
                                : " · never reaches the target at this pace";
  }
  if (f.required_per_week) {
    text += " · needs " + amount_with_unit(*f.required_per_week, o.unit) + " a week";
  } else if (o.deadline && as_of >= *o.deadline) {
    text += " · deadline passed";
  }
  text += " · " + count_of(static_cast<long long>(f.points.size()), "point");
  return text;
}

std::string sparkline(const ObjectiveStatus& o) {
  static constexpr std::array<std::string_view, 8> kBlocks = {"▁", "▂", "▃", "▄",
                                                              "▅", "▆", "▇", "█"};
  std::vector<double> values;
  if (o.baseline && std::isfinite(*o.baseline)) {
    values.push_back(*o.baseline);
  }
  for (const ForecastPoint& point : o.checkins) {
    if (std::isfinite(point.value)) {
      values.push_back(point.value);
    }
  }
  if (values.size() < 2) {
    return "";
  }
  if (values.size() > kSparkValues) {
    values.erase(values.begin(), values.end() - kSparkValues);
  }
  const auto [low, high] = std::minmax_element(values.begin(), values.end());
  const double span = *high - *low;
  std::string line;
  for (const double value : values) {
    // A flat line sits in the middle; the span may overflow to infinity on huge values.
    const double share = span > 0 && std::isfinite(span) ? (value - *low) / span : 0.5;
    const auto index = static_cast<std::size_t>(std::clamp(std::lround(share * 7), 0L, 7L));
    line += kBlocks.at(index);
  }
  return line;
}

} // namespace most
