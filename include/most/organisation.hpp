#pragma once

// Plans seen as one organisation: the plans of a run, the plans their `aligns_with:`
// references reach, and how an objective finds the objectives it serves.

#include <most/load.hpp>
#include <most/plan.hpp>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace most {

/// Reads the plan file at `path` into `text`, or says in `why` why it cannot.
using PlanFileReader =
    std::function<bool(const std::string& path, std::string& text, std::string& why)>;

/// How far references are followed beyond the plans of a run, so that a hostile chain of
/// references cannot read without end.
struct ReferenceLimits {
  std::size_t max_plans = 1000;                       ///< plans read only because referenced
  std::uint64_t max_bytes = std::uint64_t{256} << 20; ///< their text, in total
  LoadLimits load;
};

/// Every plan a reference can name, each read once: the plans of a run, then the plans their
/// references reach, transitively. Lookups are const, so rules may run in parallel.
class PlanIndex {
public:
  /// Registers a plan of the run under its file name; the plan must outlive the index.
  void add(const Plan& plan);

  /// Reads and loads, once each and within `limits`, every plan the registered plans reach
  /// through `aligns_with:`, however indirectly.
  void resolve_references(const PlanFileReader& read, const ReferenceLimits& limits = {});

  /// The plan that `reference` (written in `from`) names, or nullptr with the reason in `why`.
  const Plan* find(const Plan& from, const Reference& reference, std::string& why) const;

  /// The objective of `plan` with id `id`; else nullptr, with `kind` naming what else carries
  /// the id ("a strategy", "a tactic", "the mission") or left empty.
  const Objective* objective(const Plan& plan, std::string_view id, std::string_view& kind) const;

  /// The other plans `from` aligns with, directly or through them, nearest first.
  std::vector<const Plan*> served_by(const Plan& from) const;

  /// Every plan known, those of the run first, in the order they were registered or reached.
  const std::vector<const Plan*>& plans() const { return order_; }

  /// The number of plans registered with add().
  std::size_t run_size() const { return run_size_; }

private:
  struct Entry {
    const Plan* plan = nullptr;
    std::string problem; ///< why there is no plan
  };
  struct Item {
    std::string_view kind; ///< "an objective", "a strategy", …
    const Objective* objective = nullptr;
  };
  using ItemsById = std::unordered_map<std::string_view, Item>;

  const Entry* lookup(const Plan& from, const Reference& reference) const;
  void remember(const Plan& plan);

  std::unordered_map<const Plan*, ItemsById> items_; ///< per plan, its ids (the first wins)

  std::unordered_map<std::string, Entry> by_key_;
  std::deque<Plan> owned_; ///< plans read because they were referenced
  std::vector<const Plan*> order_;
  std::size_t run_size_ = 0;
};

/// The references an objective follows: its own `aligns_with:`, or else its mission's.
const std::vector<Reference>& effective_references(const Plan& plan, const Objective& objective);

/// What a reference leads to: an objective, or why it leads nowhere.
struct ResolvedReference {
  const Plan* plan = nullptr;
  const Objective* objective = nullptr;
  std::string problem; ///< a sentence when `objective` is nullptr
};

/// Follows `reference` written in `from` to the objective it names.
ResolvedReference resolve_reference(const PlanIndex& index, const Plan& from,
                                    const Reference& reference);

} // namespace most
