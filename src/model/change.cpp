#include <most/change.hpp>

#include <array>
#include <cstddef>

namespace most {

namespace {

// Every fact about a kind of change, in one row, in the order of ChangeKind.
struct KindFacts {
  ChangeKind kind;
  std::string_view name; ///< as JSON and --fail-on spell it
  bool removal;          ///< the item is gone: its place is in the old version
};

constexpr auto kKinds = std::to_array<KindFacts>({
    {ChangeKind::PlanAdded, "plan-added", false},
    {ChangeKind::PlanRemoved, "plan-removed", true},
    {ChangeKind::HorizonChanged, "horizon", false},
    {ChangeKind::ObjectiveAdded, "objective-added", false},
    {ChangeKind::ObjectiveRemoved, "objective-removed", true},
    {ChangeKind::TargetChanged, "target", false},
    {ChangeKind::BaselineChanged, "baseline", false},
    {ChangeKind::CheckinAdded, "check-in", false},
    {ChangeKind::StrategyAdded, "strategy-added", false},
    {ChangeKind::StrategyRemoved, "strategy-removed", true},
    {ChangeKind::TacticAdded, "added", false},
    {ChangeKind::TacticRemoved, "removed", true},
    {ChangeKind::TacticCompleted, "completed", false},
    {ChangeKind::TacticDropped, "dropped", false},
    {ChangeKind::StatusChanged, "status", false},
    {ChangeKind::DueSlipped, "slipped", false},
    {ChangeKind::DueEarlier, "earlier", false},
    {ChangeKind::DueSet, "due", false},
    {ChangeKind::OwnerChanged, "owner", false},
    {ChangeKind::CheckinChanged, "check-in-changed", false},
    {ChangeKind::CheckinRemoved, "check-in-removed", false},
});

constexpr const KindFacts& facts(ChangeKind kind) { return kKinds[static_cast<std::size_t>(kind)]; }

static_assert(
    [] {
      for (std::size_t i = 0; i < kKinds.size(); ++i) {
        if (static_cast<std::size_t>(kKinds[i].kind) != i) {
          return false;
        }
      }
      return true;
    }(),
    "kKinds must follow the order of ChangeKind");

constexpr auto kNames = [] {
  std::array<std::string_view, kKinds.size()> names{};
  for (std::size_t i = 0; i < kKinds.size(); ++i) {
    names[i] = kKinds[i].name;
  }
  return names;
}();

} // namespace

std::string_view change_name(ChangeKind kind) { return facts(kind).name; }

bool is_removal(ChangeKind kind) { return facts(kind).removal; }

std::span<const std::string_view> change_names() { return kNames; }

} // namespace most
