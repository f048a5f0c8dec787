// alignment: `aligns_with:` references that lead nowhere, lead in a circle, or serve an
// objective that ends before the one serving it.

#include "rules/checks.hpp"

#include <most/organisation.hpp>
#include <most/statement.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace most {

const std::string_view kAlignmentDoc = R"(What it does
  Follows every `aligns_with:` reference — on the mission or on an objective,
  `PATH#ID` for an objective in another plan (PATH relative to this file's
  folder) or `#ID` for one in this plan — and reports, as errors:
    - a file that does not exist, cannot be read or is not a plan;
    - an id that is not in that plan, or names something other than an
      objective (the mission, a strategy, a tactic);
    - text that is not a reference at all (no `#ID`);
    - references that lead in a circle back to where they started.
  As a warning, it reports an objective due after the objective it serves.
  An objective without `aligns_with:` serves what its mission aligns with.

Why is this bad
  A mission should align with the organisation's goals. A reference that
  leads nowhere makes a team's work count for nothing in `most status --tree`;
  a circle means no objective in it serves the organisation at all; and a
  team objective that ends after the goal it serves cannot help reach it in
  time.

Example
  # teams/east.yaml
  mission:
    statement: To lead the eastern region in new accounts
    start: 2026-01-01
    deadline: 2026-12-31
    aligns_with: ../org.yaml#O1            # fine when org.yaml has O1
  objectives:
    - statement: Win 20 new accounts by June 30
      aligns_with: ../org.yaml#O7          # org.yaml has no objective O7
    - statement: Raise repeat orders by 10% by March 31, 2027
      aligns_with: ../org.yaml#O1          # O1 is due 2026-12-31

How to fix
  Correct the path or id (`most status --tree` shows what aligns where), or
  bring the deadline within the objective it serves.

How to silence
  In `.most.yaml`, for every plan under that directory:
    rules:
      alignment: off
  Or in the plan, on the objective (or the mission):
    ignore: [alignment]
  or, with a reason and an end day:
    ignore:
      - {rule: alignment, reason: org plan is being rewritten, until: 2026-03-01}
)";

namespace {

// A cycle's path is named in the message up to this many steps.
constexpr std::size_t kMaxPathShown = 8;

// The objectives reachable from one plan through references, with Tarjan's strongly connected
// components, so that every cycle is found in time linear in the references followed.
class ReferenceGraph {
public:
  ReferenceGraph(const PlanIndex& index, const Plan& home) : index_(index), home_(home) {}

  struct Edge {
    std::size_t to;
    const Reference* reference;
  };
  struct Node {
    const Plan* plan;
    const Objective* objective;
    std::vector<Edge> out;
    std::size_t order = kUnseen;
    std::size_t low = 0;
    std::size_t component = kUnseen;
    bool on_stack = false;
  };
  static constexpr std::size_t kUnseen = static_cast<std::size_t>(-1);

  std::size_t node_of(const Plan& plan, const Objective& objective) {
    const auto [slot, inserted] = ids_.try_emplace(&objective, nodes_.size());
    if (inserted) {
      nodes_.push_back(Node{&plan, &objective, {}, kUnseen, 0, kUnseen, false});
    }
    return slot->second;
  }

  // Numbers the components reachable from `start`, without recursion.
  void explore(std::size_t start) {
    if (nodes_[start].order != kUnseen) {
      return;
    }
    std::vector<std::pair<std::size_t, std::size_t>> calls; // node, next edge
    enter(start);
    calls.emplace_back(start, 0);
    while (!calls.empty()) {
      auto& [v, next] = calls.back();
      if (next < nodes_[v].out.size()) {
        const std::size_t w = nodes_[v].out[next++].to;
        if (nodes_[w].order == kUnseen) {
          enter(w);
          calls.emplace_back(w, 0);
        } else if (nodes_[w].on_stack) {
          nodes_[v].low = std::min(nodes_[v].low, nodes_[w].order);
        }
        continue;
      }
      const std::size_t done = v;
      calls.pop_back();
      if (!calls.empty()) {
        Node& parent = nodes_[calls.back().first];
        parent.low = std::min(parent.low, nodes_[done].low);
      }
      if (nodes_[done].low == nodes_[done].order) {
        close_component(done);
      }
    }
  }

  // Whether the node lies on a cycle: in a component of several, or referring to itself.
  bool on_cycle(std::size_t v) const {
    const Node& node = nodes_[v];
    return component_sizes_[node.component] > 1 ||
           std::any_of(node.out.begin(), node.out.end(), [&](const Edge& e) { return e.to == v; });
  }

  const Node& node(std::size_t v) const { return nodes_[v]; }

  // The shortest way from `v` back to itself within its component: the edges taken.
  std::vector<Edge> cycle_from(std::size_t v) const {
    std::unordered_map<std::size_t, std::pair<std::size_t, Edge>> reached; // node: from, by
    std::vector<std::size_t> queue{v};
    for (std::size_t i = 0; i < queue.size(); ++i) {
      const std::size_t at = queue[i];
      for (const Edge& edge : nodes_[at].out) {
        if (nodes_[edge.to].component != nodes_[v].component) {
          continue;
        }
        if (edge.to == v) {
          std::vector<Edge> path{edge};
          for (std::size_t step = at; step != v;) {
            const auto& [from, by] = reached.at(step);
            path.push_back(by);
            step = from;
          }
          std::reverse(path.begin(), path.end());
          return path;
        }
        if (reached.try_emplace(edge.to, at, edge).second) {
          queue.push_back(edge.to);
        }
      }
    }
    return {};
  }

  std::string name(std::size_t v) const {
    const Node& node = nodes_[v];
    return node.plan == &home_ ? node.objective->info.id
                               : fmt::format("{}#{}", node.plan->file, node.objective->info.id);
  }

private:
  void enter(std::size_t v) {
    nodes_[v].order = nodes_[v].low = counter_++;
    nodes_[v].on_stack = true;
    stack_.push_back(v);
    // Edges are found on first visit, so only reachable plans are looked at.
    const Plan& plan = *nodes_[v].plan;
    for (const Reference& reference : effective_references(plan, *nodes_[v].objective)) {
      const ResolvedReference target = resolve_reference(index_, plan, reference);
      if (target.objective != nullptr) {
        const std::size_t to = node_of(*target.plan, *target.objective);
        nodes_[v].out.push_back(Edge{to, &reference});
      }
    }
  }

  void close_component(std::size_t root) {
    const std::size_t id = component_sizes_.size();
    std::size_t size = 0;
    std::size_t w = kUnseen;
    while (w != root) {
      w = stack_.back();
      stack_.pop_back();
      nodes_[w].on_stack = false;
      nodes_[w].component = id;
      ++size;
    }
    component_sizes_.push_back(size);
  }

  const PlanIndex& index_;
  const Plan& home_;
  std::vector<Node> nodes_;
  std::unordered_map<const Objective*, std::size_t> ids_;
  std::vector<std::size_t> stack_;
  std::vector<std::size_t> component_sizes_;
  std::size_t counter_ = 0;
};

std::string describe(const ResolvedReference& target, const Reference& reference) {
  return reference.id.empty()
             ? target.problem
             : fmt::format("aligns with '{}', but {}", reference.text, target.problem);
}

void check_references(const PlanIndex& index, const Plan& plan, const ItemInfo& item,
                      const std::vector<Reference>& references, Reporter& out) {
  for (const Reference& reference : references) {
    const ResolvedReference target = resolve_reference(index, plan, reference);
    if (target.objective == nullptr) {
      const std::string what = describe(target, reference);
      out.report("alignment", item, reference.location,
                 reference.id.empty() ? what : fmt::format("{} {}", item.id, what));
    }
  }
}

// An objective that ends after the objective it serves cannot help reach it in time.
void check_deadlines(const PlanIndex& index, const Plan& plan, const Objective& objective,
                     Reporter& out) {
  const std::optional<Date> own = effective_deadline(objective, plan.mission);
  if (!own) {
    return;
  }
  const bool inherited = objective.aligns_with.empty();
  for (const Reference& reference : effective_references(plan, objective)) {
    const ResolvedReference target = resolve_reference(index, plan, reference);
    if (target.objective == nullptr || target.objective == &objective) {
      continue;
    }
    const std::optional<Date> served = effective_deadline(*target.objective, target.plan->mission);
    if (served && *own > *served) {
      const SourceLocation at =
          objective.deadline.written ? objective.deadline.location : objective.info.location;
      out.report("alignment", Severity::Warning, objective.info, at,
                 fmt::format("{} is due {}, after '{}'{} is due {}", objective.info.id,
                             format_date(*own), reference.text,
                             inherited ? " (which the mission serves)" : "", format_date(*served)));
    }
  }
}

void check_cycles(const PlanIndex& index, const Plan& plan, Reporter& out) {
  ReferenceGraph graph(index, plan);
  std::vector<bool> reported;
  for (const Objective& objective : plan.objectives) {
    const std::size_t v = graph.node_of(plan, objective);
    graph.explore(v);
    if (!graph.on_cycle(v)) {
      continue;
    }
    const std::size_t component = graph.node(v).component;
    if (component >= reported.size()) {
      reported.resize(component + 1, false);
    }
    if (reported[component]) {
      continue; // one finding per cycle and plan
    }
    reported[component] = true;
    const std::vector<ReferenceGraph::Edge> path = graph.cycle_from(v);
    std::string steps = graph.name(v);
    for (std::size_t i = 0; i < path.size() && i < kMaxPathShown; ++i) {
      steps += " → " + graph.name(path[i].to);
    }
    if (path.size() > kMaxPathShown) {
      steps += " → …";
    }
    const Reference& first = *path.front().reference;
    const bool inherited = objective.aligns_with.empty();
    out.report("alignment", objective.info, first.location,
               fmt::format("{}{} aligns with '{}', and the references lead back to it ({}); an "
                           "objective cannot serve itself",
                           objective.info.id, inherited ? " (through the mission)" : "", first.text,
                           steps));
  }
}

} // namespace

void check_alignment(const Plan& plan, const RuleContext& context, Reporter& out) {
  if (context.plans == nullptr) {
    return;
  }
  const PlanIndex& index = *context.plans;
  check_references(index, plan, plan.mission.info, plan.mission.aligns_with, out);
  bool any = !plan.mission.aligns_with.empty();
  for (const Objective& objective : plan.objectives) {
    check_references(index, plan, objective.info, objective.aligns_with, out);
    check_deadlines(index, plan, objective, out);
    any = any || !objective.aligns_with.empty();
  }
  if (any) {
    check_cycles(index, plan, out);
  }
}

} // namespace most
