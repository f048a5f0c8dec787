#include "reader.hpp"

#include <most/rule_id.hpp>
#include <most/suggest.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace most {

namespace {

using yaml::kNoNode;
using yaml::NodeKind;

// A merge chain deeper than a few levels is not a plan anyone writes by hand.
constexpr int kMaxMergeDepth = 8;

std::string_view kind_name(NodeKind kind) {
  switch (kind) {
  case NodeKind::Map:
    return "a mapping";
  case NodeKind::Sequence:
    return "a list";
  case NodeKind::Null:
    return "nothing";
  default:
    return "a single value";
  }
}

// Explains why a `YYYY-MM-DD`-shaped text is not a real day.
std::string invalid_day_reason(std::string_view text) {
  const int year = std::stoi(std::string(text.substr(0, 4)));
  const unsigned month = static_cast<unsigned>(std::stoi(std::string(text.substr(5, 2))));
  if (month < 1 || month > 12) {
    return fmt::format("there is no month {}", month);
  }
  if (text.substr(8, 2) == "00") {
    return "there is no day 0";
  }
  const auto last = std::chrono::year_month_day_last{
      std::chrono::year{year}, std::chrono::month_day_last{std::chrono::month{month}}};
  static constexpr auto kMonths = std::to_array<std::string_view>(
      {"January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"});
  return fmt::format("{} {} has {} days", kMonths[month - 1], year,
                     static_cast<unsigned>(last.day()));
}

} // namespace

void Reader::report(RuleId rule, SourceLocation where, std::string message, std::string_view item,
                    std::optional<Fix> fix) {
  out_.push_back(Diagnostic{std::string(rule_name(rule)), Severity::Error, std::move(message),
                            file_, where, std::string(item), std::move(fix)});
}

bool Reader::was_misspelt(std::string_view item, std::string_view key) const {
  return misspelt_.contains(fmt::format("{}\n{}", item, key));
}

void Reader::report_missing(std::string_view what, SourceLocation where, std::string_view item,
                            std::string_view item_kind) {
  // A misspelt key already said "did you mean 'what'?"; one typo is one finding.
  if (was_misspelt(item, what)) {
    return;
  }
  const std::string subject =
      item.empty() ? std::string(item_kind) : fmt::format("{} {}", item_kind, item);
  report(RuleId::RequiredField, where, fmt::format("{} needs '{}'; add it", subject, what), item);
}

bool Reader::expect_map(NodeId value, std::string_view what, std::string_view item) {
  const yaml::Node& n = node(value);
  if (n.kind == NodeKind::Map) {
    return true;
  }
  report(RuleId::FieldType, where(value),
         fmt::format("'{}' must be a mapping of keys and values, not {}", what, kind_name(n.kind)),
         item);
  return false;
}

void Reader::for_each_entry(NodeId map, std::span<const std::string_view> known,
                            std::string_view what, std::string_view item, const EntryFn& fn) {
  visit_entries(map, known, what, item, fn, nullptr, 0);
}

void Reader::visit_entries(NodeId map, std::span<const std::string_view> known,
                           std::string_view what, std::string_view item, const EntryFn& fn,
                           std::unordered_set<std::string_view>* skip, int merge_depth) {
  const yaml::Node& m = node(map);
  // Merge keys (`<<: *defaults`) are rare; only then do explicit keys need remembering,
  // because an explicit key overrides a merged one.
  bool has_merge = false;
  for (NodeId k = m.first_child; k != kNoNode && tree_.nodes[k].next_sibling != kNoNode;
       k = tree_.nodes[tree_.nodes[k].next_sibling].next_sibling) {
    const yaml::Node& key = node(k);
    has_merge = has_merge || (key.kind == NodeKind::Scalar && tree_.text(key) == "<<");
  }
  std::unordered_set<std::string_view> seen;
  if (has_merge && skip == nullptr) {
    skip = &seen;
  }
  std::vector<NodeId> merges;
  for (NodeId k = m.first_child; k != kNoNode;) {
    const NodeId v = tree_.nodes[k].next_sibling;
    if (v == kNoNode) {
      break;
    }
    const yaml::Node& key = node(k);
    const NodeId next = tree_.nodes[v].next_sibling;
    if (key.kind != NodeKind::Scalar) {
      report(
          RuleId::UnknownKey, where(k),
          fmt::format("a key in '{}' is {}; keys must be plain words", what, kind_name(key.kind)),
          item);
    } else if (!tree_.nodes[k].duplicate_key) {
      const std::string_view name = tree_.text(key);
      // Skipped: merged keys that the merging mapping (or an earlier merge) already set, and
      // extension keys, which are the user's own.
      const bool skipped = (skip != nullptr && skip->contains(name)) || name.starts_with("x-");
      if (name == "<<") {
        merges.push_back(v);
      } else if (!skipped && std::find(known.begin(), known.end(), name) == known.end()) {
        report_unknown_key(k, name, known, what, item);
      } else if (!skipped) {
        if (skip != nullptr) {
          skip->insert(name);
        }
        fn(name, k, v);
      }
    }
    k = next;
  }
  visit_merges(merges, known, what, item, fn, skip, merge_depth);
}

namespace {

bool knows(std::span<const std::string_view> known, std::string_view key) {
  return std::find(known.begin(), known.end(), key) != known.end();
}

// The M-O-S-T method's own words for a tactic's fields (SPEC §4.1): "who"/"by whom" is the
// owner, "when"/"by when" the due day (an objective's deadline), "how much" the budget.
std::string_view method_word_key(std::string_view name, std::span<const std::string_view> known) {
  std::string words;
  for (char c : name) {
    const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    words += lower == '_' || lower == '-' ? ' ' : lower;
  }
  std::string_view key;
  if (words == "who" || words == "by whom") {
    key = "owner";
  } else if (words == "when" || words == "by when") {
    key = knows(known, "due") ? "due" : "deadline";
  } else if (words == "how much") {
    key = "budget";
  }
  return !key.empty() && knows(known, key) ? key : std::string_view{};
}

} // namespace

void Reader::report_unknown_key(NodeId key, std::string_view name,
                                std::span<const std::string_view> known, std::string_view what,
                                std::string_view item) {
  if (const std::string_view method = method_word_key(name, known); !method.empty()) {
    misspelt_.insert(fmt::format("{}\n{}", item, method));
    report(RuleId::UnknownKey, where(key),
           fmt::format("unknown key '{}' in {}: the M-O-S-T method's '{}' is written '{}:'", name,
                       what, name, method),
           item, Fix{where(key), std::string(method), true, true});
    return;
  }
  if (name == "tactics" && knows(known, "strategies")) {
    report(RuleId::UnknownKey, where(key),
           fmt::format("unknown key 'tactics' in {}: tactics belong to a strategy; write "
                       "'strategies: [{{statement: ..., tactics: [...]}}]'",
                       what),
           item);
    return;
  }
  const std::string meant = closest_match(name, known);
  if (!meant.empty()) {
    misspelt_.insert(fmt::format("{}\n{}", item, meant));
  }
  report(RuleId::UnknownKey, where(key),
         fmt::format("unknown key '{}' in {}{}", name, what,
                     meant.empty() ? "" : fmt::format(" (did you mean '{}'?)", meant)),
         item,
         meant.empty() ? std::nullopt : std::optional<Fix>(Fix{where(key), meant, true, true}));
}

void Reader::visit_merges(const std::vector<NodeId>& merges,
                          std::span<const std::string_view> known, std::string_view what,
                          std::string_view item, const EntryFn& fn,
                          std::unordered_set<std::string_view>* skip, int merge_depth) {
  for (NodeId merge : merges) {
    if (merge_depth >= kMaxMergeDepth) {
      report(RuleId::YamlSyntax, where(merge), "merge keys ('<<') nest too deeply", item);
      break;
    }
    const yaml::Node& source = node(merge);
    if (source.kind == NodeKind::Map) {
      visit_entries(tree_.resolve_id(merge), known, what, item, fn, skip, merge_depth + 1);
    } else if (source.kind == NodeKind::Sequence) {
      for (NodeId e = source.first_child; e != kNoNode; e = tree_.nodes[e].next_sibling) {
        if (expect_map(e, "<<", item)) {
          visit_entries(tree_.resolve_id(e), known, what, item, fn, skip, merge_depth + 1);
        }
      }
    } else {
      report(RuleId::FieldType, where(merge),
             "a merge key ('<<') must name a mapping or a list of mappings", item);
    }
  }
}

std::pair<yaml::NodeId, yaml::NodeId> Reader::lookup(NodeId map, std::string_view name,
                                                     int merge_depth) const {
  const NodeId none = kNoNode;
  std::vector<NodeId> merges;
  for (NodeId k = node(map).first_child; k != kNoNode;) {
    const NodeId v = tree_.nodes[k].next_sibling;
    if (v == kNoNode) {
      break;
    }
    const yaml::Node& key = node(k);
    if (key.kind == NodeKind::Scalar && !tree_.nodes[k].duplicate_key) {
      if (tree_.text(key) == name) {
        return {k, v};
      }
      if (tree_.text(key) == "<<") {
        merges.push_back(v);
      }
    }
    k = tree_.nodes[v].next_sibling;
  }
  // Same order and depth limit as visit_entries: explicit keys first, then merges in order.
  for (NodeId merge : merges) {
    if (merge_depth >= kMaxMergeDepth) {
      break;
    }
    const yaml::Node& source = node(merge);
    if (source.kind == NodeKind::Map) {
      if (auto found = lookup(tree_.resolve_id(merge), name, merge_depth + 1);
          found.second != kNoNode) {
        return found;
      }
    } else if (source.kind == NodeKind::Sequence) {
      for (NodeId e = source.first_child; e != kNoNode; e = tree_.nodes[e].next_sibling) {
        if (node(e).kind == NodeKind::Map) {
          if (auto found = lookup(tree_.resolve_id(e), name, merge_depth + 1);
              found.second != kNoNode) {
            return found;
          }
        }
      }
    }
  }
  return {none, none};
}

std::size_t Reader::length(NodeId value) const {
  const yaml::Node& n = node(value);
  std::size_t count = 0;
  if (n.kind == NodeKind::Sequence) {
    for (NodeId e = n.first_child; e != kNoNode; e = tree_.nodes[e].next_sibling) {
      count += node(e).kind == NodeKind::Map ? 1 : 0;
    }
  }
  return count;
}

void Reader::for_each_element(NodeId value, std::string_view what, std::string_view item,
                              const std::function<void(NodeId, std::size_t)>& fn) {
  const yaml::Node& n = node(value);
  if (n.kind == NodeKind::Null) {
    return;
  }
  if (n.kind != NodeKind::Sequence) {
    report(RuleId::FieldType, where(value),
           fmt::format("'{}' must be a list (items starting with '- '), not {}", what,
                       kind_name(n.kind)),
           item);
    return;
  }
  std::size_t index = 0;
  for (NodeId e = n.first_child; e != kNoNode; e = tree_.nodes[e].next_sibling) {
    fn(e, index++);
  }
}

bool Reader::scalar_or_report(NodeId value, std::string_view what, std::string_view type,
                              std::string_view item) {
  const yaml::Node& n = node(value);
  if (n.kind == NodeKind::Scalar) {
    return true;
  }
  if (n.kind != NodeKind::Null) {
    report(RuleId::FieldType, where(value),
           fmt::format("'{}' must be {}, not {}", what, type, kind_name(n.kind)), item);
  }
  return false;
}

Field<std::string> Reader::text(NodeId key, NodeId value, std::string_view what,
                                std::string_view item) {
  Field<std::string> field;
  field.location = where(key);
  if (!scalar_or_report(value, what, "text", item)) {
    field.written = node(value).kind != NodeKind::Null;
    return field;
  }
  std::string_view text = tree_.text(node(value));
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return field; // blank text is as good as missing
  }
  field.written = true;
  field.location = where(value);
  field.value = std::string(text);
  return field;
}

Field<Date> Reader::date(NodeId key, NodeId value, std::string_view what, std::string_view item) {
  Field<Date> field;
  field.location = where(key);
  if (!scalar_or_report(value, what, "a YYYY-MM-DD date", item)) {
    field.written = node(value).kind != NodeKind::Null;
    return field;
  }
  const std::string_view text = tree_.text(node(value));
  field.written = true;
  field.location = where(value);
  if (auto day = parse_iso_date(text)) {
    field.value = *day;
  } else if (looks_like_iso_date(text)) {
    report(RuleId::InvalidDate, field.location,
           fmt::format("'{}' {} is not a real day: {}", what, text, invalid_day_reason(text)),
           item);
  } else {
    report(RuleId::InvalidDate, field.location,
           fmt::format("'{}' must be a date written YYYY-MM-DD, not '{}'", what, text), item);
  }
  return field;
}

Field<double> Reader::number(NodeId key, NodeId value, std::string_view what, std::string_view item,
                             bool non_negative) {
  Field<double> field;
  field.location = where(key);
  if (!scalar_or_report(value, what, "a number", item)) {
    field.written = node(value).kind != NodeKind::Null;
    return field;
  }
  std::string_view text = tree_.text(node(value));
  field.written = true;
  field.location = where(value);
  if (text.starts_with('+')) {
    text.remove_prefix(1);
  }
  double parsed = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), parsed);
  if (error != std::errc{} || end != text.data() + text.size() || !std::isfinite(parsed) ||
      text.empty()) {
    report(RuleId::FieldType, field.location,
           fmt::format("'{}' must be a plain number such as 1500 or 12.5, not '{}'", what,
                       tree_.text(node(value))),
           item);
  } else if (non_negative && parsed < 0) {
    report(RuleId::FieldType, field.location,
           fmt::format("'{}' must be zero or more, not {}", what, tree_.text(node(value))), item);
  } else {
    field.value = parsed;
  }
  return field;
}

bool Reader::boolean(NodeId value, std::string_view what, std::string_view item) {
  if (!scalar_or_report(value, what, "true or false", item)) {
    return false;
  }
  const std::string_view text = tree_.text(node(value));
  if (text == "true" || text == "True" || text == "TRUE") {
    return true;
  }
  if (text != "false" && text != "False" && text != "FALSE") {
    report(RuleId::FieldType, where(value),
           fmt::format("'{}' must be true or false, not '{}'", what, text), item);
  }
  return false;
}

Field<std::size_t>
Reader::choice(NodeId key, NodeId value, std::string_view what,
               std::span<const std::string_view> allowed, std::string_view item,
               std::span<const std::pair<std::string_view, std::string_view>> synonyms) {
  Field<std::size_t> field;
  const Field<std::string> raw = this->text(key, value, what, item);
  field.location = raw.location;
  field.written = raw.written;
  if (!raw) {
    return field;
  }
  const auto found = std::find(allowed.begin(), allowed.end(), *raw);
  if (found != allowed.end()) {
    field.value = static_cast<std::size_t>(found - allowed.begin());
    return field;
  }
  std::string options;
  for (std::string_view option : allowed) {
    options += options.empty() ? "" : ", ";
    options += option;
  }
  // The one right answer, if there is one: the value in another case, or a common synonym.
  std::string lower = *raw;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  });
  std::string_view meant;
  if (std::find(allowed.begin(), allowed.end(), lower) != allowed.end()) {
    meant = *std::find(allowed.begin(), allowed.end(), lower);
  }
  for (const auto& [word, value_meant] : synonyms) {
    if (meant.empty() && lower == word) {
      meant = value_meant;
    }
  }
  report(RuleId::FieldType, raw.location,
         fmt::format("'{}' is '{}' but must be one of {}{}", what, *raw, options,
                     meant.empty() ? did_you_mean(*raw, allowed)
                                   : fmt::format(" (did you mean '{}'?)", meant)),
         item,
         meant.empty() ? std::nullopt
                       : std::optional<Fix>(Fix{raw.location, std::string(meant), false, true}));
  return field;
}

std::vector<std::string> Reader::text_list(NodeId value, std::string_view what,
                                           std::string_view item) {
  std::vector<std::string> list;
  for_each_element(value, what, item, [&](NodeId element, std::size_t) {
    Field<std::string> entry = text(element, element, what, item);
    if (entry) {
      list.push_back(std::move(*entry.value));
    }
  });
  return list;
}

namespace {

// Each objective without references of its own follows its mission's, so references count
// once per objective: a bound per list keeps that linear in the plan.
constexpr std::size_t kMaxReferences = 32;

} // namespace

std::vector<Reference> Reader::references(NodeId key, NodeId value, std::string_view item) {
  std::vector<Reference> list;
  const auto add = [&](NodeId element) {
    Field<std::string> text = this->text(element, element, "aligns_with", item);
    if (!text) {
      return;
    }
    Reference reference;
    reference.location = text.location;
    const std::size_t hash = text->rfind('#');
    if (hash != std::string::npos) {
      reference.path = text->substr(0, hash);
      reference.id = text->substr(hash + 1);
    }
    reference.text = std::move(*text.value);
    list.push_back(std::move(reference));
  };
  if (node(value).kind == NodeKind::Null) {
    // Almost always `aligns_with: #O1`, which YAML reads as a comment.
    report(RuleId::Alignment, where(key),
           "'aligns_with' is empty; quote a reference that starts with '#' (\"#O1\"), or YAML "
           "reads it as a comment",
           item);
  } else if (node(value).kind == NodeKind::Sequence) {
    for_each_element(value, "aligns_with", item, [&](NodeId element, std::size_t index) {
      if (index < kMaxReferences) {
        add(element);
      } else if (index == kMaxReferences) {
        report(RuleId::Alignment, where(element),
               fmt::format("more than {} references in one 'aligns_with'; the rest are not "
                           "followed",
                           kMaxReferences),
               item);
      }
    });
  } else {
    add(value);
  }
  return list;
}

std::vector<Ignore> Reader::ignores(NodeId value, std::string_view item) {
  std::vector<Ignore> list;
  const auto check_rule = [&](const Field<std::string>& rule) {
    if (rule && !rule_from_name(*rule)) {
      report(RuleId::FieldType, rule.location,
             fmt::format("ignore names '{}', which is not a rule{}; 'most rules' lists them", *rule,
                         did_you_mean(*rule, rule_names())),
             item);
      return false;
    }
    return static_cast<bool>(rule);
  };
  for_each_element(value, "ignore", item, [&](NodeId element, std::size_t) {
    Ignore ignore;
    ignore.location = where(element);
    if (node(element).kind == NodeKind::Map) {
      static constexpr auto kKeys = std::to_array<std::string_view>({"rule", "reason", "until"});
      Field<std::string> rule;
      Field<Date> until;
      for_each_entry(element, kKeys, "an ignore entry", item,
                     [&](std::string_view key, NodeId k, NodeId v) {
                       if (key == "rule") {
                         rule = text(k, v, "rule", item);
                       } else if (key == "reason") {
                         ignore.reason = text(k, v, "reason", item).value.value_or("");
                       } else {
                         until = date(k, v, "until", item);
                       }
                     });
      require(rule, "rule", ignore.location, item, "the ignore entry of");
      ignore.until = until.value;
      // An unreadable `until:` (already reported) must not turn into "silence forever".
      if (check_rule(rule) && until.written == until.value.has_value()) {
        ignore.rule = *rule;
        list.push_back(std::move(ignore));
      }
    } else {
      const Field<std::string> rule = text(element, element, "ignore", item);
      if (check_rule(rule)) {
        ignore.rule = *rule;
        list.push_back(std::move(ignore));
      }
    }
  });
  return list;
}

} // namespace most
