#include "metric_line.hpp"

#include <fmt/format.h>

namespace most {

std::string metric_line(const ObjectiveStatus& objective, const MetricStyle& style) {
  const bool percent_on_each = style.percent_on_each && objective.unit == "%";
  const auto value = [&](std::optional<double> number) {
    if (!number) {
      return std::string(style.missing);
    }
    return percent_on_each ? style.amount(*number) + "%" : style.amount(*number);
  };
  std::string line = fmt::format("{} → {} → {}", value(objective.baseline),
                                 value(objective.current), value(objective.target));
  if (!objective.unit.empty() && !percent_on_each) {
    line += " " + style.escape(objective.unit);
  }
  return line;
}

} // namespace most
