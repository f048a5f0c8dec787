#include <most/rules.hpp>

#include <algorithm>
#include <array>

namespace most {

namespace {

// Rules that read the changes between two versions of a plan rather than one version.
constexpr std::array kChangeRules{RuleId::TargetChanged};

bool is_change_rule(RuleId rule) {
  return std::ranges::find(kChangeRules, rule) != kChangeRules.end();
}

// The reporter does not know the plan; every finding here is about this plan's file.
void name_file(const Plan& plan, std::vector<Diagnostic>& out, std::size_t first) {
  for (std::size_t i = first; i < out.size(); ++i) {
    out[i].file = plan.file;
  }
}

} // namespace

void run_rules(const Plan& plan, const RuleContext& context, std::vector<Diagnostic>& out) {
  const std::size_t first = out.size();
  for (const RuleInfo& rule : all_rules()) {
    if (rule.check != nullptr && !is_change_rule(rule.id)) {
      Reporter reporter(out, rule);
      rule.check(plan, context, reporter);
    }
  }
  name_file(plan, out, first);
}

void run_change_rules(const Plan& plan, const RuleContext& context, std::vector<Diagnostic>& out) {
  const std::size_t first = out.size();
  for (const RuleId id : kChangeRules) {
    const RuleInfo& rule = rule_info(id);
    Reporter reporter(out, rule);
    rule.check(plan, context, reporter);
  }
  name_file(plan, out, first);
}

bool is_about_changes(std::string_view rule) {
  const std::optional<RuleId> id = rule_from_name(rule);
  return id && is_change_rule(*id);
}

} // namespace most
