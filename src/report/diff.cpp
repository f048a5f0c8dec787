// `most diff`: two versions of a plan compared item by item (the model of include/most/diff.hpp).

#include "report/markup_text.hpp"

#include <most/diff.hpp>
#include <most/rules.hpp>
#include <most/status.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <tuple>

namespace most {

std::string_view change_name(ChangeKind kind) {
  switch (kind) {
  case ChangeKind::PlanAdded:
    return "plan-added";
  case ChangeKind::PlanRemoved:
    return "plan-removed";
  case ChangeKind::HorizonChanged:
    return "horizon";
  case ChangeKind::ObjectiveAdded:
    return "objective-added";
  case ChangeKind::ObjectiveRemoved:
    return "objective-removed";
  case ChangeKind::TargetChanged:
    return "target";
  case ChangeKind::BaselineChanged:
    return "baseline";
  case ChangeKind::CheckinAdded:
    return "check-in";
  case ChangeKind::StrategyAdded:
    return "strategy-added";
  case ChangeKind::StrategyRemoved:
    return "strategy-removed";
  case ChangeKind::TacticAdded:
    return "added";
  case ChangeKind::TacticRemoved:
    return "removed";
  case ChangeKind::TacticCompleted:
    return "completed";
  case ChangeKind::TacticDropped:
    return "dropped";
  case ChangeKind::DueSlipped:
    return "slipped";
  case ChangeKind::DueEarlier:
    return "earlier";
  case ChangeKind::OwnerChanged:
    return "owner";
  }
  return "added";
}

namespace {

// Pairs the items of two versions: by explicit id, then by the same text, then by position
// (the positional id). What stays unpaired was removed (old) or added (new).
template <class Item> struct Matching {
  std::vector<std::pair<const Item*, const Item*>> pairs;
  std::vector<const Item*> removed;
  std::vector<const Item*> added;
};

template <class Item, class TextOf>
Matching<Item> match(const std::vector<const Item*>& before, const std::vector<const Item*>& after,
                     TextOf text_of) {
  Matching<Item> result;
  std::vector<bool> taken(after.size(), false);
  std::vector<bool> paired(before.size(), false);
  const auto pass = [&](auto same) {
    for (std::size_t i = 0; i < before.size(); ++i) {
      for (std::size_t j = 0; j < after.size() && !paired[i]; ++j) {
        if (!taken[j] && same(*before[i], *after[j])) {
          result.pairs.emplace_back(before[i], after[j]);
          paired[i] = taken[j] = true;
        }
      }
    }
  };
  pass([](const Item& a, const Item& b) {
    return a.info.explicit_id && b.info.explicit_id && a.info.id == b.info.id;
  });
  pass([&](const Item& a, const Item& b) {
    return !text_of(a).empty() && text_of(a) == text_of(b) &&
           !(a.info.explicit_id && b.info.explicit_id); // two explicit ids that differ differ
  });
  pass([](const Item& a, const Item& b) {
    return !a.info.explicit_id && !b.info.explicit_id && a.info.id == b.info.id;
  });
  for (std::size_t i = 0; i < before.size(); ++i) {
    if (!paired[i]) {
      result.removed.push_back(before[i]);
    }
  }
  for (std::size_t j = 0; j < after.size(); ++j) {
    if (!taken[j]) {
      result.added.push_back(after[j]);
    }
  }
  return result;
}

std::string text_or_empty(const Field<std::string>& field) { return field.value.value_or(""); }

std::string amount(std::optional<double> value) {
  return value ? format_amount(*value) : std::string("none");
}

std::string day_or_none(std::optional<Date> day) {
  return day ? format_date(*day) : std::string("none");
}

struct Items {
  std::vector<const Objective*> objectives;
  std::vector<const Strategy*> strategies;
  std::vector<const Tactic*> tactics;
};

Items items_of(const Plan& plan) {
  Items items;
  for (const Objective& objective : plan.objectives) {
    items.objectives.push_back(&objective);
    for (const Strategy& strategy : objective.strategies) {
      items.strategies.push_back(&strategy);
      for (const Tactic& tactic : strategy.tactics) {
        items.tactics.push_back(&tactic);
      }
    }
  }
  return items;
}

class Differ {
public:
  Differ(const Plan& before, const Plan& after, Date as_of, PlanDiff& out)
      : before_(before), after_(after), as_of_(as_of), out_(out) {}

  void run() {
    mission();
    const Items old_items = items_of(before_);
    const Items new_items = items_of(after_);
    objectives(old_items.objectives, new_items.objectives);
    const auto strategies = match(old_items.strategies, new_items.strategies,
                                  [](const Strategy& s) { return text_or_empty(s.statement); });
    for (const Strategy* strategy : strategies.removed) {
      add(ChangeKind::StrategyRemoved, strategy->info, text_or_empty(strategy->statement));
    }
    for (const Strategy* strategy : strategies.added) {
      add(ChangeKind::StrategyAdded, strategy->info, text_or_empty(strategy->statement));
    }
    tactics(old_items.tactics, new_items.tactics);
  }

private:
  Change& add(ChangeKind kind, const ItemInfo& info, std::string label) {
    Change& change = out_.changes.emplace_back();
    change.kind = kind;
    change.id = info.id;
    change.label = std::move(label);
    change.location = info.location;
    return change;
  }

  void mission() {
    const Mission& a = before_.mission;
    const Mission& b = after_.mission;
    const auto moved = [&](const char* field, const Field<Date>& old_day,
                           const Field<Date>& new_day) {
      if (old_day.value != new_day.value) {
        Change& change = add(ChangeKind::HorizonChanged, b.info, text_or_empty(b.statement));
        change.field = field;
        change.before = day_or_none(old_day.value);
        change.after = day_or_none(new_day.value);
        change.days = old_day && new_day ? days_between(*old_day, *new_day) : 0;
        change.location = new_day.location.line > 0 ? new_day.location : b.info.location;
      }
    };
    moved("start", a.start, b.start);
    moved("deadline", a.deadline, b.deadline);
  }

  void objectives(const std::vector<const Objective*>& before,
                  const std::vector<const Objective*>& after) {
    const auto matched =
        match(before, after, [](const Objective& o) { return text_or_empty(o.statement); });
    for (const Objective* objective : matched.removed) {
      add(ChangeKind::ObjectiveRemoved, objective->info, text_or_empty(objective->statement));
    }
    for (const Objective* objective : matched.added) {
      add(ChangeKind::ObjectiveAdded, objective->info, text_or_empty(objective->statement));
    }
    const PlanStatus old_status = compute_status(before_, as_of_);
    const PlanStatus new_status = compute_status(after_, as_of_);
    for (const auto& [a, b] : matched.pairs) {
      metric(*a, *b);
      checkins(*a, *b, progress_of(old_status, *a), progress_of(new_status, *b));
    }
  }

  // The status row of an objective: the one at its place in the file.
  static std::optional<double> progress_of(const PlanStatus& status, const Objective& objective) {
    for (const ObjectiveStatus& row : status.objectives) {
      if (row.location == objective.info.location && row.id == objective.info.id) {
        return row.progress_pct;
      }
    }
    return std::nullopt;
  }

  void metric(const Objective& a, const Objective& b) {
    const std::optional<double> old_target = a.metric ? a.metric->target.value : std::nullopt;
    const std::optional<double> new_target = b.metric ? b.metric->target.value : std::nullopt;
    const std::optional<double> old_base = a.metric ? a.metric->baseline.value : std::nullopt;
    const std::optional<double> new_base = b.metric ? b.metric->baseline.value : std::nullopt;
    const std::string label = text_or_empty(b.statement);
    const auto changed = [&](ChangeKind kind, std::optional<double> was, std::optional<double> is,
                             const char* what, SourceLocation at) {
      if (was == is) {
        return;
      }
      Change& change = add(kind, b.info, label);
      change.before = amount(was);
      change.after = amount(is);
      if (at.line > 0) {
        change.location = at;
      }
      const bool mid_cycle = after_.mission.start && *after_.mission.start <= as_of_;
      if (mid_cycle && was && is) {
        out_.findings.push_back(
            Diagnostic{"target-changed", Severity::Note,
                       fmt::format("the {} of objective {} changed from {} to {} after the mission "
                                   "started; say why in the commit or the plan",
                                   what, b.info.id, change.before, change.after),
                       after_.file, change.location, b.info.id});
      }
    };
    changed(ChangeKind::TargetChanged, old_target, new_target, "target",
            b.metric ? b.metric->target.location : SourceLocation{});
    changed(ChangeKind::BaselineChanged, old_base, new_base, "baseline",
            b.metric ? b.metric->baseline.location : SourceLocation{});
  }

  void checkins(const Objective& a, const Objective& b, std::optional<double> old_progress,
                std::optional<double> new_progress) {
    for (const Checkin& checkin : b.checkins) {
      const bool known = std::any_of(a.checkins.begin(), a.checkins.end(), [&](const Checkin& c) {
        return c.date.value == checkin.date.value;
      });
      if (known || !checkin.date || !checkin.value) {
        continue;
      }
      Change& change = add(ChangeKind::CheckinAdded, b.info, text_or_empty(b.statement));
      change.location = checkin.location;
      change.before = format_date(*checkin.date);
      change.after = format_amount(*checkin.value);
      change.progress_before = old_progress;
      change.progress_after = new_progress;
    }
  }

  void tactics(const std::vector<const Tactic*>& before, const std::vector<const Tactic*>& after) {
    const auto matched =
        match(before, after, [](const Tactic& t) { return text_or_empty(t.action); });
    for (const Tactic* tactic : matched.removed) {
      add(ChangeKind::TacticRemoved, tactic->info, text_or_empty(tactic->action));
    }
    for (const Tactic* tactic : matched.added) {
      add(ChangeKind::TacticAdded, tactic->info, text_or_empty(tactic->action));
    }
    for (const auto& [a, b] : matched.pairs) {
      const std::string label = text_or_empty(b->action);
      const Status was = a->effective_status();
      const Status is = b->effective_status();
      if (was != is && (is == Status::Done || is == Status::Dropped)) {
        Change& change =
            add(is == Status::Done ? ChangeKind::TacticCompleted : ChangeKind::TacticDropped,
                b->info, label);
        change.before = std::string(status_name(was));
        change.after = std::string(status_name(is));
      }
      if (a->due && b->due && *a->due != *b->due) {
        const int days = days_between(*a->due, *b->due);
        Change& change =
            add(days > 0 ? ChangeKind::DueSlipped : ChangeKind::DueEarlier, b->info, label);
        change.before = format_date(*a->due);
        change.after = format_date(*b->due);
        change.days = days;
        change.location = b->due.location;
      }
      if (text_or_empty(a->owner) != text_or_empty(b->owner)) {
        Change& change = add(ChangeKind::OwnerChanged, b->info, label);
        change.before = text_or_empty(a->owner);
        change.after = text_or_empty(b->owner);
        if (b->owner.location.line > 0) {
          change.location = b->owner.location;
        }
      }
    }
  }

  const Plan& before_;
  const Plan& after_;
  Date as_of_;
  PlanDiff& out_;
};

} // namespace

PlanDiff diff_plans(const Plan* before, const Plan* after, Date as_of) {
  PlanDiff diff;
  if (before == nullptr && after == nullptr) {
    return diff;
  }
  if (before == nullptr || after == nullptr) {
    const Plan& plan = before == nullptr ? *after : *before;
    Change& change = diff.changes.emplace_back();
    change.kind = before == nullptr ? ChangeKind::PlanAdded : ChangeKind::PlanRemoved;
    change.id = "mission";
    change.label = plan.mission.statement.value.value_or("");
    change.location = plan.mission.info.location;
    return diff;
  }
  Differ(*before, *after, as_of, diff).run();
  // In the order of the new file, so a reader goes down the plan once.
  std::stable_sort(diff.changes.begin(), diff.changes.end(), [](const Change& a, const Change& b) {
    const bool a_gone = a.kind == ChangeKind::TacticRemoved ||
                        a.kind == ChangeKind::StrategyRemoved ||
                        a.kind == ChangeKind::ObjectiveRemoved;
    const bool b_gone = b.kind == ChangeKind::TacticRemoved ||
                        b.kind == ChangeKind::StrategyRemoved ||
                        b.kind == ChangeKind::ObjectiveRemoved;
    return std::tie(a_gone, a.location.line, a.location.column) <
           std::tie(b_gone, b.location.line, b.location.column);
  });
  return diff;
}

DiffSummary summarize_diff(std::span<const PlanDiff> diffs) {
  DiffSummary sum;
  for (const PlanDiff& diff : diffs) {
    for (const Change& change : diff.changes) {
      switch (change.kind) {
      case ChangeKind::DueSlipped:
        ++sum.slipped;
        sum.slipped_days += change.days;
        break;
      case ChangeKind::DueEarlier:
        ++sum.earlier;
        break;
      case ChangeKind::TacticCompleted:
        ++sum.completed;
        break;
      case ChangeKind::TacticDropped:
        ++sum.dropped;
        break;
      case ChangeKind::TacticAdded:
        ++sum.added;
        break;
      case ChangeKind::TacticRemoved:
        ++sum.removed;
        break;
      case ChangeKind::OwnerChanged:
        ++sum.owners;
        break;
      case ChangeKind::TargetChanged:
      case ChangeKind::BaselineChanged:
        ++sum.targets;
        break;
      case ChangeKind::PlanAdded:
        ++sum.plans_added;
        break;
      case ChangeKind::PlanRemoved:
        ++sum.plans_removed;
        break;
      default:
        break;
      }
    }
  }
  return sum;
}

std::string diff_sentence(std::span<const PlanDiff> diffs) {
  const DiffSummary sum = summarize_diff(diffs);
  std::vector<std::string> parts;
  const auto tactics = [](int n) { return fmt::format("{} tactic{}", n, n == 1 ? "" : "s"); };
  if (sum.slipped > 0) {
    parts.push_back(fmt::format("{} slipped by {} day{} in total", tactics(sum.slipped),
                                sum.slipped_days, sum.slipped_days == 1 ? "" : "s"));
  }
  if (sum.earlier > 0) {
    parts.push_back(fmt::format("{} moved earlier", sum.earlier));
  }
  if (sum.completed > 0) {
    parts.push_back(fmt::format("{} completed", sum.completed));
  }
  if (sum.dropped > 0) {
    parts.push_back(fmt::format("{} dropped", sum.dropped));
  }
  if (sum.added > 0) {
    parts.push_back(fmt::format("{} added", tactics(sum.added)));
  }
  if (sum.removed > 0) {
    parts.push_back(fmt::format("{} removed", tactics(sum.removed)));
  }
  if (sum.owners > 0) {
    parts.push_back(fmt::format("{} changed owner", sum.owners));
  }
  const auto plans = [](int n, const char* what) {
    return fmt::format("{} plan{} {}", n, n == 1 ? "" : "s", what);
  };
  if (sum.plans_added > 0) {
    parts.push_back(plans(sum.plans_added, "added"));
  }
  if (sum.plans_removed > 0) {
    parts.push_back(plans(sum.plans_removed, "removed"));
  }
  for (const PlanDiff& diff : diffs) {
    for (const Change& change : diff.changes) {
      if (change.kind == ChangeKind::TargetChanged || change.kind == ChangeKind::BaselineChanged) {
        const bool target = change.kind == ChangeKind::TargetChanged;
        const double was = std::strtod(change.before.c_str(), nullptr);
        const double is = std::strtod(change.after.c_str(), nullptr);
        parts.push_back(fmt::format("{} of {} {} from {} to {}", target ? "target" : "baseline",
                                    change.id, is < was ? "lowered" : "raised", change.before,
                                    change.after));
      }
    }
  }
  if (parts.empty()) {
    return "no changes";
  }
  std::string sentence = parts.front();
  for (std::size_t i = 1; i < parts.size(); ++i) {
    sentence += "; " + parts[i];
  }
  return sentence;
}

std::string change_detail(const Change& change) {
  const auto signed_days = [](int days) {
    return fmt::format("{}{} day{}", days > 0 ? "+" : "", days, days == 1 || days == -1 ? "" : "s");
  };
  switch (change.kind) {
  case ChangeKind::DueSlipped:
  case ChangeKind::DueEarlier:
    return fmt::format("{} → {} ({})", change.before, change.after, signed_days(change.days));
  case ChangeKind::HorizonChanged:
    return change.days != 0 ? fmt::format("{} {} → {} ({})", change.field, change.before,
                                          change.after, signed_days(change.days))
                            : fmt::format("{} {} → {}", change.field, change.before, change.after);
  case ChangeKind::TacticCompleted:
  case ChangeKind::TacticDropped:
  case ChangeKind::OwnerChanged:
  case ChangeKind::TargetChanged:
  case ChangeKind::BaselineChanged:
    return fmt::format("{} → {}", change.before, change.after);
  case ChangeKind::CheckinAdded:
    return fmt::format("{} on {}, progress {} → {}", change.after, change.before,
                       format_percent(change.progress_before),
                       format_percent(change.progress_after));
  default:
    return "";
  }
}

} // namespace most
