// `most calendar`: the plans' tactic due days and milestones as one iCalendar feed.

#include "commands.hpp"

#include <most/calendar.hpp>
#include <most/suggest.hpp>

#include <fmt/format.h>

#include <ostream>
#include <set>

namespace most::cli {

// A personal feed or list for a name no plan knows would stay empty forever: most likely a
// typo.
bool check_owners(const std::vector<std::string>& owners, std::span<const Plan> plans,
                  std::ostream& err) {
  // Distinct names only: a plan of thousands of tactics has a handful of owners.
  std::set<std::string_view> known;
  for (const Plan& plan : plans) {
    for (const TeamMember& member : plan.team) {
      known.insert(member.id);
    }
    for_each_tactic(plan, [&](const Objective& /*objective*/, const Strategy& /*strategy*/,
                              const Tactic& tactic) {
      if (tactic.owner) {
        known.insert(*tactic.owner);
      }
    });
  }
  bool ok = true;
  for (const std::string& owner : owners) {
    if (!known.contains(owner)) {
      const std::vector<std::string_view> names(known.begin(), known.end());
      print_error(err, fmt::format("no plan has an owner or team member '{}'{}", owner,
                                   did_you_mean(owner, names)));
      ok = false;
    }
  }
  return ok;
}

int run_calendar(const ReportOptions& options, Streams io) {
  CalendarOptions calendar;
  calendar.owners = options.owners;
  if (!resolve_as_of(options.as_of, calendar.stamp, io.err)) {
    return kFailure;
  }
  CheckedPlans checked = check_plans(options, calendar.stamp, io);
  const bool failed = report_unloadable(checked, io.err);
  const std::vector<Plan> plans = take_loaded_plans(checked);
  if ((failed && plans.empty()) || !check_owners(options.owners, plans, io.err)) {
    return kFailure;
  }
  render_calendar_ics(io.out, plans, calendar);
  return failed ? kFailure : kSuccess;
}

} // namespace most::cli
