// smart-specific: an objective statement that does not say precisely what changes.

#include "rules/checks.hpp"
#include "rules/rule_support.hpp"

#include <fmt/format.h>

#include <string>

namespace most {

const std::string_view kSmartSpecificDoc = R"(What it does
  Reads each objective's `statement` and reports, one finding per problem:
  - a statement of fewer than 4 words ("Grow sales");
  - a statement that bundles several aims, each with its own verb
    ("Increase revenue and reduce churn");
  - a statement that leans on vague words such as "significantly", "better",
    "world-class" or "as much as possible".

Why is this bad
  SMART objectives are Specific: one clear result that everyone reads the
  same way. A bundled objective cannot be judged when one aim is met and the
  other is not; a vague one can be declared met by anyone.

Example
  objectives:
    - statement: Significantly increase revenue and reduce churn by June 30
      deadline: 2026-06-30

How to fix
  Say exactly what changes, by how much and by when, and give each aim its
  own objective:
    - statement: Increase revenue by 10% by June 30
    - statement: Reduce churn to 5% by June 30

How to silence
  In `.most.yaml`, for every plan under that directory:
    rules:
      smart-specific: off
  Or in the plan, on the objective (or the mission):
    ignore: [smart-specific]
  or, with a reason and an end day:
    ignore:
      - {rule: smart-specific, reason: wording agreed with the board, until: 2026-06-30}
)";

namespace {

// "'a'", "'a' and 'b'", "'a', 'b' and 'c'".
std::string quoted_list(const std::vector<std::string>& words) {
  std::string list;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) {
      list += i + 1 == words.size() ? " and " : ", ";
    }
    list += fmt::format("'{}'", words[i]);
  }
  return list;
}

} // namespace

void check_smart_specific(const Plan& plan, const RuleContext& /*context*/, Reporter& out) {
  for (const Objective& objective : plan.objectives) {
    if (!objective.statement) {
      continue;
    }
    const StatementReading reading = read_objective_statement(objective, plan.mission);
    const SourceLocation where = objective.statement.location;
    const std::string& id = objective.info.id;
    if (reading.word_count < 4) {
      out.report("smart-specific", objective.info, where,
                 fmt::format("objective {} says too little in {}; say what changes, by how much "
                             "and by when",
                             id, count_of(reading.word_count, "word")));
    }
    if (reading.aims.size() >= 2) {
      out.report("smart-specific", objective.info, where,
                 fmt::format("objective {} bundles several aims ({}); give each aim its own "
                             "objective",
                             id, quoted_list(reading.aims)));
    }
    if (!reading.vague_words.empty()) {
      out.report("smart-specific", objective.info, where,
                 fmt::format("objective {} leans on vague {} {}; say exactly what changes", id,
                             reading.vague_words.size() == 1 ? "word" : "words",
                             quoted_list(reading.vague_words)));
    }
  }
}

} // namespace most
