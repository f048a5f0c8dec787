// `most diff`: two versions of a plan compared item by item (the model of include/most/diff.hpp).

#include <most/diff.hpp>
#include <most/status.hpp>
#include <most/wording.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>
#include <type_traits>
#include <unordered_map>

namespace most {

namespace {

// Pairs the items of two versions: by explicit id, then by the same text, then by position
// (the positional id). A key pairs two items only when it is unique among the items still
// unpaired on both sides: two tactics both called "Follow up", or an id written twice, are
// left to the later passes rather than guessed at. Then what repeats the same number of times
// on both sides (a list that YAML aliases under several parents, ids written twice) pairs in
// order, so a plan compared with itself pairs every item with itself. What stays unpaired was
// removed (old) or added (new). Linear in the number of items.
template <class Item> struct Matching {
  std::vector<std::pair<const Item*, const Item*>> pairs;
  std::vector<const Item*> removed;
  std::vector<const Item*> added;
};

std::string_view text_of(const Field<std::string>& field) {
  return field.value ? std::string_view(*field.value) : std::string_view{};
}

template <class Item> class Matcher {
public:
  Matcher(const std::vector<const Item*>& before, const std::vector<const Item*>& after)
      : before_(before), after_(after), paired_(before.size(), false), taken_(after.size(), false) {
  }

  /// Pairs the unpaired items whose key (empty: takes no part) is unique on both sides.
  template <class KeyOf> void unique(KeyOf key_of) {
    const auto olds = groups(before_, paired_, key_of);
    const auto news = groups(after_, taken_, key_of);
    for (const auto& [key, old] : olds) {
      const auto found = news.find(key);
      if (old.size() == 1 && found != news.end() && found->second.size() == 1) {
        pair(old.front(), found->second.front());
      }
    }
  }

  /// Pairs, in order, the unpaired items whose key repeats as often on both sides.
  template <class KeyOf> void in_order(KeyOf key_of) {
    const auto olds = groups(before_, paired_, key_of);
    const auto news = groups(after_, taken_, key_of);
    for (const auto& [key, old] : olds) {
      const auto found = news.find(key);
      if (found != news.end() && found->second.size() == old.size()) {
        for (std::size_t k = 0; k < old.size(); ++k) {
          pair(old[k], found->second[k]);
        }
      }
    }
  }

  Matching<Item> result() {
    // By the old item's place, so hash order never decides the output's order.
    std::sort(pairs_.begin(), pairs_.end());
    Matching<Item> matching;
    for (const auto& [i, j] : pairs_) {
      matching.pairs.emplace_back(before_[i], after_[j]);
    }
    for (std::size_t i = 0; i < before_.size(); ++i) {
      if (!paired_[i]) {
        matching.removed.push_back(before_[i]);
      }
    }
    for (std::size_t j = 0; j < after_.size(); ++j) {
      if (!taken_[j]) {
        matching.added.push_back(after_[j]);
      }
    }
    return matching;
  }

private:
  using Groups = std::unordered_map<std::string_view, std::vector<std::size_t>>;

  template <class KeyOf>
  static Groups groups(const std::vector<const Item*>& items, const std::vector<bool>& done,
                       KeyOf key_of) {
    // A key is a view into the plans; a text returned by value would dangle.
    static_assert(std::is_same_v<std::invoke_result_t<KeyOf, const Item&>, std::string_view>);
    Groups groups;
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::string_view key = done[i] ? std::string_view{} : key_of(*items[i]);
      if (!key.empty()) {
        groups[key].push_back(i);
      }
    }
    return groups;
  }

  void pair(std::size_t i, std::size_t j) {
    pairs_.emplace_back(i, j);
    paired_[i] = true;
    taken_[j] = true;
  }

  const std::vector<const Item*>& before_;
  const std::vector<const Item*>& after_;
  std::vector<bool> paired_;
  std::vector<bool> taken_;
  std::vector<std::pair<std::size_t, std::size_t>> pairs_;
};

template <class Item> std::string_view explicit_id(const Item& item) {
  return item.info.explicit_id ? std::string_view(item.info.id) : std::string_view{};
}

template <class Item> std::string_view positional_id(const Item& item) {
  return item.info.explicit_id ? std::string_view{} : std::string_view(item.info.id);
}

template <class Item, class TextOf>
Matching<Item> match(const std::vector<const Item*>& before, const std::vector<const Item*>& after,
                     TextOf text) {
  Matcher<Item> matcher(before, after);
  matcher.unique(explicit_id<Item>);
  matcher.unique(text);
  matcher.unique(positional_id<Item>);
  matcher.in_order(explicit_id<Item>);
  matcher.in_order(text);
  matcher.in_order(positional_id<Item>);
  return matcher.result();
}

std::string text_or_empty(const Field<std::string>& field) { return field.value.value_or(""); }

std::string amount(std::optional<double> value) {
  return value ? format_amount(*value) : std::string();
}

std::string day_or_empty(std::optional<Date> day) {
  return day ? format_date(*day) : std::string();
}

// The progress a metric value stands for, as `most status` computes it.
std::optional<double> progress(const Objective& objective, double value) {
  if (!objective.metric || !objective.metric->baseline || !objective.metric->target ||
      *objective.metric->target == *objective.metric->baseline) {
    return std::nullopt;
  }
  const double baseline = *objective.metric->baseline;
  return 100.0 * (value - baseline) / (*objective.metric->target - baseline);
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
  Differ(const Plan& before, const Plan& after, PlanDiff& out)
      : before_(before), after_(after), out_(out) {}

  void run() {
    mission();
    const Items old_items = items_of(before_);
    const Items new_items = items_of(after_);
    objectives(old_items.objectives, new_items.objectives);
    const auto strategies = match(old_items.strategies, new_items.strategies,
                                  [](const Strategy& s) { return text_of(s.statement); });
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
        change.before = day_or_empty(old_day.value);
        change.after = day_or_empty(new_day.value);
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
        match(before, after, [](const Objective& o) { return text_of(o.statement); });
    for (const Objective* objective : matched.removed) {
      add(ChangeKind::ObjectiveRemoved, objective->info, text_or_empty(objective->statement));
    }
    for (const Objective* objective : matched.added) {
      add(ChangeKind::ObjectiveAdded, objective->info, text_or_empty(objective->statement));
    }
    for (const auto& [a, b] : matched.pairs) {
      metric(*a, *b);
      checkins(*a, *b);
    }
  }

  void metric(const Objective& a, const Objective& b) {
    const auto value = [](const Objective& o, Field<double> Metric::*field) {
      return o.metric ? (*o.metric.*field).value : std::nullopt;
    };
    const auto changed = [&](ChangeKind kind, Field<double> Metric::*field) {
      const std::optional<double> was = value(a, field);
      const std::optional<double> is = value(b, field);
      if (was == is) {
        return;
      }
      Change& change = add(kind, b.info, text_or_empty(b.statement));
      change.before = amount(was);
      change.after = amount(is);
      change.old_number = was;
      change.new_number = is;
      if (b.metric && (*b.metric.*field).location.line > 0) {
        change.location = (*b.metric.*field).location;
      }
    };
    changed(ChangeKind::TargetChanged, &Metric::target);
    changed(ChangeKind::BaselineChanged, &Metric::baseline);
  }

  // Check-ins are matched by day. A new one shows the progress from the check-in before it
  // to its own, both on the new version's metric.
  void checkins(const Objective& a, const Objective& b) {
    std::map<Date, double> old_values;
    for (const Checkin& checkin : a.checkins) {
      if (checkin.date && checkin.value) {
        old_values.emplace(*checkin.date, *checkin.value);
      }
    }
    std::map<Date, const Checkin*> new_checkins;
    for (const Checkin& checkin : b.checkins) {
      if (checkin.date && checkin.value) {
        new_checkins.emplace(*checkin.date, &checkin);
      }
    }
    std::optional<double> previous;
    for (const auto& [day, checkin] : new_checkins) {
      const auto old = old_values.find(day);
      if (old == old_values.end() || old->second != *checkin->value) {
        Change& change =
            add(old == old_values.end() ? ChangeKind::CheckinAdded : ChangeKind::CheckinChanged,
                b.info, text_or_empty(b.statement));
        change.location = checkin->location;
        change.before = format_date(day);
        change.after = format_amount(*checkin->value);
        change.new_number = *checkin->value;
        if (old != old_values.end()) {
          change.old_number = old->second;
        } else {
          const std::optional<double> start =
              previous ? previous : (b.metric ? b.metric->baseline.value : std::nullopt);
          change.progress_before = start ? progress(b, *start) : std::nullopt;
          change.progress_after = progress(b, *checkin->value);
        }
      }
      previous = *checkin->value;
    }
    for (const auto& [day, value] : old_values) {
      if (!new_checkins.contains(day)) {
        Change& change = add(ChangeKind::CheckinRemoved, b.info, text_or_empty(b.statement));
        change.before = format_date(day);
        change.old_number = value;
      }
    }
  }

  void tactics(const std::vector<const Tactic*>& before, const std::vector<const Tactic*>& after) {
    const auto matched = match(before, after, [](const Tactic& t) { return text_of(t.action); });
    for (const Tactic* tactic : matched.removed) {
      add(ChangeKind::TacticRemoved, tactic->info, text_or_empty(tactic->action));
    }
    for (const Tactic* tactic : matched.added) {
      add(ChangeKind::TacticAdded, tactic->info, text_or_empty(tactic->action));
    }
    for (const auto& [a, b] : matched.pairs) {
      status(*a, *b);
      due(*a, *b);
      if (text_or_empty(a->owner) != text_or_empty(b->owner)) {
        Change& change = add(ChangeKind::OwnerChanged, b->info, text_or_empty(b->action));
        change.before = text_or_empty(a->owner);
        change.after = text_or_empty(b->owner);
        if (b->owner.location.line > 0) {
          change.location = b->owner.location;
        }
      }
    }
  }

  void status(const Tactic& a, const Tactic& b) {
    const Status was = a.effective_status();
    const Status is = b.effective_status();
    if (was == is) {
      return;
    }
    const ChangeKind kind = is == Status::Done      ? ChangeKind::TacticCompleted
                            : is == Status::Dropped ? ChangeKind::TacticDropped
                                                    : ChangeKind::StatusChanged;
    Change& change = add(kind, b.info, text_or_empty(b.action));
    change.before = std::string(status_name(was));
    change.after = std::string(status_name(is));
  }

  void due(const Tactic& a, const Tactic& b) {
    if (a.due.value == b.due.value) {
      return;
    }
    const int days = a.due && b.due ? days_between(*a.due, *b.due) : 0;
    const ChangeKind kind = !a.due || !b.due ? ChangeKind::DueSet
                            : days > 0       ? ChangeKind::DueSlipped
                                             : ChangeKind::DueEarlier;
    Change& change = add(kind, b.info, text_or_empty(b.action));
    change.before = day_or_empty(a.due.value);
    change.after = day_or_empty(b.due.value);
    change.days = days;
    if (b.due.location.line > 0) {
      change.location = b.due.location;
    }
  }

  const Plan& before_;
  const Plan& after_;
  PlanDiff& out_;
};

} // namespace

PlanDiff diff_plans(const Plan* before, const Plan* after) {
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
  Differ(*before, *after, diff).run();
  // In the order of the new file, so a reader goes down the plan once.
  std::stable_sort(diff.changes.begin(), diff.changes.end(), [](const Change& a, const Change& b) {
    return std::tuple(is_removal(a.kind), a.location.line, a.location.column) <
           std::tuple(is_removal(b.kind), b.location.line, b.location.column);
  });
  // An item that YAML aliases place under several parents is one change, not one per place.
  std::set<std::tuple<bool, int, int, ChangeKind, std::string, std::string>> seen;
  std::erase_if(diff.changes, [&](const Change& change) {
    return !seen.emplace(is_removal(change.kind), change.location.line, change.location.column,
                         change.kind, change.before, change.after)
                .second;
  });
  return diff;
}

DiffSummary summarize_diff(std::span<const PlanDiff> diffs) {
  DiffSummary sum;
  for (const PlanDiff& diff : diffs) {
    sum.changes += diff.changes.size();
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

namespace {

// The clause of a change that the sentence names one by one: targets and the horizon.
std::string named_clause(const Change& change) {
  if (change.kind == ChangeKind::HorizonChanged) {
    return fmt::format("mission {} moved from {} to {}", change.field,
                       change.before.empty() ? "none" : change.before,
                       change.after.empty() ? "none" : change.after);
  }
  const char* what = change.kind == ChangeKind::TargetChanged ? "target" : "baseline";
  if (!change.new_number) {
    return fmt::format("{} of {} removed (it was {})", what, change.id, change.before);
  }
  if (!change.old_number) {
    return fmt::format("{} of {} set to {}", what, change.id, change.after);
  }
  return fmt::format("{} of {} {} from {} to {}", what, change.id,
                     *change.new_number < *change.old_number ? "lowered" : "raised", change.before,
                     change.after);
}

} // namespace

std::string diff_sentence(std::span<const PlanDiff> diffs) {
  const DiffSummary sum = summarize_diff(diffs);
  if (sum.changes == 0) {
    return "no changes";
  }
  std::map<ChangeKind, std::size_t> counts;
  std::vector<std::string> named;
  for (const PlanDiff& diff : diffs) {
    for (const Change& change : diff.changes) {
      ++counts[change.kind];
      if (change.kind == ChangeKind::TargetChanged || change.kind == ChangeKind::BaselineChanged ||
          change.kind == ChangeKind::HorizonChanged) {
        named.push_back(named_clause(change));
      }
    }
  }
  std::vector<std::string> parts;
  if (sum.slipped > 0) {
    parts.push_back(fmt::format("{} slipped by {} in total", count_of(sum.slipped, "tactic"),
                                count_of(sum.slipped_days, "day")));
  }
  // Every other kind in the order of ChangeKind's most telling ones first.
  static constexpr std::array<std::pair<ChangeKind, std::string_view>, 17> kClauses{{
      {ChangeKind::DueEarlier, "{} moved earlier"},
      {ChangeKind::TacticCompleted, "{} completed"},
      {ChangeKind::TacticDropped, "{} dropped"},
      {ChangeKind::StatusChanged, "{} changed status"},
      {ChangeKind::DueSet, "{} gained or lost a due day"},
      {ChangeKind::TacticAdded, "{} added"},
      {ChangeKind::TacticRemoved, "{} removed"},
      {ChangeKind::OwnerChanged, "{} changed owner"},
      {ChangeKind::CheckinAdded, "{} added"},
      {ChangeKind::CheckinChanged, "{} changed"},
      {ChangeKind::CheckinRemoved, "{} removed"},
      {ChangeKind::ObjectiveAdded, "{} added"},
      {ChangeKind::ObjectiveRemoved, "{} removed"},
      {ChangeKind::StrategyAdded, "{} added"},
      {ChangeKind::StrategyRemoved, "{} removed"},
      {ChangeKind::PlanAdded, "{} added"},
      {ChangeKind::PlanRemoved, "{} removed"},
  }};
  for (const auto& [kind, clause] : kClauses) {
    const std::size_t n = counts[kind];
    if (n == 0) {
      continue;
    }
    const std::string_view noun =
        kind == ChangeKind::TacticAdded || kind == ChangeKind::TacticRemoved ? "tactic"
        : kind == ChangeKind::CheckinAdded || kind == ChangeKind::CheckinChanged ||
                kind == ChangeKind::CheckinRemoved
            ? "check-in"
        : kind == ChangeKind::ObjectiveAdded || kind == ChangeKind::ObjectiveRemoved ? "objective"
        : kind == ChangeKind::StrategyAdded || kind == ChangeKind::StrategyRemoved   ? "strategy"
        : kind == ChangeKind::PlanAdded || kind == ChangeKind::PlanRemoved           ? "plan"
                                                                                     : "";
    parts.push_back(
        fmt::format(fmt::runtime(clause),
                    noun.empty() ? std::to_string(n) : count_of(static_cast<long long>(n), noun)));
  }
  parts.insert(parts.end(), named.begin(), named.end());
  std::string sentence = parts.front();
  for (std::size_t i = 1; i < parts.size(); ++i) {
    sentence += "; " + parts[i];
  }
  return sentence;
}

std::string change_detail(const Change& change) {
  const auto or_none = [](const std::string& value) {
    return value.empty() ? std::string("none") : value;
  };
  const auto signed_days = [](int days) {
    return fmt::format("{}{} day{}", days > 0 ? "+" : "", days, days == 1 || days == -1 ? "" : "s");
  };
  switch (change.kind) {
  case ChangeKind::DueSlipped:
  case ChangeKind::DueEarlier:
    return fmt::format("{} → {} ({})", change.before, change.after, signed_days(change.days));
  case ChangeKind::HorizonChanged:
    return change.days != 0 ? fmt::format("{} {} → {} ({})", change.field, or_none(change.before),
                                          or_none(change.after), signed_days(change.days))
                            : fmt::format("{} {} → {}", change.field, or_none(change.before),
                                          or_none(change.after));
  case ChangeKind::TacticCompleted:
  case ChangeKind::TacticDropped:
  case ChangeKind::StatusChanged:
  case ChangeKind::DueSet:
  case ChangeKind::OwnerChanged:
  case ChangeKind::TargetChanged:
  case ChangeKind::BaselineChanged:
    return fmt::format("{} → {}", or_none(change.before), or_none(change.after));
  case ChangeKind::CheckinAdded:
    return fmt::format("{} on {}, progress {} → {}", change.after, change.before,
                       format_percent(change.progress_before),
                       format_percent(change.progress_after));
  case ChangeKind::CheckinChanged:
    return fmt::format("{}: {} → {}", change.before, amount(change.old_number), change.after);
  case ChangeKind::CheckinRemoved:
    return fmt::format("{}: {}", change.before, amount(change.old_number));
  default:
    return "";
  }
}

} // namespace most
