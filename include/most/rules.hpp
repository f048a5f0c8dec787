#pragma once

#include <most/config.hpp>
#include <most/diagnostic.hpp>
#include <most/plan.hpp>

#include <span>
#include <string_view>
#include <vector>

namespace most {

class PlanIndex;
class Reporter;

/// What a rule needs besides the plan.
struct RuleContext {
  Date as_of;                       ///< the day "today" means
  const PlanIndex* plans = nullptr; ///< the plans `aligns_with:` references can reach
  /// `owner-overload` reports an owner with more open tactics due in 14 days than this.
  int overload_threshold = kDefaultOverloadThreshold;
};

/// A rule's checking function; rules see the typed model only.
using RuleCheck = void (*)(const Plan& plan, const RuleContext& context, Reporter& out);

/// One rule of SPEC §3: its name, default severity, one-line summary, `most explain` page and
/// check.
struct RuleInfo {
  std::string_view name;
  Severity severity;
  std::string_view summary;
  std::string_view doc; ///< What it does / Why / Example / How to fix or silence
  RuleCheck check;      ///< nullptr for rules the loader reports
};

/// Every rule, sorted by name.
std::span<const RuleInfo> all_rules();

/// Every rule's name, in the table's order (for spelling suggestions).
std::vector<std::string_view> rule_names();

/// The rule named `name`, or nullptr.
const RuleInfo* find_rule(std::string_view name);

/// Runs every rule over `plan` and appends the findings (before severities and ignores apply).
void run_rules(const Plan& plan, const RuleContext& context, std::vector<Diagnostic>& out);

/// Applies configured severities and the plan's `ignore:` entries, drops what is off or
/// silenced, adds notes for expired ignores, and sorts the result.
void finalize_diagnostics(const Plan& plan, const Config& config, Date as_of,
                          std::vector<Diagnostic>& diagnostics);

/// Collects findings for one rule at a time, naming the item they concern.
class Reporter {
public:
  explicit Reporter(std::vector<Diagnostic>& out) : out_(out) {}

  /// Records a finding of `rule` at its default severity.
  void report(std::string_view rule, const ItemInfo& item, SourceLocation where,
              std::string message);

  /// Records a finding of `rule` with an explicit severity (e.g. a milder variant).
  void report(std::string_view rule, Severity severity, const ItemInfo& item, SourceLocation where,
              std::string message);

private:
  std::vector<Diagnostic>& out_;
};

} // namespace most
