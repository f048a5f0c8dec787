// Hover: what `most status` says about the objective under the cursor, who owns the tactic and
// when it is due, what a rule named in `ignore:` checks.

#include "features.hpp"
#include "plan_items.hpp"

#include <most/rules.hpp>
#include <most/status.hpp>

#include <fmt/format.h>

#include <cmath>

namespace most::lsp {

namespace {

// A metric value as people write it: whole numbers without decimals.
std::string number(double value) {
  if (std::isfinite(value) && std::abs(value) < 1e15 && value == std::round(value)) {
    return fmt::format("{:.0f}", value);
  }
  return fmt::format("{:.2f}", value);
}

std::string with_unit(double value, const std::string& unit) {
  return unit.empty() ? number(value) : fmt::format("{} {}", number(value), unit);
}

// "in 5 days", "today", "3 days late" for a day against the as-of day.
std::string days_left(Date day, Date as_of, bool open) {
  const int days = days_between(as_of, day);
  if (days == 0) {
    return "today";
  }
  if (days > 0) {
    return fmt::format("in {} day{}", days, days == 1 ? "" : "s");
  }
  return fmt::format("{} day{} {}", -days, days == -1 ? "" : "s", open ? "late" : "ago");
}

std::string objective_text(const Plan& plan, const Objective& objective, Date as_of) {
  const PlanStatus status = compute_status(plan, as_of);
  std::string text = fmt::format("**Objective {}**: {}\n\n", objective.info.id,
                                 objective.statement ? *objective.statement : std::string());
  for (const ObjectiveStatus& o : status.objectives) {
    if (o.id != objective.info.id) {
      continue;
    }
    text += fmt::format("- state: **{}**\n", state_name(o.state));
    text += fmt::format("- progress: {}, expected {}\n",
                        o.progress_pct ? fmt::format("{:.1f} %", *o.progress_pct) : "no data",
                        o.expected_pct ? fmt::format("{:.1f} %", *o.expected_pct) : "unknown");
    if (o.baseline && o.target) {
      text +=
          fmt::format("- {} → {}{}\n", with_unit(*o.baseline, o.unit), with_unit(*o.target, o.unit),
                      o.current ? fmt::format(", now {} ({})", with_unit(*o.current, o.unit),
                                              format_date(*o.current_date))
                                : std::string(", no check-in yet"));
    }
    if (o.deadline) {
      text += fmt::format("- deadline: {} ({})\n", format_date(*o.deadline),
                          days_left(*o.deadline, as_of, o.state != ObjectiveState::Achieved));
    }
    if (o.forecast && o.forecast->value) {
      text += fmt::format(
          "- forecast: {} at the deadline{}{}\n", with_unit(*o.forecast->value, o.unit),
          o.forecast->progress_pct ? fmt::format(" ({:.1f} %)", *o.forecast->progress_pct)
                                   : std::string(),
          o.forecast->reaches_target_on ? fmt::format(", reaches the target on {}",
                                                      format_date(*o.forecast->reaches_target_on))
                                        : std::string(", never reaches the target at this pace"));
    }
    const TacticCounts& t = o.tactics;
    text += fmt::format("- tactics: {} done, {} doing, {} todo, {} blocked, {} overdue\n", t.done,
                        t.doing, t.todo, t.blocked, t.overdue);
  }
  return text;
}

std::string tactic_text(const Plan& plan, const Tactic& tactic, Date as_of) {
  std::string text = fmt::format("**Tactic {}**: {}\n\n", tactic.info.id,
                                 tactic.action ? *tactic.action : std::string());
  if (tactic.owner) {
    const TeamMember* member = nullptr;
    for (const TeamMember& m : plan.team) {
      member = m.id == *tactic.owner ? &m : member;
    }
    if (member != nullptr) {
      text += fmt::format("- owner: {}{}{}\n", member->id,
                          member->name.empty() ? "" : " — " + member->name,
                          member->role.empty() ? "" : ", " + member->role);
    } else {
      text +=
          fmt::format("- owner: {}{}\n", *tactic.owner, plan.has_team ? " (not on the team)" : "");
    }
  } else {
    text += "- owner: none\n";
  }
  text += fmt::format("- status: {}\n", status_name(tactic.effective_status()));
  if (tactic.due) {
    text += fmt::format("- due: {} ({})\n", format_date(*tactic.due),
                        tactic.is_open() ? days_left(*tactic.due, as_of, true) : "closed");
  }
  if (tactic.budget) {
    text += fmt::format("- budget: {}\n", number(*tactic.budget));
  }
  return text;
}

std::string other_text(const Plan& plan, const ItemAt& item, Date as_of) {
  if (item.strategy != nullptr) {
    return fmt::format("**Strategy {}**: {}\n\n- tactics: {}\n", item.strategy->info.id,
                       item.strategy->statement ? *item.strategy->statement : std::string(),
                       item.strategy->tactics.size());
  }
  if (item.member != nullptr) {
    int open = 0;
    for_each_tactic(plan, [&](const Objective&, const Strategy&, const Tactic& tactic) {
      open += tactic.owner && *tactic.owner == item.member->id && tactic.is_open() ? 1 : 0;
    });
    return fmt::format("**{}**{}{}\n\n- open tactics: {}\n", item.member->id,
                       item.member->name.empty() ? "" : " — " + item.member->name,
                       item.member->role.empty() ? "" : ", " + item.member->role, open);
  }
  if (item.mission) {
    const PlanStatus status = compute_status(plan, as_of);
    return fmt::format("**Mission**: {}\n\n- {} → {}{}\n", status.statement,
                       status.start ? format_date(*status.start) : "?",
                       status.deadline ? format_date(*status.deadline) : "?",
                       status.elapsed_pct ? fmt::format(", {:.1f} % elapsed", *status.elapsed_pct)
                                          : std::string());
  }
  return {};
}

} // namespace

Json hover(const Document& document, Position at) {
  if (!document.analysis) {
    return nullptr;
  }
  const LineMap lines(document.text);
  const std::string_view line = lines.line(at.line);
  const std::size_t byte = lines.offset(at) - lines.line_start(at.line);
  std::string text;
  if (const RuleInfo* rule = find_rule(word_at(line, byte)); rule != nullptr) {
    text = fmt::format("**{}** ({} by default): {}\n\nSee `most explain {}`.", rule->name,
                       severity_name(rule->severity), rule->summary, rule->name);
  } else if (const Plan* plan = document.analysis->plan(); plan != nullptr) {
    const ItemAt item = item_at(*plan, static_cast<int>(at.line) + 1);
    const Date as_of = document.analysis->as_of;
    if (item.tactic != nullptr) {
      text = tactic_text(*plan, *item.tactic, as_of);
    } else if (item.objective != nullptr && item.strategy == nullptr) {
      text = objective_text(*plan, *item.objective, as_of);
    } else {
      text = other_text(*plan, item, as_of);
    }
  }
  if (text.empty()) {
    return nullptr;
  }
  return Json{{"contents", Json{{"kind", "markdown"}, {"value", text}}}};
}

} // namespace most::lsp
