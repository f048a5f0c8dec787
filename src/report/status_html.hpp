#pragma once

// The pieces of the HTML status page that `most site` shares: the page head with its style,
// and one plan's section (mission, objectives, charts, timeline, milestones, tactics, budget).

#include <most/status.hpp>

#include <ostream>
#include <string_view>

namespace most {

/// The status page's style sheet: system fonts, state badges, print rules.
extern const std::string_view kStatusStyle;

/// Writes the doctype, the head with `title` (escaped) and the style plus `extra_style`, and
/// opens the body.
void write_html_head(std::ostream& out, std::string_view title, std::string_view extra_style);

/// Writes one plan's section of the status page, with its charts as inline SVG.
void write_plan_section(std::ostream& out, const PlanStatus& plan, Date as_of);

} // namespace most
