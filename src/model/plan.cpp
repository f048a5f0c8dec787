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

std::optional<Date> effective_deadline(const Objective& objective) {
  return objective.deadline ? objective.deadline.value : objective.reading.deadline();
}

} // namespace most
