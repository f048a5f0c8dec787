#pragma once

// An objective's figures as the `most status` formats write them: the metric line (baseline →
// current → target, then the unit), which formats differ on only in how they write a number, a
// missing one and plan text; and the cells the two markup formats (Markdown, HTML) share.

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

/// The metric cell of the markup formats: "—" when the plan gives no baseline, current or
/// target, else the line with "%" on each number, numbers written by `amount` and the unit by
/// `escape`.
std::string markup_metric(const ObjectiveStatus& objective, std::string (*escape)(std::string_view),
                          std::string (*amount)(double));

/// The tactics cell of the markup formats: "4/7 done", then ", 2 overdue" between the format's
/// emphasis marks `open` and `close` when any are.
std::string markup_tactics(const TacticCounts& counts, std::string_view open,
                           std::string_view close);

} // namespace most
