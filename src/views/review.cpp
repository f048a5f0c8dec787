// `most review`: the cycle since a revision from the versions of each plan (SPEC §4.6). A
// tactic is followed by its id from version to version; an objective's final progress is
// `most status` on the last version.

#include <most/review.hpp>
#include <most/status.hpp>

#include <algorithm>
#include <map>

namespace most {

namespace {

// What the versions so far said about one tactic.
struct TacticTrack {
  std::optional<Date> first_due; ///< at the revision, or its first due day when added later
  std::optional<Date> due;       ///< the latest version's
  std::optional<Date> done_day;  ///< the day of the first version in a row that has it done
  bool done_at_start = false;    ///< already done at the revision: not this cycle's
};

OwnerReview& owner_row(ReviewReport& report, const Tactic& tactic) {
  const std::string name = tactic.owner ? *tactic.owner : std::string("(no owner)");
  const auto found = std::find_if(report.owners.begin(), report.owners.end(),
                                  [&](const OwnerReview& row) { return row.owner == name; });
  if (found != report.owners.end()) {
    return *found;
  }
  report.owners.push_back(OwnerReview{.owner = name});
  return report.owners.back();
}

bool is_done(const Tactic& tactic) { return tactic.effective_status() == Status::Done; }

// Due-day moves and completions of one version, against what the versions before it said.
void follow_tactics(const ReviewVersion& version, bool at_revision,
                    std::map<std::string, TacticTrack>& tracks, ReviewReport& report) {
  for_each_tactic(*version.plan, [&](const Objective&, const Strategy&, const Tactic& tactic) {
    const auto [entry, added] = tracks.try_emplace(tactic.info.id);
    TacticTrack& track = entry->second;
    if (added) {
      track.done_at_start = at_revision && is_done(tactic);
    }
    if (tactic.due) {
      if (track.due && *track.due != *tactic.due) {
        OwnerReview& row = owner_row(report, tactic);
        ++row.due_moves;
        row.slip_days += std::max(0, days_between(*track.due, *tactic.due));
      }
      track.first_due = track.first_due ? track.first_due : tactic.due.value;
      track.due = *tactic.due;
    }
    if (!is_done(tactic)) {
      track.done_day.reset(); // reopened: a later completion is the one that counts
    } else if (!track.done_day) {
      track.done_day = version.day;
    }
  });
}

// The objectives as the plan stood halfway through the cycle, on that day: what its forecast
// said then, to hold against how the cycle ended.
std::vector<ObjectiveStatus> midcycle_status(std::span<const ReviewVersion> versions,
                                             ReviewReport& report) {
  const Date start = versions.front().day;
  if (!start.ok() || start > report.as_of) {
    return {};
  }
  const Date mid = add_days(start, days_between(start, report.as_of) / 2);
  report.mid_cycle = mid;
  const Plan* plan = nullptr;
  for (const ReviewVersion& version : versions) {
    if (version.day <= mid) {
      plan = version.plan;
    }
  }
  return plan != nullptr ? compute_status(*plan, mid).objectives : std::vector<ObjectiveStatus>{};
}

} // namespace

void review_plan(const std::string& file, std::span<const ReviewVersion> versions,
                 ReviewReport& report) {
  std::map<std::string, TacticTrack> tracks;
  std::map<std::string, std::optional<double>> targets;
  std::map<std::string, int> target_changes;
  for (std::size_t v = 0; v < versions.size(); ++v) {
    if (versions[v].plan == nullptr) {
      continue;
    }
    follow_tactics(versions[v], v == 0, tracks, report);
    for (const Objective& objective : versions[v].plan->objectives) {
      const std::optional<double> target =
          objective.metric ? objective.metric->target.value : std::nullopt;
      const auto [known, added] = targets.try_emplace(objective.info.id, target);
      if (!added && known->second != target) {
        ++target_changes[objective.info.id];
        known->second = target;
      }
    }
  }
  const Plan* last = versions.back().plan;
  if (last == nullptr) {
    return; // the plan was deleted: nothing of it is open now
  }
  for_each_tactic(*last, [&](const Objective&, const Strategy&, const Tactic& tactic) {
    const TacticTrack& track = tracks[tactic.info.id];
    OwnerReview& row = owner_row(report, tactic);
    if (is_done(tactic) && !track.done_at_start) {
      ++row.completed;
      // `done_on:` when the plan says it, else the day of the version that first had it done.
      const std::optional<Date> done = tactic.done_on ? tactic.done_on.value : track.done_day;
      const bool on_time = !track.first_due || !done || *done <= *track.first_due;
      ++(on_time ? row.on_time : row.late);
    }
    row.open_overdue += tactic.is_overdue(report.as_of) ? 1 : 0;
  });
  const std::vector<ObjectiveStatus> midcycle = midcycle_status(versions, report);
  for (const ObjectiveStatus& objective : compute_status(*last, report.as_of).objectives) {
    const auto then = std::find_if(midcycle.begin(), midcycle.end(),
                                   [&](const auto& mid) { return mid.id == objective.id; });
    const bool forecast = then != midcycle.end() && then->forecast;
    report.objectives.push_back(ObjectiveReview{
        .file = file,
        .id = objective.id,
        .statement = objective.statement,
        .target_changes = target_changes[objective.id],
        .progress_pct = objective.progress_pct,
        .expected_pct = objective.expected_pct,
        .state = std::string(state_name(objective.state)),
        .midcycle_forecast_pct = forecast ? then->forecast->progress_pct : std::nullopt,
    });
  }
}

void finish_review(ReviewReport& report) {
  std::sort(report.owners.begin(), report.owners.end(),
            [](const OwnerReview& a, const OwnerReview& b) { return a.owner < b.owner; });
}

} // namespace most
