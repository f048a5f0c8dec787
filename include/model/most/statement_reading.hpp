#pragma once

// What an objective's statement says, read once by the loader (src/statement) and shared by every
// rule and view: the facts, not the prose.

#include <most/date.hpp>

#include <cstddef>
#include <optional>
#include <string>
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
  Date first{}; ///< the first day the phrase allows: "in Q3" → Jul 1, "by June" → Jun 1,
                ///< "within 6 months" → the mission start; equal to `date` for a single day
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
  std::vector<std::string> aim_phrases; ///< per aim, the verb with what it moves, lower-case
                                        ///< ("increase revenue", "recruit and train")
  int word_count = 0;
  /// Dates were resolved against the mission's start. Without a start the reader still sees
  /// which dates are named, but not their year: deadline() is then empty.
  bool anchored = false;

  /// The deadline the statement names: the latest date mentioned, if any (and anchored).
  std::optional<Date> deadline() const;

  /// The mention that names the deadline (ties go to the narrowest period); null when none or
  /// not anchored.
  const DateMention* deadline_mention() const;
};

} // namespace most
