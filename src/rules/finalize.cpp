#include "rules/checks.hpp"

#include <most/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace most {

namespace {

// For each item id, the rules its ignores silence on the as-of day. An id names several
// items when a node is reached through aliases (with different ancestors) or when ids clash
// (a duplicate-id finding); an ignore on any of them silences findings about that id, since a
// finding names its item by id only. Keeping rules per id, not ignores per item, keeps this
// linear however often an item is aliased.
using SilencedRules = std::unordered_map<std::string_view, std::vector<std::string_view>>;

void add_active_ignores(const ItemInfo& item, std::string_view id, Date as_of,
                        SilencedRules& silenced) {
  for (const Ignore& ignore : item.ignores) {
    // An ignore silences its rule up to and including its `until` day.
    if (ignore.until && *ignore.until < as_of) {
      continue;
    }
    std::vector<std::string_view>& rules = silenced[id];
    if (std::find(rules.begin(), rules.end(), ignore.rule) == rules.end()) {
      rules.push_back(ignore.rule);
    }
  }
}

SilencedRules active_ignores(const Plan& plan, Date as_of) {
  SilencedRules silenced;
  // The key is a string_view, so it must point at the id stored in the plan, never at a
  // temporary.
  add_active_ignores(plan.mission.info, plan.mission.info.id, as_of, silenced);
  for (const Objective& objective : plan.objectives) {
    add_active_ignores(objective.info, objective.info.id, as_of, silenced);
    for (const Strategy& strategy : objective.strategies) {
      add_active_ignores(strategy.info, strategy.info.id, as_of, silenced);
      for (const Tactic& tactic : strategy.tactics) {
        add_active_ignores(tactic.info, tactic.info.id, as_of, silenced);
      }
    }
  }
  return silenced;
}

// File-level findings (no item) cannot be silenced from inside the plan.
bool is_silenced(const Diagnostic& diagnostic, const SilencedRules& silenced) {
  if (diagnostic.item.empty()) {
    return false;
  }
  const auto found = silenced.find(diagnostic.item);
  return found != silenced.end() && std::find(found->second.begin(), found->second.end(),
                                              diagnostic.rule) != found->second.end();
}

// A node shared through aliases is checked once per place it is used, under a different id
// each time. Findings at one position of one rule about several items are such copies: keep
// those of the first item and name the others, so one mistake is reported once.
void merge_alias_copies(std::vector<Diagnostic>& diagnostics) {
  std::vector<Diagnostic> merged;
  merged.reserve(diagnostics.size());
  for (std::size_t begin = 0; begin < diagnostics.size();) {
    const Diagnostic& head = diagnostics[begin];
    std::size_t end = begin + 1;
    while (end < diagnostics.size() && diagnostics[end].file == head.file &&
           diagnostics[end].location == head.location && diagnostics[end].rule == head.rule) {
      ++end;
    }
    std::vector<std::string_view> others;
    std::unordered_set<std::string_view> seen{head.item};
    for (std::size_t i = begin + 1; i < end; ++i) {
      if (seen.insert(diagnostics[i].item).second) {
        others.push_back(diagnostics[i].item);
      }
    }
    // Name a few; a list aliased a thousand times does not need a thousand ids in one line.
    constexpr std::size_t kNamed = 3;
    std::string also;
    for (std::size_t i = 0; i < std::min(others.size(), kNamed); ++i) {
      also += i == 0 ? " (also as " : ", ";
      also += others[i];
    }
    if (others.size() > kNamed) {
      also += fmt::format(" and {} more", others.size() - kNamed);
    }
    also += others.empty() ? "" : ": the same lines, reached through an alias)";
    const std::string first_item = head.item;
    for (std::size_t i = begin; i < end; ++i) {
      if (diagnostics[i].item == first_item) {
        merged.push_back(std::move(diagnostics[i]));
        merged.back().message += also;
      }
    }
    begin = end;
  }
  diagnostics = std::move(merged);
}

bool same_finding(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.file, a.location, a.rule, a.message, a.item, a.severity) ==
         std::tie(b.file, b.location, b.rule, b.message, b.item, b.severity);
}

} // namespace

void finalize_diagnostics(const Plan& plan, const Config& config, Date as_of,
                          std::vector<Diagnostic>& diagnostics) {
  report_expired_ignores(plan, as_of, diagnostics);
  const SilencedRules silenced = active_ignores(plan, as_of);

  std::vector<Diagnostic> kept;
  kept.reserve(diagnostics.size());
  for (Diagnostic& diagnostic : diagnostics) {
    if (is_silenced(diagnostic, silenced)) {
      continue;
    }
    if (const auto configured = config.severity_of(diagnostic.rule)) {
      if (*configured == Severity::Off) {
        continue;
      }
      diagnostic.severity = *configured;
    }
    kept.push_back(std::move(diagnostic));
  }
  sort_diagnostics(kept);
  kept.erase(std::unique(kept.begin(), kept.end(), same_finding), kept.end());
  merge_alias_copies(kept);
  diagnostics = std::move(kept);
}

} // namespace most
