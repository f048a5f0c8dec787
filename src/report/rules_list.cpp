// `most rules`: the registry as a table for people and as JSON for scripts.

#include "json_writer.hpp"

#include <most/report.hpp>
#include <most/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

namespace most {

void render_rules_text(std::ostream& out) {
  std::size_t width = 0;
  for (const RuleInfo& rule : all_rules()) {
    width = std::max(width, rule.name.size());
  }
  for (const RuleInfo& rule : all_rules()) {
    out << fmt::format("{:<{}}  {:<7}  {}\n", rule.name, width, severity_name(rule.severity),
                       rule.summary);
  }
}

void render_rules_json(std::ostream& out) {
  out << "{\"rules\": [";
  bool first = true;
  for (const RuleInfo& rule : all_rules()) {
    out << (first ? "\n  " : ",\n  ");
    first = false;
    JsonObject(out)
        .text("name", rule.name)
        .text("severity", severity_name(rule.severity))
        .text("summary", rule.summary)
        .close();
  }
  out << "\n]}\n";
}

} // namespace most
