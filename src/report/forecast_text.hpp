#pragma once

// The forecast of an objective in words and the check-ins as a sparkline, shared by the text,
// Markdown and HTML status reports so each says the same thing. The text is plain and
// unescaped: each format escapes it its own way.

#include <most/status.hpp>

#include <string>

namespace most {

/// "forecast 571,000 EUR (75.8%) on 2026-12-31 · reaches the target on 2027-03-02 · needs
/// 7,600 EUR a week · 4 points"; empty when the objective has no metric.
std::string forecast_summary(const ObjectiveStatus& objective, Date as_of);

/// A value with thousands separators and its unit ("1,200,000 EUR", "6.4%"), in whole units
/// from 1,000 up.
std::string amount_with_unit(double value, const std::string& unit);

/// The baseline and the check-ins so far as block characters (▁▂▃▄▅▆▇█), lowest to highest;
/// empty with fewer than two values.
std::string sparkline(const ObjectiveStatus& objective);

} // namespace most
