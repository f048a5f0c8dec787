#include "checks.hpp"

#include <most/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
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
  for_each_item(plan, [&](const auto& item) {
    add_active_ignores(item.info, item.info.id, as_of, silenced);
  });
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

bool is_id_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '-' || c == '_';
}

// The message with the item's id taken out: alias copies of one finding differ only there.
// Only a whole id counts ("a" in "tactic a has" is not the "a" of "tactic").
std::string without_item(const Diagnostic& diagnostic) {
  std::string message = diagnostic.message;
  const std::string& id = diagnostic.item;
  for (std::size_t at = id.empty() ? std::string::npos : message.find(id); at != std::string::npos;
       at = message.find(id, at + 1)) {
    const std::size_t end = at + id.size();
    if ((at == 0 || !is_id_char(message[at - 1])) &&
        (end == message.size() || !is_id_char(message[end]))) {
      message.replace(at, id.size(), "\x01");
      break;
    }
  }
  return message;
}

// Names a few of the other items; a list aliased a thousand times does not need a thousand
// ids in one line.
std::string also_as(const std::vector<std::string_view>& others) {
  constexpr std::size_t kNamed = 3;
  std::string also;
  for (std::size_t i = 0; i < std::min(others.size(), kNamed); ++i) {
    also += i == 0 ? " (also as " : ", ";
    also += others[i];
  }
  if (others.size() > kNamed) {
    also += fmt::format(" and {} more", others.size() - kNamed);
  }
  return others.empty() ? also : also + ": the same lines, reached through an alias)";
}

// A node shared through aliases is checked once per place it is used, under a different id
// each time. Findings of one rule at one position whose messages differ only in that id are
// such copies: keep the first and name the others, so one mistake is reported once. Other
// findings that merely share a position (the mission's and the plan's, both at 1:1) stay.
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
    // For each kept finding (by its message without the id): the other items it stands for.
    struct Copies {
      std::vector<std::string_view> items;
      std::unordered_set<std::string_view> seen;
    };
    std::unordered_map<std::string, std::size_t> kept;
    std::vector<Copies> copies;
    const std::size_t first = merged.size();
    for (std::size_t i = begin; i < end; ++i) {
      const auto [it, inserted] = kept.emplace(without_item(diagnostics[i]), merged.size());
      if (inserted || diagnostics[i].item.empty()) {
        merged.push_back(std::move(diagnostics[i])); // reserved: never reallocates
        copies.push_back({{}, {merged.back().item}});
        continue;
      }
      Copies& also = copies[it->second - first];
      if (also.seen.insert(diagnostics[i].item).second) {
        also.items.push_back(diagnostics[i].item);
      }
    }
    for (std::size_t i = first; i < merged.size(); ++i) {
      merged[i].message += also_as(copies[i - first].items);
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
