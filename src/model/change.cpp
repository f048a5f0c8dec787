#include <most/change.hpp>

namespace most {

std::string_view change_name(ChangeKind kind) {
  switch (kind) {
  case ChangeKind::PlanAdded:
    return "plan-added";
  case ChangeKind::PlanRemoved:
    return "plan-removed";
  case ChangeKind::HorizonChanged:
    return "horizon";
  case ChangeKind::ObjectiveAdded:
    return "objective-added";
  case ChangeKind::ObjectiveRemoved:
    return "objective-removed";
  case ChangeKind::TargetChanged:
    return "target";
  case ChangeKind::BaselineChanged:
    return "baseline";
  case ChangeKind::CheckinAdded:
    return "check-in";
  case ChangeKind::StrategyAdded:
    return "strategy-added";
  case ChangeKind::StrategyRemoved:
    return "strategy-removed";
  case ChangeKind::TacticAdded:
    return "added";
  case ChangeKind::TacticRemoved:
    return "removed";
  case ChangeKind::TacticCompleted:
    return "completed";
  case ChangeKind::TacticDropped:
    return "dropped";
  case ChangeKind::StatusChanged:
    return "status";
  case ChangeKind::DueSlipped:
    return "slipped";
  case ChangeKind::DueEarlier:
    return "earlier";
  case ChangeKind::DueSet:
    return "due";
  case ChangeKind::OwnerChanged:
    return "owner";
  case ChangeKind::CheckinChanged:
    return "check-in-changed";
  case ChangeKind::CheckinRemoved:
    return "check-in-removed";
  }
  return "added";
}

bool is_removal(ChangeKind kind) {
  return kind == ChangeKind::PlanRemoved || kind == ChangeKind::ObjectiveRemoved ||
         kind == ChangeKind::StrategyRemoved || kind == ChangeKind::TacticRemoved;
}

} // namespace most
