#pragma once

// Where a plan stands and what is late: the numbers behind `most status` and `most overdue`,
// computed from the model alone so every output format shows the same figures.

#include <most/date.hpp>
#include <most/diagnostic.hpp>
#include <most/plan.hpp>
#include <most/tactic_row.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace most {

/// Tactic counts by status; `overdue` counts those overdue on the as-of day.
struct TacticCounts {
  int todo = 0;
  int doing = 0;
  int done = 0;
  int blocked = 0;
  int dropped = 0;
  int overdue = 0;

  /// Every tactic counted, whatever its status.
  int total() const { return todo + doing + done + blocked + dropped; }
};

/// Objective states of SPEC §2 and §4.3 (`missed`: past the deadline, progress under 100).
enum class ObjectiveState { Achieved, OnTrack, AtRisk, OffTrack, NoData, Missed };

/// "achieved", "on-track", "at-risk", "off-track", "no-data", "missed".
std::string_view state_name(ObjectiveState state);

/// One tactic as the timeline shows it.
struct TacticSpan {
  std::string id;
  std::string action;
  std::string owner;
  std::optional<Date> start;
  std::optional<Date> due;
  Status status = Status::Todo;
  bool overdue = false;
};

/// A milestone with its day.
struct MilestoneStatus {
  std::string name;
  std::optional<Date> due;
  bool done = false;
  bool missed = false; ///< due before the as-of day and not done (SPEC §4.3)
};

/// One point the forecast line is fitted through: a day and the metric's value on it.
struct ForecastPoint {
  Date day;
  double value = 0;
};

/// Where an objective is heading (SPEC §4.3): the least-squares line of value against day
/// through (mission start, baseline) and the check-ins on or before the as-of day. Every
/// figure is nullopt when it cannot be computed or would not be finite.
struct Forecast {
  std::vector<ForecastPoint> points;       ///< the points fitted, in day order
  double slope_per_day = 0;                ///< the line's change per day
  double intercept = 0;                    ///< the line's value on points.front().day
  std::optional<double> value;             ///< the line at the objective's deadline
  std::optional<double> progress_pct;      ///< progress of `value`, as SPEC §2 computes it
  std::optional<Date> reaches_target_on;   ///< first day the line reaches the target
  std::optional<double> required_per_week; ///< (target − current) per week left, signed

  /// The line's value on `day`.
  double at(Date day) const;
};

/// The forecast of SPEC §4.3 from `points` (any order; days may repeat), or nullopt with
/// fewer than 2 points on 2 different days or a line that is not finite. `current` and
/// `baseline`/`target` are the objective's; `deadline` may be missing.
std::optional<Forecast> fit_forecast(std::vector<ForecastPoint> points, Date as_of,
                                     std::optional<Date> deadline, std::optional<double> baseline,
                                     std::optional<double> target, std::optional<double> current);

/// Budget summed over a strategy's tactics.
struct StrategyStatus {
  std::string id;
  std::string statement;
  std::string owner; ///< who answers for the strategy (SPEC §4.1); empty when none is named
  double budget = 0;
  std::vector<TacticSpan> tactics;
};

/// One objective's figures on the as-of day.
struct ObjectiveStatus {
  std::string id;
  std::string statement;
  std::string owner; ///< the one accountable (SPEC §4.1); empty when none is named
  SourceLocation location;
  std::optional<Date> deadline; ///< explicit, or the date its statement names
  std::string unit;             ///< metric unit, may be empty
  std::optional<double> baseline;
  std::optional<double> target;
  std::optional<double> current;      ///< latest check-in on or before the as-of day
  std::optional<Date> current_date;   ///< that check-in's day
  std::optional<double> progress_pct; ///< unclamped; nullopt without metric or check-in
  std::optional<double> expected_pct; ///< 0–100; nullopt without a deadline or mission start
  ObjectiveState state = ObjectiveState::NoData;
  std::optional<Forecast> forecast; ///< SPEC §4.3; nullopt with fewer than 2 points
  /// The check-ins on or before the as-of day with a value, in day order: what charts draw.
  std::vector<ForecastPoint> checkins;
  TacticCounts tactics;
  double budget = 0;
  std::vector<MilestoneStatus> milestones;
  std::vector<StrategyStatus> strategies;
};

/// One plan's status report.
struct PlanStatus {
  std::string file;
  std::string statement;
  std::string owner; ///< the mission's owner; empty when the plan names none
  std::optional<Date> start;
  std::optional<Date> deadline;
  std::optional<double> elapsed_pct; ///< share of the mission passed, 0–100
  std::vector<ObjectiveStatus> objectives;
  double budget = 0;
  std::size_t check_errors = 0; ///< errors `most check` would report for this plan
};

/// The whole `most status` report.
struct StatusReport {
  Date as_of;
  std::vector<PlanStatus> plans;
};

/// Computes a plan's status on `as_of` (SPEC §2: current, progress, expected, state).
PlanStatus compute_status(const Plan& plan, Date as_of);

/// The state for a progress and expected share (both may be missing).
ObjectiveState classify(std::optional<double> progress_pct, std::optional<double> expected_pct);

/// What `most overdue` lists.
struct OverdueOptions {
  Date as_of;
  int within_days = -1;            ///< also list tactics due in [as_of, as_of + N]; -1: none
  std::vector<std::string> owners; ///< only these owners; empty: everyone
};

/// Appends `plan`'s overdue (and due-soon) tactics to `out`, each due-soon row with its days
/// overdue (zero or negative) as well.
void collect_overdue(const Plan& plan, const OverdueOptions& options, std::vector<TacticRow>& out);

/// Sorts rows by due date, then file, then line (SPEC §2).
void sort_overdue(std::vector<TacticRow>& rows);

/// Renders `most status` (SPEC §2 JSON shape; fields may be added).
void render_status_json(std::ostream& out, const StatusReport& report);
/// How the text status report is laid out for where it goes.
struct TextLayout {
  bool color = false; ///< colour the states (ANSI)
  bool utf8 = true;   ///< the terminal takes UTF-8: draw check-ins as a sparkline
  /// Columns to fit each line into (the objective column takes what is left); 0: no limit,
  /// statements in full (output that is piped or saved).
  std::size_t width = 0;
};

/// A text table per plan with a metric line and a forecast line per objective, fitted to
/// `layout.width`.
void render_status_text(std::ostream& out, const StatusReport& report, const TextLayout& layout);
/// The same with statements in full and a sparkline; colours states when `color`.
void render_status_text(std::ostream& out, const StatusReport& report, bool color);
/// Headings and tables for GitHub/GitLab, with a Mermaid gantt block per plan.
void render_status_markdown(std::ostream& out, const StatusReport& report);
/// One self-contained HTML page with an inline SVG timeline; all plan text escaped.
void render_status_html(std::ostream& out, const StatusReport& report);

/// Renders `most overdue` (SPEC §2 JSON shape).
void render_overdue_json(std::ostream& out, Date as_of, std::span<const TacticRow> rows);
/// Grouped by owner, with days overdue, the tactic, its strategy and objective, and file:line.
void render_overdue_text(std::ostream& out, Date as_of, std::span<const TacticRow> rows,
                         bool color);
/// A Markdown table per owner, for PR comments and CI job summaries.
void render_overdue_markdown(std::ostream& out, Date as_of, std::span<const TacticRow> rows);

/// GitHub Actions `::warning` workflow commands, one per overdue tactic, then a summary notice.
void render_overdue_github(std::ostream& out, Date as_of, std::span<const TacticRow> rows);
/// JUnit XML: one test case per listed tactic, failing when it is overdue.
void render_overdue_junit(std::ostream& out, Date as_of, std::span<const TacticRow> rows);

} // namespace most
