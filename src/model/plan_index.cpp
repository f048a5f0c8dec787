// The plans of an organisation: reading each referenced plan once, resolving each reference
// once, and finding the cycles among them once, in time linear in the references.

#include <most/plan_index.hpp>
#include <most/suggest.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <unordered_set>

namespace most {

namespace fs = std::filesystem;

namespace {

// Plans read from standard input have no place on disk; their references count from the
// current directory.
constexpr std::string_view kStdinName = "<stdin>";

// Spelling suggestions cost an edit distance per candidate; hostile plans have thousands of
// objectives with long ids.
constexpr std::size_t kMaxSuggested = 200;
constexpr std::size_t kMaxSuggestedLength = 64;

// The path a reference names, as the user would write it from the current directory.
std::string referenced_path(const Plan& from, const std::string& path) {
  const fs::path base = from.file == kStdinName ? fs::path() : fs::path(from.file).parent_path();
  return (base / path).lexically_normal().string();
}

// One key per file however it is spelt: "a/../b.yaml", "./b.yaml", "/abs/b.yaml" and a path
// through a symbolic link agree.
std::string key_of(const std::string& path) {
  std::error_code ec;
  const fs::path canonical = fs::weakly_canonical(path, ec);
  if (!ec) {
    return canonical.string();
  }
  const fs::path absolute = fs::absolute(path, ec);
  return (ec ? fs::path(path) : absolute).lexically_normal().string();
}

template <class Fn> void for_each_reference(const Plan& plan, Fn&& fn) {
  for (const Reference& reference : plan.mission.aligns_with) {
    fn(reference);
  }
  for (const Objective& objective : plan.objectives) {
    for (const Reference& reference : objective.aligns_with) {
      fn(reference);
    }
  }
}

} // namespace

const std::vector<Reference>& effective_references(const Plan& plan, const Objective& objective) {
  return objective.aligns_with.empty() ? plan.mission.aligns_with : objective.aligns_with;
}

void PlanIndex::remember(const Plan& plan) {
  ItemsById& items = items_[&plan];
  items.try_emplace(plan.mission.info.id, Item{"the mission", nullptr});
  for (const Objective& objective : plan.objectives) {
    items.try_emplace(objective.info.id, Item{"an objective", &objective});
    for (const Strategy& strategy : objective.strategies) {
      items.try_emplace(strategy.info.id, Item{"a strategy", nullptr});
      for (const Tactic& tactic : strategy.tactics) {
        items.try_emplace(tactic.info.id, Item{"a tactic", nullptr});
      }
    }
  }
}

bool PlanIndex::add(const Plan& plan) {
  remember(plan);
  order_.push_back(&plan);
  ++run_size_;
  if (plan.file != kStdinName && !by_key_.try_emplace(key_of(plan.file), Entry{&plan, {}}).second) {
    repeats_.insert(&plan);
    return false;
  }
  distinct_.push_back(&plan);
  return true;
}

bool PlanIndex::is_distinct(const Plan& plan) const { return !repeats_.contains(&plan); }

void PlanIndex::resolve_references(const PlanFileLoader& load, const ReferenceLimits& limits) {
  std::size_t plans_read = 0;
  std::uint64_t bytes_read = 0;
  // order_ grows as plans are reached: a breadth-first walk without recursion.
  for (std::size_t next = 0; next < order_.size(); ++next) {
    const Plan& from = *order_[next];
    for_each_reference(from, [&](const Reference& reference) {
      if (reference.path.empty() || reference.id.empty()) {
        return;
      }
      const std::string path = referenced_path(from, reference.path);
      const auto [slot, inserted] = by_key_.try_emplace(key_of(path));
      if (!inserted) {
        return;
      }
      Entry& entry = slot->second;
      if (plans_read >= limits.max_plans || bytes_read >= limits.max_bytes) {
        entry.problem = fmt::format("'{}' was not read: references reach more than {} plans or "
                                    "{} MiB of them",
                                    path, limits.max_plans, limits.max_bytes >> 20U);
        return;
      }
      if (limits.refuse) {
        if (std::string refused = limits.refuse(from.file, path); !refused.empty()) {
          entry.problem = std::move(refused);
          return;
        }
      }
      ReferencedPlan loaded = load(path);
      if (loaded.read) {
        ++plans_read;
        bytes_read += loaded.bytes;
      }
      if (!loaded.plan) {
        entry.problem = std::move(loaded.problem);
        return;
      }
      entry.plan = &owned_.emplace_back(std::move(*loaded.plan));
      remember(*entry.plan);
      order_.push_back(entry.plan);
      distinct_.push_back(entry.plan);
    });
  }
  for (const Plan* plan : order_) {
    for_each_reference(*plan, [&](const Reference& reference) {
      resolved_.try_emplace(&reference, compute(*plan, reference));
    });
  }
  if (!resolved_.empty()) { // plans without references need no graph
    build_graph();
    find_components();
  }
}

const PlanIndex::Entry* PlanIndex::lookup(const Plan& from, const Reference& reference) const {
  const auto found = by_key_.find(key_of(referenced_path(from, reference.path)));
  return found == by_key_.end() ? nullptr : &found->second;
}

ResolvedReference PlanIndex::compute(const Plan& from, const Reference& reference) {
  ResolvedReference result;
  if (reference.id.empty()) {
    result.problem = fmt::format("'{}' is not a reference to an objective; write PATH#ID, or "
                                 "#ID for an objective of this plan",
                                 reference.text);
    return result;
  }
  if (reference.path.empty()) {
    result.plan = &from;
  } else if (const Entry* entry = lookup(from, reference); entry == nullptr) {
    result.problem = fmt::format("'{}' was not read", referenced_path(from, reference.path));
    return result;
  } else if (entry->plan == nullptr) {
    result.problem = entry->problem;
    return result;
  } else {
    result.plan = entry->plan;
  }
  const ItemsById& items = items_.at(result.plan);
  const auto item = items.find(reference.id);
  if (item != items.end() && item->second.objective != nullptr) {
    result.objective = item->second.objective;
    result.deadline = effective_deadline(*result.objective);
    return result;
  }
  const std::string_view where =
      reference.path.empty() ? std::string_view("this plan") : std::string_view(result.plan->file);
  if (item != items.end()) {
    result.problem =
        fmt::format("'{}' is {} of {}, not an objective", reference.id, item->second.kind, where);
    return result;
  }
  // A missing id is explained once per plan and id, however many references repeat it.
  auto [problem, added] = problems_.try_emplace(fmt::format("{}\n{}", where, reference.id));
  if (added) {
    std::vector<std::string_view> ids;
    if (result.plan->objectives.size() <= kMaxSuggested) {
      for (const Objective& objective : result.plan->objectives) {
        if (objective.info.id.size() <= kMaxSuggestedLength) {
          ids.push_back(objective.info.id);
        }
      }
    }
    problem->second = fmt::format("{} has no objective '{}'{}", where, reference.id,
                                  did_you_mean(reference.id, ids));
  }
  result.problem = problem->second;
  return result;
}

const ResolvedReference& PlanIndex::resolve(const Reference& reference) const {
  const auto found = resolved_.find(&reference);
  return found == resolved_.end() ? not_followed_ : found->second;
}

std::vector<const Plan*> PlanIndex::served_by(const Plan& from) const {
  std::vector<const Plan*> reached{&from};
  std::unordered_set<const Plan*> seen{&from};
  for (std::size_t next = 0; next < reached.size(); ++next) {
    for_each_reference(*reached[next], [&](const Reference& reference) {
      const ResolvedReference& target = resolve(reference);
      if (target.plan != nullptr && seen.insert(target.plan).second) {
        reached.push_back(target.plan);
      }
    });
  }
  reached.erase(reached.begin());
  return reached;
}

} // namespace most
