// `most diff` on one plan file: the changes (src/views/diff.cpp), then the rules about them.

#include <most/rules.hpp>
#include <most/workspace.hpp>

#include <algorithm>

namespace most {

PlanDiff diff_versions(const Plan* before, const Plan* after, Date as_of, const Config& config) {
  PlanDiff diff = diff_plans(before, after);
  if (after != nullptr) {
    RuleContext context{as_of, nullptr, config.overload_threshold, diff.changes};
    context.checkin_every = config.checkin_every;
    run_change_rules(*after, context, diff.findings);
    finalize_diagnostics(*after, config, as_of, diff.findings);
    // Severities and ignores apply; the notes finalize adds about the plan itself do not
    // belong to a diff (`most check` reports them).
    std::erase_if(diff.findings, [](const Diagnostic& d) { return !is_about_changes(d.rule); });
  }
  return diff;
}

} // namespace most
