#pragma once

// What changed between two versions of a plan, item by item: the numbers behind `most diff`,
// computed from the two models alone so every output format tells the same story.

#include <most/change.hpp>
#include <most/date.hpp>
#include <most/diagnostic.hpp>
#include <most/plan.hpp>

#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace most {

/// The change's values in words: "2026-03-01 → 2026-03-15 (+14 days)", "anna → bram", or ""
/// for a kind that has none (added, removed).
std::string change_detail(const Change& change);

/// The changes between two versions of one plan file.
struct PlanDiff {
  std::string before_name; ///< e.g. "HEAD~1:plans/q3.yaml"
  std::string after_name;  ///< e.g. "plans/q3.yaml"
  std::vector<Change> changes;
  /// Findings of the rules about changes (`target-changed`): filled by the workspace
  /// (diff_versions), not by diff_plans.
  std::vector<Diagnostic> findings;
};

/// Compares two versions of a plan. Items are matched by explicit id, then by the same
/// action or statement, then by position — each only where the key is unique on both sides;
/// tactics are matched across the whole plan, so a tactic moved to another strategy is not
/// "removed and added". A change reached through several YAML aliases is reported once. Either
/// plan may be missing: a new file or a deleted one. Whether a change matters on a day (a
/// target moved mid-cycle) is for the rules about changes (diff_versions in the workspace).
PlanDiff diff_plans(const Plan* before, const Plan* after);

/// Totals over every file, for the summary sentence and the JSON `summary`.
struct DiffSummary {
  std::size_t changes = 0;
  int slipped = 0;
  int slipped_days = 0;
  int earlier = 0;
  int completed = 0;
  int dropped = 0;
  int added = 0;   ///< tactics added
  int removed = 0; ///< tactics removed
  int owners = 0;  ///< owner changes
  int targets = 0; ///< target and baseline changes
  int plans_added = 0;
  int plans_removed = 0;
};

/// Adds up the changes of every file.
DiffSummary summarize_diff(std::span<const PlanDiff> diffs);

/// "3 tactics slipped by 41 days in total; 2 completed; target of O2 lowered from 20 to 15",
/// or "no changes".
std::string diff_sentence(std::span<const PlanDiff> diffs);

/// What a `most diff` run compared.
struct DiffReport {
  std::string since; ///< the git revision, empty for `most diff OLD NEW`
  Date as_of;
  std::vector<PlanDiff> files;
};

/// One line per change, `file:line: kind: id label — values` (`before_name` for removals).
void render_change_lines(std::ostream& out, std::string_view before_name,
                         std::string_view after_name, std::span<const Change> changes, bool color);
/// One line per change, grouped by file, then the findings and the summary sentence.
void render_diff_text(std::ostream& out, const DiffReport& report, bool color);
/// A heading and table per file and the summary sentence, for a pull-request comment.
void render_diff_markdown(std::ostream& out, const DiffReport& report);
/// The stable JSON shape documented in the README and the man page.
void render_diff_json(std::ostream& out, const DiffReport& report);

} // namespace most
