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
  bool relative = false; ///< counted from the mission start ("within 6 months", "in 90 days")
};

/// The change a statement asks for in its own words: "from 18% to 22%", "by 10%", "double".
struct StatedChange {
  std::optional<double> from; ///< "from X to Y": X
  std::optional<double> to;   ///< "from X to Y": Y
  /// The relative change in percent of the starting value: "by 150%" → 150, "double" → 100,
  /// "halve" → -50, "from 2M to 7M" → 250; signed when the statement says which way.
  std::optional<double> percent;
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
  /// Time phrases that name no day ("in the coming months", "soon", "before the summer"),
  /// lower-case as written: they do not make the objective time-bound.
  std::vector<std::string> undated_times;
  /// Dates that name a start, not a deadline ("from February", "starting in March").
  std::vector<DateMention> starts;
  /// What one aim measures when it names several outcomes ("revenue", "margin" in "Increase
  /// revenue and margin by 5%"; "600 new cars", "200 used cars"); empty for one outcome.
  std::vector<std::string> outcomes;
  /// One measure set in stages ("by 10% by June 30 and by 15% in Q3 and Q4"): the last
  /// quantity is its final target.
  bool staged = false;
  /// The aim keeps a level ("keep", "maintain", "hold", "protect", "sustain", "stay above"),
  /// so a target equal to the baseline is the point.
  bool holds = false;
  std::optional<StatedChange> change; ///< the change asked for, when the words name one
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
