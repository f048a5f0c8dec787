#include "metric_line.hpp"

#include <most/wording.hpp>

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

std::string markup_metric(const ObjectiveStatus& objective, std::string (*escape)(std::string_view),
                          std::string (*amount)(double)) {
  if (!objective.baseline && !objective.target && !objective.current) {
    return "—";
  }
  return metric_line(objective, MetricStyle{"—", amount, escape, true});
}

std::string markup_tactics(const TacticCounts& counts, std::string_view open,
                           std::string_view close) {
  std::string cell = fmt::format("{}/{} done", counts.done, counts.total());
  if (counts.overdue > 0) {
    cell += fmt::format(", {}{} overdue{}", open, counts.overdue, close);
  }
  return cell;
}

} // namespace most
