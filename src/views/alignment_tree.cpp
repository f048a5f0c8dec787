// The organisation as a tree: objectives under the objectives they serve, each with its own
// state and the roll-up of what serves it.

#include <most/alignment_tree.hpp>
#include <most/rollup.hpp>

#include <algorithm>
#include <filesystem>
#include <unordered_map>
#include <utility>

namespace most {

namespace fs = std::filesystem;

namespace {

int strength(ObjectiveState state) {
  switch (state) {
  case ObjectiveState::Missed: // the deadline passed: nothing can be caught up any more
    return -1;
  case ObjectiveState::OffTrack:
    return 0;
  case ObjectiveState::AtRisk:
    return 1;
  case ObjectiveState::OnTrack:
    return 2;
  case ObjectiveState::Achieved:
    return 3;
  case ObjectiveState::NoData:
    break;
  }
  return 4;
}

// Each objective's roll-up from its contributors', depth first without recursion. An
// objective met again while its own roll-up is open lies on a cycle and is skipped.
void roll_up(std::vector<TreeObjective>& objectives) {
  enum class Mark : char { New, Open, Done };
  std::vector<Mark> mark(objectives.size(), Mark::New);
  std::vector<std::pair<std::size_t, std::size_t>> stack; // objective, next contributor
  for (std::size_t start = 0; start < objectives.size(); ++start) {
    if (mark[start] != Mark::New) {
      continue;
    }
    mark[start] = Mark::Open;
    stack.emplace_back(start, 0);
    while (!stack.empty()) {
      auto& [v, next] = stack.back();
      if (next < objectives[v].contributors.size()) {
        const std::size_t w = objectives[v].contributors[next++];
        if (mark[w] == Mark::New) {
          mark[w] = Mark::Open;
          stack.emplace_back(w, 0);
        } else if (mark[w] == Mark::Done) {
          objectives[v].rollup = weaker_state(objectives[v].rollup, objectives[w].rollup);
        }
        continue;
      }
      const std::size_t done = v;
      mark[done] = Mark::Done;
      stack.pop_back();
      if (!stack.empty()) {
        TreeObjective& parent = objectives[stack.back().first];
        parent.rollup = weaker_state(parent.rollup, objectives[done].rollup);
      }
    }
  }
}

// Marks what `root` reaches through contributors.
void reach(const std::vector<TreeObjective>& objectives, std::size_t root,
           std::vector<bool>& reached) {
  std::vector<std::size_t> stack{root};
  reached[root] = true;
  while (!stack.empty()) {
    const std::size_t v = stack.back();
    stack.pop_back();
    for (const std::size_t w : objectives[v].contributors) {
      if (!reached[w]) {
        reached[w] = true;
        stack.push_back(w);
      }
    }
  }
}

} // namespace

ObjectiveState weaker_state(ObjectiveState a, ObjectiveState b) {
  return strength(a) <= strength(b) ? a : b;
}

AlignmentTree build_alignment_tree(const PlanIndex& index, Date as_of) {
  AlignmentTree tree;
  tree.as_of = as_of;
  std::unordered_map<const Objective*, std::size_t> node_of;
  const Rollups rollups = compute_rollups(index, as_of);
  for (const Plan* plan : index.plans()) {
    const PlanStatus status = compute_status(*plan, as_of, rollups);
    const std::size_t plan_number = tree.plans.size();
    tree.plans.push_back({plan->file, status.statement});
    for (std::size_t i = 0; i < plan->objectives.size(); ++i) {
      const ObjectiveStatus& s = status.objectives[i];
      node_of.emplace(&plan->objectives[i], tree.objectives.size());
      TreeObjective& node = tree.objectives.emplace_back();
      node.file = plan->file;
      node.id = s.id;
      node.statement = s.statement;
      node.line = s.location.line;
      node.deadline = s.deadline;
      node.progress_pct = s.progress_pct;
      node.expected_pct = s.expected_pct;
      node.unit = s.unit;
      node.baseline = s.baseline;
      node.current = s.current;
      node.target = s.target;
      if (rollups.find(plan->objectives[i]) != nullptr) {
        node.combines = plan->objectives[i].metric->rollup.value;
      }
      node.state = s.state;
      node.rollup = s.state;
      node.plan = plan_number;
    }
  }
  std::vector<bool> serves(tree.objectives.size(), false);
  for (const Plan* plan : index.plans()) {
    for (const Objective& objective : plan->objectives) {
      const std::size_t child = node_of.at(&objective);
      for (const Reference& reference : effective_references(*plan, objective)) {
        const ResolvedReference& target = index.resolve(reference);
        const auto parent =
            target.objective == nullptr ? node_of.end() : node_of.find(target.objective);
        if (parent == node_of.end() || parent->second == child) {
          continue;
        }
        std::vector<std::size_t>& list = tree.objectives[parent->second].contributors;
        if (list.empty() || list.back() != child) { // a reference written twice counts once
          list.push_back(child);
        }
        serves[child] = true;
      }
    }
  }
  roll_up(tree.objectives);
  std::vector<bool> reached(tree.objectives.size(), false);
  for (std::size_t v = 0; v < tree.objectives.size(); ++v) {
    if (!serves[v]) {
      tree.roots.push_back(v);
      reach(tree.objectives, v, reached);
    }
  }
  // Objectives that only serve each other in a circle are shown from their first member.
  for (std::size_t v = 0; v < tree.objectives.size(); ++v) {
    if (!reached[v]) {
      tree.roots.push_back(v);
      reach(tree.objectives, v, reached);
    }
  }
  // Objectives are numbered plan by plan, so this groups the roots by plan.
  std::sort(tree.roots.begin(), tree.roots.end());
  return tree;
}

ObjectiveStatus tree_figures(const TreeObjective& objective) {
  ObjectiveStatus figures;
  figures.unit = objective.unit;
  figures.baseline = objective.baseline;
  figures.current = objective.current;
  figures.target = objective.target;
  return figures;
}

std::string tree_label(const AlignmentTree& tree, const TreeObjective& objective,
                       std::size_t root_plan) {
  if (objective.plan == root_plan) {
    return objective.id;
  }
  const fs::path folder = fs::path(tree.plans[root_plan].file).parent_path();
  const fs::path relative = fs::path(objective.file).lexically_relative(folder);
  const bool below = !relative.empty() && *relative.begin() != "..";
  return (below ? relative.string() : objective.file) + "#" + objective.id;
}

std::vector<TreeRow> tree_rows(const AlignmentTree& tree) {
  std::vector<TreeRow> rows;
  std::vector<bool> expanded(tree.objectives.size(), false);
  std::vector<TreeRow> stack;
  for (std::size_t r = tree.roots.size(); r-- > 0;) {
    stack.push_back(TreeRow{tree.roots[r], 0, r + 1 == tree.roots.size(), false, 0, false});
  }
  std::vector<std::size_t> cut; // objectives whose contributors were beyond the depth limit
  for (std::size_t next_cut = 0; !stack.empty() || next_cut < cut.size();) {
    if (stack.empty()) {
      stack.push_back(TreeRow{cut[next_cut++], 0, true, false, 0, true});
    }
    TreeRow row = stack.back();
    stack.pop_back();
    const std::vector<std::size_t>& contributors = tree.objectives[row.objective].contributors;
    if (!contributors.empty()) {
      if (expanded[row.objective]) {
        row.shown_above = !row.continued;
        if (row.continued) {
          continue; // reached again meanwhile, and shown there
        }
      } else if (row.depth >= kMaxTreeDepth) {
        row.hidden = contributors.size();
        cut.push_back(row.objective);
      } else {
        expanded[row.objective] = true;
        for (std::size_t c = contributors.size(); c-- > 0;) {
          stack.push_back(TreeRow{contributors[c], row.depth + 1, c + 1 == contributors.size(),
                                  false, 0, false});
        }
      }
    }
    rows.push_back(row);
  }
  return rows;
}

} // namespace most
