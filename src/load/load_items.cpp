// Objectives, strategies and tactics: the nested items of a plan, with ids and ignores resolved.

#include "load_items.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace most {

namespace {

using yaml::NodeId;
using yaml::NodeKind;

// An item's own ignores, one per rule (the one that silences longest), followed by its
// parent's for the rules it does not name itself. Lists therefore never exceed the number of
// rules, however many entries a hostile plan repeats or however deep items nest.
std::vector<Ignore> merge_ignores(std::vector<Ignore> own, const std::vector<Ignore>& inherited) {
  const auto lasts_longer = [](const Ignore& a, const Ignore& b) {
    return !a.until || (b.until && *a.until > *b.until);
  };
  std::vector<Ignore> merged;
  for (Ignore& ignore : own) {
    auto same = std::find_if(merged.begin(), merged.end(),
                             [&](const Ignore& kept) { return kept.rule == ignore.rule; });
    if (same == merged.end()) {
      merged.push_back(std::move(ignore));
    } else if (lasts_longer(ignore, *same)) {
      *same = std::move(ignore);
    }
  }
  const std::size_t own_count = merged.size();
  for (const Ignore& ignore : inherited) {
    const auto end = merged.begin() + static_cast<std::ptrdiff_t>(own_count);
    if (std::none_of(merged.begin(), end,
                     [&](const Ignore& kept) { return kept.rule == ignore.rule; })) {
      merged.push_back(ignore);
    }
  }
  return merged;
}

constexpr std::size_t kMaxIdBytes = 200;

} // namespace

ItemInfo read_item_info(Reader& in, NodeId map, std::string positional,
                        const std::vector<Ignore>& inherited) {
  ItemInfo info;
  info.location = in.where(map);
  info.id = std::move(positional);
  // `id:` and `ignore:` are read before anything else, so every finding inside the item names
  // it by its final id and can be silenced by its own ignores.
  if (const auto [key, value] = in.lookup(map, "id"); value != yaml::kNoNode) {
    const Field<std::string> text = in.text(key, value, "id", info.id);
    if (text && text->size() > kMaxIdBytes) {
      // Every finding names its item, and items without an id are named after their parent
      // ("S1.T2"): a 1 MiB id would be copied into each of them and into each finding.
      in.report(RuleId::FieldType, text.location,
                fmt::format("this id is {} bytes long; an id may have at most {}, so the item "
                            "is called {}",
                            text->size(), kMaxIdBytes, info.id),
                info.id);
    } else if (text) {
      info.id = *text;
      info.explicit_id = true;
      info.id_location = text.location;
    }
  }
  std::vector<Ignore> own;
  if (const auto [key, value] = in.lookup(map, "ignore"); value != yaml::kNoNode) {
    own = in.ignores(value, info.id);
  }
  info.ignores = merge_ignores(std::move(own), inherited);
  return info;
}

namespace {

Status to_status(std::size_t index) { return static_cast<Status>(index); }

// What people write for a status, each with one meaning (SPEC §4.2's safe fixes).
constexpr auto kStatusSynonyms = std::to_array<std::pair<std::string_view, std::string_view>>({
    {"finished", "done"},
    {"complete", "done"},
    {"completed", "done"},
    {"in progress", "doing"},
    {"in-progress", "doing"},
    {"cancelled", "dropped"},
    {"canceled", "dropped"},
    {"to do", "todo"},
    {"to-do", "todo"},
});

void load_tactic(Reader& in, NodeId map, Tactic& tactic) {
  static constexpr auto kKeys =
      std::to_array<std::string_view>({"id", "action", "owner", "due", "start", "status", "done_on",
                                       "budget", "resources", "notes", "ignore"});
  static constexpr auto kStatuses =
      std::to_array<std::string_view>({"todo", "doing", "done", "blocked", "dropped"});
  const std::string& id = tactic.info.id;
  in.for_each_entry(map, kKeys, fmt::format("tactic {}", id), id,
                    [&](std::string_view key, NodeId k, NodeId v) {
                      if (key == "action") {
                        tactic.action = in.text(k, v, key, id);
                      } else if (key == "owner") {
                        tactic.owner = in.text(k, v, key, id);
                      } else if (key == "due") {
                        tactic.due = in.date(k, v, key, id);
                      } else if (key == "start") {
                        tactic.start = in.date(k, v, key, id);
                      } else if (key == "done_on") {
                        tactic.done_on = in.date(k, v, key, id);
                      } else if (key == "status") {
                        const auto choice = in.choice(k, v, key, kStatuses, id, kStatusSynonyms);
                        tactic.status.location = choice.location;
                        tactic.status.written = choice.written;
                        if (choice) {
                          tactic.status.value = to_status(*choice);
                        }
                      } else if (key == "budget") {
                        tactic.budget = in.number(k, v, key, id, true);
                        if (tactic.budget) {
                          tactic.budget_text = in.text(k, v, key, id).value.value_or("");
                        }
                      } else if (key == "resources") {
                        tactic.resources = in.text_list(v, key, id);
                      } else if (key == "notes") {
                        tactic.notes = in.text(k, v, key, id).value.value_or("");
                      }
                    });
  in.require(tactic.action, "action", tactic.info.location, id, "tactic");
}

void load_strategy(Reader& in, NodeId map, Strategy& strategy) {
  static constexpr auto kKeys =
      std::to_array<std::string_view>({"id", "statement", "owner", "tactics", "ignore"});
  const std::string& id = strategy.info.id;
  in.for_each_entry(map, kKeys, fmt::format("strategy {}", id), id,
                    [&](std::string_view key, NodeId k, NodeId v) {
                      if (key == "statement") {
                        strategy.statement = in.text(k, v, key, id);
                      } else if (key == "owner") {
                        strategy.owner = in.text(k, v, key, id);
                      } else if (key == "tactics") {
                        strategy.tactics.reserve(in.length(v));
                        in.for_each_element(v, key, id, [&](NodeId element, std::size_t index) {
                          if (!in.expect_map(element, "tactic", id)) {
                            return;
                          }
                          Tactic tactic;
                          tactic.info =
                              read_item_info(in, element, fmt::format("{}.T{}", id, index + 1),
                                             strategy.info.ignores);
                          load_tactic(in, element, tactic);
                          strategy.tactics.push_back(std::move(tactic));
                        });
                      }
                    });
  in.require(strategy.statement, "statement", strategy.info.location, id, "strategy");
}

void load_metric(Reader& in, NodeId map, Metric& metric, const std::string& id) {
  static constexpr auto kKeys =
      std::to_array<std::string_view>({"name", "unit", "baseline", "target", "rollup"});
  // In the order of `Rollup`, so the index of a choice is its value.
  static constexpr auto kRollups =
      std::to_array<std::string_view>({"sum", "min", "max", "average"});
  metric.location = in.where(map);
  in.for_each_entry(map, kKeys, "the metric", id, [&](std::string_view key, NodeId k, NodeId v) {
    if (key == "name") {
      metric.name = in.text(k, v, key, id);
    } else if (key == "unit") {
      metric.unit = in.text(k, v, key, id);
    } else if (key == "baseline") {
      metric.baseline = in.number(k, v, key, id);
    } else if (key == "rollup") {
      const auto choice = in.choice(k, v, key, kRollups, id);
      metric.rollup.location = choice.location;
      metric.rollup.written = choice.written;
      if (choice) {
        metric.rollup.value = static_cast<Rollup>(*choice);
      }
    } else {
      metric.target = in.number(k, v, key, id);
    }
  });
}

void load_checkins(Reader& in, NodeId value, Objective& objective) {
  const std::string& id = objective.info.id;
  in.for_each_element(value, "checkins", id, [&](NodeId element, std::size_t) {
    if (!in.expect_map(element, "check-in", id)) {
      return;
    }
    static constexpr auto kKeys = std::to_array<std::string_view>({"date", "value", "note"});
    Checkin checkin;
    checkin.location = in.where(element);
    in.for_each_entry(element, kKeys, "a check-in", id,
                      [&](std::string_view key, NodeId k, NodeId v) {
                        if (key == "date") {
                          checkin.date = in.date(k, v, key, id);
                        } else if (key == "value") {
                          checkin.value = in.number(k, v, key, id);
                        } else {
                          checkin.note = in.text(k, v, key, id).value.value_or("");
                        }
                      });
    in.require(checkin.date, "date", checkin.location, id, "a check-in of objective");
    in.require(checkin.value, "value", checkin.location, id, "a check-in of objective");
    objective.checkins.push_back(std::move(checkin));
  });
}

void load_milestones(Reader& in, NodeId value, Objective& objective) {
  const std::string& id = objective.info.id;
  in.for_each_element(value, "milestones", id, [&](NodeId element, std::size_t) {
    if (!in.expect_map(element, "milestone", id)) {
      return;
    }
    static constexpr auto kKeys = std::to_array<std::string_view>({"name", "due", "done"});
    Milestone milestone;
    milestone.location = in.where(element);
    in.for_each_entry(element, kKeys, "a milestone", id,
                      [&](std::string_view key, NodeId k, NodeId v) {
                        if (key == "name") {
                          milestone.name = in.text(k, v, key, id);
                        } else if (key == "due") {
                          milestone.due = in.date(k, v, key, id);
                        } else {
                          milestone.done = in.boolean(v, key, id);
                        }
                      });
    in.require(milestone.name, "name", milestone.location, id, "a milestone of objective");
    in.require(milestone.due, "due", milestone.location, id, "a milestone of objective");
    objective.milestones.push_back(std::move(milestone));
  });
}

void load_objective(Reader& in, NodeId map, Objective& objective) {
  static constexpr auto kKeys =
      std::to_array<std::string_view>({"id", "statement", "owner", "deadline", "aligns_with",
                                       "metric", "checkins", "milestones", "strategies", "ignore"});
  const std::string& id = objective.info.id;
  in.for_each_entry(map, kKeys, fmt::format("objective {}", id), id,
                    [&](std::string_view key, NodeId k, NodeId v) {
                      if (key == "statement") {
                        objective.statement = in.text(k, v, key, id);
                      } else if (key == "owner") {
                        objective.owner = in.text(k, v, key, id);
                      } else if (key == "deadline") {
                        objective.deadline = in.date(k, v, key, id);
                      } else if (key == "aligns_with") {
                        objective.aligns_with = in.references(k, v, id);
                      } else if (key == "metric") {
                        if (in.node(v).kind != NodeKind::Null && in.expect_map(v, key, id)) {
                          load_metric(in, v, objective.metric.emplace(), id);
                        }
                      } else if (key == "checkins") {
                        load_checkins(in, v, objective);
                      } else if (key == "milestones") {
                        load_milestones(in, v, objective);
                      } else if (key == "strategies") {
                        objective.strategies.reserve(in.length(v));
                        in.for_each_element(v, key, id, [&](NodeId element, std::size_t index) {
                          if (!in.expect_map(element, "strategy", id)) {
                            return;
                          }
                          Strategy strategy;
                          strategy.info =
                              read_item_info(in, element, fmt::format("{}.S{}", id, index + 1),
                                             objective.info.ignores);
                          load_strategy(in, element, strategy);
                          objective.strategies.push_back(std::move(strategy));
                        });
                      }
                    });
  in.require(objective.statement, "statement", objective.info.location, id, "objective");
}

} // namespace

void load_objectives(Reader& in, NodeId value, Plan& plan) {
  plan.objectives.reserve(in.length(value));
  in.for_each_element(value, "objectives", "", [&](NodeId element, std::size_t index) {
    if (!in.expect_map(element, "objective", "")) {
      return;
    }
    Objective objective;
    objective.info =
        read_item_info(in, element, fmt::format("O{}", index + 1), plan.mission.info.ignores);
    load_objective(in, element, objective);
    plan.objectives.push_back(std::move(objective));
  });
  if (plan.objectives.empty() && in.node(value).kind == NodeKind::Sequence) {
    in.report(RuleId::RequiredField, in.where(value),
              "the plan needs at least one objective under 'objectives:'", "");
  }
}

} // namespace most
