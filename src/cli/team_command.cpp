// `most team`: who carries what across the plans given — a row per owner, most overdue first,
// or with `--owner` that person's every tactic.

#include "commands.hpp"

#include <most/team.hpp>

#include <ostream>

namespace most::cli {

namespace {

// "Due soon" without --within: the two weeks a weekly team meeting looks ahead.
constexpr int kDefaultWithinDays = 14;

} // namespace

int run_team(const ReportOptions& options, Streams io) {
  TeamOptions team;
  if (!resolve_as_of(options.as_of, team.as_of, io.err)) {
    return kFailure;
  }
  team.within_days = options.within >= 0 ? options.within : kDefaultWithinDays;
  team.owners = options.owners;
  CheckedPlans checked = check_plans(options, team.as_of, io);
  const bool failed = report_unloadable(checked, io.err);
  const std::vector<Plan> plans = take_loaded_plans(checked);
  if ((failed && plans.empty()) || !check_owners(options.owners, plans, io.err)) {
    return kFailure;
  }
  const TeamReport report = compute_team(plans, team);
  if (options.format == "json") {
    render_team_json(io.out, report);
  } else if (options.format == "markdown") {
    render_team_markdown(io.out, report);
  } else {
    render_team_text(io.out, report, use_color(options.color, io.terminal));
  }
  return failed ? kFailure : kSuccess;
}

} // namespace most::cli
