#pragma once

// Plans seen as one organisation: the plans of a run, the plans their `aligns_with:`
// references reach, and how an objective finds the objectives it serves.

#include <most/plan.hpp>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace most {

/// Reads the plan file at `path` into `text`, or says in `why` why it cannot.
using PlanFileReader =
    std::function<bool(const std::string& path, std::string& text, std::string& why)>;

/// A plan read because a reference names it, or why there is none.
struct ReferencedPlan {
  std::optional<Plan> plan;
  bool read = false;       ///< the file was read (whether or not it is a plan)
  std::uint64_t bytes = 0; ///< the size of its text
  std::string problem;     ///< a sentence when `plan` is empty
};

/// Reads and loads the plan file at `path` (as a user would write it from here).
using PlanFileLoader = std::function<ReferencedPlan(const std::string& path)>;

/// How far references are followed beyond the plans of a run, so that a hostile chain of
/// references cannot read without end.
struct ReferenceLimits {
  std::size_t max_plans = 1000;                       ///< plans read only because referenced
  std::uint64_t max_bytes = std::uint64_t{256} << 20; ///< their text, in total
  /// Why a reference of the plan file `from` may not lead to `path` (empty: it may), asked
  /// before the file is opened; unset, any path may be read.
  std::function<std::string(const std::string& from, const std::string& path)> refuse;
};

/// What a reference leads to: an objective, or why it leads nowhere.
struct ResolvedReference {
  const Plan* plan = nullptr;
  const Objective* objective = nullptr;
  std::optional<Date> deadline; ///< the objective's deadline, written or from its statement
  std::string problem;          ///< a sentence when `objective` is nullptr
};

/// One step around a cycle of references: the reference followed and where it leads.
struct CycleStep {
  const Reference* reference = nullptr;
  const Plan* plan = nullptr;
  const Objective* objective = nullptr;
};

/// The references an objective follows: its own `aligns_with:`, or else its mission's.
const std::vector<Reference>& effective_references(const Plan& plan, const Objective& objective);

/// Every plan a reference can name, each read once: the plans of a run, then the plans their
/// references reach, transitively. Every reference is resolved once and the cycles among them
/// found once, when the references are resolved; afterwards the index is only read, so rules
/// may run in parallel.
class PlanIndex {
public:
  /// Registers a plan of the run; the plan must outlive the index. False when the same file
  /// (under any name) was registered already: it is still checked, but counted once.
  bool add(const Plan& plan);

  /// Loads, once each and within `limits`, every plan the registered plans reach through
  /// `aligns_with:`, however indirectly; then resolves every reference and finds the cycles.
  void resolve_references(const PlanFileLoader& load, const ReferenceLimits& limits = {});

  /// Where `reference` (of a plan registered or reached) leads; resolved once, when the
  /// references were read, and kept by the index.
  const ResolvedReference& resolve(const Reference& reference) const;

  /// The other plans `from` aligns with, directly or through them, nearest first.
  std::vector<const Plan*> served_by(const Plan& from) const;

  /// Whether references lead from `objective` back to it; `cycle` then names its cycle.
  bool on_cycle(const Objective& objective, std::size_t& cycle) const;

  /// The objectives whose references lead directly to `objective`, in plan order, each once.
  std::vector<const Objective*> aligned_to(const Objective& objective) const;

  /// The shortest way from `objective` around its cycle back to it.
  std::vector<CycleStep> cycle_from(const Objective& objective) const;

  /// Every plan known, each file once: those of the run first, then those reached.
  const std::vector<const Plan*>& plans() const { return distinct_; }

  /// Whether `plan` is the first registration of its file (not a repeat of it).
  bool is_distinct(const Plan& plan) const;

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
  struct Edge {
    std::size_t to;
    const Reference* reference;
  };
  struct Node {
    const Plan* plan;
    const Objective* objective;
    std::vector<Edge> out;
    std::vector<std::size_t> in; ///< the nodes whose edges lead here, in plan order
    std::size_t component = 0;
  };

  const Entry* lookup(const Plan& from, const Reference& reference) const;
  void remember(const Plan& plan);
  ResolvedReference compute(const Plan& from, const Reference& reference);
  void build_graph();
  void find_components();

  std::unordered_map<const Plan*, ItemsById> items_; ///< per plan, its ids (the first wins)
  std::unordered_map<std::string, Entry> by_key_;
  std::deque<Plan> owned_;                  ///< plans read because they were referenced
  std::vector<const Plan*> order_;          ///< every plan registered or reached
  std::vector<const Plan*> distinct_;       ///< the same, each file once
  std::unordered_set<const Plan*> repeats_; ///< registered again under another name
  std::size_t run_size_ = 0;

  std::unordered_map<const Reference*, ResolvedReference> resolved_;
  ResolvedReference not_followed_{nullptr, nullptr, std::nullopt, "it was not followed"};
  std::unordered_map<std::string, std::string> problems_; ///< "file\nid" → why it is missing
  std::vector<Node> nodes_;
  std::unordered_map<const Objective*, std::size_t> node_of_;
  std::vector<std::size_t> component_sizes_;
};

} // namespace most
