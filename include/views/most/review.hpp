#pragma once

// The cycle since a revision, per owner and per objective (SPEC §4.6, `most review`):
// computed from the versions of each plan file alone, so every format tells the same story.

#include <most/date.hpp>
#include <most/plan.hpp>

#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <vector>

namespace most {

/// One version of a plan file in the cycle: the one at the revision first, then one per commit
/// since, then the working tree's; `plan` is null where the file did not exist or did not load.
struct ReviewVersion {
  Date day; ///< the commit's day (the as-of day for the working tree)
  const Plan* plan = nullptr;
};

/// What one owner's tactics did over the cycle.
struct OwnerReview {
  std::string owner;
  int completed = 0;    ///< done now and not done at the revision
  int on_time = 0;      ///< of those, done on or before their due day at the revision
  int late = 0;         ///< the others
  int slip_days = 0;    ///< days the due days moved later, summed over every commit
  int due_moves = 0;    ///< times a due day moved, either way
  int open_overdue = 0; ///< overdue on the as-of day (SPEC §2)
};

/// What became of one objective over the cycle.
struct ObjectiveReview {
  std::string file;
  std::string id;
  std::string statement;
  int target_changes = 0; ///< times the metric's target changed over the commits
  std::optional<double> progress_pct;
  std::optional<double> expected_pct;
  std::string state; ///< as `most status` names it
  /// The forecast's progress at the deadline as the plan stood at mid-cycle (the version of
  /// that day, its check-ins up to it); nullopt without two points to fit a line through.
  std::optional<double> midcycle_forecast_pct;
};

/// The whole `most review` report.
struct ReviewReport {
  std::string since;
  Date as_of;
  std::optional<Date> mid_cycle;   ///< halfway from the revision's day to the as-of day
  std::vector<OwnerReview> owners; ///< by owner name
  std::vector<ObjectiveReview> objectives;
};

/// Adds one plan file's cycle to the report: its `versions`, oldest first (at least one; the
/// first one's day sets `mid_cycle`).
void review_plan(const std::string& file, std::span<const ReviewVersion> versions,
                 ReviewReport& report);
/// Sorts the owners by name, once every file is added.
void finish_review(ReviewReport& report);

/// A table per owner and per objective, for a terminal.
void render_review_text(std::ostream& out, const ReviewReport& report, bool color);
/// The same tables in Markdown, for a pull-request comment or a wiki.
void render_review_markdown(std::ostream& out, const ReviewReport& report);
/// The stable JSON shape of SPEC §4.6.
void render_review_json(std::ostream& out, const ReviewReport& report);

} // namespace most
