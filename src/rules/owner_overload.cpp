// owner-overload: one person with more open tactics due in two weeks than anyone can finish.

#include "checks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace most {

const std::string_view kOwnerOverloadDoc = R"(What it does
  Within one plan, counts each owner's open tactics (not `done` or
  `dropped`) by due day, and reports an owner who has more of them due in
  some 14-day window (14 consecutive days, both ends included) than the
  threshold: 8 unless `.most.yaml` sets another. The finding is reported
  once per owner, at the first tactic of their busiest window.

Why is this bad
  A tactic says who does what by when. Nine steps due in the same two weeks
  for one person is a plan nobody can keep: some of them will slip, and
  the plan will not say which. Spreading the work, or handing some of it
  to someone else, keeps the plan honest.

Example
  tactics:                       # anna: 9 open tactics due 2026-03-02..2026-03-13
    - {action: Call account 1, owner: anna, due: 2026-03-02}
    - {action: Call account 2, owner: anna, due: 2026-03-03}
    # ... seven more for anna before 2026-03-15

How to fix
  Move some `due:` days later, give some tactics another `owner:`, or drop
  the ones that no longer matter (`status: dropped`). If your team works in
  bigger batches, raise the threshold in `.most.yaml`:
    overload:
      open_tactics_due_within_14_days: 12

)";

namespace {

constexpr int kWindowDays = 14;

struct Due {
  Date day;
  const Tactic* tactic;
};

// The busiest window of one owner's due days (sorted): its first tactic and its size. A
// window starting at a due day is as busy as any other, so only those are tried.
std::pair<const Tactic*, int> busiest_window(const std::vector<Due>& dues) {
  std::pair<const Tactic*, int> best{nullptr, 0};
  std::size_t last = 0;
  for (std::size_t first = 0; first < dues.size(); ++first) {
    const Date end = add_days(dues[first].day, kWindowDays - 1);
    last = std::max(last, first);
    while (last + 1 < dues.size() && dues[last + 1].day <= end) {
      ++last;
    }
    const int count = static_cast<int>(last - first + 1);
    if (count > best.second) {
      best = {dues[first].tactic, count};
    }
  }
  return best;
}

} // namespace

void check_owner_overload(const Plan& plan, const RuleContext& context, Reporter& out) {
  // Owners in the order they first appear, so findings come out in plan order.
  std::vector<std::string_view> owners;
  std::unordered_map<std::string_view, std::vector<Due>> by_owner;
  for_each_tactic(plan, [&](const Objective& /*objective*/, const Strategy& /*strategy*/,
                            const Tactic& tactic) {
    if (!tactic.owner || !tactic.due || !tactic.is_open()) {
      return;
    }
    auto [dues, added] = by_owner.try_emplace(*tactic.owner);
    if (added) {
      owners.push_back(*tactic.owner);
    }
    dues->second.push_back({*tactic.due, &tactic});
  });
  for (const std::string_view owner : owners) {
    std::vector<Due>& dues = by_owner[owner];
    if (std::cmp_less_equal(dues.size(), context.overload_threshold)) {
      continue;
    }
    // Stable: tactics due the same day keep plan order, so the first one named is the first
    // one written.
    std::stable_sort(dues.begin(), dues.end(),
                     [](const Due& a, const Due& b) { return a.day < b.day; });
    const auto [first, count] = busiest_window(dues);
    if (count <= context.overload_threshold) {
      continue;
    }
    const Date start = *first->due;
    out.report(first->info, first->owner.location,
               fmt::format("owner '{}' has {} open tactics due in the 14 days from {} to {}, more "
                           "than the threshold of {}; "
                           "spread the due days, hand some to others, or drop what no longer "
                           "matters",
                           owner, count, format_date(start),
                           format_date(add_days(start, kWindowDays - 1)),
                           context.overload_threshold));
  }
}

} // namespace most
