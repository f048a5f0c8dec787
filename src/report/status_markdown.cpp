// `most status` for pull-request comments and CI job summaries: headings and tables that
// render on GitHub and GitLab, and a Mermaid gantt chart of each plan.

#include "forecast_text.hpp"
#include "markup_text.hpp"
#include "metric_line.hpp"
#include "status_chart.hpp"

#include <most/status.hpp>
#include <most/wording.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

namespace most {

namespace {

// Tactics without a start are drawn as a week ending on their due day, so they stay visible.
constexpr int kDefaultTacticDays = 7;

std::string_view state_mark(ObjectiveState state) {
  switch (state) {
  case ObjectiveState::Achieved:
    return "✅";
  case ObjectiveState::OnTrack:
    return "🟢";
  case ObjectiveState::AtRisk:
    return "🟡";
  case ObjectiveState::OffTrack:
    return "🔴";
  case ObjectiveState::Missed:
    return "❌";
  case ObjectiveState::NoData:
    break;
  }
  return "⚪";
}

void write_mission(std::ostream& out, const PlanStatus& plan) {
  out << "## " << markdown_cell(plan.file) << "\n\n";
  if (!plan.statement.empty()) {
    out << "**Mission:** " << markdown_cell(plan.statement)
        << (plan.owner.empty() ? "" : " — owner " + markdown_cell(plan.owner)) << "\n\n";
  }
  out << "Span: " << markup_date(plan.start) << " → " << markup_date(plan.deadline);
  if (plan.elapsed_pct) {
    out << " · " << format_percent(plan.elapsed_pct) << " elapsed";
  }
  out << "\n\n";
  if (plan.check_errors > 0) {
    out << fmt::format("⚠ `most check` reports {} in this plan; figures are best effort\n\n",
                       count_of(static_cast<long long>(plan.check_errors), "error"));
  }
}

void write_objectives(std::ostream& out, const PlanStatus& plan) {
  if (plan.objectives.empty()) {
    out << "No objectives.\n\n";
    return;
  }
  out << "| ID | Objective | Owner | Deadline | Baseline → current → target | Progress | Expected "
         "| State | Tactics |\n";
  out << "|---|---|---|---|---|---:|---:|---|---|\n";
  for (const ObjectiveStatus& objective : plan.objectives) {
    out << "| " << markdown_cell(objective.id) << " | " << markdown_cell(objective.statement)
        << " | " << (objective.owner.empty() ? "—" : markdown_cell(objective.owner)) << " | "
        << markup_date(objective.deadline) << " | "
        << markup_metric(objective, &markdown_cell, &format_amount) << " | "
        << format_percent(objective.progress_pct) << " | " << format_percent(objective.expected_pct)
        << " | " << state_mark(objective.state) << ' ' << state_name(objective.state) << " | "
        << markup_tactics(objective.tactics, "**", "**") << " |\n";
  }
  out << '\n';
}

void write_milestones(std::ostream& out, const PlanStatus& plan) {
  const bool any = std::any_of(plan.objectives.begin(), plan.objectives.end(),
                               [](const ObjectiveStatus& o) { return !o.milestones.empty(); });
  if (!any) {
    return;
  }
  out << "### Milestones\n\n| Objective | Milestone | Due | Done |\n|---|---|---|---|\n";
  for (const ObjectiveStatus& objective : plan.objectives) {
    for (const MilestoneStatus& milestone : objective.milestones) {
      out << "| " << markdown_cell(objective.id) << " | " << markdown_cell(milestone.name) << " | "
          << markup_date(milestone.due) << " | "
          << (milestone.done ? "yes" : (milestone.missed ? "**no, missed**" : "no")) << " |\n";
    }
  }
  out << '\n';
}

// Where each objective with a metric is heading (SPEC §4.3), then its chart.
void write_forecasts(std::ostream& out, const PlanStatus& plan, Date as_of) {
  std::string rows;
  for (const ObjectiveStatus& objective : plan.objectives) {
    if (const std::string summary = forecast_summary(objective, as_of); !summary.empty()) {
      rows += "| " + markdown_cell(objective.id) + " | " + markdown_cell(summary) + " |\n";
    }
  }
  if (rows.empty()) {
    return;
  }
  out << "### Forecast\n\n| Objective | Where the line through the figures leads |\n|---|---|\n"
      << rows << '\n';
  for (const ObjectiveStatus& objective : plan.objectives) {
    if (chartable(objective, plan.start)) {
      out << "**" << markdown_cell(objective.id)
          << "** by month: bars are the latest figure known, lines the target, the pace from "
             "baseline to target"
          << (objective.forecast ? " and the forecast" : "") << ".\n\n";
      write_mermaid_chart(out, objective, plan.start, as_of);
    }
  }
}

// Who does what: every tactic with its owner, the overdue ones marked.
void write_tactics(std::ostream& out, const PlanStatus& plan) {
  std::string rows;
  std::string late;
  for (const ObjectiveStatus& objective : plan.objectives) {
    for (const StrategyStatus& strategy : objective.strategies) {
      for (const TacticSpan& tactic : strategy.tactics) {
        const std::string owner = tactic.owner.empty() ? "—" : markdown_cell(tactic.owner);
        rows += "| " + markdown_cell(tactic.id) + " | " + markdown_cell(tactic.action) + " | " +
                owner + " | " + markup_date(tactic.due) + " | " +
                (tactic.overdue ? "**overdue**, " : "") + std::string(status_name(tactic.status)) +
                " |\n";
        if (tactic.overdue) {
          late += "- **" + markdown_cell(tactic.id) + "** " + markdown_cell(tactic.action) + " — " +
                  owner + ", due " + markup_date(tactic.due) + "\n";
        }
      }
    }
  }
  if (!late.empty()) {
    out << "### Overdue tactics\n\n" << late << '\n';
  }
  if (!rows.empty()) {
    out << "### Tactics\n\n| ID | Tactic | Owner | Due | Status |\n|---|---|---|---|---|\n"
        << rows << '\n';
  }
}

void write_budget(std::ostream& out, const PlanStatus& plan) {
  if (plan.budget <= 0) {
    return;
  }
  out << "### Budget\n\n| Objective | Strategy | Budget |\n|---|---|---:|\n";
  for (const ObjectiveStatus& objective : plan.objectives) {
    for (const StrategyStatus& strategy : objective.strategies) {
      out << "| " << markdown_cell(objective.id) << " | " << markdown_cell(strategy.id) << ": "
          << markdown_cell(strategy.statement) << " | " << format_amount(strategy.budget) << " |\n";
    }
    out << "| **" << markdown_cell(objective.id) << "** | **total** | **"
        << format_amount(objective.budget) << "** |\n";
  }
  out << "| **plan** | **total** | **" << format_amount(plan.budget) << "** |\n\n";
}

std::string_view tactic_tags(const TacticSpan& tactic) {
  if (tactic.overdue) {
    return "crit, ";
  }
  switch (tactic.status) {
  case Status::Done:
    return "done, ";
  case Status::Doing:
    return "active, ";
  default:
    return "";
  }
}

void write_gantt(std::ostream& out, const PlanStatus& plan) {
  std::string body;
  for (const ObjectiveStatus& objective : plan.objectives) {
    std::string section;
    for (const StrategyStatus& strategy : objective.strategies) {
      for (const TacticSpan& tactic : strategy.tactics) {
        if (!tactic.due) {
          continue; // nothing to place on a time axis
        }
        Date start = tactic.start ? *tactic.start : add_days(*tactic.due, -kDefaultTacticDays);
        start = std::min(start, *tactic.due); // best effort for a start after the due day
        section += fmt::format("    {} :{}{}, {}\n", mermaid_task_name(tactic.id, tactic.action),
                               tactic_tags(tactic), format_date(start), format_date(*tactic.due));
      }
    }
    for (const MilestoneStatus& milestone : objective.milestones) {
      if (milestone.due) {
        section += fmt::format("    {} :milestone, {}{}, 0d\n",
                               mermaid_task_name(objective.id, milestone.name),
                               milestone.done ? "done, " : "", format_date(*milestone.due));
      }
    }
    if (objective.deadline) {
      section +=
          fmt::format("    {} :milestone, {}, 0d\n", mermaid_task_name(objective.id, "deadline"),
                      format_date(*objective.deadline));
    }
    if (!section.empty()) {
      body += "  section " + mermaid_name(objective.id + " " + objective.statement, 40) + "\n";
      body += section;
    }
  }
  if (body.empty()) {
    return; // an empty gantt block is a Mermaid error on GitHub
  }
  out << "```mermaid\ngantt\n";
  const std::string title = mermaid_name(plan.statement, 80);
  if (!title.empty()) {
    out << "  title " << title << '\n';
  }
  out << "  dateFormat YYYY-MM-DD\n  axisFormat %b %Y\n" << body << "```\n\n";
}

} // namespace

void render_status_markdown(std::ostream& out, const StatusReport& report) {
  out << "# Plan status as of " << format_date(report.as_of) << "\n\n";
  if (report.plans.empty()) {
    out << "No plans.\n";
    return;
  }
  for (const PlanStatus& plan : report.plans) {
    write_mission(out, plan);
    write_objectives(out, plan);
    write_forecasts(out, plan, report.as_of);
    write_milestones(out, plan);
    write_tactics(out, plan);
    write_budget(out, plan);
    write_gantt(out, plan);
  }
}

} // namespace most
