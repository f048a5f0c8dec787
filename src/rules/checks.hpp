#pragma once

// The rule files' entry points, as registry.cpp lists them. Private to src/rules/.

#include <most/rules.hpp>

#include <string_view>
#include <vector>

namespace most {

// Each checking rule: its check function and its `most explain` page.
void check_alignment(const Plan& plan, const RuleContext& context, Reporter& out);
void check_budget_format(const Plan& plan, const RuleContext& context, Reporter& out);
void check_checkin_conflict(const Plan& plan, const RuleContext& context, Reporter& out);
void check_checkin_outlier(const Plan& plan, const RuleContext& context, Reporter& out);
void check_date_order(const Plan& plan, const RuleContext& context, Reporter& out);
void check_duplicate_id(const Plan& plan, const RuleContext& context, Reporter& out);
void check_metric_mismatch(const Plan& plan, const RuleContext& context, Reporter& out);
void check_milestone_missed(const Plan& plan, const RuleContext& context, Reporter& out);
void check_mission_horizon(const Plan& plan, const RuleContext& context, Reporter& out);
void check_mission_specific(const Plan& plan, const RuleContext& context, Reporter& out);
void check_objective_without_strategy(const Plan& plan, const RuleContext& context, Reporter& out);
void check_owner_overload(const Plan& plan, const RuleContext& context, Reporter& out);
void check_rollup_mismatch(const Plan& plan, const RuleContext& context, Reporter& out);
void check_smart_attainable(const Plan& plan, const RuleContext& context, Reporter& out);
void check_smart_measurable(const Plan& plan, const RuleContext& context, Reporter& out);
void check_smart_relevant(const Plan& plan, const RuleContext& context, Reporter& out);
void check_smart_specific(const Plan& plan, const RuleContext& context, Reporter& out);
void check_smart_time_bound(const Plan& plan, const RuleContext& context, Reporter& out);
void check_stale_checkin(const Plan& plan, const RuleContext& context, Reporter& out);
void check_status_mismatch(const Plan& plan, const RuleContext& context, Reporter& out);
void check_strategy_without_tactic(const Plan& plan, const RuleContext& context, Reporter& out);
void check_tactic_after_deadline(const Plan& plan, const RuleContext& context, Reporter& out);
void check_tactic_due(const Plan& plan, const RuleContext& context, Reporter& out);
void check_tactic_overdue(const Plan& plan, const RuleContext& context, Reporter& out);
void check_tactic_owner(const Plan& plan, const RuleContext& context, Reporter& out);
void check_target_changed(const Plan& plan, const RuleContext& context, Reporter& out);

/// Appends one `ignore-expired` note per `ignore:` entry whose `until` is before `as_of`.
void report_expired_ignores(const Plan& plan, Date as_of, std::vector<Diagnostic>& out);

extern const std::string_view kAlignmentDoc;
extern const std::string_view kBudgetFormatDoc;
extern const std::string_view kCheckinConflictDoc;
extern const std::string_view kCheckinOutlierDoc;
extern const std::string_view kDateOrderDoc;
extern const std::string_view kDuplicateIdDoc;
extern const std::string_view kDuplicateKeyDoc;
extern const std::string_view kFieldTypeDoc;
extern const std::string_view kIgnoreExpiredDoc;
extern const std::string_view kInvalidDateDoc;
extern const std::string_view kMetricMismatchDoc;
extern const std::string_view kMilestoneMissedDoc;
extern const std::string_view kMissionHorizonDoc;
extern const std::string_view kMissionSpecificDoc;
extern const std::string_view kNotAPlanDoc;
extern const std::string_view kObjectiveWithoutStrategyDoc;
extern const std::string_view kOwnerOverloadDoc;
extern const std::string_view kRequiredFieldDoc;
extern const std::string_view kRollupMismatchDoc;
extern const std::string_view kSmartAttainableDoc;
extern const std::string_view kSmartMeasurableDoc;
extern const std::string_view kSmartRelevantDoc;
extern const std::string_view kSmartSpecificDoc;
extern const std::string_view kSmartTimeBoundDoc;
extern const std::string_view kStaleCheckinDoc;
extern const std::string_view kStatusMismatchDoc;
extern const std::string_view kStrategyWithoutTacticDoc;
extern const std::string_view kTacticAfterDeadlineDoc;
extern const std::string_view kTacticDueDoc;
extern const std::string_view kTacticOverdueDoc;
extern const std::string_view kTacticOwnerDoc;
extern const std::string_view kTargetChangedDoc;
extern const std::string_view kUnknownKeyDoc;
extern const std::string_view kUnsupportedVersionDoc;
extern const std::string_view kYamlSyntaxDoc;

} // namespace most
