// The one table of rules, in RuleId order (sorted by name): `most rules` prints it in this order
// and rule_info indexes it.

#include "checks.hpp"

#include <most/rules.hpp>

#include <array>
#include <cassert>
#include <cstddef>

namespace most {

namespace {

// A function-local static, so the docs (defined in other files) are initialised before use.
std::span<const RuleInfo> rule_table() {
  static const auto kRules = std::to_array<RuleInfo>({
      {RuleId::Alignment, Severity::Error,
       "an aligns_with reference that leads nowhere or in a circle, or to an earlier deadline",
       kAlignmentDoc, &check_alignment},
      {RuleId::DateOrder, Severity::Error,
       "a start after its due day, a future done_on, or a check-in outside the mission",
       kDateOrderDoc, &check_date_order},
      {RuleId::DuplicateId, Severity::Error, "two items in a file share an id", kDuplicateIdDoc,
       &check_duplicate_id},
      {RuleId::DuplicateKey, Severity::Error, "a mapping repeats a key", kDuplicateKeyDoc, nullptr},
      {RuleId::FieldType, Severity::Error,
       "a value of the wrong type, or not one of the allowed values", kFieldTypeDoc, nullptr},
      {RuleId::IgnoreExpired, Severity::Note,
       "an ignore: entry is past its until day; it no longer silences", kIgnoreExpiredDoc, nullptr},
      {RuleId::InvalidDate, Severity::Error, "a date is not a real YYYY-MM-DD day", kInvalidDateDoc,
       nullptr},
      {RuleId::MissionHorizon, Severity::Error,
       "the mission's horizon is under 6 or over 12 months", kMissionHorizonDoc,
       &check_mission_horizon},
      {RuleId::NotAPlan, Severity::Error, "the document is empty, not a mapping, or has no mission",
       kNotAPlanDoc, nullptr},
      {RuleId::ObjectiveWithoutStrategy, Severity::Warning, "an objective has no strategies",
       kObjectiveWithoutStrategyDoc, &check_objective_without_strategy},
      {RuleId::OwnerOverload, Severity::Note,
       "an owner with more open tactics due in some 14 days of one plan than the threshold (8)",
       kOwnerOverloadDoc, &check_owner_overload},
      {RuleId::RequiredField, Severity::Error, "a required field is missing or empty",
       kRequiredFieldDoc, nullptr},
      {RuleId::SmartAttainable, Severity::Warning,
       "a target equal to the baseline, against the verb, or over 100% away from it",
       kSmartAttainableDoc, &check_smart_attainable},
      {RuleId::SmartMeasurable, Severity::Error,
       "an objective with no metric target and no quantity in its statement", kSmartMeasurableDoc,
       &check_smart_measurable},
      {RuleId::SmartRelevant, Severity::Warning,
       "an objective due outside the mission's start-to-deadline span", kSmartRelevantDoc,
       &check_smart_relevant},
      {RuleId::SmartSpecific, Severity::Warning,
       "an objective statement that is too short, bundles aims, or is vague", kSmartSpecificDoc,
       &check_smart_specific},
      {RuleId::SmartTimeBound, Severity::Error,
       "an objective with no deadline, or a deadline its statement contradicts", kSmartTimeBoundDoc,
       &check_smart_time_bound},
      {RuleId::StrategyWithoutTactic, Severity::Warning, "a strategy has no tactics",
       kStrategyWithoutTacticDoc, &check_strategy_without_tactic},
      {RuleId::TacticAfterDeadline, Severity::Warning,
       "a tactic is due after its objective's or the mission's deadline", kTacticAfterDeadlineDoc,
       &check_tactic_after_deadline},
      {RuleId::TacticDue, Severity::Error, "a tactic has no due date", kTacticDueDoc,
       &check_tactic_due},
      {RuleId::TacticOverdue, Severity::Warning, "a tactic is overdue on the as-of day",
       kTacticOverdueDoc, &check_tactic_overdue},
      {RuleId::TacticOwner, Severity::Error, "a tactic has no owner, or an owner not on the team",
       kTacticOwnerDoc, &check_tactic_owner},
      {RuleId::TargetChanged, Severity::Note,
       "an objective's target or baseline changed after the mission started (most diff)",
       kTargetChangedDoc, &check_target_changed},
      {RuleId::UnknownKey, Severity::Error, "a key the plan format does not define", kUnknownKeyDoc,
       nullptr},
      {RuleId::UnsupportedVersion, Severity::Error, "most: is not a supported format version",
       kUnsupportedVersionDoc, nullptr},
      {RuleId::YamlSyntax, Severity::Error,
       "not valid YAML, nested too deeply, or with cyclic or exploding aliases", kYamlSyntaxDoc,
       nullptr},
  });
  return kRules;
}

} // namespace

std::span<const RuleInfo> all_rules() { return rule_table(); }

const RuleInfo& rule_info(RuleId rule) {
  const RuleInfo& info = rule_table()[static_cast<std::size_t>(rule)];
  assert(info.id == rule); // the table is in RuleId order
  return info;
}

const RuleInfo* find_rule(std::string_view name) {
  const std::optional<RuleId> rule = rule_from_name(name);
  return rule ? &rule_info(*rule) : nullptr;
}

} // namespace most
