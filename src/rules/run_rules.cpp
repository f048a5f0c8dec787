#include <most/rules.hpp>

namespace most {

void run_rules(const Plan& plan, const RuleContext& context, std::vector<Diagnostic>& out) {
  const std::size_t first = out.size();
  Reporter reporter(out);
  for (const RuleInfo& rule : all_rules()) {
    if (rule.check != nullptr) {
      rule.check(plan, context, reporter);
    }
  }
  // The reporter does not know the plan; every finding here is about this plan's file.
  for (std::size_t i = first; i < out.size(); ++i) {
    out[i].file = plan.file;
  }
}

} // namespace most
