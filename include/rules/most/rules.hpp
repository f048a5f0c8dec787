#pragma once

#include <most/change.hpp>
#include <most/config.hpp>
#include <most/diagnostic.hpp>
#include <most/plan.hpp>
#include <most/rule_id.hpp>

#include <span>
#include <string>
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
  /// `most diff`: the changes from the earlier version of the plan to this one; empty when
  /// one version is checked.
  std::span<const Change> changes{};
  /// `stale-checkin` reports a figure older than this many days (`.most.yaml` `checkin_every`).
  int checkin_every = kDefaultCheckinEvery;
};

/// A rule's checking function; rules see the typed model only.
using RuleCheck = void (*)(const Plan& plan, const RuleContext& context, Reporter& out);

/// How a finding of a rule is silenced in a plan, for the "How to silence" section of its page,
/// which is written once, by rule_page(). A rule silenced some other way (a finding about a
/// whole file, a rule of `most diff`) leaves `on` empty and ends its own page with the section.
struct Silence {
  std::string_view on{};     ///< where `ignore:` goes: "the tactic (or a parent of it)"
  std::string_view reason{}; ///< an example reason for the long form; empty: the short form only
  std::string_view until{};  ///< the example's end day
};

/// One rule of SPEC §3: its name, default severity, one-line summary, `most explain` page and
/// check.
struct RuleInfo {
  RuleId id;
  Severity severity;
  std::string_view summary;
  std::string_view doc; ///< What it does / Why / Example / How to fix or silence
  RuleCheck check;      ///< nullptr for rules the loader reports
  Silence silence{};
  std::string_view name = rule_name(id);
};

/// Every rule, sorted by name.
std::span<const RuleInfo> all_rules();

/// The rule named `name`, or nullptr.
const RuleInfo* find_rule(std::string_view name);

/// The rule's `most explain` page: What it does / Why is this bad / Example / How to fix / How to
/// silence.
std::string rule_page(const RuleInfo& rule);

/// The registry's entry of `rule`.
const RuleInfo& rule_info(RuleId rule);

/// Runs every rule over `plan` and appends the findings (before severities and ignores apply).
void run_rules(const Plan& plan, const RuleContext& context, std::vector<Diagnostic>& out);

/// Runs the rules about changes (`target-changed`) over `context.changes`.
void run_change_rules(const Plan& plan, const RuleContext& context, std::vector<Diagnostic>& out);

/// Whether `rule` names a rule about changes between versions.
bool is_about_changes(std::string_view rule);

/// Applies configured severities and the plan's `ignore:` entries, drops what is off or
/// silenced, adds notes for expired ignores, and sorts the result.
void finalize_diagnostics(const Plan& plan, const Config& config, Date as_of,
                          std::vector<Diagnostic>& diagnostics);

/// Collects the findings of one rule, naming the item they concern: a rule never spells its
/// own name.
class Reporter {
public:
  Reporter(std::vector<Diagnostic>& out, const RuleInfo& rule) : out_(out), rule_(rule) {}

  /// Records a finding at the rule's default severity.
  void report(const ItemInfo& item, SourceLocation where, std::string message);

  /// Records a finding with an explicit severity (e.g. a milder variant).
  void report(Severity severity, const ItemInfo& item, SourceLocation where, std::string message);

  /// Records a finding that `fix` resolves (`most check --fix`, the editor's code actions).
  void report(const ItemInfo& item, SourceLocation where, std::string message, Fix fix);

private:
  std::vector<Diagnostic>& out_;
  const RuleInfo& rule_;
};

} // namespace most
