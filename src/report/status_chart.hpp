#pragma once

// The chart of one objective's metric over time, for the Markdown (Mermaid `xychart-beta`)
// and HTML (inline SVG) status reports: baseline and target, the pace line, the check-ins,
// the forecast to the deadline and the as-of day.

#include <most/status.hpp>

#include <optional>
#include <ostream>

namespace most {

/// Whether `objective` can be charted: a metric with baseline and target, a deadline after
/// `start`, and only finite figures of a size a chart can print.
bool chartable(const ObjectiveStatus& objective, std::optional<Date> start);

/// Writes a fenced ```mermaid block with an `xychart-beta` of the objective by month: bars for
/// the latest figure known at each month's end up to the as-of day (Mermaid draws a shorter
/// bar series over the first months), lines for the target, the pace from baseline to target,
/// and the forecast. Nothing when not chartable.
void write_mermaid_chart(std::ostream& out, const ObjectiveStatus& objective,
                         std::optional<Date> start, Date as_of);

/// Writes an inline SVG chart of the objective on a time axis from `start` to its deadline:
/// baseline and target lines, the pace line, check-ins as points, the forecast dashed to the
/// deadline and the as-of day. Nothing when not chartable.
void write_svg_chart(std::ostream& out, const ObjectiveStatus& objective, std::optional<Date> start,
                     Date as_of);

} // namespace most
