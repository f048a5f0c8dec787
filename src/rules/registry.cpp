// The one table of rules, in RuleId order (sorted by name): `most rules` prints it in this order
// and rule_info indexes it.

#include "checks.hpp"

#include <most/rules.hpp>

#include <fmt/format.h>

#include <array>
#include <cassert>
#include <cstddef>

namespace most {

namespace {

// A function-local static, so the docs (defined in other files) are initialised before use.
std::span<const RuleInfo> rule_table() {
  static const auto kRules = std::to_array<RuleInfo>({
      {RuleId::Alignment,
       Severity::Error,
       "an aligns_with reference that leads nowhere or in a circle, or to an earlier deadline",
       kAlignmentDoc,
       &check_alignment,
       {"the objective (or the mission)", "org plan is being rewritten", "2026-03-01"}},
      {RuleId::BudgetFormat,
       Severity::Warning,
       "a budget that looks like a thousands separator read as a decimal point (12.000)",
       kBudgetFormatDoc,
       &check_budget_format,
       {"the tactic (or a parent of it)", "the budget is in thousands of EUR", "2026-12-31"}},
      {RuleId::CheckinConflict,
       Severity::Error,
       "two check-ins on one day, a check-in without a metric, or one after the as-of day",
       kCheckinConflictDoc,
       &check_checkin_conflict,
       {"the objective (or the mission)", "figures imported from the old CRM", "2026-03-31"}},
      {RuleId::CheckinOutlier,
       Severity::Warning,
       "a check-in whose progress is outside -100% to 300%, or jumps over 200 points",
       kCheckinOutlierDoc,
       &check_checkin_outlier,
       {"the objective (or the mission)", "one-off fleet deal, confirmed by finance",
        "2026-12-31"}},
      {RuleId::DateOrder,
       Severity::Error,
       "a start after its due day, a future done_on, or a check-in outside the mission",
       kDateOrderDoc,
       &check_date_order,
       {"the item (or a parent of it)", "backfilled from the old CRM", "2026-06-30"}},
      {RuleId::DuplicateId,
       Severity::Error,
       "two items in a file share an id",
       kDuplicateIdDoc,
       &check_duplicate_id,
       {"either item (or a parent of it)", "merging two plans", "2026-04-30"}},
      {RuleId::DuplicateKey,
       Severity::Error,
       "a mapping repeats a key",
       kDuplicateKeyDoc,
       nullptr,
       {"the item that holds the key (or a parent of it), when\n  the finding names that item"}},
      {RuleId::FieldType,
       Severity::Error,
       "a value of the wrong type, or not one of the allowed values",
       kFieldTypeDoc,
       nullptr,
       {"the item that holds the value (or a parent of it)", "migrating from the old sheet",
        "2026-02-28"}},
      {RuleId::IgnoreExpired,
       Severity::Note,
       "an ignore: entry is past its until day; it no longer silences",
       kIgnoreExpiredDoc,
       nullptr,
       {"the item (or a parent of it)"}},
      {RuleId::InvalidDate,
       Severity::Error,
       "a date is not a real YYYY-MM-DD day",
       kInvalidDateDoc,
       nullptr,
       {"the item that holds the date (or a parent of it)"}},
      {RuleId::MetricMismatch,
       Severity::Warning,
       "the statement's quantity contradicts the metric's baseline and target",
       kMetricMismatchDoc,
       &check_metric_mismatch,
       {"the objective (or the mission)", "target raised by the board in March", "2026-06-30"}},
      {RuleId::MilestoneMissed,
       Severity::Warning,
       "a milestone due before the as-of day and not done",
       kMilestoneMissedDoc,
       &check_milestone_missed,
       {"the objective (or the mission)", "moved to the autumn, see minutes", "2026-09-30"}},
      {RuleId::MissionHorizon,
       Severity::Error,
       "the mission's horizon is under 6 or over 12 months",
       kMissionHorizonDoc,
       &check_mission_horizon,
       {"the mission", "transition plan for one quarter", "2026-04-30"}},
      {RuleId::MissionSpecific,
       Severity::Warning,
       "a mission statement that is too short, vague, or names a horizon its dates contradict",
       kMissionSpecificDoc,
       &check_mission_specific,
       {"the mission", "wording agreed with the board", "2026-12-31"}},
      {RuleId::NotAPlan, Severity::Error, "the document is empty, not a mapping, or has no mission",
       kNotAPlanDoc, nullptr},
      {RuleId::ObjectiveWithoutStrategy,
       Severity::Warning,
       "an objective has no strategies",
       kObjectiveWithoutStrategyDoc,
       &check_objective_without_strategy,
       {"the objective (or the mission)", "workshop on Feb 3", "2026-02-10"}},
      {RuleId::OwnerOverload,
       Severity::Note,
       "an owner with more open tactics due in some 14 days of one plan than the threshold (8)",
       kOwnerOverloadDoc,
       &check_owner_overload,
       {"the tactic the finding names (or a parent of it)", "launch week", "2026-03-31"}},
      {RuleId::RequiredField,
       Severity::Error,
       "a required field is missing or empty",
       kRequiredFieldDoc,
       nullptr,
       {"the item that lacks the field (or a parent of it)", "draft plan", "2026-01-31"}},
      {RuleId::RollupMismatch,
       Severity::Warning,
       "a roll-up objective whose aligned targets do not add up to its own, whose aligned metrics "
       "have another unit, or that has check-ins of its own",
       kRollupMismatchDoc,
       &check_rollup_mismatch,
       {"the roll-up objective (or the mission)", "a new team joins in Q3", "2026-06-30"}},
      {RuleId::SmartAttainable,
       Severity::Warning,
       "a target equal to the baseline, against the verb, or over 100% away from it",
       kSmartAttainableDoc,
       &check_smart_attainable,
       {"the objective (or the mission)", "new market; baseline is a pilot", "2026-06-30"}},
      {RuleId::SmartMeasurable,
       Severity::Error,
       "an objective with no metric target and no quantity in its statement",
       kSmartMeasurableDoc,
       &check_smart_measurable,
       {"the objective (or the mission)", "baseline measured in January", "2026-02-15"}},
      {RuleId::SmartRelevant,
       Severity::Warning,
       "an objective due outside the mission's start-to-deadline span",
       kSmartRelevantDoc,
       &check_smart_relevant,
       {"the objective (or the mission)", "carried over from last year", "2026-03-31"}},
      {RuleId::SmartSpecific,
       Severity::Warning,
       "an objective statement that is too short, bundles aims, or is vague",
       kSmartSpecificDoc,
       &check_smart_specific,
       {"the objective (or the mission)", "wording agreed with the board", "2026-06-30"}},
      {RuleId::SmartTimeBound,
       Severity::Error,
       "an objective with no deadline, or a deadline its statement contradicts",
       kSmartTimeBoundDoc,
       &check_smart_time_bound,
       {"the objective (or the mission)", "date set at the kick-off", "2026-01-20"}},
      {RuleId::StaleCheckin,
       Severity::Warning,
       "an open objective whose latest figure is older than checkin_every days (14)",
       kStaleCheckinDoc,
       &check_stale_checkin,
       {"the objective (or the mission)", "survey results come quarterly", "2026-12-31"}},
      {RuleId::StatusMismatch,
       Severity::Error,
       "done_on on a tactic whose status is not done",
       kStatusMismatchDoc,
       &check_status_mismatch,
       {"the tactic (or a parent of it)", "reopened after the audit", "2026-06-30"}},
      {RuleId::StrategyWithoutTactic,
       Severity::Warning,
       "a strategy has no tactics",
       kStrategyWithoutTacticDoc,
       &check_strategy_without_tactic,
       {"the strategy (or a parent of it)", "planned in the Q2 review", "2026-04-15"}},
      {RuleId::TacticAfterDeadline,
       Severity::Warning,
       "a tactic is due after its objective's or the mission's deadline",
       kTacticAfterDeadlineDoc,
       &check_tactic_after_deadline,
       {"the tactic (or a parent of it)", "follow-up visit", "2026-07-31"}},
      {RuleId::TacticDue,
       Severity::Error,
       "a tactic has no due date",
       kTacticDueDoc,
       &check_tactic_due,
       {"the tactic (or a parent of it)", "depends on the supplier's date", "2026-02-28"}},
      {RuleId::TacticOverdue, Severity::Warning, "a tactic is overdue on the as-of day",
       kTacticOverdueDoc, &check_tactic_overdue},
      {RuleId::TacticOwner,
       Severity::Error,
       "a tactic has no owner, or an owner not on the team",
       kTacticOwnerDoc,
       &check_tactic_owner,
       {"the tactic (or a parent of it)", "new hire starts in March", "2026-03-15"}},
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

std::string rule_page(const RuleInfo& rule) {
  if (rule.silence.on.empty()) {
    return std::string(rule.doc);
  }
  std::string page = fmt::format("{}How to silence\n"
                                 "  In `.most.yaml`, for every plan under that directory:\n"
                                 "    rules:\n"
                                 "      {}: off\n"
                                 "  Or in the plan, on {}:\n"
                                 "    ignore: [{}]\n",
                                 rule.doc, rule.name, rule.silence.on, rule.name);
  if (!rule.silence.reason.empty()) {
    page += fmt::format("  or, with a reason and an end day:\n"
                        "    ignore:\n"
                        "      - {{rule: {}, reason: {}, until: {}}}\n",
                        rule.name, rule.silence.reason, rule.silence.until);
  }
  return page;
}

const RuleInfo* find_rule(std::string_view name) {
  const std::optional<RuleId> rule = rule_from_name(name);
  return rule ? &rule_info(*rule) : nullptr;
}

} // namespace most
