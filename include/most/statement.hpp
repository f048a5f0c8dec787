#pragma once

#include <most/date.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace most {

/// A quantity named in a statement: "10%", "five percent", "EUR 50k", "20 new accounts".
struct Quantity {
  double value = 0;
  std::string
      unit; ///< "%" for rates, an ISO currency code ("EUR", "USD", "GBP", …), or "" for a count
  std::size_t begin = 0; ///< byte offsets of the phrase in the statement
  std::size_t end = 0;
};

/// A date named in a statement, resolved against the mission start.
struct DateMention {
  Date date;             ///< the last day the phrase allows ("end of Q3" → Sep 30)
  std::size_t begin = 0; ///< byte offsets of the phrase in the statement
  std::size_t end = 0;
};

/// Which way the statement's main verb moves the metric.
enum class Direction { None, Increase, Decrease };

/// What the SMART rules need to know about an objective statement.
struct StatementReading {
  std::vector<Quantity> quantities; ///< numbers that are not part of a date
  std::vector<DateMention> dates;   ///< in order of appearance
  Direction direction = Direction::None;
  std::vector<std::string> vague_words; ///< vague phrases found, lower-case, in order
  std::vector<std::string>
      aims; ///< the aim verbs found ("increase", "reduce"); two or more bundle aims
  int word_count = 0;

  /// The deadline the statement names: the latest date mentioned, if any.
  std::optional<Date> deadline() const;
};

/// Reads an English objective statement; dates are resolved relative to `mission_start`.
StatementReading read_statement(std::string_view statement, Date mission_start);

} // namespace most
