// `most rules` and `most explain RULE`: the rule table for people and scripts.

#include "commands.hpp"

#include <most/rules.hpp>
#include <most/suggest.hpp>

#include <fmt/format.h>

namespace most::cli {

int run_rules_list(const std::string& format, Streams io) {
  chosen_format(rules_formats(), format).render(io.out, TextStyle{});
  return kSuccess;
}

int run_explain(const std::string& name, Streams io) {
  const RuleInfo* rule = find_rule(name);
  if (rule == nullptr) {
    print_error(io.err, fmt::format("unknown rule '{}'{}; 'most rules' lists them", name,
                                    did_you_mean(name, rule_names())));
    return kFailure;
  }
  const std::string page = rule_page(*rule);
  io.out << fmt::format("{} (default severity: {})\n\n{}\n\n{}", rule->name,
                        severity_name(rule->severity), rule->summary, page);
  if (!page.ends_with('\n')) {
    io.out << '\n';
  }
  return kSuccess;
}

} // namespace most::cli
