// Reads an objective statement for the SMART rules: quantities, dates, direction, aims, vagueness.
//
// The passes run in a fixed order because they depend on each other: dates first, so the numbers
// inside them ("June 30", "Q3 2027", "within 6 months") are claimed and never read as quantities;
// then quantities; then aims and direction (which compares "from X to Y" quantities); then vague
// words (a bare "more" is vague only when no quantity was found).

#include "rules/statement_tokens.hpp"

#include <most/statement.hpp>

#include <algorithm>

namespace most {

std::optional<Date> StatementReading::deadline() const {
  if (dates.empty()) {
    return std::nullopt;
  }
  const auto latest =
      std::max_element(dates.begin(), dates.end(),
                       [](const DateMention& a, const DateMention& b) { return a.date < b.date; });
  return latest->date;
}

StatementReading read_statement(std::string_view statement, Date mission_start) {
  using namespace statement_detail;
  const Tokens tokens = tokenize(statement);
  std::vector<bool> claimed(tokens.size(), false);

  StatementReading reading;
  reading.dates = find_dates(tokens, mission_start, claimed);
  const std::vector<FoundQuantity> found = find_quantities(tokens, claimed);
  reading.quantities.reserve(found.size());
  for (const FoundQuantity& quantity : found) {
    reading.quantities.push_back(quantity.quantity);
  }
  reading.aims = find_aims(tokens);
  reading.direction = find_direction(tokens, reading.aims, found);
  reading.vague_words = find_vague_words(statement, tokens, !found.empty());
  reading.word_count = count_words(statement);
  return reading;
}

} // namespace most
