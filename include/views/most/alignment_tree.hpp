#pragma once

// `most status --tree`: every objective under the objectives it serves, with the state of
// each and the roll-up state of what serves it, computed from the model alone.

#include <most/plan_index.hpp>
#include <most/status.hpp>

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace most {

/// One objective in the organisation, with the objectives that align to it.
struct TreeObjective {
  std::string file;
  std::string id;
  std::string statement;
  int line = 0;
  std::optional<Date> deadline;
  std::optional<double> progress_pct;
  std::optional<double> expected_pct;
  std::string unit; ///< the metric's, may be empty
  std::optional<double> baseline;
  std::optional<double> current; ///< for a roll-up, combined from its contributors (SPEC §4.6)
  std::optional<double> target;
  std::optional<Rollup> combines; ///< how a roll-up combines its contributors; unset: not one
  ObjectiveState state = ObjectiveState::NoData;  ///< its own, from its check-ins
  ObjectiveState rollup = ObjectiveState::NoData; ///< the weakest of its own and its contributors'
  std::vector<std::size_t> contributors;          ///< objectives that align to it, in plan order
  std::size_t plan = 0;                           ///< index into AlignmentTree::plans
};

/// A plan of the tree: its file and mission.
struct TreePlan {
  std::string file;
  std::string mission;
};

/// The whole organisation on a day.
struct AlignmentTree {
  Date as_of;
  std::vector<TreePlan> plans;
  std::vector<TreeObjective> objectives;
  std::vector<std::size_t> roots; ///< objectives that serve no other, then any left in cycles
};

/// Builds the tree of every plan `index` knows, with each objective's figures and roll-ups
/// (SPEC §4.6) on `as_of`. An objective serves what its `aligns_with:`
/// names, or else what its mission's does; references that lead nowhere are left out.
AlignmentTree build_alignment_tree(const PlanIndex& index, Date as_of);

/// The weaker of two states for a roll-up: off-track < at-risk < on-track < achieved, and
/// no-data only when neither has data.
ObjectiveState weaker_state(ObjectiveState a, ObjectiveState b);

/// The figures of `objective` as the status formats' metric line takes them.
ObjectiveStatus tree_figures(const TreeObjective& objective);

/// One line of the tree as the renderers print it, depth first from each root.
struct TreeRow {
  std::size_t objective = 0;
  std::size_t depth = 0;
  bool last = true;         ///< the last contributor of its parent (roots: the last root)
  bool shown_above = false; ///< already printed with its contributors higher up
  std::size_t hidden = 0;   ///< contributors not shown here: the depth limit was reached
  bool continued = false;   ///< a root that continues a chain cut at the depth limit
};

/// Deepest level of contributors printed; a deeper chain is cut there and continues as a root.
inline constexpr std::size_t kMaxTreeDepth = 24;

/// The rows to print: each objective's contributors expanded once, later appearances marked
/// `shown_above`, so output grows with the references, not with the paths through them.
std::vector<TreeRow> tree_rows(const AlignmentTree& tree);

/// How a row names its objective under a root plan: the id alone in that plan, else
/// `PATH#ID` with PATH relative to the root plan's folder when it lies below it.
std::string tree_label(const AlignmentTree& tree, const TreeObjective& objective,
                       std::size_t root_plan);

/// A tree per root plan, with box-drawing lines; colours states when `color`.
void render_tree_text(std::ostream& out, const AlignmentTree& tree, bool color);
/// Nested lists per root plan, for PR comments.
void render_tree_markdown(std::ostream& out, const AlignmentTree& tree);
/// `{"as_of", "objectives": [{…, "contributors": [ … ]}]}`, nested.
void render_tree_json(std::ostream& out, const AlignmentTree& tree);

} // namespace most
