#pragma once

#include <most/date.hpp>
#include <most/plan.hpp>

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

  /// The deadline the statement names: the latest date mentioned, if any.
  std::optional<Date> deadline() const;

  /// The mention that names the deadline (ties go to the narrowest period); null when none.
  const DateMention* deadline_mention() const;
};

/// How much of a statement is read: a real objective is a sentence or two, and every SMART rule
/// reads it again, so a pasted document must not cost seconds per rule.
inline constexpr std::size_t kStatementReadLimit = 4096;

/// Reads an English objective statement; dates are resolved relative to `mission_start`. Only
/// the first kStatementReadLimit bytes are read (cut back to a UTF-8 character boundary), so
/// quantities, dates, aims and words past that point are not seen; offsets still index
/// `statement`.
StatementReading read_statement(std::string_view statement, Date mission_start);

/// The objective's deadline: its `deadline:` when valid, else the latest date its statement
/// names (read against the mission start); nullopt when neither is known.
std::optional<Date> effective_deadline(const Objective& objective, const Mission& mission);

} // namespace most
