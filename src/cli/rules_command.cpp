// `most rules` and `most explain RULE`: the rule table for people and scripts.

#include "cli/commands.hpp"
#include "report/json_writer.hpp"

#include <most/rules.hpp>
#include <most/suggest.hpp>

#include <fmt/format.h>

#include <ostream>
#include <vector>

namespace most::cli {

int run_rules_list(const std::string& format, Streams io) {
  if (format == "json") {
    io.out << "{\"rules\": [";
    bool first = true;
    for (const RuleInfo& rule : all_rules()) {
      io.out << (first ? "\n  " : ",\n  ");
      first = false;
      JsonObject(io.out)
          .text("name", rule.name)
          .text("severity", severity_name(rule.severity))
          .text("summary", rule.summary)
          .close();
    }
    io.out << "\n]}\n";
    return kSuccess;
  }
  std::size_t width = 0;
  for (const RuleInfo& rule : all_rules()) {
    width = std::max(width, rule.name.size());
  }
  for (const RuleInfo& rule : all_rules()) {
    io.out << fmt::format("{:<{}}  {:<7}  {}\n", rule.name, width, severity_name(rule.severity),
                          rule.summary);
  }
  return kSuccess;
}

int run_explain(const std::string& name, Streams io) {
  const RuleInfo* rule = find_rule(name);
  if (rule == nullptr) {
    print_error(io.err, fmt::format("unknown rule '{}'{}; 'most rules' lists them", name,
                                    did_you_mean(name, rule_names())));
    return kFailure;
  }
  io.out << fmt::format("{} (default severity: {})\n\n{}\n\n{}", rule->name,
                        severity_name(rule->severity), rule->summary, rule->doc);
  if (!rule->doc.ends_with('\n')) {
    io.out << '\n';
  }
  return kSuccess;
}

} // namespace most::cli
