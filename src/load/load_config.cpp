// `.most.yaml`: per-rule severities. Any mistake here is fatal (exit 2), so it is reported as
// one line naming the file, the position and the closest valid word.

#include "load/text.hpp"
#include "load/yaml_tree.hpp"

#include <most/config.hpp>
#include <most/load.hpp>
#include <most/rules.hpp>
#include <most/suggest.hpp>

#include <fmt/format.h>

#include <array>
#include <vector>

namespace most {

std::optional<Severity> Config::severity_of(std::string_view rule) const {
  const auto found = severities.find(rule);
  if (found == severities.end()) {
    return std::nullopt;
  }
  return found->second;
}

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
  const std::vector<std::string_view> names = rule_names();
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
    if (find_rule(name) == nullptr) {
      return ConfigError{key.location,
                         fmt::format("unknown rule '{}'{}", name, did_you_mean(name, names))};
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
    return ConfigError{parsed.duplicate_keys.front().first,
                       fmt::format("key '{}' appears twice", parsed.duplicate_keys.front().second)};
  }
  if (parsed.empty || parsed.tree.resolve(0).kind == NodeKind::Null) {
    return std::nullopt; // an empty configuration changes nothing
  }
  const yaml::Tree& tree = parsed.tree;
  if (tree.resolve(0).kind != NodeKind::Map) {
    return ConfigError{tree.nodes[0].location, "the configuration must be a mapping with 'rules:'"};
  }
  static constexpr auto kKeys = std::to_array<std::string_view>({"rules"});
  for (NodeId k = tree.resolve(0).first_child; k != yaml::kNoNode;) {
    const NodeId v = tree.nodes[k].next_sibling;
    const yaml::Node& key = tree.resolve(k);
    const std::string_view name = key.kind == NodeKind::Scalar ? tree.text(key) : "";
    if (name != "rules" && !name.starts_with("x-")) {
      return ConfigError{key.location,
                         fmt::format("unknown key '{}'{}", name, did_you_mean(name, kKeys))};
    }
    if (name == "rules" && tree.resolve(v).kind == NodeKind::Map) {
      if (auto error = read_rules(tree, v, config)) {
        return error;
      }
    } else if (name == "rules" && tree.resolve(v).kind != NodeKind::Null) {
      return ConfigError{tree.nodes[v].location, "'rules:' must be a mapping of RULE: SEVERITY"};
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
  }
  return result;
}

} // namespace most
