// The editing commands of SPEC §4.2 as text edits at the positions the loader reports, each
// made once in the text and once in a copy of the model, then proved (proof.cpp).

#include "plan_text.hpp"
#include "proof.hpp"

#include <most/edit.hpp>
#include <most/load.hpp>
#include <most/rule_id.hpp>
#include <most/suggest.hpp>
#include <most/wording.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <functional>
#include <system_error>
#include <type_traits>

namespace most {

namespace {

using edit::PlanText;
using edit::Splice;

EditOutcome refused(std::string message) {
  EditOutcome outcome;
  outcome.error = std::move(message);
  return outcome;
}

/// Why a loaded plan cannot be edited safely, if it cannot.
std::optional<std::string> unfit(const LoadResult& loaded, std::string_view name) {
  for (const Diagnostic& d : loaded.diagnostics) {
    const std::optional<RuleId> rule = rule_from_name(d.rule);
    if (rule == RuleId::YamlSyntax || rule == RuleId::NotAPlan || rule == RuleId::DuplicateKey) {
      return fmt::format("the plan has a {} finding at line {} ({}); fix it first ('most check "
                         "{}')",
                         d.rule, d.location.line, d.message, name);
    }
  }
  if (!loaded.ok) {
    return fmt::format("it could not be read as a plan; run 'most check {}'", name);
  }
  return std::nullopt;
}

/// The item of `plan` called `id`, as pointers into the plan (one of them set).
struct ItemRef {
  Objective* objective = nullptr;
  Strategy* strategy = nullptr;
  Tactic* tactic = nullptr;
  const ItemInfo& info() const {
    return tactic != nullptr ? tactic->info
                             : (strategy != nullptr ? strategy->info : objective->info);
  }
};

std::vector<ItemRef> all_items(Plan& plan) {
  std::vector<ItemRef> items;
  for (Objective& objective : plan.objectives) {
    items.push_back({&objective, nullptr, nullptr});
    for (Strategy& strategy : objective.strategies) {
      items.push_back({&objective, &strategy, nullptr});
      for (Tactic& tactic : strategy.tactics) {
        items.push_back({&objective, &strategy, &tactic});
      }
    }
  }
  return items;
}

enum class Kind { Objective, Strategy, Tactic, Any };

bool is_kind(const ItemRef& item, Kind kind) {
  switch (kind) {
  case Kind::Objective:
    return item.strategy == nullptr;
  case Kind::Strategy:
    return item.strategy != nullptr && item.tactic == nullptr;
  case Kind::Tactic:
    return item.tactic != nullptr;
  case Kind::Any:
    return true;
  }
  return false;
}

std::string_view kind_name(Kind kind) {
  switch (kind) {
  case Kind::Objective:
    return "objective";
  case Kind::Strategy:
    return "strategy";
  case Kind::Tactic:
    return "tactic";
  case Kind::Any:
    break;
  }
  return "item";
}

/// The item `id` of the given kind, or a sentence naming the closest ids.
std::optional<ItemRef> find_item(Plan& plan, std::string_view id, Kind kind, std::string& error) {
  const std::vector<ItemRef> items = all_items(plan);
  std::vector<std::string_view> ids;
  for (const ItemRef& item : items) {
    if (is_kind(item, kind)) {
      if (item.info().id == id) {
        return item;
      }
      ids.push_back(item.info().id);
    }
  }
  error = fmt::format("there is no {} '{}'{}; ids are as 'most status' and 'most overdue' "
                      "print them",
                      kind_name(kind), id, did_you_mean(id, ids));
  return std::nullopt;
}

/// Where an item's own text is, to edit its keys.
class ItemText {
public:
  ItemText(const PlanText& text, std::size_t start) : text_(text), start_(start) {
    flow_ = text.body()[start] == '{';
    if (flow_) {
      end_ = text.flow_end(start).value_or(start);
      last_line_ = text.line_of(end_ == start ? start : end_ - 1);
    } else {
      last_line_ = text.block_last_line(start);
      end_ = text.content_end(last_line_);
    }
  }

  bool flow() const { return flow_; }
  bool valid() const { return end_ > start_; }
  std::size_t column() const { return start_ - text_.line_start(text_.line_of(start_)); }
  std::size_t first_line() const { return text_.line_of(start_); }
  std::size_t last_line() const { return last_line_; }
  /// Whether `offset` is in this item's own text (not in an anchor or merge elsewhere).
  bool owns(std::size_t offset) const { return offset >= start_ && offset < end_; }

  /// `key: value` added at the end of the item, in its style.
  /// `after`: a key the new one belongs beside (`done_on` after `status`), when written on one
  /// line of this item.
  Splice insert(std::string_view key, std::string_view value, std::string_view after = "") const {
    if (flow_) {
      std::size_t at = end_ - 1; // the closing brace
      while (at > start_ + 1 &&
             std::isspace(static_cast<unsigned char>(text_.body()[at - 1])) != 0) {
        --at;
      }
      const char before = text_.body()[at - 1];
      const std::string_view separator = before == '{' ? "" : (before == ',' ? " " : ", ");
      return {at, 0, fmt::format("{}{}: {}", separator, key, value)};
    }
    std::size_t line = insert_line();
    if (const std::optional<std::size_t> beside =
            after.empty() ? std::nullopt
                          : text_.key_line(first_line(), last_line_, column(), after);
        beside && (*beside == last_line_ || text_.indent(*beside + 1) <= column())) {
      line = *beside;
    }
    return {text_.content_end(line), 0,
            fmt::format("{}{}{}: {}", text_.eol_of(line), std::string(column(), ' '), key, value)};
  }

  /// Where a new key of a block item goes: after the run of one-line keys it starts with
  /// (beside `statement:` and `deadline:`, not after a long `strategies:` list), else last.
  std::size_t insert_line() const {
    std::optional<std::size_t> simple; // the last key line known to hold its whole value
    std::optional<std::size_t> pending;
    for (std::size_t line = first_line(); line <= last_line_; ++line) {
      if (text_.blank_or_comment(line)) {
        continue;
      }
      if (line != first_line() && text_.indent(line) > column()) {
        return simple.value_or(last_line_); // `pending` opens a block
      }
      simple = pending;
      pending = line;
    }
    return last_line_;
  }

private:
  const PlanText& text_;
  std::size_t start_;
  std::size_t end_ = 0;
  std::size_t last_line_ = 0;
  bool flow_ = false;
};

/// Splices that give `key` of `item` the value `format(old)` (`old`: the scalar as written,
/// empty when absent), or a sentence saying why not. `field.location` is the loader's position
/// of the value (of the key when the value is empty); without one, `key:` is looked for in the
/// item's own text.
template <class T>
std::optional<std::string> set_key(const PlanText& text, const ItemInfo& item,
                                   const Field<T>& field, std::string_view key,
                                   const std::function<std::string(std::string_view)>& format,
                                   std::vector<Splice>& splices, std::string_view after = "") {
  const std::string_view body = text.body();
  const std::optional<std::size_t> start = text.offset(item.location);
  const std::optional<ItemText> own =
      start ? std::optional<ItemText>(std::in_place, text, *start) : std::nullopt;
  if (!own || !own->valid()) {
    return fmt::format("most cannot tell where {} is in the text; edit it by hand", item.id);
  }
  std::optional<std::size_t> at =
      field.location.line > 0 ? text.offset(field.location) : std::nullopt;
  if (!at && !own->flow()) {
    if (const std::optional<std::size_t> line =
            text.key_line(own->first_line(), own->last_line(), own->column(), key)) {
      at = text.line_start(*line) + own->column();
    }
  }
  if (!at) {
    if (field.written) {
      return fmt::format("most cannot find the {} of {} in the text; edit it by hand", key,
                         item.id);
    }
    splices.push_back(own->insert(key, format(""), after));
    return std::nullopt;
  }
  if (!own->owns(*at)) {
    return fmt::format("the {} of {} comes from a merge key ('<<:') or an anchor outside it; "
                       "change it where it is written, by hand",
                       key, item.id);
  }
  std::size_t value = *at;
  if (body.substr(*at).starts_with(fmt::format("{}:", key))) {
    // At the key: its value follows, or nothing (or ~, null) does.
    value = *at + key.size() + 1;
    const std::size_t line_end = text.content_end(text.line_of(*at));
    while (value < line_end && (body[value] == ' ' || body[value] == '\t')) {
      ++value;
    }
    const std::string_view rest = body.substr(value, line_end - value);
    const std::size_t length = rest.starts_with("null") ? 4 : (rest.starts_with("~") ? 1 : 0);
    const bool empty = rest.size() == length || rest[length] == ' ' || rest[length] == ',' ||
                       rest[length] == '}' || rest[length] == '#';
    if (empty && (length > 0 || !field.written)) {
      // `key: # a comment` keeps its comment after the new value.
      const std::string space = value == *at + key.size() + 1 ? " " : "";
      const std::string before_comment = length == 0 && rest.starts_with('#') ? " " : "";
      splices.push_back({value, length, space + format("") + before_comment});
      return std::nullopt;
    }
  }
  value = text.skip_properties(value); // `&anchor` and `!tag` stay as they are
  const std::optional<std::size_t> end = text.scalar_end(value, own->flow());
  if (!end) {
    return fmt::format("the {} of {} is written over several lines or as a block; edit it by "
                       "hand",
                       key, item.id);
  }
  splices.push_back({value, *end - value, format(body.substr(value, *end - value))});
  return std::nullopt;
}

/// The items that share `item`'s text through an alias (the same position), itself first.
std::vector<ItemRef> sharing(Plan& plan, const ItemRef& item) {
  std::vector<ItemRef> shared{item};
  for (const ItemRef& other : all_items(plan)) {
    if (other.info().location == item.info().location && &other.info() != &item.info() &&
        is_kind(other, item.tactic != nullptr
                           ? Kind::Tactic
                           : (item.strategy != nullptr ? Kind::Strategy : Kind::Objective))) {
      shared.push_back(other);
    }
  }
  return shared;
}

std::string shared_note(const std::vector<ItemRef>& shared) {
  std::string others;
  for (std::size_t i = 1; i < shared.size(); ++i) {
    others += fmt::format("{}{}", i == 1 ? "" : ", ", shared[i].info().id);
  }
  return fmt::format("{} is written once and shared through a YAML alias; {} changed with it",
                     shared.front().info().id, others);
}

/// Loaded plan, the expected plan (changed in memory) and the text, for one edit.
struct Session {
  std::string_view raw;
  std::string_view name;
  LoadResult old;
  Plan expected;
  PlanText text;
  std::vector<Splice> splices;
  EditOutcome outcome;

  Session(std::string_view raw_text, std::string_view display_name)
      : raw(raw_text), name(display_name), old(load_plan(raw_text, display_name)), text(raw_text) {
    expected = old.plan;
  }

  EditOutcome finish() {
    if (splices.empty()) {
      outcome.ok = true;
      outcome.text = std::string(raw);
      return outcome;
    }
    std::string fresh = text.apply(splices);
    if (std::optional<std::string> wrong =
            edit::prove(old, expected, fresh, name, outcome.changes)) {
      return refused(*std::move(wrong));
    }
    outcome.ok = true;
    outcome.text = std::move(fresh);
    return outcome;
  }
};

/// Why `day` cannot be written as a day that happened (`what`), if it cannot.
std::optional<std::string> past_day_in_mission(const Plan& plan, Date day, Date as_of,
                                               std::string_view what) {
  if (day > as_of) {
    return fmt::format("{} {} is after the as-of day {}; give a day that has happened (--as-of "
                       "moves 'today')",
                       what, format_date(day), format_date(as_of));
  }
  const Mission& mission = plan.mission;
  if ((mission.start && day < *mission.start) || (mission.deadline && day > *mission.deadline)) {
    return fmt::format("{} {} is outside the mission ({} to {}); give a day within it", what,
                       format_date(day), mission.start ? format_date(*mission.start) : "?",
                       mission.deadline ? format_date(*mission.deadline) : "?");
  }
  return std::nullopt;
}

std::optional<double> parse_number(std::string_view text) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

/// How list items are indented under their key in this objective ("strategies:" then
/// "  - statement"), for a new `checkins:` list: 2 unless the objective shows otherwise.
std::size_t list_indent(const PlanText& text, const ItemText& objective) {
  for (std::size_t line = objective.first_line(); line < objective.last_line(); ++line) {
    const std::size_t end = text.content_end(line);
    if (text.blank_or_comment(line) || end == 0 || text.body()[end - 1] != ':') {
      continue;
    }
    std::size_t next = line + 1;
    while (next <= objective.last_line() && text.blank_or_comment(next)) {
      ++next;
    }
    const std::size_t first = text.line_start(next) + text.indent(next);
    if (next <= objective.last_line() && text.body()[first] == '-' &&
        text.indent(next) >= objective.column()) {
      return text.indent(next) - objective.column();
    }
  }
  return 2;
}

using Entries = std::vector<std::pair<std::string, std::string>>;

/// `{date: D, value: V}`: a check-in as a flow mapping.
std::string flow_item(const Entries& entries) {
  std::string item;
  for (const auto& [key, value] : entries) {
    item += fmt::format("{}{}: {}", item.empty() ? "{" : ", ", key, value);
  }
  return item + "}";
}

/// A check-in as the lines of a block sequence item: the first after `prefix` ("  - "), the
/// others indented to `column`; each line starts with `eol`.
std::string block_item(std::string_view eol, const Entries& entries, std::size_t column,
                       std::string_view prefix) {
  std::string lines;
  for (const auto& [key, value] : entries) {
    lines +=
        fmt::format("{}{}{}: {}", eol,
                    lines.empty() ? std::string(prefix) : std::string(column, ' '), key, value);
  }
  return lines;
}

/// The splice that adds a check-in after the last one of `objective`, in the list's style.
std::optional<std::string> append_to_checkins(const PlanText& text, const Objective& objective,
                                              const ItemText& own, const Entries& entries,
                                              std::vector<Splice>& splices) {
  const std::string_view body = text.body();
  const std::optional<std::size_t> at = text.offset(objective.checkins.back().location);
  if (!at || !own.owns(*at)) {
    return fmt::format("the check-ins of {} are written elsewhere (an alias or merge key); "
                       "add the check-in there, by hand",
                       objective.info.id);
  }
  const std::size_t line_start = text.line_start(text.line_of(*at));
  const std::string_view prefix = body.substr(line_start, *at - line_start);
  const bool block_sequence =
      std::count(prefix.begin(), prefix.end(), '-') == 1 &&
      std::all_of(prefix.begin(), prefix.end(), [](char c) { return c == ' ' || c == '-'; });
  const bool flow_map = body[*at] == '{';
  const std::optional<std::size_t> item_end = flow_map ? text.flow_end(*at) : std::nullopt;
  if ((flow_map && !item_end) || (!flow_map && !block_sequence)) {
    return fmt::format("most cannot read the check-ins of {}; add it by hand", objective.info.id);
  }
  if (!block_sequence) {
    splices.push_back({*item_end, 0, ", " + flow_item(entries)});
    return std::nullopt;
  }
  const std::size_t last_line = flow_map ? text.line_of(*item_end - 1) : text.block_last_line(*at);
  splices.push_back({text.content_end(last_line), 0,
                     flow_map
                         ? fmt::format("{}{}{}", text.eol_of(last_line), prefix, flow_item(entries))
                         : block_item(text.eol_of(last_line), entries, prefix.size(), prefix)});
  return std::nullopt;
}

/// The splice that writes a first check-in of `objective`: into `checkins: []`, under an empty
/// `checkins:`, or as a new `checkins:` after the metric.
std::optional<std::string> first_checkin(const PlanText& text, const Objective& objective,
                                         const ItemText& own, const Entries& entries,
                                         std::vector<Splice>& splices) {
  if (own.flow()) {
    splices.push_back(own.insert("checkins", fmt::format("[{}]", flow_item(entries))));
    return std::nullopt;
  }
  const std::string_view body = text.body();
  const std::size_t column = own.column();
  const std::string indent(column + list_indent(text, own), ' ');
  // The new list's lines, inserted after `line` and ending as it ends.
  const auto list = [&](std::size_t line) {
    return block_item(text.eol_of(line), entries, indent.size() + 2, indent + "- ");
  };
  if (const std::optional<std::size_t> key =
          text.key_line(own.first_line(), own.last_line(), column, "checkins")) {
    const std::size_t end = text.content_end(*key);
    const std::size_t colon = text.line_start(*key) + column + std::string_view("checkins").size();
    std::string_view rest = body.substr(colon + 1, end - colon - 1);
    rest = rest.substr(0, rest.find(" #"));
    const std::size_t lead = rest.find_first_not_of(' ');
    const std::size_t last = rest.find_last_not_of(' ');
    const std::string_view value =
        lead == std::string_view::npos ? "" : rest.substr(lead, last - lead + 1);
    if (value == "[]") {
      splices.push_back({colon + 1 + lead, 2, fmt::format("[{}]", flow_item(entries))});
    } else if (value.empty()) {
      splices.push_back({end, 0, list(*key)});
    } else {
      return fmt::format("most cannot read the check-ins of {}; add it by hand", objective.info.id);
    }
    return std::nullopt;
  }
  // No `checkins:` yet: after the metric, at the objective's indentation.
  const std::optional<std::size_t> metric =
      text.key_line(own.first_line(), own.last_line(), column, "metric");
  if (!metric) {
    return fmt::format("most cannot find the metric of {} in its text; add the check-in by hand",
                       objective.info.id);
  }
  std::size_t last = *metric;
  for (std::size_t line = *metric + 1; line <= own.last_line(); ++line) {
    if (!text.blank_or_comment(line)) {
      if (text.indent(line) <= column) {
        break;
      }
      last = line;
    }
  }
  splices.push_back(
      {text.content_end(last), 0,
       fmt::format("{}{}checkins:{}", text.eol_of(last), std::string(column, ' '), list(last))});
  return std::nullopt;
}

/// The splice that appends a check-in with `entries` (key, value text) to `objective`.
std::optional<std::string> append_checkin(const PlanText& text, const Objective& objective,
                                          const Entries& entries, std::vector<Splice>& splices) {
  const std::optional<std::size_t> start = text.offset(objective.info.location);
  if (!start) {
    return fmt::format("most cannot find {} in the text; add the check-in by hand",
                       objective.info.id);
  }
  const ItemText own(text, *start);
  return objective.checkins.empty() ? first_checkin(text, objective, own, entries, splices)
                                    : append_to_checkins(text, objective, own, entries, splices);
}

} // namespace

const Checkin* latest_checkin(const Objective& objective) {
  const Checkin* latest = nullptr;
  for (const Checkin& checkin : objective.checkins) {
    if (checkin.date && checkin.value && (latest == nullptr || *checkin.date >= *latest->date)) {
      latest = &checkin;
    }
  }
  return latest;
}

EditOutcome add_checkin(std::string_view raw, std::string_view name, const CheckinRequest& request,
                        Date as_of) {
  Session s(raw, name);
  if (std::optional<std::string> why = unfit(s.old, name)) {
    return refused(*why);
  }
  std::string error;
  const std::optional<ItemRef> found =
      find_item(s.old.plan, request.objective, Kind::Objective, error);
  if (!found) {
    return refused(error);
  }
  const Objective& objective = *found->objective;
  const std::string& id = objective.info.id;
  if (!objective.metric) {
    return refused(fmt::format("objective {} has no 'metric:', so a check-in could never count; "
                               "add a metric with its baseline and target first",
                               id));
  }
  const Metric& metric = *objective.metric;
  // SPEC §4.2/§4.6: a roll-up's value comes from the objectives aligned to it; a figure typed
  // on it would never count.
  if (metric.rollup) {
    return refused(fmt::format("objective {} has 'rollup: {}': its value comes from the "
                               "objectives aligned to it, so a check-in on it would never count; "
                               "record the figure on one of those objectives instead",
                               id, rollup_name(*metric.rollup)));
  }
  std::optional<double> value;
  if (request.value.starts_with('+')) {
    const std::optional<double> step = parse_number(std::string_view(request.value).substr(1));
    const Checkin* latest = latest_checkin(objective);
    const std::optional<double> base =
        latest != nullptr ? latest->value.value : metric.baseline.value;
    if (step && !base) {
      return refused(fmt::format("objective {} has no check-in and no baseline to add {} to; give "
                                 "the whole value instead",
                                 id, request.value));
    }
    if (step) {
      value = *base + *step;
    }
  } else {
    value = parse_number(request.value);
  }
  if (!value || !std::isfinite(*value)) {
    return refused(fmt::format("'{}' is not a number; give the value as 1250 or 1250.5, or +N to "
                               "add N to the latest check-in",
                               request.value));
  }
  const Date day = request.date.value_or(as_of);
  if (std::optional<std::string> why = past_day_in_mission(s.old.plan, day, as_of, "the day")) {
    return refused(*why);
  }
  if (metric.baseline && metric.target && *metric.target != *metric.baseline && !request.force) {
    const double progress = (*value - *metric.baseline) / (*metric.target - *metric.baseline) * 100;
    if (progress < -100 || progress > 300) {
      return refused(fmt::format("{} would put {} at {} of the way to its target, outside "
                                 "-100 %…300 %: probably a typo; add --force if it is right",
                                 format_number(*value), id, format_percent(progress)));
    }
  }
  const std::string value_text = edit::number_text(*value);
  const std::string day_text = format_date(day);
  Objective& expected =
      s.expected
          .objectives[static_cast<std::size_t>(found->objective - s.old.plan.objectives.data())];
  // The check-in of that day, if any.
  const auto same_day = std::find_if(objective.checkins.begin(), objective.checkins.end(),
                                     [&](const Checkin& c) { return c.date && *c.date == day; });
  if (same_day != objective.checkins.end()) {
    if (!request.replace) {
      return refused(fmt::format("objective {} has a check-in on {} already (value {}); add "
                                 "--replace to change it",
                                 id, day_text,
                                 same_day->value ? format_number(*same_day->value) : "none"));
    }
    const auto index = static_cast<std::size_t>(same_day - objective.checkins.begin());
    ItemInfo checkin_item;
    checkin_item.id = id;
    checkin_item.location = same_day->location;
    if (std::optional<std::string> why = set_key(
            s.text, checkin_item, same_day->value, "value",
            [&](std::string_view) { return std::string(value_text); }, s.splices)) {
      return refused(*why);
    }
    expected.checkins[index].value.value = *value;
    expected.checkins[index].value.written = true;
    if (!request.note.empty()) {
      // The loader keeps no position for a note: set_key finds `note:` in the check-in.
      Field<std::string> note;
      note.written = !same_day->note.empty();
      const std::string note_text = request.note;
      if (std::optional<std::string> why = set_key(
              s.text, checkin_item, note, "note",
              [&](std::string_view old) { return edit::scalar_like(old, note_text); }, s.splices)) {
        return refused(*why);
      }
      expected.checkins[index].note = request.note;
    }
  } else {
    Entries entries{{"date", day_text}, {"value", value_text}};
    if (!request.note.empty()) {
      entries.emplace_back("note", edit::scalar_text(request.note));
    }
    if (std::optional<std::string> why = append_checkin(s.text, objective, entries, s.splices)) {
      return refused(*why);
    }
    Checkin added;
    added.date.value = day;
    added.date.written = true;
    added.value.value = *value;
    added.value.written = true;
    added.note = request.note;
    expected.checkins.push_back(added);
  }
  return s.finish();
}

EditOutcome mark_done(std::string_view raw, std::string_view name,
                      std::span<const std::string> tactics, std::optional<Date> on, Date as_of) {
  Session s(raw, name);
  if (std::optional<std::string> why = unfit(s.old, name)) {
    return refused(*why);
  }
  const Date day = on.value_or(as_of);
  if (std::optional<std::string> why = past_day_in_mission(s.old.plan, day, as_of, "the day")) {
    return refused(*why);
  }
  std::vector<SourceLocation> edited;
  std::vector<ItemRef> expected_items = all_items(s.expected);
  const std::vector<ItemRef> items = all_items(s.old.plan);
  for (const std::string& id : tactics) {
    std::string error;
    const std::optional<ItemRef> found = find_item(s.old.plan, id, Kind::Tactic, error);
    if (!found) {
      return refused(error);
    }
    const Tactic& tactic = *found->tactic;
    if (tactic.effective_status() == Status::Done) {
      return refused(
          fmt::format("tactic {} is done already{}; nothing to change", id,
                      tactic.done_on ? " (on " + format_date(*tactic.done_on) + ")" : ""));
    }
    if (std::find(edited.begin(), edited.end(), tactic.info.location) != edited.end()) {
      continue; // the same text, reached through an alias
    }
    edited.push_back(tactic.info.location);
    if (std::optional<std::string> why = set_key(
            s.text, tactic.info, tactic.status, "status",
            [](std::string_view old) { return edit::quoted_like(old, "done"); }, s.splices)) {
      return refused(*why);
    }
    if (std::optional<std::string> why = set_key(
            s.text, tactic.info, tactic.done_on, "done_on",
            [&](std::string_view old) { return edit::quoted_like(old, format_date(day)); },
            s.splices, "status")) {
      return refused(*why);
    }
    const std::vector<ItemRef> shared = sharing(s.old.plan, *found);
    if (shared.size() > 1) {
      s.outcome.notes.push_back(shared_note(shared));
    }
    for (const ItemRef& item : shared) {
      const auto index = static_cast<std::size_t>(
          std::find_if(items.begin(), items.end(),
                       [&](const ItemRef& x) { return x.tactic == item.tactic; }) -
          items.begin());
      Tactic& expected = *expected_items[index].tactic;
      expected.status.value = Status::Done;
      expected.status.written = true;
      expected.done_on.value = day;
      expected.done_on.written = true;
    }
  }
  return s.finish();
}

namespace {

/// The value `most set` writes, read from the command line: one of these is set.
struct NewValue {
  std::string text; ///< as written into the plan
  std::optional<Date> day;
  std::optional<Status> status;
};

/// Reads `value` for `key`, or says why it cannot be written.
std::optional<std::string> read_new_value(const Plan& plan, std::string_view key,
                                          std::string_view value, NewValue& out) {
  out.text = std::string(value);
  if (key == "status") {
    static constexpr auto kStatuses =
        std::to_array<std::string_view>({"todo", "doing", "done", "blocked", "dropped"});
    std::transform(out.text.begin(), out.text.end(), out.text.begin(), [](char c) {
      return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    const auto* const known = std::find(kStatuses.begin(), kStatuses.end(), out.text);
    if (known == kStatuses.end()) {
      return fmt::format("'{}' is not a status{}; a status is todo, doing, done, blocked or "
                         "dropped",
                         value, did_you_mean(out.text, kStatuses));
    }
    out.status = static_cast<Status>(known - kStatuses.begin());
    return std::nullopt;
  }
  if (key == "owner") {
    if (out.text.empty()) {
      return "an owner cannot be empty; give the id of a team member";
    }
    std::vector<std::string_view> members;
    for (const TeamMember& member : plan.team) {
      members.push_back(member.id);
    }
    if (plan.has_team && std::find(members.begin(), members.end(), out.text) == members.end()) {
      return fmt::format("'{}' is not on the plan's team{}; add them under 'team:' first or "
                         "give a member's id",
                         out.text, did_you_mean(out.text, members));
    }
    return std::nullopt;
  }
  out.day = parse_iso_date(out.text);
  if (!out.day) {
    return fmt::format("'{}' is not a day that exists; write it as YYYY-MM-DD", value);
  }
  const Mission& mission = plan.mission;
  if ((mission.start && *out.day < *mission.start) ||
      (mission.deadline && *out.day > *mission.deadline)) {
    return fmt::format("{} is outside the mission ({} to {}); give a day within it",
                       format_date(*out.day), mission.start ? format_date(*mission.start) : "?",
                       mission.deadline ? format_date(*mission.deadline) : "?");
  }
  out.text = format_date(*out.day);
  return std::nullopt;
}

/// Calls `fn(field)` with the field of `item` that `key` names (one `most set` allows).
template <class Fn> void visit_field(const ItemRef& item, std::string_view key, Fn&& fn) {
  if (item.tactic != nullptr) {
    Tactic& t = *item.tactic;
    if (key == "status") {
      fn(t.status);
    } else if (key == "owner") {
      fn(t.owner);
    } else if (key == "due") {
      fn(t.due);
    } else {
      fn(t.start);
    }
  } else if (item.strategy != nullptr) {
    fn(item.strategy->owner);
  } else if (key == "owner") {
    fn(item.objective->owner);
  } else {
    fn(item.objective->deadline);
  }
}

/// The value of `field`'s type in `value`.
template <class T> T value_for(const Field<T>& /*field*/, const NewValue& value) {
  if constexpr (std::is_same_v<T, Status>) {
    return *value.status;
  } else if constexpr (std::is_same_v<T, Date>) {
    return *value.day;
  } else {
    return value.text;
  }
}

Kind kind_of(const ItemRef& item) {
  return item.tactic != nullptr ? Kind::Tactic
                                : (item.strategy != nullptr ? Kind::Strategy : Kind::Objective);
}

} // namespace

EditOutcome set_value(std::string_view raw, std::string_view name, std::string_view id,
                      std::string_view key, std::string_view value, Date /*as_of*/) {
  Session s(raw, name);
  if (std::optional<std::string> why = unfit(s.old, name)) {
    return refused(*why);
  }
  std::string error;
  const std::optional<ItemRef> found = find_item(s.old.plan, id, Kind::Any, error);
  if (!found) {
    return refused(error);
  }
  const Kind kind = kind_of(*found);
  static constexpr auto kTacticKeys =
      std::to_array<std::string_view>({"status", "owner", "due", "start"});
  static constexpr auto kObjectiveKeys = std::to_array<std::string_view>({"deadline", "owner"});
  static constexpr auto kStrategyKeys = std::to_array<std::string_view>({"owner"});
  std::span<const std::string_view> keys = kStrategyKeys;
  if (kind == Kind::Tactic) {
    keys = kTacticKeys;
  } else if (kind == Kind::Objective) {
    keys = kObjectiveKeys;
  }
  if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
    return refused(fmt::format("most set does not change the {} of a {}{}; it changes {}", key,
                               kind_name(kind), did_you_mean(key, keys), kSettableKeys));
  }
  NewValue next;
  if (std::optional<std::string> why = read_new_value(s.old.plan, key, value, next)) {
    return refused(*why);
  }
  const auto format = [&](std::string_view old) {
    return key == "owner" ? edit::scalar_like(old, next.text) : edit::quoted_like(old, next.text);
  };
  const ItemInfo& info = found->info();
  std::optional<std::string> why;
  bool unchanged = false;
  visit_field(*found, key, [&](const auto& field) {
    unchanged = field && *field == value_for(field, next);
    why = set_key(s.text, info, field, key, format, s.splices);
  });
  if (unchanged) {
    s.splices.clear();
    s.outcome.notes.push_back(
        fmt::format("the {} of {} is {} already; nothing to change", key, info.id, next.text));
    return s.finish();
  }
  if (why) {
    return refused(*why);
  }
  const std::vector<ItemRef> shared = sharing(s.old.plan, *found);
  if (shared.size() > 1) {
    s.outcome.notes.push_back(shared_note(shared));
  }
  const std::vector<ItemRef> items = all_items(s.old.plan);
  const std::vector<ItemRef> expected_items = all_items(s.expected);
  for (const ItemRef& item : shared) {
    const auto index = static_cast<std::size_t>(
        std::find_if(items.begin(), items.end(),
                     [&](const ItemRef& x) { return &x.info() == &item.info(); }) -
        items.begin());
    visit_field(expected_items[index], key, [&](auto& field) {
      field.value = value_for(field, next);
      field.written = true;
    });
  }
  return s.finish();
}

} // namespace most
