// mission-specific: a mission statement that is too short, vague, or names a horizon its dates
// contradict.

#include "checks.hpp"

#include <most/wording.hpp>

#include <fmt/format.h>

#include <cstdlib>
#include <string>

namespace most {

const std::string_view kMissionSpecificDoc = R"(What it does
  Reads the mission's `statement` and reports, one finding per problem:
  - a statement of fewer than 4 words ("Be better");
  - a statement that leans on vague words ("better", "world-class",
    "significantly", "as soon as possible"), the same words smart-specific
    finds in objectives;
  - a statement that names a horizon its `start` and `deadline` contradict:
    "within 3 years" on a 12-month mission, "by 2030" on a mission that
    ends in 2027. A horizon counted from the start ("within 12 months")
    must end within a month of the deadline; a named period ("by 2027",
    "by the end of August") must contain the deadline or end within a
    month of it.

Why is this bad
  The mission is where the team wants to be in 6 to 12 months: the one
  sentence everyone reads first and every objective makes concrete. A
  mission that could mean anything aligns no one, and one that promises a
  different horizon than its dates leaves the team to guess which holds.

Example
  mission:
    statement: To double revenue within 3 years
    start: 2026-09-01
    deadline: 2027-08-31

How to fix
  Say where the team wants to be by the deadline, in words a customer
  would recognise, and name the same horizon the dates do:
    mission:
      statement: To be one of the top five fleet dealers in the region by
        the end of August
      start: 2026-09-01
      deadline: 2027-08-31

)";

namespace {

// A month either side: "within 12 months" and "by the end of August" are the same horizon as a
// deadline a few days off.
constexpr int kHorizonSlackDays = 31;

bool contradicts(const DateMention& named, Date deadline) {
  const bool near = std::abs(days_between(named.date, deadline)) <= kHorizonSlackDays;
  if (named.relative) {
    return !near;
  }
  return !near && !(named.first <= deadline && deadline <= named.date);
}

} // namespace

void check_mission_specific(const Plan& plan, const RuleContext& /*context*/, Reporter& out) {
  const Mission& mission = plan.mission;
  if (!mission.statement) {
    return; // a required-field finding already
  }
  const StatementReading& reading = mission.reading;
  const SourceLocation where = mission.statement.location;
  if (reading.word_count < 4) {
    out.report(mission.info, where,
               fmt::format("the mission says too little in {}; say where the team wants to be "
                           "by the deadline",
                           count_of(reading.word_count, "word")));
  }
  if (!reading.vague_words.empty()) {
    out.report(mission.info, where,
               fmt::format("the mission leans on vague {} {}; say where exactly the team wants "
                           "to be",
                           reading.vague_words.size() == 1 ? "word" : "words",
                           quoted_list(reading.vague_words)));
  }
  const DateMention* named = reading.deadline_mention();
  if (named == nullptr || !mission.start || !mission.deadline ||
      !contradicts(*named, *mission.deadline)) {
    return;
  }
  out.report(mission.info, where,
             fmt::format("the mission names a horizon ('{}', to {}) that its dates contradict "
                         "({} to {}); make the statement and the dates name the same horizon",
                         mission.statement->substr(named->begin, named->end - named->begin),
                         format_date(named->date), format_date(*mission.start),
                         format_date(*mission.deadline)));
}

} // namespace most
