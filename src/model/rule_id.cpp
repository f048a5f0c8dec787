#include <most/rule_id.hpp>

#include <algorithm>
#include <array>
#include <cstddef>

namespace most {

namespace {

// Indexed by RuleId; sorted, so a name is found by binary search.
constexpr auto kNames = std::to_array<std::string_view>({
    "alignment",
    "budget-format",
    "checkin-conflict",
    "checkin-outlier",
    "date-order",
    "duplicate-id",
    "duplicate-key",
    "field-type",
    "ignore-expired",
    "invalid-date",
    "metric-mismatch",
    "milestone-missed",
    "mission-horizon",
    "mission-specific",
    "not-a-plan",
    "objective-without-strategy",
    "owner-overload",
    "required-field",
    "rollup-mismatch",
    "smart-attainable",
    "smart-measurable",
    "smart-relevant",
    "smart-specific",
    "smart-time-bound",
    "stale-checkin",
    "status-mismatch",
    "strategy-without-tactic",
    "tactic-after-deadline",
    "tactic-due",
    "tactic-overdue",
    "tactic-owner",
    "target-changed",
    "unknown-key",
    "unsupported-version",
    "yaml-syntax",
});

static_assert(std::ranges::is_sorted(kNames), "rule names must stay in alphabetical order");

} // namespace

std::string_view rule_name(RuleId rule) { return kNames.at(static_cast<std::size_t>(rule)); }

std::optional<RuleId> rule_from_name(std::string_view name) {
  const auto* const found = std::ranges::lower_bound(kNames, name);
  if (found == kNames.end() || *found != name) {
    return std::nullopt;
  }
  return static_cast<RuleId>(found - kNames.begin());
}

std::span<const std::string_view> rule_names() { return kNames; }

} // namespace most
