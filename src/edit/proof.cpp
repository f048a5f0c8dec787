#include "proof.hpp"

#include <most/diff.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

namespace most::edit {

namespace {

template <class T> bool same(const Field<T>& a, const Field<T>& b) {
  return a.value == b.value && a.written == b.written;
}

bool same(const Ignore& a, const Ignore& b) {
  return a.rule == b.rule && a.reason == b.reason && a.until == b.until;
}

bool same(const ItemInfo& a, const ItemInfo& b) {
  return a.id == b.id && a.explicit_id == b.explicit_id &&
         std::equal(a.ignores.begin(), a.ignores.end(), b.ignores.begin(), b.ignores.end(),
                    [](const Ignore& x, const Ignore& y) { return same(x, y); });
}

bool same(const Reference& a, const Reference& b) { return a.text == b.text; }

bool same(const Tactic& a, const Tactic& b) {
  return same(a.info, b.info) && same(a.action, b.action) && same(a.owner, b.owner) &&
         same(a.due, b.due) && same(a.start, b.start) && same(a.status, b.status) &&
         same(a.done_on, b.done_on) && same(a.budget, b.budget) && a.resources == b.resources &&
         a.notes == b.notes;
}

bool same(const Strategy& a, const Strategy& b) {
  return same(a.info, b.info) && same(a.statement, b.statement) && same(a.owner, b.owner) &&
         std::equal(a.tactics.begin(), a.tactics.end(), b.tactics.begin(), b.tactics.end(),
                    [](const Tactic& x, const Tactic& y) { return same(x, y); });
}

bool same(const Metric& a, const Metric& b) {
  return same(a.name, b.name) && same(a.unit, b.unit) && same(a.baseline, b.baseline) &&
         same(a.target, b.target);
}

bool same(const Checkin& a, const Checkin& b) {
  return same(a.date, b.date) && same(a.value, b.value) && a.note == b.note;
}

bool same(const Milestone& a, const Milestone& b) {
  return same(a.name, b.name) && same(a.due, b.due) && a.done == b.done;
}

bool same(const Objective& a, const Objective& b);
bool same(const TeamMember& a, const TeamMember& b);

template <class T> bool same_list(const std::vector<T>& a, const std::vector<T>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const T& x, const T& y) { return same(x, y); });
}

bool same(const Objective& a, const Objective& b) {
  const bool metrics = a.metric.has_value() == b.metric.has_value() &&
                       (!a.metric.has_value() || same(*a.metric, *b.metric));
  return same(a.info, b.info) && same(a.statement, b.statement) && same(a.owner, b.owner) &&
         same(a.deadline, b.deadline) && metrics && same_list(a.checkins, b.checkins) &&
         same_list(a.milestones, b.milestones) && same_list(a.strategies, b.strategies) &&
         same_list(a.aligns_with, b.aligns_with);
}

bool same(const TeamMember& a, const TeamMember& b) {
  return a.id == b.id && a.name == b.name && a.role == b.role;
}

using FindingKey = std::tuple<std::string, std::string, std::string>;

FindingKey key_of(const Diagnostic& d) { return {d.rule, d.item, d.message}; }

} // namespace

bool same_content(const Plan& a, const Plan& b) {
  const Mission& m = a.mission;
  const Mission& n = b.mission;
  return a.version == b.version && a.has_team == b.has_team && same(m.info, n.info) &&
         same(m.statement, n.statement) && same(m.owner, n.owner) && same(m.start, n.start) &&
         same(m.deadline, n.deadline) && same_list(m.aligns_with, n.aligns_with) &&
         same_list(a.team, b.team) && same_list(a.objectives, b.objectives);
}

std::optional<std::string> new_load_finding(const LoadResult& old, const LoadResult& fresh) {
  std::map<FindingKey, int> before;
  for (const Diagnostic& d : old.diagnostics) {
    ++before[key_of(d)];
  }
  for (const Diagnostic& d : fresh.diagnostics) {
    if (--before[key_of(d)] < 0) {
      return fmt::format("the edited plan would get a new finding at line {}: {} [{}]; nothing "
                         "was written",
                         d.location.line, d.message, d.rule);
    }
  }
  return std::nullopt;
}

std::optional<std::string> prove(const LoadResult& old, const Plan& expected,
                                 std::string_view new_text, std::string_view name,
                                 std::vector<Change>& changes) {
  const LoadResult fresh = load_plan(new_text, name);
  if (std::optional<std::string> finding = new_load_finding(old, fresh)) {
    return finding;
  }
  const PlanDiff diff = diff_plans(&old.plan, &fresh.plan);
  if (!fresh.ok || !same_content(expected, fresh.plan)) {
    std::string seen;
    for (const Change& change : diff.changes) {
      seen += fmt::format("{}{} {} {}", seen.empty() ? "" : "; ", change_name(change.kind),
                          change.id, change_detail(change));
    }
    return fmt::format("the edited plan would not be the intended change (most diff would "
                       "report: {}); nothing was written — please report this with the plan",
                       seen.empty() ? "a change it cannot name" : seen);
  }
  changes = diff.changes;
  return std::nullopt;
}

} // namespace most::edit
