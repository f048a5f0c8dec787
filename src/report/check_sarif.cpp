// `most check --format sarif`: SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning,
// GitLab, Azure DevOps). One run; the driver lists every rule, not only those that fired, so a
// dashboard can show the help of a rule whose alert was fixed.

#include "json_writer.hpp"

#include <most/report.hpp>
#include <most/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#ifndef MOST_VERSION
#error "MOST_VERSION must be defined by the build"
#endif

namespace most {

namespace {

// SARIF's levels are our severity names, except that "off" is "none".
std::string_view sarif_level(Severity severity) {
  return severity == Severity::Off ? "none" : severity_name(severity);
}

// "tactic-owner" → "TacticOwner": SARIF's `name` is meant to be readable, the `id` stable.
std::string rule_display_name(std::string_view id) {
  std::string name;
  bool upper = true;
  for (const char c : id) {
    if (c == '-' || c == '_') {
      upper = true;
      continue;
    }
    name += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    upper = false;
  }
  return name;
}

bool is_unreserved(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

// artifactLocation.uri must be a URI reference (RFC 3986), not a file name: spaces, `%`, `#`,
// `?` and non-ASCII bytes are percent-encoded, and so is `:`, which in a relative path's first
// segment would read as a scheme. Absolute paths become `file://` URIs; standard input has no
// file, so it gets a stable relative name.
std::string artifact_uri(std::string_view file) {
  if (file == "<stdin>") {
    return "stdin";
  }
  std::string uri = file.starts_with('/') ? "file://" : "";
  for (const char c : file) {
    if (is_unreserved(c) || c == '/') {
      uri += c;
    } else {
      uri += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    }
  }
  return uri;
}

std::optional<std::size_t> rule_index(std::string_view rule) {
  const std::span<const RuleInfo> rules = all_rules();
  const auto found =
      std::find_if(rules.begin(), rules.end(), [&](const RuleInfo& r) { return r.name == rule; });
  if (found == rules.end()) {
    return std::nullopt;
  }
  return static_cast<std::size_t>(found - rules.begin());
}

void write_text_object(std::ostream& out, std::string_view text) {
  JsonObject(out).text("text", text).close();
}

void write_rule(std::ostream& out, const RuleInfo& rule) {
  JsonObject object(out);
  object.text("id", rule.name).text("name", rule_display_name(rule.name));
  write_text_object(object.key("shortDescription"), rule.summary);
  write_text_object(object.key("fullDescription"), rule.summary);
  write_text_object(object.key("help"), rule_page(rule)); // the `most explain` page
  JsonObject(object.key("defaultConfiguration")).text("level", sarif_level(rule.severity)).close();
  object.close();
}

void write_location(std::ostream& out, const Diagnostic& d) {
  JsonObject location(out);
  JsonObject physical(location.key("physicalLocation"));
  JsonObject(physical.key("artifactLocation")).text("uri", artifact_uri(d.file)).close();
  // Line 0 means "no position": without a region the result concerns the whole file.
  if (d.location.line > 0) {
    JsonObject region(physical.key("region"));
    region.integer("startLine", d.location.line);
    if (d.location.column > 0) {
      region.integer("startColumn", d.location.column);
    }
    region.close();
  }
  physical.close();
  if (!d.item.empty()) {
    location.key("logicalLocations") << '[';
    JsonObject(out).text("fullyQualifiedName", d.item).close();
    out << ']';
  }
  location.close();
}

void write_result(std::ostream& out, const Diagnostic& d) {
  JsonObject result(out);
  result.text("ruleId", d.rule);
  if (const auto index = rule_index(d.rule)) {
    result.integer("ruleIndex", static_cast<long long>(*index));
  }
  result.text("level", sarif_level(d.severity));
  write_text_object(result.key("message"), d.message);
  result.key("locations") << '[';
  write_location(out, d);
  out << ']';
  result.close();
}

} // namespace

void render_check_sarif(std::ostream& out, std::span<const CheckedFile> files) {
  out << "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
         "  \"version\": \"2.1.0\",\n"
         "  \"runs\": [\n"
         "    {\n"
         "      \"tool\": {\n"
         "        \"driver\": {\n"
         "          \"name\": \"most\",\n"
         "          \"version\": ";
  write_json_string(out, MOST_VERSION);
  out << ",\n          \"rules\": [";
  bool first = true;
  for (const RuleInfo& rule : all_rules()) {
    out << (first ? "\n            " : ",\n            ");
    first = false;
    write_rule(out, rule);
  }
  out << "\n          ]\n        }\n      },\n"
         // Our columns count characters (code points); say so, as consumers may assume UTF-16
         // units.
         "      \"columnKind\": \"unicodeCodePoints\",\n"
         "      \"results\": [";
  first = true;
  for (const CheckedFile& file : files) {
    for (const Diagnostic& d : file.diagnostics) {
      out << (first ? "\n        " : ",\n        ");
      first = false;
      write_result(out, d);
    }
  }
  out << (first ? "]\n" : "\n      ]\n") << "    }\n  ]\n}\n";
}

} // namespace most
