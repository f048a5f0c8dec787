#include <most/plan.hpp>

namespace most {

std::string_view status_name(Status status) {
  switch (status) {
  case Status::Todo:
    return "todo";
  case Status::Doing:
    return "doing";
  case Status::Done:
    return "done";
  case Status::Blocked:
    return "blocked";
  case Status::Dropped:
    return "dropped";
  }
  return "todo";
}

std::string_view rollup_name(Rollup rollup) {
  switch (rollup) {
  case Rollup::Sum:
    return "sum";
  case Rollup::Min:
    return "min";
  case Rollup::Max:
    return "max";
  case Rollup::Average:
    return "average";
  }
  return "sum";
}

bool is_rollup(const Objective& objective) {
  return objective.metric && objective.metric->rollup.value.has_value();
}

std::optional<Date> effective_deadline(const Objective& objective) {
  return objective.deadline ? objective.deadline.value : objective.reading.deadline();
}

} // namespace most
