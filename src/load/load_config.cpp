// `.most.yaml`: per-rule severities and rule settings. Any mistake here is fatal (exit 2), so it is
// reported as one line naming the file, the position and the closest valid word.

#include "text.hpp"
#include "yaml_tree.hpp"

#include <most/config.hpp>
#include <most/load.hpp>
#include <most/rule_id.hpp>
#include <most/suggest.hpp>

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <vector>

namespace most {

namespace {

using yaml::NodeId;
using yaml::NodeKind;

struct ConfigError {
  SourceLocation where;
  std::string message;
};

std::optional<Severity> severity_from(std::string_view text) {
  for (Severity s : {Severity::Off, Severity::Note, Severity::Warning, Severity::Error}) {
    if (severity_name(s) == text) {
      return s;
    }
  }
  return std::nullopt;
}

std::optional<ConfigError> read_rules(const yaml::Tree& tree, NodeId map, Config& config) {
  static constexpr auto kSeverities =
      std::to_array<std::string_view>({"off", "note", "warning", "error"});
  for (NodeId k = tree.resolve(map).first_child; k != yaml::kNoNode;) {
    const NodeId v = tree.nodes[k].next_sibling;
    const yaml::Node& key = tree.resolve(k);
    const yaml::Node& value = tree.resolve(v);
    if (key.kind != NodeKind::Scalar || value.kind != NodeKind::Scalar) {
      return ConfigError{key.location, "each entry under 'rules:' must be 'RULE: SEVERITY'"};
    }
    const std::string_view name = tree.text(key);
    const std::string_view level = tree.text(value);
    if (!rule_from_name(name)) {
      return ConfigError{
          key.location, fmt::format("unknown rule '{}'{}", name, did_you_mean(name, rule_names()))};
    }
    const auto severity = severity_from(level);
    if (!severity) {
      return ConfigError{value.location,
                         fmt::format("'{}' is not a severity; use off, note, warning or error{}",
                                     level, did_you_mean(level, kSeverities))};
    }
    config.severities.insert_or_assign(std::string(name), *severity);
    k = tree.nodes[v].next_sibling;
  }
  return std::nullopt;
}

// `overload:` settings. Only one today, but a mapping so that more can follow.
std::optional<ConfigError> read_overload(const yaml::Tree& tree, NodeId map, Config& config) {
  static constexpr std::string_view kThreshold = "open_tactics_due_within_14_days";
  static constexpr auto kSettings = std::to_array<std::string_view>({kThreshold});
  for (NodeId k = tree.resolve(map).first_child; k != yaml::kNoNode;) {
    const NodeId v = tree.nodes[k].next_sibling;
    const yaml::Node& key = tree.resolve(k);
    const yaml::Node& value = tree.resolve(v);
    const std::string_view name = key.kind == NodeKind::Scalar ? tree.text(key) : "";
    if (name != kThreshold) {
      return ConfigError{key.location, fmt::format("unknown setting '{}' under 'overload:'{}", name,
                                                   did_you_mean(name, kSettings))};
    }
    const std::string_view text = value.kind == NodeKind::Scalar ? tree.text(value) : "";
    int number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    // Digits only: no sign, no fraction, no exponent, no hex.
    const bool digits =
        !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
    if (!digits || error != std::errc{} || end != text.data() + text.size() || number < 1) {
      return ConfigError{
          tree.nodes[v].location,
          fmt::format("'overload: {}' must be a whole number of at least 1{}", kThreshold,
                      value.kind == NodeKind::Scalar ? fmt::format(", not '{}'", text)
                                                     : std::string())};
    }
    config.overload_threshold = number;
    k = tree.nodes[v].next_sibling;
  }
  return std::nullopt;
}

// `checkin_every: DAYS`: a whole number of days, at least 1.
std::optional<ConfigError> read_checkin_every(const yaml::Tree& tree, NodeId v, Config& config) {
  const yaml::Node& value = tree.resolve(v);
  const std::string_view text = value.kind == NodeKind::Scalar ? tree.text(value) : "";
  int number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  const bool digits =
      !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
  if (!digits || error != std::errc{} || end != text.data() + text.size() || number < 1) {
    return ConfigError{tree.nodes[v].location,
                       fmt::format("'checkin_every' must be a whole number of days of at least 1{}",
                                   value.kind == NodeKind::Scalar ? fmt::format(", not '{}'", text)
                                                                  : std::string())};
  }
  config.checkin_every = number;
  return std::nullopt;
}

// `fiscal_year_start: MM-DD` (SPEC §4.4), the default for missions that do not name one.
std::optional<ConfigError> read_fiscal_year_start(const yaml::Tree& tree, NodeId v,
                                                  Config& config) {
  const yaml::Node& value = tree.resolve(v);
  const std::string_view text = value.kind == NodeKind::Scalar ? tree.text(value) : "";
  const auto day = parse_month_day(text);
  if (!day) {
    return ConfigError{tree.nodes[v].location,
                       fmt::format("'fiscal_year_start' must be the fiscal year's first day "
                                   "written MM-DD (e.g. 09-01){}",
                                   value.kind == NodeKind::Scalar ? fmt::format(", not '{}'", text)
                                                                  : std::string())};
  }
  config.fiscal_year_start = *day;
  return std::nullopt;
}

// A top-level section: a mapping read by its reader, or empty.
std::optional<ConfigError> read_section(const yaml::Tree& tree, std::string_view name, NodeId v,
                                        Config& config) {
  const NodeKind kind = tree.resolve(v).kind;
  if (name.starts_with("x-") || kind == NodeKind::Null) {
    return std::nullopt;
  }
  if (kind != NodeKind::Map) {
    return ConfigError{tree.nodes[v].location,
                       name == "rules" ? "'rules:' must be a mapping of RULE: SEVERITY"
                                       : "'overload:' must be a mapping of SETTING: NUMBER"};
  }
  return name == "rules" ? read_rules(tree, v, config) : read_overload(tree, v, config);
}

std::optional<ConfigError> read_config(std::string_view raw, Config& config) {
  const std::string_view text = without_bom(raw);
  const LineIndex lines(text);
  if (auto problem = check_text(text, lines)) {
    return ConfigError{problem->location, problem->message};
  }
  const yaml::ParseResult parsed = yaml::parse_tree(
      text, lines, LoadLimits{.max_depth = 32, .max_values = 100'000, .max_expanded = 100'000});
  if (!parsed.failure.message.empty()) {
    return ConfigError{parsed.failure.location, parsed.failure.message};
  }
  if (!parsed.duplicate_keys.empty()) {
    return ConfigError{parsed.duplicate_keys.front().location,
                       fmt::format("key '{}' appears twice", parsed.duplicate_keys.front().key)};
  }
  if (parsed.empty || parsed.tree.resolve(0).kind == NodeKind::Null) {
    return std::nullopt; // an empty configuration changes nothing
  }
  const yaml::Tree& tree = parsed.tree;
  if (tree.resolve(0).kind != NodeKind::Map) {
    return ConfigError{tree.nodes[0].location,
                       "the configuration must be a mapping with 'rules:' or 'overload:'"};
  }
  static constexpr auto kKeys =
      std::to_array<std::string_view>({"rules", "overload", "checkin_every", "fiscal_year_start"});
  for (NodeId k = tree.resolve(0).first_child; k != yaml::kNoNode;) {
    const NodeId v = tree.nodes[k].next_sibling;
    const yaml::Node& key = tree.resolve(k);
    const std::string_view name = key.kind == NodeKind::Scalar ? tree.text(key) : "";
    if (name == "checkin_every" || name == "fiscal_year_start") {
      if (auto error = name == "checkin_every" ? read_checkin_every(tree, v, config)
                                               : read_fiscal_year_start(tree, v, config)) {
        return error;
      }
      k = tree.nodes[v].next_sibling;
      continue;
    }
    if (name != "rules" && name != "overload" && !name.starts_with("x-")) {
      return ConfigError{key.location,
                         fmt::format("unknown key '{}'{}", name, did_you_mean(name, kKeys))};
    }
    if (auto error = read_section(tree, name, v, config)) {
      return error;
    }
    k = tree.nodes[v].next_sibling;
  }
  return std::nullopt;
}

} // namespace

ConfigResult parse_config(std::string_view text, std::string_view display_name) {
  ConfigResult result;
  result.config.source = std::string(display_name);
  if (auto error = read_config(text, result.config)) {
    result.error = fmt::format("{}:{}:{}: {}", display_name, error->where.line, error->where.column,
                               error->message);
    result.config.severities.clear();
    result.config.overload_threshold = kDefaultOverloadThreshold;
    result.config.checkin_every = kDefaultCheckinEvery;
    result.config.fiscal_year_start.reset();
  }
  return result;
}

} // namespace most
