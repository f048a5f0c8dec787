// The plans of an organisation: reading each referenced plan once, and following a reference
// to the objective it names.

#include <most/organisation.hpp>
#include <most/suggest.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <unordered_set>

namespace most {

namespace fs = std::filesystem;

namespace {

// Plans read from standard input have no place on disk; their references count from the
// current directory.
constexpr std::string_view kStdinName = "<stdin>";

constexpr std::size_t kMaxSuggested = 200;

// The path a reference names, as the user would write it from the current directory.
std::string referenced_path(const Plan& from, const std::string& path) {
  const fs::path base = from.file == kStdinName ? fs::path() : fs::path(from.file).parent_path();
  return (base / path).lexically_normal().string();
}

// One key per file however it is spelt: "a/../b.yaml", "./b.yaml" and "/abs/b.yaml" agree.
std::string key_of(const std::string& path) {
  std::error_code ec;
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

const Objective* PlanIndex::objective(const Plan& plan, std::string_view id,
                                      std::string_view& kind) const {
  kind = {};
  const auto items = items_.find(&plan);
  if (items == items_.end()) {
    return nullptr;
  }
  const auto found = items->second.find(id);
  if (found == items->second.end()) {
    return nullptr;
  }
  kind = found->second.kind;
  return found->second.objective;
}

void PlanIndex::add(const Plan& plan) {
  remember(plan);
  order_.push_back(&plan);
  ++run_size_;
  if (plan.file != kStdinName) {
    by_key_.try_emplace(key_of(plan.file), Entry{&plan, {}});
  }
}

void PlanIndex::resolve_references(const PlanFileReader& read, const ReferenceLimits& limits) {
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
      std::string text;
      std::string why;
      if (!read(path, text, why)) {
        entry.problem = fmt::format("'{}' cannot be read: {}", path, why);
        return;
      }
      ++plans_read;
      bytes_read += text.size();
      LoadResult loaded = load_plan(text, path, limits.load);
      if (!loaded.ok) {
        entry.problem = loaded.diagnostics.empty()
                            ? fmt::format("'{}' is not a plan", path)
                            : fmt::format("'{}' is not a plan ({}:{}: {})", path,
                                          loaded.diagnostics.front().location.line,
                                          loaded.diagnostics.front().location.column,
                                          loaded.diagnostics.front().message);
        return;
      }
      entry.plan = &owned_.emplace_back(std::move(loaded.plan));
      remember(*entry.plan);
      order_.push_back(entry.plan);
    });
  }
}

const PlanIndex::Entry* PlanIndex::lookup(const Plan& from, const Reference& reference) const {
  const auto found = by_key_.find(key_of(referenced_path(from, reference.path)));
  return found == by_key_.end() ? nullptr : &found->second;
}

const Plan* PlanIndex::find(const Plan& from, const Reference& reference, std::string& why) const {
  if (reference.path.empty()) {
    return &from;
  }
  const Entry* entry = lookup(from, reference);
  if (entry == nullptr) {
    why = fmt::format("'{}' was not read", referenced_path(from, reference.path));
    return nullptr;
  }
  why = entry->problem;
  return entry->plan;
}

std::vector<const Plan*> PlanIndex::served_by(const Plan& from) const {
  std::vector<const Plan*> reached{&from};
  std::unordered_set<const Plan*> seen{&from};
  for (std::size_t next = 0; next < reached.size(); ++next) {
    for_each_reference(*reached[next], [&](const Reference& reference) {
      const Entry* entry = reference.path.empty() ? nullptr : lookup(*reached[next], reference);
      if (entry != nullptr && entry->plan != nullptr && seen.insert(entry->plan).second) {
        reached.push_back(entry->plan);
      }
    });
  }
  reached.erase(reached.begin());
  return reached;
}

const std::vector<Reference>& effective_references(const Plan& plan, const Objective& objective) {
  return objective.aligns_with.empty() ? plan.mission.aligns_with : objective.aligns_with;
}

ResolvedReference resolve_reference(const PlanIndex& index, const Plan& from,
                                    const Reference& reference) {
  ResolvedReference result;
  if (reference.id.empty()) {
    result.problem = fmt::format("'{}' is not a reference to an objective; write PATH#ID, or "
                                 "#ID for an objective of this plan",
                                 reference.text);
    return result;
  }
  result.plan = index.find(from, reference, result.problem);
  if (result.plan == nullptr) {
    return result;
  }
  std::string_view kind;
  result.objective = index.objective(*result.plan, reference.id, kind);
  if (result.objective != nullptr) {
    return result;
  }
  const std::string_view where =
      reference.path.empty() ? std::string_view("this plan") : std::string_view(result.plan->file);
  if (!kind.empty()) {
    result.problem = fmt::format("'{}' is {} of {}, not an objective", reference.id, kind, where);
    return result;
  }
  // Suggestions cost an edit distance per objective; hostile plans have thousands.
  std::vector<std::string_view> ids;
  if (result.plan->objectives.size() <= kMaxSuggested) {
    for (const Objective& objective : result.plan->objectives) {
      ids.push_back(objective.info.id);
    }
  }
  result.problem = fmt::format("{} has no objective '{}'{}", where, reference.id,
                               did_you_mean(reference.id, ids));
  return result;
}

} // namespace most
