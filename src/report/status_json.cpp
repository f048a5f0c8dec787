// `most status --format json` and `most overdue --format json`: the stable shapes of SPEC §2.

#include "report/json_writer.hpp"

#include <most/status.hpp>

#include <cmath>
#include <ostream>

namespace most {

namespace {

// Percentages are shown to one decimal, as people read them.
void write_pct(std::ostream& out, std::optional<double> value) {
  if (!value) {
    out << "null";
  } else {
    write_json_number(out, std::round(*value * 10) / 10);
  }
}

void write_objective(std::ostream& out, const ObjectiveStatus& o) {
  out << "{\"id\": ";
  write_json_string(out, o.id);
  out << ", \"statement\": ";
  write_json_string(out, o.statement);
  out << ", \"line\": " << o.location.line << ", \"deadline\": ";
  write_json_date(out, o.deadline);
  out << ", \"unit\": ";
  write_json_string(out, o.unit);
  out << ", \"baseline\": ";
  write_json_number(out, o.baseline);
  out << ", \"target\": ";
  write_json_number(out, o.target);
  out << ", \"current\": ";
  write_json_number(out, o.current);
  out << ", \"progress_pct\": ";
  write_pct(out, o.progress_pct);
  out << ", \"expected_pct\": ";
  write_pct(out, o.expected_pct);
  out << ", \"state\": ";
  write_json_string(out, state_name(o.state));
  const TacticCounts& t = o.tactics;
  out << ", \"tactics\": {\"todo\": " << t.todo << ", \"doing\": " << t.doing
      << ", \"done\": " << t.done << ", \"blocked\": " << t.blocked
      << ", \"dropped\": " << t.dropped << ", \"overdue\": " << t.overdue << "}";
  out << ", \"budget\": ";
  write_json_number(out, o.budget);
  out << ", \"strategies\": [";
  for (std::size_t i = 0; i < o.strategies.size(); ++i) {
    out << (i == 0 ? "" : ", ") << "{\"id\": ";
    write_json_string(out, o.strategies[i].id);
    out << ", \"budget\": ";
    write_json_number(out, o.strategies[i].budget);
    out << "}";
  }
  out << "], \"milestones\": [";
  for (std::size_t i = 0; i < o.milestones.size(); ++i) {
    out << (i == 0 ? "" : ", ") << "{\"name\": ";
    write_json_string(out, o.milestones[i].name);
    out << ", \"due\": ";
    write_json_date(out, o.milestones[i].due);
    out << ", \"done\": " << (o.milestones[i].done ? "true" : "false") << "}";
  }
  out << "]}";
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
    out << ",\n   \"mission\": {\"statement\": ";
    write_json_string(out, plan.statement);
    out << ", \"start\": ";
    write_json_date(out, plan.start);
    out << ", \"deadline\": ";
    write_json_date(out, plan.deadline);
    out << ", \"elapsed_pct\": ";
    write_pct(out, plan.elapsed_pct);
    out << "},\n   \"check_errors\": " << plan.check_errors << ", \"budget\": ";
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
