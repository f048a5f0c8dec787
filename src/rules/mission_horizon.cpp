// mission-horizon: a mission should look 6 to 12 months ahead.

#include "checks.hpp"

#include <most/wording.hpp>

#include <fmt/format.h>

namespace most {

const std::string_view kMissionHorizonDoc = R"(What it does
  Checks that the mission spans at least 6 and at most 12 calendar months,
  from `start` to `deadline` with the deadline day included:

    start + 6 months <= deadline + 1 day <= start + 12 months

  Adding months keeps the day of the month, clamped to the month's end. So
  2026-01-01 to 2026-06-30 is exactly 6 months, 2026-01-01 to 2026-12-31
  exactly 12, and 2026-01-01 to 2027-01-01 is one day too long.

Why is this bad
  A mission is where the team wants to be in 6 to 12 months. A shorter one is
  really an objective; a longer one is too far away to plan tactics for, and
  progress against it cannot be judged within a year.

Example
  mission:
    statement: To be one of the top five dealers in the region
    start: 2026-01-01
    deadline: 2026-04-30        # 4 months

How to fix
  Move the `deadline` so the mission spans 6 to 12 months. Split a longer
  ambition into successive yearly plans; fold a shorter one into an objective
  of a longer mission.

)";

namespace {

// "5 months and 29 days", "12 months and 1 day", "13 months".
std::string describe_length(Date start, Date end_exclusive) {
  int months = (static_cast<int>(end_exclusive.year()) - static_cast<int>(start.year())) * 12 +
               (static_cast<int>(static_cast<unsigned>(end_exclusive.month())) -
                static_cast<int>(static_cast<unsigned>(start.month())));
  while (months > 0 && add_months(start, months) > end_exclusive) {
    --months;
  }
  const int days = days_between(add_months(start, months), end_exclusive);
  if (months == 0) {
    return count_of(days, "day");
  }
  if (days == 0) {
    return count_of(months, "month");
  }
  return fmt::format("{} and {}", count_of(months, "month"), count_of(days, "day"));
}

} // namespace

void check_mission_horizon(const Plan& plan, const RuleContext& /*context*/, Reporter& out) {
  const Mission& mission = plan.mission;
  // A deadline before the start is a date-order finding; its "length" would mean nothing.
  if (!mission.start || !mission.deadline || *mission.deadline < *mission.start) {
    return;
  }
  const Date start = *mission.start;
  const Date end_exclusive = add_days(*mission.deadline, 1);
  if (add_months(start, 6) <= end_exclusive && end_exclusive <= add_months(start, 12)) {
    return;
  }
  out.report(mission.info, mission.deadline.location,
             fmt::format("the mission runs {} ({} to {}); a mission should span 6 to 12 months, "
                         "so move its deadline",
                         describe_length(start, end_exclusive), format_date(start),
                         format_date(*mission.deadline)));
}

} // namespace most
