// smart-specific: an objective statement that does not say precisely what changes.

#include "checks.hpp"

#include <most/wording.hpp>

#include <fmt/format.h>

#include <string>
#include <vector>

namespace most {

const std::string_view kSmartSpecificDoc = R"(What it does
  Reads each objective's `statement` and reports, one finding per problem:
  - a statement of fewer than 4 words ("Grow sales");
  - a statement that bundles several aims, each with its own verb
    ("Increase revenue and reduce churn", "Grow sales by 10% and cut costs
    by 5%"); two verbs that share one object ("Recruit and train 4 new
    salespeople") are one aim, and a limit on how the aim is reached
    ("... while keeping discounts below 5%", "... without increasing
    headcount") is no aim;
  - a statement with one verb and several measured outcomes ("Increase
    revenue and margin by 5%", "Sell 600 new cars and 200 used cars");
    a statement that stages one measure ("by 10% by June 30 and by 15% in
    Q3 and Q4", "increase sales volume ... and increase sales volume ...")
    is not bundled;
  - a statement that leans on vague words such as "significantly", "better",
    "world-class" or "as much as possible". Amount words ("some", "many",
    "several", "multiple", a bare "more") count only when the statement
    names no quantity: "buy multiple products, to 30%" is measured.
    Intensity and praise words count even next to a number: "significantly
    increase sales by 10%" says the same as "increase sales by 10%", so the
    word can go. Hyphenated compounds ("best-selling", "better-known") are
    not vague. Hedges count too: "try to", "around 600", "roughly", "a
    bit", "some 20", "great".

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

)";

namespace {

bool has_repeats(const std::vector<std::string>& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    for (std::size_t j = i + 1; j < words.size(); ++j) {
      if (words[i] == words[j]) {
        return true;
      }
    }
  }
  return false;
}

} // namespace

void check_smart_specific(const Plan& plan, const RuleContext& /*context*/, Reporter& out) {
  for (const Objective& objective : plan.objectives) {
    if (!objective.statement) {
      continue;
    }
    const StatementReading& reading = objective.reading;
    const SourceLocation where = objective.statement.location;
    const std::string& id = objective.info.id;
    if (reading.word_count < 4) {
      out.report(objective.info, where,
                 fmt::format("objective {} says too little in {}; say what changes, by how much "
                             "and by when",
                             id, count_of(reading.word_count, "word")));
    }
    if (reading.aims.size() >= 2) {
      // "increase revenue … and increase margin …": the verbs alone would read 'increase' and
      // 'increase', so name each aim with its object.
      const bool repeated = has_repeats(reading.aims);
      out.report(objective.info, where,
                 fmt::format("objective {} bundles several aims ({}); give each aim its own "
                             "objective",
                             id, quoted_list(repeated ? reading.aim_phrases : reading.aims)));
    }
    if (reading.aims.size() == 1 && reading.outcomes.size() >= 2) {
      // "Increase revenue and margin by 5%": one verb, but two results to judge.
      out.report(objective.info, where,
                 fmt::format("objective {} measures several outcomes with one verb ({}); give "
                             "each outcome its own objective",
                             id, quoted_list(reading.outcomes)));
    }
    if (!reading.vague_words.empty()) {
      out.report(objective.info, where,
                 fmt::format("objective {} leans on vague {} {}; say exactly what changes", id,
                             reading.vague_words.size() == 1 ? "word" : "words",
                             quoted_list(reading.vague_words)));
    }
  }
}

} // namespace most
