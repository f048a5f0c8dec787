// The objectives of an organisation as a graph of references, and its strongly connected
// components (Tarjan's, without recursion), so that every cycle is found once per run.

#include <most/plan_index.hpp>

#include <algorithm>
#include <utility>

namespace most {

namespace {

constexpr std::size_t kUnseen = static_cast<std::size_t>(-1);

} // namespace

void PlanIndex::build_graph() {
  for (const Plan* plan : order_) {
    for (const Objective& objective : plan->objectives) {
      node_of_.emplace(&objective, nodes_.size());
      nodes_.push_back(Node{plan, &objective, {}, {}, 0});
    }
  }
  for (std::size_t from = 0; from < nodes_.size(); ++from) {
    Node& node = nodes_[from];
    for (const Reference& reference : effective_references(*node.plan, *node.objective)) {
      const auto target = resolved_.find(&reference);
      if (target == resolved_.end() || target->second.objective == nullptr) {
        continue;
      }
      const std::size_t to = node_of_.at(target->second.objective);
      // A list is at most a few dozen references long, so the check for a repeat is cheap.
      if (std::none_of(node.out.begin(), node.out.end(),
                       [&](const Edge& edge) { return edge.to == to; })) {
        node.out.push_back(Edge{to, &reference});
        if (to != from) { // an objective never rolls up into itself
          nodes_[to].in.push_back(from);
        }
      }
    }
  }
}

std::vector<const Objective*> PlanIndex::aligned_to(const Objective& objective) const {
  std::vector<const Objective*> result;
  if (const auto node = node_of_.find(&objective); node != node_of_.end()) {
    for (const std::size_t from : nodes_[node->second].in) {
      // A file given twice (under two names) counts once, as in every report.
      if (is_distinct(*nodes_[from].plan)) {
        result.push_back(nodes_[from].objective);
      }
    }
  }
  return result;
}

void PlanIndex::find_components() {
  std::vector<std::size_t> order(nodes_.size(), kUnseen);
  std::vector<std::size_t> low(nodes_.size(), 0);
  std::vector<bool> on_stack(nodes_.size(), false);
  std::vector<std::size_t> stack;
  std::vector<std::pair<std::size_t, std::size_t>> calls; // node, next edge
  std::size_t counter = 0;
  const auto enter = [&](std::size_t v) {
    order[v] = low[v] = counter++;
    on_stack[v] = true;
    stack.push_back(v);
    calls.emplace_back(v, 0);
  };
  for (std::size_t start = 0; start < nodes_.size(); ++start) {
    if (order[start] != kUnseen) {
      continue;
    }
    enter(start);
    while (!calls.empty()) {
      const std::size_t v = calls.back().first;
      const std::size_t next = calls.back().second++;
      if (next < nodes_[v].out.size()) {
        const std::size_t w = nodes_[v].out[next].to;
        if (order[w] == kUnseen) {
          enter(w);
        } else if (on_stack[w]) {
          low[v] = std::min(low[v], order[w]);
        }
        continue;
      }
      calls.pop_back();
      if (!calls.empty()) {
        const std::size_t parent = calls.back().first;
        low[parent] = std::min(low[parent], low[v]);
      }
      if (low[v] != order[v]) {
        continue;
      }
      const std::size_t component = component_sizes_.size();
      std::size_t size = 0;
      for (std::size_t w = kUnseen; w != v; ++size) {
        w = stack.back();
        stack.pop_back();
        on_stack[w] = false;
        nodes_[w].component = component;
      }
      component_sizes_.push_back(size);
    }
  }
}

bool PlanIndex::on_cycle(const Objective& objective, std::size_t& cycle) const {
  const auto found = node_of_.find(&objective);
  if (found == node_of_.end()) {
    return false;
  }
  const Node& node = nodes_[found->second];
  cycle = node.component;
  return component_sizes_[node.component] > 1 ||
         std::any_of(node.out.begin(), node.out.end(),
                     [&](const Edge& edge) { return edge.to == found->second; });
}

std::vector<CycleStep> PlanIndex::cycle_from(const Objective& objective) const {
  const auto found = node_of_.find(&objective);
  if (found == node_of_.end()) {
    return {};
  }
  const std::size_t v = found->second;
  // Breadth first within the component, remembering how each objective was reached.
  std::unordered_map<std::size_t, std::pair<std::size_t, const Edge*>> reached;
  std::vector<std::size_t> queue{v};
  for (std::size_t i = 0; i < queue.size(); ++i) {
    const std::size_t at = queue[i];
    for (const Edge& edge : nodes_[at].out) {
      if (nodes_[edge.to].component != nodes_[v].component) {
        continue;
      }
      if (edge.to == v) {
        std::vector<CycleStep> path{CycleStep{edge.reference, nodes_[v].plan, nodes_[v].objective}};
        for (std::size_t step = at; step != v;) {
          const auto& [from, by] = reached.at(step);
          path.push_back(CycleStep{by->reference, nodes_[step].plan, nodes_[step].objective});
          step = from;
        }
        std::reverse(path.begin(), path.end());
        return path;
      }
      if (reached.try_emplace(edge.to, at, &edge).second) {
        queue.push_back(edge.to);
      }
    }
  }
  return {};
}

} // namespace most
