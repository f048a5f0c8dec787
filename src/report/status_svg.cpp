// The inline SVG timeline of `most status --format html`. Positions are rounded to one decimal
// and nothing depends on the clock or the locale, so the same plan always draws the same bytes.

#include "status_svg.hpp"

#include "markup_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace most {

namespace {

constexpr int kWidth = 960;
constexpr double kChartLeft = 230;
constexpr double kChartRight = 940;
constexpr int kAxisTop = 22;
constexpr int kObjectiveRow = 22;
constexpr int kTacticRow = 16;
// A tactic without a start is drawn as its last week, like the Mermaid chart of the Markdown.
constexpr int kDefaultTacticDays = 7;
constexpr std::size_t kLabelBytes = 36;

constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

struct Palette {
  std::string_view name;
  std::string_view fill;
};

// Distinct in hue and in lightness, so the chart still reads in greyscale print.
constexpr std::array<Palette, 6> kTacticColors = {{{"done", "#2e7d32"},
                                                   {"doing", "#1e88e5"},
                                                   {"todo", "#90a4ae"},
                                                   {"blocked", "#f9a825"},
                                                   {"dropped", "#bcaaa4"},
                                                   {"overdue", "#c62828"}}};

std::string_view tactic_fill(const TacticSpan& tactic) {
  const std::string_view key = tactic.overdue ? "overdue" : status_name(tactic.status);
  for (const Palette& entry : kTacticColors) {
    if (entry.name == key) {
      return entry.fill;
    }
  }
  return "#90a4ae";
}

// Maps days to x positions over [first, last] (the deadline day included in the span).
class TimeScale {
public:
  TimeScale(Date first, Date last)
      : first_(first), days_(std::max(1, days_between(first, add_days(last, 1)))) {}

  double x(Date day) const {
    const int offset = std::clamp(days_between(first_, day), 0, days_);
    return kChartLeft + (kChartRight - kChartLeft) * offset / days_;
  }

  Date first() const { return first_; }
  Date end() const { return add_days(first_, days_); }

private:
  Date first_;
  int days_;
};

std::string num(double value) { return fmt::format("{:.1f}", value); }

// The span to draw: the mission's, or (best effort for a plan missing those dates) the span of
// every date the plan names.
std::optional<std::pair<Date, Date>> time_span(const PlanStatus& plan) {
  if (plan.start && plan.deadline && *plan.start <= *plan.deadline) {
    return std::pair{*plan.start, *plan.deadline};
  }
  std::optional<Date> low;
  std::optional<Date> high;
  const auto take = [&](const std::optional<Date>& day) {
    if (day) {
      low = low ? std::min(*low, *day) : *day;
      high = high ? std::max(*high, *day) : *day;
    }
  };
  take(plan.start);
  take(plan.deadline);
  for (const ObjectiveStatus& objective : plan.objectives) {
    take(objective.deadline);
    for (const MilestoneStatus& milestone : objective.milestones) {
      take(milestone.due);
    }
    for (const StrategyStatus& strategy : objective.strategies) {
      for (const TacticSpan& tactic : strategy.tactics) {
        take(tactic.start);
        take(tactic.due);
      }
    }
  }
  if (!low) {
    return std::nullopt;
  }
  return std::pair{*low, *high};
}

void write_month_ticks(std::ostream& out, const TimeScale& scale, int bottom) {
  using namespace std::chrono;
  year_month month{scale.first().year(), scale.first().month()};
  if (scale.first().day() != day{1}) {
    month += months{1};
  }
  int count = 0;
  for (year_month m = month; Date{m / 1} < scale.end(); m += months{1}) {
    ++count;
  }
  const int step = std::max(1, (count + 11) / 12); // at most about twelve labels
  int index = 0;
  for (year_month m = month; Date{m / 1} < scale.end(); m += months{1}, ++index) {
    if (index % step != 0) {
      continue;
    }
    const double x = scale.x(Date{m / 1});
    const auto month_index = static_cast<unsigned>(m.month()) - 1;
    std::string label(kMonths.at(month_index));
    if (index == 0 || m.month() == January) {
      label += fmt::format(" {}", static_cast<int>(m.year()));
    }
    out << fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#d0d7de\"/>\n",
                       num(x), kAxisTop - 4, bottom);
    out << fmt::format("<text x=\"{}\" y=\"14\">{}</text>\n", num(x + 3), label);
  }
}

void write_label(std::ostream& out, double x, int y, std::string_view text, bool bold) {
  out << fmt::format("<text x=\"{}\" y=\"{}\"{}>{}</text>\n", num(x), y,
                     bold ? " font-weight=\"600\"" : "",
                     html_escape(truncate_utf8(text, kLabelBytes)));
}

void write_tactic(std::ostream& out, const TimeScale& scale, const TacticSpan& tactic, int y) {
  out << "<g>";
  out << "<title>"
      << html_escape(fmt::format("{} {} — {} — {}{} → {} — {}{}", tactic.id, tactic.action,
                                 tactic.owner.empty() ? "(no owner)" : tactic.owner,
                                 tactic.start ? "" : "start not set",
                                 tactic.start ? format_date(*tactic.start) : "",
                                 tactic.due ? format_date(*tactic.due) : "no due date",
                                 status_name(tactic.status), tactic.overdue ? ", overdue" : ""))
      << "</title>\n";
  write_label(out, 20, y + 12, tactic.id + " " + tactic.action, false);
  if (tactic.due) {
    const Date start = std::min(
        tactic.start ? *tactic.start : add_days(*tactic.due, -kDefaultTacticDays), *tactic.due);
    const double x0 = scale.x(start);
    const double x1 = std::max(scale.x(add_days(*tactic.due, 1)), x0 + 2);
    out << fmt::format(R"(<rect x="{}" y="{}" width="{}" height="10" rx="2" fill="{}"/>)", num(x0),
                       y + 3, num(x1 - x0), tactic_fill(tactic));
  }
  out << "</g>\n";
}

void write_milestone(std::ostream& out, const TimeScale& scale, const MilestoneStatus& milestone,
                     int mid) {
  if (!milestone.due) {
    return;
  }
  const double x = scale.x(*milestone.due);
  out << "<g><title>"
      << html_escape(fmt::format("Milestone: {} — {} — {}", milestone.name,
                                 format_date(*milestone.due), milestone.done ? "done" : "open"))
      << "</title>";
  out << fmt::format("<polygon points=\"{0},{1} {2},{3} {0},{4} {5},{3}\" fill=\"{6}\" "
                     "stroke=\"#37474f\" stroke-width=\"1.5\"/></g>\n",
                     num(x), mid - 6, num(x + 6), mid, mid + 6, num(x - 6),
                     milestone.done ? "#37474f" : "#ffffff");
}

void write_objective(std::ostream& out, const TimeScale& scale, const ObjectiveStatus& objective,
                     int top, int height, bool shaded) {
  if (shaded) {
    out << fmt::format("<rect x=\"0\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#f6f8fa\"/>\n",
                       top, kWidth, height);
  }
  out << "<g><title>" << html_escape(objective.id + " " + objective.statement) << "</title>\n";
  write_label(out, 8, top + 15, objective.id + " " + objective.statement, true);
  out << "</g>\n";
  int y = top + kObjectiveRow;
  for (const StrategyStatus& strategy : objective.strategies) {
    for (const TacticSpan& tactic : strategy.tactics) {
      write_tactic(out, scale, tactic, y);
      y += kTacticRow;
    }
  }
  if (objective.deadline) {
    const double x = scale.x(add_days(*objective.deadline, 1));
    out << "<g><title>"
        << html_escape(
               fmt::format("{} deadline {}", objective.id, format_date(*objective.deadline)))
        << "</title>";
    out << fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#37474f\" "
                       "stroke-width=\"2\"/><polygon points=\"{0},{1} {3},{1} {0},{4}\" "
                       "fill=\"#37474f\"/></g>\n",
                       num(x), top + 3, top + height - 2, num(x - 7), top + 10);
  }
  for (const MilestoneStatus& milestone : objective.milestones) {
    write_milestone(out, scale, milestone, top + kObjectiveRow / 2);
  }
}

void write_legend(std::ostream& out, int y) {
  double x = 8;
  for (const Palette& entry : kTacticColors) {
    out << fmt::format("<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"10\" rx=\"2\" fill=\"{}\"/>"
                       "<text x=\"{}\" y=\"{}\">{}</text>\n",
                       num(x), y, entry.fill, num(x + 19), y + 9, entry.name);
    x += 90;
  }
  out << fmt::format("<polygon points=\"{0},{1} {2},{3} {0},{4} {5},{3}\" fill=\"#37474f\"/>"
                     "<text x=\"{6}\" y=\"{7}\">milestone</text>\n",
                     num(x + 6), y - 1, num(x + 12), y + 5, y + 11, num(x), num(x + 19), y + 9);
  x += 90;
  out << fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#37474f\" "
                     "stroke-width=\"2\"/><text x=\"{3}\" y=\"{4}\">deadline</text>\n",
                     num(x + 6), y - 1, y + 11, num(x + 19), y + 9);
  x += 90;
  out << fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#8e24aa\" "
                     "stroke-width=\"2\" stroke-dasharray=\"4 3\"/>"
                     "<text x=\"{3}\" y=\"{4}\">as of (today)</text>\n",
                     num(x + 6), y - 1, y + 11, num(x + 19), y + 9);
}

} // namespace

void write_status_timeline(std::ostream& out, const PlanStatus& plan, Date as_of) {
  const auto span = time_span(plan);
  if (!span) {
    return;
  }
  const TimeScale scale(span->first, span->second);

  std::vector<int> heights;
  int rows_bottom = kAxisTop + 22; // axis labels, then the mission band
  for (const ObjectiveStatus& objective : plan.objectives) {
    int tactics = 0;
    for (const StrategyStatus& strategy : objective.strategies) {
      tactics += static_cast<int>(strategy.tactics.size());
    }
    heights.push_back(kObjectiveRow + tactics * kTacticRow + 4);
    rows_bottom += heights.back();
  }
  const int height = rows_bottom + 52; // the as-of label and the legend

  out << "<figure>\n";
  out << fmt::format("<svg class=\"timeline\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
                     "role=\"img\" aria-label=\"Timeline of {2}\">\n",
                     kWidth, height, html_escape(plan.file));
  write_month_ticks(out, scale, rows_bottom);

  // The mission band.
  const double band_end = scale.x(add_days(span->second, 1));
  out << "<g><title>"
      << html_escape(fmt::format("Mission: {} — {} → {}", plan.statement, format_date(span->first),
                                 format_date(span->second)))
      << "</title>";
  out << fmt::format(R"(<text x="8" y="{}" font-weight="600">Mission</text>)", kAxisTop + 13);
  out << fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"14\" rx=\"3\" "
                     "fill=\"#bbdefb\" stroke=\"#64b5f6\"/></g>\n",
                     num(kChartLeft), kAxisTop + 2, num(band_end - kChartLeft));

  int top = kAxisTop + 22;
  for (std::size_t i = 0; i < plan.objectives.size(); ++i) {
    write_objective(out, scale, plan.objectives[i], top, heights[i], i % 2 == 0);
    top += heights[i];
  }

  // The as-of line; a day outside the span is pinned to the nearer edge, and its label says so.
  const double x = scale.x(as_of);
  const bool past_end = as_of >= scale.end();
  const bool before_start = as_of < scale.first();
  const std::string label = fmt::format("{}as of {}{}", before_start ? "← " : "",
                                        format_date(as_of), past_end ? " →" : "");
  out << fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#8e24aa\" "
                     "stroke-width=\"2\" stroke-dasharray=\"4 3\"/>\n",
                     num(x), kAxisTop - 4, rows_bottom + 4);
  out << fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\" fill=\"#8e24aa\" "
                     "font-weight=\"600\">{}</text>\n",
                     num(x), rows_bottom + 17, x > (kChartLeft + kChartRight) / 2 ? "end" : "start",
                     label);

  write_legend(out, rows_bottom + 32);
  out << "</svg>\n</figure>\n";
}

} // namespace most
