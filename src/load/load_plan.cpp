// load_plan: raw text → checks → YAML tree → Plan, with every problem as a diagnostic.

#include "load_items.hpp"
#include "reader.hpp"
#include "reparse.hpp"
#include "text.hpp"
#include "yaml_tree.hpp"

#include <most/load.hpp>
#include <most/statement.hpp>

#include <fmt/format.h>

#include <array>

namespace most {

namespace {

using yaml::NodeId;

// `fiscal_year_start: MM-DD`; a value that names no day of the year is a field-type finding.
Field<MonthDay> read_month_day(Reader& in, NodeId key, NodeId value, std::string_view what) {
  const Field<std::string> text = in.text(key, value, what, "mission");
  Field<MonthDay> field;
  field.location = text.location;
  field.written = text.written;
  if (!text) {
    return field;
  }
  field.value = parse_month_day(*text);
  if (!field.value) {
    in.report(RuleId::FieldType, field.location,
              fmt::format("'{}' must be the fiscal year's first day written MM-DD (e.g. 09-01), "
                          "not '{}'",
                          what, *text),
              "mission");
  }
  return field;
}

void load_mission(Reader& in, NodeId mission_key, NodeId value, Mission& mission) {
  mission.info.id = "mission";
  mission.info.location = in.where(mission_key);
  if (!in.expect_map(value, "mission", "mission")) {
    return;
  }
  // The mission is always named "mission" in findings; an explicit `id:` is only type-checked.
  mission.info.ignores = read_item_info(in, value, "mission", {}).ignores;
  static constexpr auto kKeys =
      std::to_array<std::string_view>({"id", "statement", "owner", "start", "deadline",
                                       "aligns_with", "ignore", "fiscal_year_start"});
  in.for_each_entry(value, kKeys, "the mission", "mission",
                    [&](std::string_view key, NodeId k, NodeId v) {
                      if (key == "statement") {
                        mission.statement = in.text(k, v, key, "mission");
                      } else if (key == "owner") {
                        mission.owner = in.text(k, v, key, "mission");
                      } else if (key == "start") {
                        mission.start = in.date(k, v, key, "mission");
                      } else if (key == "deadline") {
                        mission.deadline = in.date(k, v, key, "mission");
                      } else if (key == "aligns_with") {
                        mission.aligns_with = in.references(k, v, "mission");
                      } else if (key == "fiscal_year_start") {
                        mission.fiscal_year_start = read_month_day(in, k, v, key);
                      }
                    });
  const SourceLocation at = mission.info.location;
  in.require(mission.statement, "statement", at, "mission", "the");
  in.require(mission.start, "start", at, "mission", "the");
  in.require(mission.deadline, "deadline", at, "mission", "the");
}

void load_team(Reader& in, NodeId value, Plan& plan) {
  in.for_each_element(value, "team", "", [&](NodeId element, std::size_t index) {
    const std::string label = fmt::format("team[{}]", index + 1);
    if (!in.expect_map(element, "team member", "")) {
      return;
    }
    static constexpr auto kKeys = std::to_array<std::string_view>({"id", "name", "role"});
    TeamMember member;
    member.location = in.where(element);
    Field<std::string> id;
    in.for_each_entry(element, kKeys, "a team member", "",
                      [&](std::string_view key, NodeId k, NodeId v) {
                        const Field<std::string> text = in.text(k, v, key, "");
                        if (key == "id") {
                          id = text;
                        } else if (key == "name") {
                          member.name = text.value.value_or("");
                        } else {
                          member.role = text.value.value_or("");
                        }
                      });
    in.require(id, "id", member.location, "", label);
    if (id) {
      member.id = *id;
      plan.team.push_back(std::move(member));
    }
  });
  // An empty or unreadable roster is no roster: checking owners against it would turn one
  // mistake into a finding per tactic.
  plan.has_team = !plan.team.empty();
}

void load_version(Reader& in, NodeId value, Plan& plan) {
  const yaml::Node& node = in.node(value);
  if (node.kind == yaml::NodeKind::Null) {
    return; // `most:` left empty means the default, version 1
  }
  const std::string_view text =
      node.kind == yaml::NodeKind::Scalar ? in.tree().text(node) : std::string_view{};
  if (text != "1") {
    in.report(RuleId::UnsupportedVersion, in.where(value),
              text.empty()
                  ? std::string("'most:' must be the format version number, 1")
                  : fmt::format("plan format version '{}' is not supported; this most reads "
                                "version 1",
                                text),
              "");
    plan.version = 0;
  }
}

// Turns the first document's tree into a Plan; false when it is not a plan at all.
bool load_document(Reader& in, Plan& plan) {
  const yaml::Node& root = in.node(0);
  if (root.kind != yaml::NodeKind::Map) {
    in.report(
        RuleId::NotAPlan, root.location,
        root.kind == yaml::NodeKind::Null
            ? std::string("the file holds no plan; start with 'mission:' (see 'most explain "
                          "not-a-plan')")
            : fmt::format("a plan is a mapping with 'mission:' and 'objectives:', but the "
                          "document is {}",
                          root.kind == yaml::NodeKind::Sequence ? "a list" : "a single value"),
        "");
    return false;
  }
  // A YAML file that is not a plan gets one finding, not one per key it happens to have.
  if (in.lookup(0, "mission").second == yaml::kNoNode) {
    in.report(RuleId::NotAPlan, root.location,
              "the document has no 'mission:'; every plan starts from its mission", "");
    return false;
  }
  static constexpr auto kKeys =
      std::to_array<std::string_view>({"most", "mission", "team", "objectives"});
  NodeId mission = yaml::kNoNode;
  NodeId mission_key = yaml::kNoNode;
  NodeId objectives = yaml::kNoNode;
  NodeId objectives_key = yaml::kNoNode;
  in.for_each_entry(0, kKeys, "the plan", "", [&](std::string_view key, NodeId k, NodeId v) {
    if (key == "most") {
      load_version(in, v, plan);
    } else if (key == "mission") {
      mission_key = k;
      mission = v;
    } else if (key == "team") {
      load_team(in, v, plan);
    } else {
      objectives_key = k;
      objectives = v;
    }
  });
  load_mission(in, mission_key, mission, plan.mission);
  if (objectives == yaml::kNoNode && in.was_misspelt("", "objectives")) {
    // the misspelt key was reported already
  } else if (objectives == yaml::kNoNode || in.node(objectives).kind == yaml::NodeKind::Null) {
    in.report(RuleId::RequiredField,
              objectives_key == yaml::kNoNode ? root.location : in.where(objectives_key),
              "the plan needs 'objectives:' with at least one objective", "");
  } else {
    load_objectives(in, objectives, plan);
  }
  return true;
}

} // namespace

struct PlanReading {
  std::string text; ///< without its byte-order mark
  yaml::ParseResult parsed;
};

namespace {

// Reads `raw`; its tree comes from `previous` where that is sure to give the same, and is kept
// in the returned reading when `keep`.
LoadedVersion load(std::string_view raw, std::string_view display_name, const PlanReading* previous,
                   bool keep, const LoadLimits& limits, std::optional<MonthDay> fiscal_year_start) {
  // yaml-cpp skips a byte-order mark without counting it, so positions match BOM-less text.
  const std::string_view text = without_bom(raw);
  LoadedVersion loaded;
  LoadResult& result = loaded.result;
  result.plan.file = std::string(display_name);
  const auto add = [&](RuleId rule, std::string message, SourceLocation where) {
    result.diagnostics.push_back(Diagnostic{std::string(rule_name(rule)), Severity::Error,
                                            std::move(message), result.plan.file, where, ""});
  };
  const LineIndex lines(text);
  if (auto problem = check_text(text, lines)) {
    add(RuleId::YamlSyntax, problem->message, problem->location);
    return loaded;
  }
  std::optional<yaml::ParseResult> reparsed =
      previous != nullptr
          ? yaml::reparse_tree(previous->text, previous->parsed, text, limits, loaded.parsed_lines)
          : std::nullopt;
  if (!reparsed) {
    loaded.parsed_lines = lines.line_count();
  }
  yaml::ParseResult parsed =
      reparsed ? std::move(*reparsed) : yaml::parse_tree(text, lines, limits);
  for (const yaml::DuplicateKey& repeated : parsed.duplicate_keys) {
    add(RuleId::DuplicateKey,
        fmt::format("key '{}' appears {} in the same mapping; the first one counts", repeated.key,
                    repeated.count == 2 ? std::string("twice")
                                        : fmt::format("{} times", repeated.count)),
        repeated.location);
  }
  if (!parsed.failure.message.empty()) {
    add(parsed.failure.rule, parsed.failure.message, parsed.failure.location);
  } else if (parsed.empty || parsed.tree.nodes.empty()) {
    const bool blank = text.find_first_not_of(" \t\r\n") == std::string_view::npos;
    add(RuleId::NotAPlan,
        fmt::format("the file {}; start with 'mission:' (see 'most explain not-a-plan')",
                    blank ? "is empty" : "holds only comments"),
        {1, 1});
  } else {
    {
      Reader in(parsed.tree, result.plan.file, result.diagnostics);
      result.ok = load_document(in, result.plan);
    }
    read_statements(result.plan, fiscal_year_start);
    if (keep && !parsed.anchors && parsed.duplicate_keys.empty()) {
      loaded.reading =
          std::make_shared<const PlanReading>(PlanReading{std::string(text), std::move(parsed)});
    }
  }
  return loaded;
}

} // namespace

LoadResult load_plan(std::string_view raw, std::string_view display_name, const LoadLimits& limits,
                     std::optional<MonthDay> fiscal_year_start) {
  return load(raw, display_name, nullptr, false, limits, fiscal_year_start).result;
}

LoadedVersion load_plan_version(std::string_view raw, std::string_view display_name,
                                const PlanReading* previous, const LoadLimits& limits,
                                std::optional<MonthDay> fiscal_year_start) {
  return load(raw, display_name, previous, true, limits, fiscal_year_start);
}

} // namespace most
