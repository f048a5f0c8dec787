// `most status` for people: one compact table per plan that fits 100 columns.

#include "metric_line.hpp"
#include "terminal_text.hpp"

#include <most/status.hpp>
#include <most/wording.hpp>

#include <fmt/format.h>

#include <cmath>
#include <ostream>

namespace most {

namespace {

constexpr std::size_t kWidth = 100;

std::string pct(std::optional<double> value) {
  return value ? fmt::format("{:.1f}%", *value) : std::string("-");
}

std::string metric(const ObjectiveStatus& o) {
  if (!o.baseline && !o.target) {
    return "";
  }
  return metric_line(o, MetricStyle{"?", &grouped_amount, &printable, false});
}

void render_plan(std::ostream& out, const PlanStatus& plan, bool color) {
  const std::string_view bold = color ? "\x1b[1m" : "";
  const std::string_view reset = color ? "\x1b[0m" : "";
  const std::string file = fit(plan.file, kWidth / 2);
  const std::size_t file_width = display_width(file);
  out << bold << file << reset << "  " << fit(plan.statement, kWidth - 2 - file_width) << '\n';
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
  for (const ObjectiveStatus& o : plan.objectives) {
    const TacticCounts& t = o.tactics;
    const std::string state(state_name(o.state));
    out << fmt::format("{:<8} ", fit(o.id, 8)) << (color ? state_color(o.state) : "")
        << fmt::format("{:<9}", state) << reset
        << fmt::format(" {:>8} {:>8} {:<10} {:>5} {:>4}  {}\n", pct(o.progress_pct),
                       pct(o.expected_pct), o.deadline ? format_date(*o.deadline) : "-",
                       fmt::format("{}/{}", t.done, t.total()), t.overdue,
                       fit(o.statement, kWidth - kFixed));
    if (const std::string m = metric(o); !m.empty()) {
      out << std::string(9, ' ') << fit(m, kWidth - 9) << '\n';
    }
    for (const MilestoneStatus& milestone : o.milestones) {
      out << std::string(9, ' ') << (milestone.done ? "✓ " : "◇ ")
          << (milestone.due ? format_date(*milestone.due) : "?") << "  "
          << fit(milestone.name, kWidth - 23) << '\n';
    }
  }
}

} // namespace

void render_status_text(std::ostream& out, const StatusReport& report, bool color) {
  out << "status as of " << format_date(report.as_of) << "\n\n";
  for (std::size_t i = 0; i < report.plans.size(); ++i) {
    if (i > 0) {
      out << '\n';
    }
    render_plan(out, report.plans[i], color);
  }
}

} // namespace most
