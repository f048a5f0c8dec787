// Date phrases in a statement, resolved to the last day they allow (SPEC §3 "Dates in statements").

#include "statement_tokens.hpp"

#include <array>

namespace most::statement_detail {

namespace {

struct MonthWord {
  unsigned number = 0;
  bool abbreviated = false;
};

std::optional<MonthWord> month_at(const Tokens& tokens, std::size_t i) {
  static constexpr std::array<std::string_view, 12> kNames{
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  static constexpr std::array<std::string_view, 12> kShort{
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  for (unsigned m = 0; m < 12; ++m) {
    if (is_word(tokens, i, kNames[m])) {
      return MonthWord{m + 1, false};
    }
    if (is_word(tokens, i, kShort[m]) || (m == 8 && is_word(tokens, i, "sept"))) {
      return MonthWord{m + 1, true};
    }
  }
  return std::nullopt;
}

bool is_ordinal_suffix(std::string_view suffix) {
  return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
}

// A day of the month as written next to a month name: "30", "30th", "1st" — but not "30%".
bool is_day_number(const Tokens& tokens, std::size_t i) {
  if (i >= tokens.size() || tokens[i].kind != TokenKind::Number) {
    return false;
  }
  const Token& token = tokens[i];
  const bool amount = is_symbol(tokens, i + 1, "%") ||
                      is_any_word(tokens, i + 1, {"percent", "thousand", "million", "k", "m"});
  return (token.suffix.empty() || is_ordinal_suffix(token.suffix)) && !token.fraction &&
         !token.grouped && token.int_digits <= 2 && token.value >= 1 && token.value <= 31 &&
         !amount;
}

class DateReader {
public:
  DateReader(const Tokens& tokens, Date start) : tokens_(tokens), start_(start) {}

  std::vector<DateMention> read(std::vector<bool>& claimed) {
    std::vector<DateMention> mentions;
    std::size_t i = 0;
    while (i < tokens_.size()) {
      const auto match = match_at(i);
      if (!match) {
        ++i;
        continue;
      }
      for (std::size_t k = i; k <= match->last; ++k) {
        claimed[k] = true;
      }
      // A day past 9999-12-31 ("by June 30" in a mission from 9999-12-31) cannot be written
      // YYYY-MM-DD in any report: the words are claimed but name no day.
      if (match->date && *match->date <= kLastDay) {
        mentions.push_back({*match->date, tokens_[i].begin, tokens_[match->last].end,
                            match->first.value_or(*match->date)});
      }
      previous_last_ = match->last;
      i = match->last + 1;
    }
    return mentions;
  }

private:
  const Tokens& tokens_;
  Date start_;
  std::optional<std::size_t> previous_last_;

  int start_year() const { return static_cast<int>(start_.year()); }

  // Whether a bare month or year at `i` is used as a date: "by March", "in 2027", "May and June".
  // Without this, "we may grow" and "march into new markets" would be dates. Years need a
  // narrower lead than months: "from 2000 to 2500 units" and "a total of 2000" are amounts.
  bool in_date_context(std::size_t i) const {
    if (i == 0) {
      return false;
    }
    std::size_t p = i - 1;
    if (is_word(tokens_, p, "the") && p > 0) {
      --p;
    }
    if (is_any_word(tokens_, p,
                    {"by", "in", "until", "till", "til", "before", "through", "thru", "throughout",
                     "during", "for", "year", "fy", "within"})) {
      return true;
    }
    if (!is_year(tokens_, i) &&
        is_any_word(tokens_, p, {"of", "from", "to", "since", "than", "ending", "end", "after"})) {
      return true;
    }
    const bool joined = is_any_word(tokens_, p, {"and", "or"}) || is_symbol(tokens_, p, "&") ||
                        is_symbol(tokens_, p, ",") || is_symbol(tokens_, p, "-");
    return joined && p > 0 && previous_last_ && *previous_last_ == p - 1;
  }

  // After a bare year, a content word ("by 2000 units") means the number was an amount.
  bool year_can_end_here(std::size_t next) const {
    if (next >= tokens_.size()) {
      return true;
    }
    if (tokens_[next].kind == TokenKind::Symbol) {
      return !is_symbol(tokens_, next, "%");
    }
    if (is_word(tokens_, next, "to") && next + 1 < tokens_.size() &&
        tokens_[next + 1].kind == TokenKind::Number) {
      return false; // "by 2000 to 2500 units"
    }
    return is_any_word(tokens_, next,
                       {"and",  "or",        "at",     "with",   "while",    "whilst", "through",
                        "to",   "for",       "in",     "on",     "as",       "so",     "via",
                        "by",   "from",      "the",    "across", "compared", "versus", "vs",
                        "when", "including", "latest", "but",    "then",     "plus",   "against",
                        "over", "than",      "if",     "unless", "without",  "after",  "before"});
  }

  std::optional<DateMatch> match_at(std::size_t i) const {
    std::size_t j = i;
    if (is_word(tokens_, j, "the") && is_word(tokens_, j + 1, "end")) {
      ++j;
    }
    if (is_word(tokens_, j, "end") && is_word(tokens_, after_hyphen(tokens_, j + 1), "of")) {
      std::size_t k = after_hyphen(tokens_, after_hyphen(tokens_, j + 1) + 1);
      if (is_word(tokens_, k, "the")) {
        ++k;
      }
      if (auto match = core_at(k, true)) {
        match->first.reset(); // "the end of Q3" names its last day, not the quarter
        return match;
      }
      if (is_any_word(tokens_, k, {"fiscal", "financial"}) &&
          is_word(tokens_, after_hyphen(tokens_, k + 1), "year")) {
        k = after_hyphen(tokens_, k + 1); // "the end of the fiscal year"
      }
      if (is_any_word(tokens_, k, {"year", "fy"})) {
        return year_end_from(k);
      }
    }
    // "the 2026 revenue target": a year used as a label names no deadline, and is no amount.
    if (is_year(tokens_, i) && i > 0 &&
        is_any_word(tokens_, i - 1, {"the", "our", "their", "its", "this", "fiscal", "fy"}) &&
        i + 1 < tokens_.size() && tokens_[i + 1].kind == TokenKind::Word) {
      return DateMatch{std::nullopt, i};
    }
    return core_at(i, in_date_context(i));
  }

  // "year" optionally followed by its number: "end of year", "year end 2027".
  DateMatch year_end_from(std::size_t k) const {
    if (is_year(tokens_, k + 1)) {
      return DateMatch{month_end(int_value(tokens_, k + 1), 12), k + 1};
    }
    return DateMatch{month_end(start_year(), 12), k};
  }

  std::optional<DateMatch> core_at(std::size_t i, bool context) const {
    if (auto match = numeric_date(tokens_, i)) {
      return match;
    }
    if (auto match = quarter_or_half(tokens_, i, start_)) {
      return match;
    }
    if (auto match = relative_period(tokens_, i, start_)) {
      return match;
    }
    if (is_any_word(tokens_, i, {"this", "next"}) && is_word(tokens_, i + 1, "year")) {
      return whole_year(start_year() + (tokens_[i].text == "next" ? 1 : 0), i + 1);
    }
    if (auto match = fiscal_year_end(i)) {
      return match;
    }
    if (is_word(tokens_, i, "year") && is_word(tokens_, after_hyphen(tokens_, i + 1), "end")) {
      return year_end_from(after_hyphen(tokens_, i + 1));
    }
    if (context) {
      if (auto match = mid_year(i)) {
        return match;
      }
    }
    if (is_any_word(tokens_, i, {"yearend", "eoy"})) {
      return year_end_from(i);
    }
    if (auto match = day_then_month(i)) {
      return match;
    }
    if (auto match = month_phrase(i, context)) {
      return match;
    }
    if (context && is_year(tokens_, i) && year_can_end_here(i + 1)) {
      return whole_year(int_value(tokens_, i), i);
    }
    return std::nullopt;
  }

  // "in 2026", "this year": every day of the year is on time.
  static DateMatch whole_year(int y, std::size_t last) {
    return DateMatch{month_end(y, 12), last, make_date(y, 1, 1)};
  }

  // "fiscal year end", "financial year-end", "FY end": the plan has no fiscal calendar, so the
  // fiscal year ends where SPEC §3 ends "year end", on December 31.
  std::optional<DateMatch> fiscal_year_end(std::size_t i) const {
    std::size_t k = i;
    if (is_any_word(tokens_, i, {"fiscal", "financial"}) &&
        is_any_word(tokens_, after_hyphen(tokens_, i + 1), {"year", "yearend"})) {
      k = after_hyphen(tokens_, i + 1);
    } else if (!is_word(tokens_, i, "fy")) {
      return std::nullopt;
    }
    if (is_word(tokens_, k, "yearend")) {
      return year_end_from(k);
    }
    if (is_word(tokens_, after_hyphen(tokens_, k + 1), "end")) {
      return year_end_from(after_hyphen(tokens_, k + 1));
    }
    return std::nullopt;
  }

  // "by mid-year", "by midyear", "by mid-2027": June 30 of the start's year (or the year named),
  // the day the first half ends.
  std::optional<DateMatch> mid_year(std::size_t i) const {
    if (is_word(tokens_, i, "midyear")) {
      return DateMatch{month_end(start_year(), 6), i};
    }
    if (!is_word(tokens_, i, "mid")) {
      return std::nullopt;
    }
    const std::size_t j = after_hyphen(tokens_, i + 1);
    if (is_word(tokens_, j, "year")) {
      return DateMatch{month_end(start_year(), 6), j};
    }
    if (j != i + 1 && is_year(tokens_, j)) {
      return DateMatch{month_end(int_value(tokens_, j), 6), j};
    }
    return std::nullopt;
  }

  // An optional year after a month or day: "June 30, 2026", "30 June 2026", "June 2026".
  std::optional<int> year_after(std::size_t& j) const {
    if (is_year(tokens_, j + 1)) {
      return int_value(tokens_, ++j);
    }
    if (is_symbol(tokens_, j + 1, ",") && is_year(tokens_, j + 2)) {
      j += 2;
      return int_value(tokens_, j);
    }
    return std::nullopt;
  }

  // The day in year `y`, or without a year the next such day on or after the start; Feb 29
  // may be up to eight years away (2096 → 2104). Empty for days that never exist ("June 31").
  std::optional<Date> month_day(unsigned m, int d, std::optional<int> y) const {
    if (y) {
      return make_date(*y, m, d);
    }
    for (int candidate = start_year(); candidate <= start_year() + 8; ++candidate) {
      const auto date = make_date(candidate, m, d);
      if (date && *date >= start_) {
        return date;
      }
    }
    return std::nullopt;
  }

  // "30 June", "30th June 2026", "the 30th of June".
  std::optional<DateMatch> day_then_month(std::size_t i) const {
    if (!is_day_number(tokens_, i)) {
      return std::nullopt;
    }
    std::size_t j = i + 1;
    if (is_word(tokens_, j, "of")) {
      const bool the = i > 0 && is_word(tokens_, i - 1, "the");
      if (!is_ordinal_suffix(tokens_[i].suffix) && !the) {
        return std::nullopt;
      }
      ++j;
    }
    const auto month = month_at(tokens_, j);
    if (!month) {
      return std::nullopt;
    }
    if (month->abbreviated && is_symbol(tokens_, j + 1, ".") && is_year(tokens_, j + 2)) {
      ++j; // "30 Dec. 2026"
    }
    const auto y = year_after(j);
    return DateMatch{month_day(month->number, int_value(tokens_, i), y), j};
  }

  // "late June" allows its last ten days or so; a bare month ("by June") allows all of it.
  static constexpr int kLateFrom = 21;

  // "June 30", "Jun. 30th, 2026", "June 2026", "by June", "mid-June", "late June". A day ("June
  // 30", "mid-June" → 15, "early June" → 10) is exact; a month names a period ending on its
  // last day.
  std::optional<DateMatch> month_phrase(std::size_t i, bool context) const {
    std::size_t m_at = i;
    int qualifier_day = 0; // 0: the month's last day
    bool qualified = false;
    if (is_any_word(tokens_, i, {"mid", "early", "late"})) {
      m_at = after_hyphen(tokens_, i + 1);
      qualifier_day = is_word(tokens_, i, "mid") ? 15 : is_word(tokens_, i, "early") ? 10 : 0;
      qualified = true;
    }
    const auto month = month_at(tokens_, m_at);
    if (!month) {
      return std::nullopt;
    }
    std::size_t j = m_at;
    std::size_t day_at = j + 1;
    if (month->abbreviated && is_symbol(tokens_, day_at, ".") &&
        (is_day_number(tokens_, day_at + 1) || is_year(tokens_, day_at + 1))) {
      ++day_at; // "Dec. 31"
    }
    if (!qualified && is_day_number(tokens_, day_at)) {
      j = day_at;
      const auto y = year_after(j);
      return DateMatch{month_day(month->number, int_value(tokens_, day_at), y), j};
    }
    j = day_at - 1;
    if (const auto y = year_after(j)) {
      if (qualifier_day > 0) {
        return DateMatch{*make_date(*y, month->number, qualifier_day), j};
      }
      return DateMatch{month_end(*y, month->number), j,
                       make_date(*y, month->number, qualified ? kLateFrom : 1)};
    }
    if (!context && !qualified) {
      return std::nullopt;
    }
    if (qualifier_day > 0) {
      return DateMatch{month_day(month->number, qualifier_day, std::nullopt), j};
    }
    int y = start_year();
    if (month_end(y, month->number) < start_) {
      ++y;
    }
    return DateMatch{month_end(y, month->number), j,
                     make_date(y, month->number, qualified ? kLateFrom : 1)};
  }
};

} // namespace

std::vector<DateMention> find_dates(const Tokens& tokens, Date mission_start,
                                    std::vector<bool>& claimed) {
  return DateReader(tokens, mission_start).read(claimed);
}

} // namespace most::statement_detail
