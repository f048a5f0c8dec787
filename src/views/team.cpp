// The figures of `most team`: each owner's load across every plan given, from the model alone.

#include <most/team.hpp>

#include <algorithm>
#include <map>
#include <tuple>

namespace most {

namespace {

// Owner id → row; "" collects the tactics nobody owns. Ordered, so the report is
// deterministic before it is sorted by load.
using Loads = std::map<std::string, OwnerLoad, std::less<>>;

void count(OwnerLoad& load, const TacticRow& row) {
  const bool open = row.status != Status::Done && row.status != Status::Dropped;
  load.open += open ? 1 : 0;
  load.done += row.status == Status::Done ? 1 : 0;
  load.overdue += row.overdue ? 1 : 0;
  load.due_soon += row.due_soon ? 1 : 0;
  load.most_days_overdue = std::max(load.most_days_overdue, row.days_overdue);
  if (row.status != Status::Dropped && row.budget) {
    load.budget += *row.budget;
  }
}

// Names and roles come from the first roster, in plan order, that lists an id.
void add_rosters(std::span<const Plan> plans, const TeamOptions& options, Loads& loads) {
  for (const Plan& plan : plans) {
    for (const TeamMember& member : plan.team) {
      const bool wanted = options.owners.empty() ||
                          std::find(options.owners.begin(), options.owners.end(), member.id) !=
                              options.owners.end();
      if (!wanted || member.id.empty()) {
        continue;
      }
      auto [load, added] = loads.try_emplace(member.id);
      if (added) {
        load->second.owner = member.id;
        load->second.name = member.name;
        load->second.role = member.role;
      }
    }
  }
}

void add_tactics(std::span<const Plan> plans, const TeamOptions& options, bool keep_rows,
                 Loads& loads) {
  for (const Plan& plan : plans) {
    for_each_tactic(plan, [&](const Objective& objective, const Strategy& strategy,
                              const Tactic& tactic) {
      static const std::string kNobody;
      const std::string& owner = tactic.owner ? *tactic.owner : kNobody;
      if (!options.owners.empty() &&
          std::find(options.owners.begin(), options.owners.end(), owner) == options.owners.end()) {
        return;
      }
      OwnerLoad& load = loads[owner];
      load.owner = owner;
      TacticRow row =
          tactic_row(plan, objective, strategy, tactic, options.as_of, options.within_days);
      count(load, row);
      // The summary needs only the counts: a 100k-tactic plan keeps no rows.
      if (keep_rows) {
        load.tactics.push_back(std::move(row));
      }
    });
  }
}

// The objectives and strategies each owner answers for; an owner of nothing else still
// gets a row, as a tactic owner does.
void add_answers(std::span<const Plan> plans, const TeamOptions& options, Loads& loads) {
  const auto add = [&](const std::optional<std::string>& owner, OwnedItem item) {
    if (!owner || owner->empty() ||
        (!options.owners.empty() &&
         std::find(options.owners.begin(), options.owners.end(), *owner) == options.owners.end())) {
      return;
    }
    OwnerLoad& load = loads[*owner];
    load.owner = *owner;
    load.answers_for.push_back(std::move(item));
  };
  for (const Plan& plan : plans) {
    for (const Objective& objective : plan.objectives) {
      add(objective.owner.value,
          {plan.file, objective.info.location.line, objective.info.id, objective.info.id, false,
           objective.statement.value.value_or("")});
      for (const Strategy& strategy : objective.strategies) {
        add(strategy.owner.value, {plan.file, strategy.info.location.line, strategy.info.id,
                                   objective.info.id, true, strategy.statement.value.value_or("")});
      }
    }
  }
}

} // namespace

TeamReport compute_team(std::span<const Plan> plans, const TeamOptions& options) {
  TeamReport report;
  report.as_of = options.as_of;
  report.within_days = options.within_days;
  report.detailed = !options.owners.empty();
  Loads loads;
  add_rosters(plans, options, loads);
  add_tactics(plans, options, report.detailed, loads);
  add_answers(plans, options, loads);

  std::optional<OwnerLoad> unowned;
  for (auto& [owner, load] : loads) {
    std::stable_sort(load.tactics.begin(), load.tactics.end(),
                     [](const TacticRow& a, const TacticRow& b) {
                       // Undated tactics last: a missing day sorts after every real one.
                       return std::tuple(!a.due, a.due.value_or(Date{}), a.file, a.line) <
                              std::tuple(!b.due, b.due.value_or(Date{}), b.file, b.line);
                     });
    if (owner.empty()) {
      unowned = std::move(load);
    } else {
      report.owners.push_back(std::move(load));
    }
  }
  // Most overdue first: who needs a call today.
  std::sort(report.owners.begin(), report.owners.end(), [](const OwnerLoad& a, const OwnerLoad& b) {
    return std::tie(b.overdue, b.most_days_overdue, a.owner) <
           std::tie(a.overdue, a.most_days_overdue, b.owner);
  });
  if (unowned) {
    report.owners.push_back(std::move(*unowned));
  }
  return report;
}

std::string answers_for_ids(const OwnerLoad& load) {
  std::string ids;
  for (const OwnedItem& item : load.answers_for) {
    ids += (ids.empty() ? "" : ", ") + item.id;
  }
  return ids;
}

bool any_answers_for(const TeamReport& report) {
  return std::any_of(report.owners.begin(), report.owners.end(),
                     [](const OwnerLoad& load) { return !load.answers_for.empty(); });
}

} // namespace most
