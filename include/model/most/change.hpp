#pragma once

// One change between two versions of a plan, as `most diff` reports it and the rules about
// changes (`target-changed`) read it. Computed by the diff view (src/views/diff.cpp).

#include <most/diagnostic.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace most {

/// The kinds of change `most diff` reports.
enum class ChangeKind {
  PlanAdded,      ///< the file is new
  PlanRemoved,    ///< the file is gone
  HorizonChanged, ///< the mission's start or deadline moved
  ObjectiveAdded,
  ObjectiveRemoved,
  TargetChanged,   ///< an objective's metric target moved
  BaselineChanged, ///< an objective's metric baseline moved
  CheckinAdded,    ///< a new measurement, with the progress it brings
  StrategyAdded,
  StrategyRemoved,
  TacticAdded,
  TacticRemoved,
  TacticCompleted, ///< status became done
  TacticDropped,   ///< status became dropped
  StatusChanged,   ///< any other status change: started, blocked, reopened
  DueSlipped,      ///< the due day moved later
  DueEarlier,      ///< the due day moved earlier
  DueSet,          ///< a due day written or erased (one side has none)
  OwnerChanged,
  CheckinChanged, ///< a check-in's value changed on the same day
  CheckinRemoved,
};

/// True for the kinds whose item is gone: their place is in the old version.
bool is_removal(ChangeKind kind);

/// The stable name of a kind, as JSON and `--fail-on` spell it: "slipped", "completed", …
std::string_view change_name(ChangeKind kind);

/// Every kind's name, in the order of ChangeKind.
std::span<const std::string_view> change_names();

/// One change to one item.
struct Change {
  ChangeKind kind = ChangeKind::TacticAdded;
  std::string id;                   ///< the item's id in the new version (the old one when removed)
  std::string label;                ///< its action, statement or name
  SourceLocation location;          ///< where it is in the new version (the old one when removed)
  std::string field;                ///< HorizonChanged: "start" or "deadline"
  std::string before;               ///< the old value as written: a day, an owner; empty for none
  std::string after;                ///< the new value; empty for none
  int days = 0;                     ///< DueSlipped, DueEarlier, HorizonChanged: days moved (signed)
  std::optional<double> old_number; ///< targets, baselines, check-in values
  std::optional<double> new_number;
  std::optional<double> progress_before; ///< CheckinAdded: progress at the check-in before it
  std::optional<double> progress_after;  ///< CheckinAdded: progress at this check-in
};

} // namespace most
