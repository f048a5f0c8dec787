#pragma once

// The commands of `most`, each a function from parsed options to an exit status.

#include "cli.hpp"

#include <most/date.hpp>
#include <most/edit.hpp>
#include <most/formats.hpp>
#include <most/inputs.hpp>
#include <most/plan.hpp>
#include <most/report.hpp>
#include <most/workspace.hpp>

#include <cassert>
#include <cstdint>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace most::cli {

/// Where a command reads and writes.
struct Streams {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  bool terminal = false; ///< `out` ends up on a terminal, so colour may be used
  /// When set, every regular plan file read is added here, so that `--output` never
  /// replaces a plan.
  std::vector<FileIdentity>* plans_read = nullptr;
  bool input_terminal = false; ///< `in` is a terminal: a person can answer questions
  /// The real standard output, unbuffered by --output: `most lsp` speaks on it as it goes.
  std::ostream* direct_out = nullptr;
};

/// Options of every command that reads plans: where they are, how they are read and checked.
struct PlanOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string as_of; ///< YYYY-MM-DD, empty for today
  std::string color = "auto";
  std::string config;
  std::string root;  ///< references may not lead outside it; empty: the plan's git work tree
  unsigned jobs = 0; ///< plans checked at once; 0: one per core
  std::uint64_t max_file_size = kMaxPlanBytes; ///< larger plan files are refused
};

/// Options of `most check`.
struct CheckOptions : PlanOptions {
  bool strict = false;
  bool quiet = false;
  bool fix = false;          ///< apply the safe fixes, then report what is left
  bool unsafe_fixes = false; ///< the unsafe fixes too (an owner's closest member)
  bool show_diff = false;    ///< print the fixes as a unified diff; write nothing
};

/// Options of `most status`, `most overdue`, `most team` and `most calendar`.
struct ReportOptions : PlanOptions {
  std::vector<std::string> owners; ///< overdue, team, calendar: only these owners
  int within = -1;        ///< overdue: also tactics due within this many days; team: -1 means 14
  bool exit_code = false; ///< overdue: exit 1 when anything is listed
  bool tree = false;      ///< status: objectives under the objectives they serve
};

/// Options of `most site`.
struct SiteOptions : ReportOptions {
  std::string folder; ///< `-o DIR`: where the site goes
};

/// Options of `most diff`.
struct DiffOptions : PlanOptions {
  std::string since;                ///< a git revision; empty for `most diff OLD NEW`
  std::vector<std::string> fail_on; ///< change kinds that make the command exit 1
};

/// Options of `most review`.
struct ReviewOptions : PlanOptions {
  std::string since; ///< the git revision the cycle starts at
};

/// Options of every command that edits a plan.
struct EditOptions {
  std::string file;
  std::string as_of;
  bool dry_run = false;
  std::uint64_t max_file_size = kMaxPlanBytes;
};

/// Options of `most checkin FILE OBJECTIVE VALUE`.
struct CheckinOptions : EditOptions {
  CheckinRequest request; ///< objective, note, replace, force
  std::string value;
  std::string date;
};

/// Options of `most done FILE TACTIC...`.
struct DoneOptions : EditOptions {
  std::vector<std::string> tactics;
  std::string on;
};

/// Options of `most set FILE ID KEY VALUE`.
struct SetOptions : EditOptions {
  std::string id;
  std::string key;
  std::string value;
};

/// Options of `most init`.
struct InitOptions {
  std::string file = "plan.yaml";
  std::string as_of;
  std::string schema; ///< the modeline's `$schema` reference; empty: the installed schema
};

/// Reads plans like read_inputs and records the regular files read in `io.plans_read`, so
/// that `--output` never replaces one of them.
Inputs read_plan_inputs(const std::vector<std::string>& paths, const Streams& io,
                        std::uint64_t max_bytes);

/// Reads the plans `options` name, finds each one's configuration, loads and checks them.
CheckedPlans check_plans(const PlanOptions& options, Date as_of, const Streams& io);

/// "cannot VERB 'NAME': LINE:COL: MESSAGE [RULE]": why a text is not a plan, from its first
/// finding.
std::string unloadable_reason(std::string_view verb, const std::string& name,
                              const std::vector<Diagnostic>& diagnostics);

/// Prints why each plan that could not be read as a plan gets no report; true if any
/// (the command then exits 2).
bool report_unloadable(const CheckedPlans& checked, std::ostream& err);

/// Whether every name in `owners` owns a tactic or is on a roster of `plans`; false after one
/// line per unknown name with the closest known one.
bool check_owners(const std::vector<std::string>& owners, std::span<const Plan> plans,
                  std::ostream& err);

/// `most team`: each owner's load across the plans, or their tactics with `--owner`.
int run_team(const ReportOptions& options, Streams io);

/// `most status`: where each plan stands.
int run_status(const ReportOptions& options, Streams io);

/// `most overdue`: tactics past due, grouped by owner.
int run_overdue(const ReportOptions& options, Streams io);

/// `most site`: the organisation as a static website in `options.folder`.
int run_site(const SiteOptions& options, Streams io);

/// `most check`: validates plans and reports findings.
int run_check(const CheckOptions& options, Streams io);

/// `most calendar`: tactic due days and milestones as iCalendar.
int run_calendar(const ReportOptions& options, Streams io);

/// `most diff`: what changed between two versions of plans.
int run_diff(const DiffOptions& options, Streams io);
/// `most review --since REV [FILE|DIR]...`: the cycle since REV per owner and per objective.
int run_review(const ReviewOptions& options, Streams io);

/// `most checkin`: records a measured value of an objective's metric.
int run_checkin(const CheckinOptions& options, Streams io);
/// `most done`: marks tactics done on a day.
int run_done(const DoneOptions& options, Streams io);
/// `most set`: changes one key of one item.
int run_set(const SetOptions& options, Streams io);
/// Options of `most lsp`.
struct LspCommandOptions {
  std::string as_of; ///< empty: the local date at each check
  std::uint64_t max_file_size = kMaxPlanBytes;
  bool stdio = false; ///< `--stdio`, which many clients pass; standard I/O is the only transport
};

/// `most lsp`: the language server on standard input and output until the client leaves.
int run_lsp(const LspCommandOptions& options, Streams io);

/// `most init`: writes a starter plan to `options.file` (`-`: standard output).
int run_init(const InitOptions& options, Streams io);

/// `most schema`: the plan format as JSON Schema.
int run_schema(Streams io);

/// `most rules`: lists every rule.
int run_rules_list(const std::string& format, Streams io);

/// `most explain RULE`: prints a rule's page.
int run_explain(const std::string& name, Streams io);

/// Parses `--as-of` (empty means today); false after writing a one-line error.
bool resolve_as_of(const std::string& text, Date& day, std::ostream& err);

/// Whether to colour output: `always`, `never`, or `auto` (a terminal and no NO_COLOR).
bool use_color(const std::string& mode, bool terminal);

/// The format called `name` in a view's table; `--format` lets through only the table's names.
template <class... View>
const Format<View...>& chosen_format(std::span<const Format<View...>> formats,
                                     std::string_view name) {
  const Format<View...>* format = find_format(formats, name);
  assert(format != nullptr && "--format takes its values from the same table");
  return *format;
}

/// Writes "most: error: MESSAGE" as one line.
void print_error(std::ostream& err, const std::string& message);

} // namespace most::cli
