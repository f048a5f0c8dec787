#include "rules/rule_support.hpp"

#include <fmt/format.h>

namespace most {

StatementReading read_objective_statement(const Objective& objective, const Mission& mission) {
  if (!objective.statement) {
    return {};
  }
  // Without a mission start, dates still resolve, just not to the right year; callers that
  // compare dates check the start themselves.
  const Date start = mission.start
                         ? *mission.start
                         : Date{std::chrono::year{2000}, std::chrono::January, std::chrono::day{1}};
  return read_statement(*objective.statement, start);
}

std::optional<Date> effective_deadline(const Objective& objective, const Mission& mission) {
  if (objective.deadline) {
    return *objective.deadline;
  }
  if (!mission.start) {
    return std::nullopt;
  }
  return read_objective_statement(objective, mission).deadline();
}

std::string count_of(long count, std::string_view noun) {
  return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

std::string format_number(double value) { return fmt::format("{:.10g}", value); }

} // namespace most
