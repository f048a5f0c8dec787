#pragma once

// An objective's metric as every `most status` format writes it: baseline → current → target,
// then the unit. Formats differ only in how they write a number, a missing one and plan text.

#include <most/status.hpp>

#include <string>
#include <string_view>

namespace most {

/// How one format writes the metric line.
struct MetricStyle {
  std::string_view missing;                ///< a value the plan does not give
  std::string (*amount)(double);           ///< a number
  std::string (*escape)(std::string_view); ///< the unit, which is plan text
  bool percent_on_each = false;            ///< "%" on each number ("10% → 6%"), not once after
};

/// "1,200,000 → 1,250,000 → 1,320,000 EUR": baseline, current and target, then the unit
/// (other units than "%" once, after the last number).
std::string metric_line(const ObjectiveStatus& objective, const MetricStyle& style);

} // namespace most
