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
  chosen_format(team_formats(), options.format)
      .render(io.out, TextStyle{.color = use_color(options.color, io.terminal)}, report);
  return failed ? kFailure : kSuccess;
}

} // namespace most::cli
