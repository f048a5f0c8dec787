// `most status` for people: one table per plan, its objective column as wide as the terminal
// allows (in full when piped), with the metric, the check-ins as a sparkline and the forecast
// under each objective.

#include "forecast_text.hpp"
#include "metric_line.hpp"
#include "terminal_text.hpp"

#include <most/status.hpp>
#include <most/wording.hpp>

#include <fmt/format.h>

#include <cmath>
#include <limits>
#include <ostream>

namespace most {

namespace {

// The narrowest objective column worth drawing; a narrower terminal wraps instead.
constexpr std::size_t kMinObjectiveWidth = 20;
constexpr std::size_t kIndent = 9;

std::string pct(std::optional<double> value) {
  return value && std::isfinite(*value) ? fmt::format("{:.1f}%", *value) : std::string("-");
}

std::string metric(const ObjectiveStatus& o) {
  if (!o.baseline && !o.target) {
    return "";
  }
  return metric_line(o, MetricStyle{"?", &grouped_amount, &printable, false});
}

// Who answers for the objective and its strategies (SPEC §4.1), when the plan names them.
std::string owner_line(const ObjectiveStatus& o) {
  std::string strategies;
  for (const StrategyStatus& strategy : o.strategies) {
    if (!strategy.owner.empty()) {
      strategies +=
          (strategies.empty() ? "" : ", ") + strategy.id + " " + printable(strategy.owner);
    }
  }
  std::string line = o.owner.empty() ? "" : "owner " + printable(o.owner);
  if (!strategies.empty()) {
    line += (line.empty() ? "" : " · ") + std::string("strategy owners ") + strategies;
  }
  return line;
}

// Text cut to `width` characters, or whole when there is no limit.
std::string cut(std::string_view text, std::size_t width) {
  return width == 0 ? printable(text) : fit(text, std::max<std::size_t>(width, 1));
}

// What is left of `width` after `used` columns; 0 (no limit) stays 0.
std::size_t rest(std::size_t width, std::size_t used, std::size_t minimum = 1) {
  return width == 0 ? 0 : std::max(width > used ? width - used : 0, minimum);
}

void render_plan(std::ostream& out, const PlanStatus& plan, Date as_of, const TextLayout& layout) {
  const std::string_view bold = layout.color ? "\x1b[1m" : "";
  const std::string_view reset = layout.color ? "\x1b[0m" : "";
  const std::size_t width = layout.width;
  const std::string file = cut(plan.file, width == 0 ? 0 : std::max<std::size_t>(width / 2, 1));
  const std::size_t file_width = display_width(file);
  out << bold << file << reset << "  " << cut(plan.statement, rest(width, 2 + file_width)) << '\n';
  out << "mission " << (plan.start ? format_date(*plan.start) : "?") << " → "
      << (plan.deadline ? format_date(*plan.deadline) : "?") << ", " << pct(plan.elapsed_pct)
      << " elapsed";
  if (plan.budget > 0) {
    out << ", budget " << grouped_amount(plan.budget);
  }
  out << '\n';
  if (plan.check_errors > 0) {
    out << "note: 'most check' reports "
        << count_of(static_cast<long long>(plan.check_errors), "error")
        << " in this plan; figures are best effort\n";
  }
  out << '\n'
      << fmt::format("{:<8} {:<9} {:>8} {:>8} {:<10} {:>5} {:>4}  {}\n", "ID", "STATE", "PROGRESS",
                     "EXPECTED", "DEADLINE", "DONE", "LATE", "OBJECTIVE");
  constexpr std::size_t kFixed = 8 + 1 + 9 + 1 + 8 + 1 + 8 + 1 + 10 + 1 + 5 + 1 + 4 + 2;
  const std::string indent(kIndent, ' ');
  for (const ObjectiveStatus& o : plan.objectives) {
    const TacticCounts& t = o.tactics;
    const std::string state(state_name(o.state));
    out << fmt::format("{:<8} ", fit(o.id, 8)) << (layout.color ? state_color(o.state) : "")
        << fmt::format("{:<9}", state) << reset
        << fmt::format(" {:>8} {:>8} {:<10} {:>5} {:>4}  {}\n", pct(o.progress_pct),
                       pct(o.expected_pct), o.deadline ? format_date(*o.deadline) : "-",
                       fmt::format("{}/{}", t.done, t.total()), t.overdue,
                       cut(o.statement, rest(width, kFixed, kMinObjectiveWidth)));
    if (const std::string owners = owner_line(o); !owners.empty()) {
      out << indent << cut(owners, rest(width, kIndent)) << '\n';
    }
    if (std::string m = metric(o); !m.empty()) {
      if (const std::string spark = layout.utf8 ? sparkline(o) : ""; !spark.empty()) {
        m += "  " + spark;
      }
      out << indent << cut(m, rest(width, kIndent)) << '\n';
    }
    if (const std::string f = forecast_summary(o, as_of); !f.empty()) {
      out << indent << cut(f, rest(width, kIndent)) << '\n';
    }
    for (const MilestoneStatus& milestone : o.milestones) {
      out << indent << (milestone.done ? "✓ " : (milestone.missed ? "✗ " : "◇ "))
          << (milestone.due ? format_date(*milestone.due) : "?") << "  "
          << cut(milestone.name, rest(width, kIndent + 14))
          << (milestone.missed ? "  (missed)" : "") << '\n';
    }
  }
}

} // namespace

void render_status_text(std::ostream& out, const StatusReport& report, const TextLayout& layout) {
  out << "status as of " << format_date(report.as_of) << "\n\n";
  for (std::size_t i = 0; i < report.plans.size(); ++i) {
    if (i > 0) {
      out << '\n';
    }
    render_plan(out, report.plans[i], report.as_of, layout);
  }
}

void render_status_text(std::ostream& out, const StatusReport& report, bool color) {
  render_status_text(out, report, TextLayout{.color = color});
}

} // namespace most
