// The one table of rules. Keep it sorted by name: `most rules` prints it in this order and
// find_rule relies on it.

#include "rules/checks.hpp"

#include <most/rules.hpp>

#include <algorithm>
#include <array>

namespace most {

namespace {

// A function-local static, so the docs (defined in other files) are initialised before use.
std::span<const RuleInfo> rule_table() {
  static const auto kRules = std::to_array<RuleInfo>({
      {"alignment", Severity::Error,
       "an aligns_with reference that leads nowhere or in a circle, or to an earlier deadline",
       kAlignmentDoc, &check_alignment},
      {"date-order", Severity::Error,
       "a start after its due day, a future done_on, or a check-in outside the mission",
       kDateOrderDoc, &check_date_order},
      {"duplicate-id", Severity::Error, "two items in a file share an id", kDuplicateIdDoc,
       &check_duplicate_id},
      {"duplicate-key", Severity::Error, "a mapping repeats a key", kDuplicateKeyDoc, nullptr},
      {"field-type", Severity::Error, "a value of the wrong type, or not one of the allowed values",
       kFieldTypeDoc, nullptr},
      {"ignore-expired", Severity::Note,
       "an ignore: entry is past its until day; it no longer silences", kIgnoreExpiredDoc, nullptr},
      {"invalid-date", Severity::Error, "a date is not a real YYYY-MM-DD day", kInvalidDateDoc,
       nullptr},
      {"mission-horizon", Severity::Error, "the mission's horizon is under 6 or over 12 months",
       kMissionHorizonDoc, &check_mission_horizon},
      {"not-a-plan", Severity::Error, "the document is empty, not a mapping, or has no mission",
       kNotAPlanDoc, nullptr},
      {"objective-without-strategy", Severity::Warning, "an objective has no strategies",
       kObjectiveWithoutStrategyDoc, &check_objective_without_strategy},
      {"owner-overload", Severity::Note,
       "an owner with more open tactics due in some 14 days of one plan than the threshold (8)",
       kOwnerOverloadDoc, &check_owner_overload},
      {"required-field", Severity::Error, "a required field is missing or empty", kRequiredFieldDoc,
       nullptr},
      {"smart-attainable", Severity::Warning,
       "a target equal to the baseline, against the verb, or over 100% away from it",
       kSmartAttainableDoc, &check_smart_attainable},
      {"smart-measurable", Severity::Error,
       "an objective with no metric target and no quantity in its statement", kSmartMeasurableDoc,
       &check_smart_measurable},
      {"smart-relevant", Severity::Warning,
       "an objective due outside the mission's start-to-deadline span", kSmartRelevantDoc,
       &check_smart_relevant},
      {"smart-specific", Severity::Warning,
       "an objective statement that is too short, bundles aims, or is vague", kSmartSpecificDoc,
       &check_smart_specific},
      {"smart-time-bound", Severity::Error,
       "an objective with no deadline, or a deadline its statement contradicts", kSmartTimeBoundDoc,
       &check_smart_time_bound},
      {"strategy-without-tactic", Severity::Warning, "a strategy has no tactics",
       kStrategyWithoutTacticDoc, &check_strategy_without_tactic},
      {"tactic-after-deadline", Severity::Warning,
       "a tactic is due after its objective's or the mission's deadline", kTacticAfterDeadlineDoc,
       &check_tactic_after_deadline},
      {"tactic-due", Severity::Error, "a tactic has no due date", kTacticDueDoc, &check_tactic_due},
      {"tactic-overdue", Severity::Warning, "a tactic is overdue on the as-of day",
       kTacticOverdueDoc, &check_tactic_overdue},
      {"tactic-owner", Severity::Error, "a tactic has no owner, or an owner not on the team",
       kTacticOwnerDoc, &check_tactic_owner},
      {"target-changed", Severity::Note,
       "an objective's target or baseline changed after the mission started (most diff)",
       kTargetChangedDoc, nullptr},
      {"unknown-key", Severity::Error, "a key the plan format does not define", kUnknownKeyDoc,
       nullptr},
      {"unsupported-version", Severity::Error, "most: is not a supported format version",
       kUnsupportedVersionDoc, nullptr},
      {"yaml-syntax", Severity::Error,
       "not valid YAML, nested too deeply, or with cyclic or exploding aliases", kYamlSyntaxDoc,
       nullptr},
  });
  return kRules;
}

} // namespace

std::span<const RuleInfo> all_rules() { return rule_table(); }

std::vector<std::string_view> rule_names() {
  std::vector<std::string_view> names;
  for (const RuleInfo& rule : rule_table()) {
    names.push_back(rule.name);
  }
  return names;
}

const RuleInfo* find_rule(std::string_view name) {
  const std::span<const RuleInfo> rules = rule_table();
  const auto found =
      std::lower_bound(rules.begin(), rules.end(), name,
                       [](const RuleInfo& rule, std::string_view key) { return rule.name < key; });
  if (found == rules.end() || found->name != name) {
    return nullptr;
  }
  return &*found;
}

} // namespace most
