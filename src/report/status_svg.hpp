#pragma once

// The timeline chart of the HTML status page, kept apart from the page around it.

#include <most/status.hpp>

#include <ostream>

namespace most {

/// Writes one plan's timeline as an inline SVG of fixed width: month ticks, the mission span,
/// a row per objective with its deadline and milestones, a bar per tactic coloured by status,
/// the as-of day as a line, and a legend. Writes nothing when the plan has no dates to place.
void write_status_timeline(std::ostream& out, const PlanStatus& plan, Date as_of);

} // namespace most
