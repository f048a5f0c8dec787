// Reads an objective statement for the SMART rules: quantities, dates, direction, aims, vagueness.
//
// The passes run in a fixed order because they depend on each other: dates first, so the numbers
// inside them ("June 30", "Q3 2027", "within 6 months") are claimed and never read as quantities;
// then quantities; then aims and direction (which compares "from X to Y" quantities); then vague
// words (a bare "more" is vague only when no quantity was found).

#include "statement_tokens.hpp"

#include <most/statement.hpp>

#include <utility>

namespace most {

StatementReading read_statement(std::string_view statement, Date mission_start,
                                MonthDay fiscal_year_start) {
  using namespace statement_detail;
  if (statement.size() > kStatementReadLimit) {
    std::size_t cut = kStatementReadLimit;
    // Back up over continuation bytes so the cut never splits a character.
    while (cut > 0 && (static_cast<unsigned char>(statement[cut]) & 0xC0U) == 0x80U) {
      --cut;
    }
    statement = statement.substr(0, cut);
  }
  const Tokens tokens = tokenize(statement);
  std::vector<bool> claimed(tokens.size(), false);

  StatementReading reading;
  DateFindings dates =
      find_dates(statement, tokens, Calendar{mission_start, fiscal_year_start}, claimed);
  reading.dates = std::move(dates.deadlines);
  reading.starts = std::move(dates.starts);
  reading.undated_times = std::move(dates.undated);
  const std::vector<FoundQuantity> found = find_quantities(tokens, claimed);
  reading.quantities.reserve(found.size());
  for (const FoundQuantity& quantity : found) {
    reading.quantities.push_back(quantity.quantity);
  }
  AimFindings aims = find_aims(tokens, found);
  for (FoundAim& aim : aims.aims) {
    reading.aims.push_back(std::move(aim.verb));
    reading.aim_phrases.push_back(std::move(aim.phrase));
  }
  reading.outcomes = std::move(aims.outcomes);
  reading.staged = aims.staged;
  reading.direction = find_direction(tokens, reading.aims, found);
  reading.holds = find_holds(reading.aims);
  reading.change = find_change(tokens, reading.direction, found);
  reading.vague_words = find_vague_words(statement, tokens, !found.empty());
  reading.word_count = count_words(statement);
  reading.anchored = true;
  return reading;
}

void read_statements(Plan& plan, std::optional<MonthDay> configured) {
  // Without a mission start the reader still needs some day to read relative dates against; it
  // tells which dates are named, and `anchored` keeps their year out of every comparison.
  constexpr Date kAnyDay{std::chrono::year{2000}, std::chrono::January, std::chrono::day{1}};
  const Date anchor = plan.mission.start ? *plan.mission.start : kAnyDay;
  const MonthDay fiscal = plan.mission.fiscal_year_start ? *plan.mission.fiscal_year_start
                                                         : configured.value_or(MonthDay{});
  const bool anchored = static_cast<bool>(plan.mission.start);
  if (plan.mission.statement) {
    plan.mission.reading = read_statement(*plan.mission.statement, anchor, fiscal);
    plan.mission.reading.anchored = anchored;
  }
  for (Objective& objective : plan.objectives) {
    if (objective.statement) {
      objective.reading = read_statement(*objective.statement, anchor, fiscal);
      objective.reading.anchored = anchored;
    }
  }
}

} // namespace most
