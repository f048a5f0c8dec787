#pragma once

// The name of every rule, as one constant each: code names a rule by its RuleId, so a misspelt
// rule does not build. The registry (src/rules/registry.cpp) gives each its check and its page.

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace most {

/// Every rule of SPEC §3 and §4.5, in the alphabetical order of their names.
enum class RuleId : std::uint8_t {
  Alignment,
  BudgetFormat,
  CheckinConflict,
  CheckinOutlier,
  DateOrder,
  DuplicateId,
  DuplicateKey,
  FieldType,
  IgnoreExpired,
  InvalidDate,
  MetricMismatch,
  MilestoneMissed,
  MissionHorizon,
  MissionSpecific,
  NotAPlan,
  ObjectiveWithoutStrategy,
  OwnerOverload,
  RequiredField,
  RollupMismatch,
  SmartAttainable,
  SmartMeasurable,
  SmartRelevant,
  SmartSpecific,
  SmartTimeBound,
  StaleCheckin,
  StatusMismatch,
  StrategyWithoutTactic,
  TacticAfterDeadline,
  TacticDue,
  TacticOverdue,
  TacticOwner,
  TargetChanged,
  UnknownKey,
  UnsupportedVersion,
  YamlSyntax,
};

/// The kebab-case name of a rule ("tactic-owner"), as plans, `.most.yaml` and reports spell it.
std::string_view rule_name(RuleId rule);

/// The rule named `name`, or nullopt when no rule has that name.
std::optional<RuleId> rule_from_name(std::string_view name);

/// Every rule's name, sorted (the order of RuleId).
std::span<const std::string_view> rule_names();

} // namespace most
