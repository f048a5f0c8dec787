#pragma once

// Tactic due dates and milestones as an iCalendar feed (RFC 5545), for `most calendar`.

#include <most/date.hpp>
#include <most/plan.hpp>

#include <ostream>
#include <span>
#include <string>
#include <vector>

namespace most {

/// What goes into the calendar.
struct CalendarOptions {
  /// Written as every event's DTSTAMP (midnight UTC), so the same plans on the same as-of day
  /// give byte-identical calendars.
  Date stamp;
  /// When not empty, only tactics of these owners, and no milestones (which have no owner).
  std::vector<std::string> owners;
};

/// One all-day VEVENT per tactic with a due day (dropped tactics left out) and per milestone,
/// with UIDs built from the plan's file name and the item's id, so re-importing the feed
/// updates events instead of duplicating them.
void render_calendar_ics(std::ostream& out, std::span<const Plan> plans,
                         const CalendarOptions& options);

} // namespace most
