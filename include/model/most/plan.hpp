#pragma once

#include <most/date.hpp>
#include <most/diagnostic.hpp>
#include <most/statement_reading.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace most {

/// A field read from the plan: its value when present and well-typed, and where it was written.
template <class T> struct Field {
  std::optional<T> value;  ///< set when written with a valid value
  SourceLocation location; ///< of the value, or of the key when the value is empty
  bool written = false;    ///< the key was written with a non-empty value, valid or not

  explicit operator bool() const { return value.has_value(); }
  const T& operator*() const { return *value; }
  const T* operator->() const { return &*value; }
};

/// Immutable text whose copies share one buffer: an `ignore:` reason is inherited by every
/// item below the one that wrote it, and a 1 MiB reason on the mission must not become a copy
/// per tactic.
class SharedText {
public:
  SharedText() = default;
  SharedText(std::string text) // NOLINT(google-explicit-constructor): reads like a string
      : text_(text.empty() ? nullptr : std::make_shared<const std::string>(std::move(text))) {}
  SharedText(const char* text) // NOLINT(google-explicit-constructor)
      : SharedText(std::string(text)) {}

  bool empty() const { return text_ == nullptr; }
  void clear() { text_.reset(); }
  std::string_view view() const { return text_ == nullptr ? std::string_view() : *text_; }
  friend bool operator==(const SharedText& a, const SharedText& b) { return a.view() == b.view(); }

private:
  std::shared_ptr<const std::string> text_;
};

/// One `ignore:` entry: a rule silenced for an item and everything under it.
struct Ignore {
  std::string rule;
  SharedText reason;         ///< shared by the copies that items below the writer inherit
  std::optional<Date> until; ///< the ignore stops silencing after this day
  SourceLocation location;
};

/// What every nameable plan item has: its id (explicit or positional), position and ignores.
struct ItemInfo {
  std::string id;           ///< explicit `id:` or positional ("O1", "O1.S2", "O1.S2.T3")
  bool explicit_id = false; ///< true when the plan wrote `id:`
  SourceLocation location;  ///< where the item starts
  SourceLocation id_location;
  std::vector<Ignore> ignores; ///< the item's own ignores followed by its ancestors'
};

/// A reference written under `aligns_with:` to the objective an item serves: `PATH#ID` in
/// another plan (PATH relative to the referring file's folder) or `#ID` in the same plan.
struct Reference {
  std::string text; ///< as written
  std::string path; ///< the part before the last `#`; empty for `#ID`
  std::string id;   ///< the part after the last `#`; empty when the text has no `#ID`
  SourceLocation location;
};

/// Tactic status values as SPEC §1 lists them.
enum class Status { Todo, Doing, Done, Blocked, Dropped };

/// The lower-case name of a status ("todo", "doing", …).
std::string_view status_name(Status status);

/// A team member from the optional roster.
struct TeamMember {
  std::string id;
  std::string name;
  std::string role;
  SourceLocation location;
};

/// A concrete step: what, by whom, by when and how much.
struct Tactic {
  ItemInfo info;
  Field<std::string> action;
  Field<std::string> owner;
  Field<Date> due;
  Field<Date> start;
  Field<Status> status; ///< absent means todo
  Field<Date> done_on;
  Field<double> budget;
  std::string budget_text; ///< the budget as written ("12.000"), for `budget-format`
  std::vector<std::string> resources;
  std::string notes;

  /// The effective status (`todo` when the plan leaves it out).
  Status effective_status() const { return status ? *status : Status::Todo; }

  /// Still to be done: neither `done` nor `dropped`.
  bool is_open() const {
    const Status s = effective_status();
    return s != Status::Done && s != Status::Dropped;
  }

  /// SPEC §2: open, and due strictly before the as-of day.
  bool is_overdue(Date as_of) const { return is_open() && due && *due < as_of; }
};

/// A broad way to reach an objective.
struct Strategy {
  ItemInfo info;
  Field<std::string> statement;
  Field<std::string> owner; ///< optional (SPEC §4.1): who answers for the strategy
  std::vector<Tactic> tactics;
};

/// How a roll-up objective combines the values of the objectives aligned to it (SPEC §4.6).
enum class Rollup { Sum, Min, Max, Average };

/// "sum", "min", "max", "average": the names a plan writes.
std::string_view rollup_name(Rollup rollup);

/// How an objective is measured.
struct Metric {
  SourceLocation location;
  Field<std::string> name;
  Field<std::string> unit;
  Field<double> baseline;
  Field<double> target;
  Field<Rollup> rollup; ///< set: the value comes from the aligned objectives, not check-ins
};

/// A measured value of an objective's metric on a day.
struct Checkin {
  SourceLocation location;
  Field<Date> date;
  Field<double> value;
  std::string note;
};

/// A landmark on an objective's road map.
struct Milestone {
  SourceLocation location;
  Field<std::string> name;
  Field<Date> due;
  bool done = false;
};

/// A SMART goal that makes the mission concrete.
struct Objective {
  ItemInfo info;
  Field<std::string> statement;
  Field<std::string> owner; ///< optional (SPEC §4.1): the one accountable
  Field<Date> deadline;
  std::optional<Metric> metric;
  std::vector<Checkin> checkins;
  std::vector<Milestone> milestones;
  std::vector<Strategy> strategies;
  std::vector<Reference> aligns_with; ///< the objectives this one serves; empty: the mission's
  StatementReading reading;           ///< the statement read once, by the loader
};

/// Whether `objective`'s metric takes its value from the objectives aligned to it.
bool is_rollup(const Objective& objective);

/// The objective's deadline: its `deadline:` when valid, else the latest date its statement
/// names (when the mission's start anchors it); nullopt when neither is known.
std::optional<Date> effective_deadline(const Objective& objective);

/// Where the team wants to be in 6–12 months.
struct Mission {
  ItemInfo info; ///< id is always "mission"
  Field<std::string> statement;
  Field<std::string> owner;
  Field<Date> start;
  Field<Date> deadline;
  std::vector<Reference> aligns_with; ///< the objectives the whole plan serves
  /// The first day of the fiscal year (SPEC §4.4); empty: `.most.yaml`'s, else January 1.
  Field<MonthDay> fiscal_year_start;
  StatementReading reading; ///< the statement read once, by the loader
};

/// A whole plan file, as the loader resolved it.
struct Plan {
  std::string file; ///< display name used in every diagnostic
  int version = 1;
  Mission mission;
  bool has_team = false; ///< true when the plan declares a `team:` roster
  std::vector<TeamMember> team;
  std::vector<Objective> objectives;
};

/// "objective", "strategy", "tactic": what an item is called in messages.
constexpr std::string_view item_kind(const Objective& /*item*/) { return "objective"; }
constexpr std::string_view item_kind(const Strategy& /*item*/) { return "strategy"; }
constexpr std::string_view item_kind(const Tactic& /*item*/) { return "tactic"; }

/// Calls `fn(item)` for every objective, strategy and tactic of `plan`, each before the items
/// under it, in the file's order; `fn` takes all three (a generic lambda, or an overload set).
template <class Fn> void for_each_item(const Plan& plan, Fn&& fn) {
  for (const Objective& objective : plan.objectives) {
    fn(objective);
    for (const Strategy& strategy : objective.strategies) {
      fn(strategy);
      for (const Tactic& tactic : strategy.tactics) {
        fn(tactic);
      }
    }
  }
}

/// Calls `fn(objective, strategy, tactic)` for every tactic of `plan`, in the file's order.
template <class Fn> void for_each_tactic(const Plan& plan, Fn&& fn) {
  for (const Objective& objective : plan.objectives) {
    for (const Strategy& strategy : objective.strategies) {
      for (const Tactic& tactic : strategy.tactics) {
        fn(objective, strategy, tactic);
      }
    }
  }
}

} // namespace most
