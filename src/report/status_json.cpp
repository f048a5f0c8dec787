// `most status --format json`: the stable shape of SPEC §2.

#include "json_writer.hpp"

#include <most/status.hpp>

#include <fmt/format.h>

#include <cmath>
#include <ostream>

namespace most {

namespace {

// A forecast figure as computed (SPEC §4.3: not rounded): the shortest text that reads back
// as the same double; `null` when missing or not finite.
void write_exact(std::ostream& out, std::optional<double> value) {
  if (!value || !std::isfinite(*value)) {
    out << "null";
  } else if (*value == std::floor(*value) && std::fabs(*value) < 1e15) {
    out << fmt::format("{}", static_cast<long long>(*value));
  } else {
    out << fmt::format("{}", *value);
  }
}

void write_forecast(std::ostream& out, const std::optional<Forecast>& forecast) {
  if (!forecast) {
    out << "null";
    return;
  }
  JsonObject object(out);
  write_exact(object.key("value"), forecast->value);
  write_exact(object.key("progress_pct"), forecast->progress_pct);
  object.date("reaches_target_on", forecast->reaches_target_on);
  write_exact(object.key("required_per_week"), forecast->required_per_week);
  object.integer("points", static_cast<long long>(forecast->points.size())).close();
}

void write_objective(std::ostream& out, const ObjectiveStatus& o) {
  JsonObject object(out);
  object.text("id", o.id)
      .text("statement", o.statement)
      .text_or_null("owner", o.owner)
      .integer("line", o.location.line)
      .date("deadline", o.deadline)
      .text("unit", o.unit)
      .number("baseline", o.baseline)
      .number("target", o.target)
      .number("current", o.current)
      .date("current_date", o.current_date)
      .number("progress_pct", one_decimal(o.progress_pct))
      .number("expected_pct", one_decimal(o.expected_pct))
      .text("state", state_name(o.state));
  write_forecast(object.key("forecast"), o.forecast);
  const TacticCounts& t = o.tactics;
  JsonObject(object.key("tactics"))
      .integer("todo", t.todo)
      .integer("doing", t.doing)
      .integer("done", t.done)
      .integer("blocked", t.blocked)
      .integer("dropped", t.dropped)
      .integer("overdue", t.overdue)
      .close();
  object.number("budget", o.budget);
  std::ostream& strategies = object.key("strategies") << '[';
  for (std::size_t i = 0; i < o.strategies.size(); ++i) {
    strategies << (i == 0 ? "" : ", ");
    JsonObject(strategies)
        .text("id", o.strategies[i].id)
        .text_or_null("owner", o.strategies[i].owner)
        .number("budget", o.strategies[i].budget)
        .close();
  }
  strategies << ']';
  std::ostream& milestones = object.key("milestones") << '[';
  for (std::size_t i = 0; i < o.milestones.size(); ++i) {
    const MilestoneStatus& m = o.milestones[i];
    milestones << (i == 0 ? "" : ", ");
    JsonObject(milestones)
        .text("name", m.name)
        .date("due", m.due)
        .boolean("done", m.done)
        .boolean("missed", m.missed)
        .close();
  }
  milestones << ']';
  object.close();
}

} // namespace

void render_status_json(std::ostream& out, const StatusReport& report) {
  out << "{\"as_of\": ";
  write_json_string(out, format_date(report.as_of));
  out << ",\n \"plans\": [";
  for (std::size_t p = 0; p < report.plans.size(); ++p) {
    const PlanStatus& plan = report.plans[p];
    out << (p == 0 ? "\n  " : ",\n  ") << "{\"file\": ";
    write_json_string(out, plan.file);
    out << ",\n   \"mission\": ";
    JsonObject(out)
        .text("statement", plan.statement)
        .text_or_null("owner", plan.owner)
        .date("start", plan.start)
        .date("deadline", plan.deadline)
        .number("elapsed_pct", one_decimal(plan.elapsed_pct))
        .close();
    out << ",\n   \"check_errors\": " << plan.check_errors << ", \"budget\": ";
    write_json_number(out, plan.budget);
    out << ",\n   \"objectives\": [";
    for (std::size_t i = 0; i < plan.objectives.size(); ++i) {
      out << (i == 0 ? "\n    " : ",\n    ");
      write_objective(out, plan.objectives[i]);
    }
    out << "]}";
  }
  out << "]}\n";
}

} // namespace most
