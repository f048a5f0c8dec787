// `most status` as one self-contained HTML page: inline CSS, an inline SVG timeline per plan,
// no scripts, fonts or other files to fetch, so it can be mailed, archived or printed as is.

#include "status_html.hpp"

#include "forecast_text.hpp"
#include "markup_text.hpp"
#include "metric_line.hpp"
#include "status_chart.hpp"
#include "status_svg.hpp"
#include "terminal_text.hpp"

#include <most/status.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <ostream>
#include <sstream>

namespace most {

// System fonts only: a web font would be an external asset, and the page must work offline.
const std::string_view kStatusStyle = R"(:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
  background: #ffffff; max-width: 1000px; margin: 2rem auto; padding: 0 1rem; }
header { border-bottom: 2px solid #d0d7de; margin-bottom: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; }
h3 { font-size: 1rem; margin-bottom: .25rem; }
.plan { margin-bottom: 2.5rem; }
.mission { font-size: 1.05rem; margin: .25rem 0; }
.span { color: #57606a; margin: .25rem 0; }
.elapsed { height: 10px; max-width: 480px; background: #eaeef2; border-radius: 5px;
  overflow: hidden; }
.elapsed > span { display: block; height: 100%; background: #0969da; }
.warning { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px;
  padding: .4rem .6rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #d0d7de; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.count { white-space: nowrap; }
.badge { display: inline-block; padding: 0 .5rem; border-radius: 1rem; font-size: .85em;
  font-weight: 600; color: #ffffff; white-space: nowrap; }
.state-achieved { background: #1a7f37; }
.state-on-track { background: #2da44e; }
.state-at-risk { background: #9a6700; }
.state-off-track { background: #cf222e; }
.state-no-data { background: #6e7781; }
.state-missed { background: #82071e; }
.late { color: #cf222e; font-weight: 600; }
figure { margin: 1rem 0; }
svg.timeline { max-width: 100%; height: auto; font-family: inherit; font-size: 11px; }
svg.chart { max-width: 100%; height: auto; font-family: inherit; font-size: 11px; }
.forecast { color: #57606a; margin: .25rem 0 .5rem; }
.owner { color: #57606a; }
.charts figcaption { font-weight: 600; }
@media print {
  body { max-width: none; margin: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .plan { break-before: page; }
  .plan:first-of-type { break-before: auto; }
  table, figure, tr { break-inside: avoid; }
}
)";

namespace {

void write_mission(std::ostream& out, const PlanStatus& plan) {
  out << "<h2>" << html_escape(plan.file) << "</h2>\n";
  if (!plan.statement.empty()) {
    out << "<p class=\"mission\"><strong>Mission:</strong> " << html_escape(plan.statement)
        << (plan.owner.empty()
                ? ""
                : " <span class=\"owner\">— owner " + html_escape(plan.owner) + "</span>")
        << "</p>\n";
  }
  out << "<p class=\"span\">" << markup_date(plan.start) << " → " << markup_date(plan.deadline);
  if (plan.elapsed_pct) {
    out << " · " << format_percent(plan.elapsed_pct) << " elapsed";
  }
  out << "</p>\n";
  if (plan.elapsed_pct) {
    const double width = std::clamp(*plan.elapsed_pct, 0.0, 100.0);
    out << fmt::format("<div class=\"elapsed\" role=\"img\" aria-label=\"{0} elapsed\">"
                       "<span style=\"width: {1:.1f}%\"></span></div>\n",
                       format_percent(plan.elapsed_pct), width);
  }
  if (plan.check_errors > 0) {
    out << fmt::format("<p class=\"warning\">⚠ <code>most check</code> reports {} in this "
                       "plan; figures are best effort</p>\n",
                       count_of(static_cast<long long>(plan.check_errors), "error"));
  }
}

void write_objectives(std::ostream& out, const PlanStatus& plan) {
  if (plan.objectives.empty()) {
    out << "<p>No objectives.</p>\n";
    return;
  }
  out << "<table "
         "class=\"objectives\">\n<thead><tr><th>ID</th><th>Objective</th><th>Owner</"
         "th><th>Deadline</th>"
         "<th>Baseline → current → target</th><th>Progress</th><th>Expected</th><th>State</th>"
         "<th>Tactics</th></tr></thead>\n<tbody>\n";
  for (const ObjectiveStatus& objective : plan.objectives) {
    const std::string_view state = state_name(objective.state);
    out << "<tr><td>" << html_escape(objective.id) << "</td><td>"
        << html_escape(objective.statement) << "</td><td>"
        << (objective.owner.empty() ? "—" : html_escape(objective.owner))
        << "</td><td class=\"num\">" << markup_date(objective.deadline) << "</td><td class=\"num\">"
        << markup_metric(objective, &html_escape, &grouped_amount) << "</td><td class=\"num\">"
        << format_percent(objective.progress_pct) << "</td><td class=\"num\">"
        << format_percent(objective.expected_pct) << "</td><td><span class=\"badge state-" << state
        << "\">" << state << "</span></td><td class=\"count\">"
        << markup_tactics(objective.tactics, "<span class=\"late\">", "</span>") << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

void write_milestones(std::ostream& out, const PlanStatus& plan) {
  const bool any = std::any_of(plan.objectives.begin(), plan.objectives.end(),
                               [](const ObjectiveStatus& o) { return !o.milestones.empty(); });
  if (!any) {
    return;
  }
  out << "<h3>Milestones</h3>\n<table class=\"milestones\">\n<thead><tr><th>Objective</th>"
         "<th>Milestone</th><th>Due</th><th>Done</th></tr></thead>\n<tbody>\n";
  for (const ObjectiveStatus& objective : plan.objectives) {
    for (const MilestoneStatus& milestone : objective.milestones) {
      out << "<tr><td>" << html_escape(objective.id) << "</td><td>" << html_escape(milestone.name)
          << "</td><td class=\"num\">" << markup_date(milestone.due) << "</td><td>"
          << (milestone.done ? "yes"
                             : (milestone.missed ? "<span class=\"late\">no, missed</span>" : "no"))
          << "</td></tr>\n";
    }
  }
  out << "</tbody>\n</table>\n";
}

// Where each objective with a metric is heading, in words and as a chart (SPEC §4.3).
void write_forecasts(std::ostream& out, const PlanStatus& plan, Date as_of) {
  std::string body;
  for (const ObjectiveStatus& objective : plan.objectives) {
    const std::string summary = forecast_summary(objective, as_of);
    if (summary.empty()) {
      continue;
    }
    std::ostringstream chart;
    write_svg_chart(chart, objective, plan.start, as_of);
    body += "<figure>\n<figcaption>" + html_escape(objective.id + " " + objective.statement) +
            "</figcaption>\n<p class=\"forecast\">" + html_escape(summary) + "</p>\n" +
            chart.str() + "</figure>\n";
  }
  if (!body.empty()) {
    out << "<h3>Forecast</h3>\n<div class=\"charts\">\n" << body << "</div>\n";
  }
}

// Who does what: every tactic with its owner; the overdue ones named first.
void write_tactics(std::ostream& out, const PlanStatus& plan) {
  std::string rows;
  std::string late;
  for (const ObjectiveStatus& objective : plan.objectives) {
    for (const StrategyStatus& strategy : objective.strategies) {
      for (const TacticSpan& tactic : strategy.tactics) {
        const std::string owner = tactic.owner.empty() ? "—" : html_escape(tactic.owner);
        rows += "<tr><td>" + html_escape(tactic.id) + "</td><td>" + html_escape(tactic.action) +
                "</td><td>" + owner + "</td><td class=\"num\">" + markup_date(tactic.due) +
                "</td><td>" +
                (tactic.overdue ? "<span class=\"late\">overdue</span>, " : std::string()) +
                std::string(status_name(tactic.status)) + "</td></tr>\n";
        if (tactic.overdue) {
          late += "<li><strong>" + html_escape(tactic.id) + "</strong> " +
                  html_escape(tactic.action) + " — " + owner + ", due " + markup_date(tactic.due) +
                  "</li>\n";
        }
      }
    }
  }
  if (!late.empty()) {
    out << "<h3>Overdue tactics</h3>\n<ul class=\"overdue\">\n" << late << "</ul>\n";
  }
  if (!rows.empty()) {
    out << "<h3>Tactics</h3>\n<table class=\"tactics\">\n<thead><tr><th>ID</th><th>Tactic</th>"
           "<th>Owner</th><th>Due</th><th>Status</th></tr></thead>\n<tbody>\n"
        << rows << "</tbody>\n</table>\n";
  }
}

void write_budget(std::ostream& out, const PlanStatus& plan) {
  if (plan.budget <= 0) {
    return;
  }
  out << "<h3>Budget</h3>\n<table class=\"budget\">\n<thead><tr><th>Objective</th>"
         "<th>Strategy</th><th>Budget</th></tr></thead>\n<tbody>\n";
  for (const ObjectiveStatus& objective : plan.objectives) {
    for (const StrategyStatus& strategy : objective.strategies) {
      out << "<tr><td>" << html_escape(objective.id) << "</td><td>" << html_escape(strategy.id)
          << ": " << html_escape(strategy.statement) << "</td><td class=\"num\">"
          << grouped_amount(strategy.budget) << "</td></tr>\n";
    }
    out << "<tr><th>" << html_escape(objective.id) << "</th><th>total</th><th class=\"num\">"
        << grouped_amount(objective.budget) << "</th></tr>\n";
  }
  out << "<tr><th>plan</th><th>total</th><th class=\"num\">" << grouped_amount(plan.budget)
      << "</th></tr>\n</tbody>\n</table>\n";
}

} // namespace

void write_html_head(std::ostream& out, std::string_view title, std::string_view extra_style) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"most\">\n"
      << "<title>" << html_escape(title) << "</title>\n<style>\n"
      << kStatusStyle << extra_style << "</style>\n</head>\n<body>\n";
}

void write_plan_section(std::ostream& out, const PlanStatus& plan, Date as_of) {
  out << "<section class=\"plan\">\n";
  write_mission(out, plan);
  write_objectives(out, plan);
  write_forecasts(out, plan, as_of);
  write_status_timeline(out, plan, as_of);
  write_milestones(out, plan);
  write_tactics(out, plan);
  write_budget(out, plan);
  out << "</section>\n";
}

void render_status_html(std::ostream& out, const StatusReport& report) {
  const std::string as_of = format_date(report.as_of);
  write_html_head(out, "Plan status as of " + as_of, "");
  out << "<header>\n<h1>Plan status</h1>\n<p>As of <time datetime=\"" << as_of << "\">" << as_of
      << "</time> · " << count_of(static_cast<long long>(report.plans.size()), "plan")
      << "</p>\n</header>\n";
  for (const PlanStatus& plan : report.plans) {
    write_plan_section(out, plan, report.as_of);
  }
  out << "</body>\n</html>\n";
}

} // namespace most
