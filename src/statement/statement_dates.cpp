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
  DateReader(std::string_view text, const Tokens& tokens, const Calendar& calendar)
      : text_(text), tokens_(tokens), calendar_(calendar), start_(calendar.start) {}

  DateFindings read(std::vector<bool>& claimed) {
    DateFindings found;
    std::size_t i = 0;
    while (i < tokens_.size()) {
      if (const auto last = undated_at(i)) {
        for (std::size_t k = i; k <= *last; ++k) {
          claimed[k] = true;
        }
        found.undated.push_back(as_written(text_, tokens_[i].begin, tokens_[*last].end));
        i = *last + 1;
        continue;
      }
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
        const DateMention mention{*match->date, tokens_[i].begin, tokens_[match->last].end,
                                  match->first.value_or(*match->date), match->relative};
        switch (role_of(i, match->last, *match->date)) {
        case Role::Deadline:
          found.deadlines.push_back(mention);
          break;
        case Role::Start: {
          // Named with its lead words: "from February", "starting in March".
          std::size_t lead = i;
          while (lead > 0 && i - lead < 3 &&
                 is_any_word(tokens_, lead - 1,
                             {"from", "since", "starting", "beginning", "commencing", "effective",
                              "in", "as", "of", "on", "with", "the"})) {
            --lead;
          }
          DateMention start = mention;
          start.begin = tokens_[lead].begin;
          found.starts.push_back(start);
          break;
        }
        case Role::Measured:
          break;
        }
      }
      previous_last_ = match->last;
      i = match->last + 1;
    }
    return found;
  }

private:
  std::string_view text_;
  const Tokens& tokens_;
  Calendar calendar_;
  Date start_;
  std::optional<std::size_t> previous_last_;

  // "lapsed", "churned", "lost": a verb in the past, so the date says when it happened.
  bool is_past_verb(std::size_t k) const {
    return k < tokens_.size() && tokens_[k].kind == TokenKind::Word &&
           ((tokens_[k].text.size() > 4 && tokens_[k].text.ends_with("ed") &&
             !is_any_word(tokens_, k, {"need", "speed", "exceed", "succeed", "proceed"})) ||
            is_any_word(tokens_, k,
                        {"lost", "won", "sold", "bought", "left", "made", "seen", "held", "was",
                         "were", "had", "did", "went", "came", "became", "got", "spent"}));
  }

  // Words after a period that make it a label for a value ("2025 levels").
  bool is_value_label(std::size_t i) const {
    return is_any_word(tokens_, i,
                       {"level", "levels", "baseline", "baselines", "figure", "figures", "result",
                        "results", "numbers", "average", "averages", "actuals"}) ||
           (is_symbol(tokens_, i, "'") && is_word(tokens_, i + 1, "s"));
  }

  // Words before a period that make it what the change is compared with.
  bool is_comparison_lead(std::size_t lead) const {
    // "no later than June 30" is a deadline; "than 2025" a comparison.
    const bool deadline_than =
        lead > 0 && is_any_word(tokens_, lead - 1, {"later", "earlier", "sooner", "after"});
    return (is_word(tokens_, lead, "than") && !deadline_than) ||
           is_any_word(tokens_, lead, {"versus", "vs", "against"}) ||
           (is_symbol(tokens_, lead, ".") && lead > 0 && is_word(tokens_, lead - 1, "vs")) ||
           (is_any_word(tokens_, lead, {"with", "to"}) && lead > 0 &&
            is_any_word(tokens_, lead - 1, {"compared", "relative", "comparison"})) ||
           (is_any_word(tokens_, lead, {"in", "during"}) && lead > 0 &&
            is_any_word(tokens_, lead - 1, {"than", "versus", "vs"}));
  }

  bool measured_year(std::size_t i) const {
    return is_value_label(i + 1) ||
           (i > 0 && (is_comparison_lead(i - 1) || is_word(tokens_, i - 1, "over")));
  }

  // What a date phrase says about the objective (SPEC §4.4): its deadline, when it starts, or
  // which things are measured ("customers who lapsed in 2025", "compared with Q1 2026").
  enum class Role { Deadline, Start, Measured };

  Role role_of(std::size_t first, std::size_t last, Date date) const {
    std::size_t p = first;
    if (p > 0 && is_word(tokens_, p - 1, "the")) {
      --p;
    }
    if (p == 0) {
      return Role::Deadline;
    }
    const std::size_t lead = p - 1;
    if (is_any_word(tokens_, lead,
                    {"from", "since", "starting", "beginning", "commencing", "effective"}) ||
        (is_any_word(tokens_, lead, {"in", "from", "on", "with"}) && lead > 0 &&
         is_any_word(tokens_, lead - 1, {"starting", "beginning", "commencing", "effective"})) ||
        (is_any_word(tokens_, lead, {"of", "from"}) && lead > 0 &&
         is_word(tokens_, lead - 1, "as"))) {
      return Role::Start;
    }
    if (is_comparison_lead(lead) || (is_word(tokens_, lead, "over") && is_year(tokens_, first))) {
      return Role::Measured;
    }
    // "customers who lapsed in 2025", "deals we lost in Q1", "accounts lost in 2025": a date
    // inside a clause that says which things are meant.
    // A bare participle says when things happened only for a period already over when the
    // mission starts: "accounts lost in 2025", but "new hires onboarded in Q1" is a deadline.
    if (is_any_word(tokens_, lead, {"in", "during"}) && lead > 0 && is_past_verb(lead - 1) &&
        date < start_) {
      return Role::Measured;
    }
    // Only a clause in the past says which things are meant: "partners who go live by Q2"
    // still names a deadline.
    if (is_any_word(tokens_, lead, {"in", "during", "before", "since"}) && lead > 0) {
      bool past = false;
      for (std::size_t k = lead; k-- > 0 && lead - k <= 6;) {
        if (is_any_word(tokens_, k, {"who", "which", "that", "whose", "whom"})) {
          if (past) {
            return Role::Measured;
          }
          break;
        }
        if (tokens_[k].kind != TokenKind::Word) {
          break;
        }
        past = past || is_past_verb(k);
      }
    }
    // "2025 levels", "the Q1 2026 figures": a period used as a label for a value.
    if (is_value_label(last + 1)) {
      return Role::Measured;
    }
    return Role::Deadline;
  }

  // Phrases that sound like a time but name no day: "in the coming months", "soon", "ASAP",
  // "before the summer", "going forward". Returns the phrase's last token.
  std::optional<std::size_t> undated_at(std::size_t i) const {
    if (i >= tokens_.size() || tokens_[i].kind != TokenKind::Word) {
      return std::nullopt;
    }
    if (is_any_word(tokens_, i, {"soon", "shortly", "asap", "eventually", "someday"})) {
      return i;
    }
    static constexpr std::array<std::string_view, 16> kPhrases{
        "as soon as possible", "going forward",    "in the near future",   "at some point",
        "in due course",       "over time",        "in the short term",    "in the medium term",
        "in the long term",    "sooner or later",  "as early as possible", "as quickly as possible",
        "as fast as possible", "in the near term", "in the long run",      "in the short run"};
    for (std::string_view phrase : kPhrases) {
      if (const auto end = phrase_at(i, phrase)) {
        return *end;
      }
    }
    // "before the summer", "by spring", "over the summer", "this autumn".
    if (is_any_word(tokens_, i,
                    {"before", "by", "until", "till", "after", "over", "during", "in", "this",
                     "next", "until"})) {
      std::size_t j = i + 1;
      if (is_word(tokens_, j, "the")) {
        ++j;
      }
      if (is_any_word(tokens_, j,
                      {"summer", "spring", "autumn", "fall", "winter", "holidays", "holiday"}) &&
          !is_year(tokens_, j + 1)) {
        return j;
      }
    }
    // "in the coming months", "over the next few weeks", "in a few months", "within the
    // following quarters": a plural period without a count.
    if (is_any_word(tokens_, i, {"in", "within", "over", "during", "inside"})) {
      std::size_t j = i + 1;
      if (is_any_word(tokens_, j, {"the", "a"})) {
        ++j;
      }
      if (is_any_word(tokens_, j, {"coming", "next", "following", "upcoming"})) {
        ++j;
      }
      if (is_any_word(tokens_, j, {"few", "several"})) {
        ++j;
      } else if (is_word(tokens_, j, "couple") && is_word(tokens_, j + 1, "of")) {
        j += 2;
      }
      const bool plural = is_any_word(tokens_, j, {"days", "weeks", "months", "quarters", "years"});
      if (j > i + 1 && plural && !is_word(tokens_, j - 1, "the")) {
        return j;
      }
      // "in the months ahead", "over the weeks to come"
      if (plural && is_word(tokens_, j - 1, "the") && is_word(tokens_, j + 1, "ahead")) {
        return j + 1;
      }
      if (plural && is_word(tokens_, j - 1, "the") && is_word(tokens_, j + 1, "to") &&
          is_word(tokens_, j + 2, "come")) {
        return j + 2;
      }
    }
    return std::nullopt;
  }

  // The index of the last token when the words of `phrase` start at token `i`.
  std::optional<std::size_t> phrase_at(std::size_t i, std::string_view phrase) const {
    std::size_t j = i;
    while (!phrase.empty()) {
      const std::size_t space = phrase.find(' ');
      const std::string_view word = phrase.substr(0, space);
      phrase = space == std::string_view::npos ? std::string_view{} : phrase.substr(space + 1);
      if (j != i) {
        j = after_hyphen(tokens_, j);
      }
      if (!is_word(tokens_, j, word)) {
        return std::nullopt;
      }
      ++j;
    }
    return j - 1;
  }

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
    if (is_word(tokens_, j, "the") && is_any_word(tokens_, j + 1, {"end", "close"})) {
      ++j;
    }
    if (is_any_word(tokens_, j, {"end", "close"}) &&
        is_word(tokens_, after_hyphen(tokens_, j + 1), "of")) {
      std::size_t k = after_hyphen(tokens_, after_hyphen(tokens_, j + 1) + 1);
      if (is_any_word(tokens_, k, {"the", "this"})) {
        ++k;
      }
      if (is_word(tokens_, k, "current") && is_any_word(tokens_, k + 1, {"fiscal", "financial"})) {
        ++k;
      }
      if (auto match = core_at(k, true)) {
        match->first.reset(); // "the end of Q3" names its last day, not the quarter
        return match;
      }
      if (is_any_word(tokens_, k, {"fiscal", "financial"}) &&
          is_word(tokens_, after_hyphen(tokens_, k + 1), "year")) {
        // "the end of the fiscal year (2027)"
        return fiscal_end_from(after_hyphen(tokens_, k + 1));
      }
      if (is_any_word(tokens_, k, {"fy", "fiscal", "financial"})) {
        return fiscal_end_from(k);
      }
      if (is_word(tokens_, k, "year")) {
        return year_end_from(k);
      }
    }
    // "over 2025", "vs. 2025", "compared to 2025", "2025 levels": the year says what the
    // change is measured against; claimed so it is no amount either.
    if (is_year(tokens_, i) && measured_year(i)) {
      return DateMatch{std::nullopt, i};
    }
    // "the 2026 revenue target": a year used as a label names no deadline, and is no amount.
    if (is_year(tokens_, i) && i > 0 &&
        is_any_word(tokens_, i - 1, {"the", "our", "their", "its", "this", "fiscal", "fy"}) &&
        i + 1 < tokens_.size() && tokens_[i + 1].kind == TokenKind::Word) {
      return DateMatch{std::nullopt, i};
    }
    // "Make 2026 our best year ever", "2026 will be the year we…": the year the objective is
    // about, not an amount.
    if (is_year(tokens_, i) && !in_date_context(i) &&
        (is_any_word(tokens_, i + 1, {"our", "the", "a", "an", "my", "their", "your", "its"}) ||
         (i == 0 && is_any_word(tokens_, i + 1, {"is", "will", "must", "should", "becomes"})))) {
      return whole_year(int_value(tokens_, i), i);
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

  // The end of a fiscal year after the words naming it ("fiscal year end", "FY-end 2027", "end
  // of the fiscal year"): the year written, else the first that ends on or after the start.
  DateMatch fiscal_end_from(std::size_t k) const {
    if (is_year(tokens_, k + 1)) {
      return DateMatch{calendar_.fiscal_year_end(int_value(tokens_, k + 1)), k + 1};
    }
    std::size_t last = 0;
    if (const auto y = fiscal_year_number(tokens_, k + 1, last)) {
      return DateMatch{calendar_.fiscal_year_end(*y), last};
    }
    return DateMatch{calendar_.fiscal_year_end(calendar_.first_fiscal_year()), k};
  }

  // The whole fiscal year named `y`.
  DateMatch whole_fiscal_year(int y, std::size_t last) const {
    return DateMatch{calendar_.fiscal_year_end(y), last, calendar_.fiscal_year_first(y)};
  }

  std::optional<DateMatch> core_at(std::size_t i, bool context) const {
    if (auto match = numeric_date(tokens_, i)) {
      return match;
    }
    if (auto match = quarter_or_half(tokens_, i, calendar_)) {
      return match;
    }
    if (auto match = relative_period(tokens_, i, start_)) {
      match->relative = true;
      return match;
    }
    if (auto match = fiscal_year(i)) {
      return match;
    }
    if (is_any_word(tokens_, i, {"this", "next"}) && is_word(tokens_, i + 1, "year")) {
      return whole_year(start_year() + (tokens_[i].text == "next" ? 1 : 0), i + 1);
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

  // Fiscal years (SPEC §4.4): "FY27", "FY 2027", "fiscal 2027", "fiscal year 2027" (the whole
  // fiscal year); "this/next fiscal year", "the current fiscal year"; "fiscal year end",
  // "FY-end 2027", "FYE" (its last day). A fiscal year is named by the year it ends in.
  std::optional<DateMatch> fiscal_year(std::size_t i) const {
    std::size_t last = 0;
    if (const auto y = fiscal_year_number(tokens_, i, last)) {
      return whole_fiscal_year(*y, last);
    }
    if (is_word(tokens_, i, "fye")) {
      return fiscal_end_from(i);
    }
    std::size_t k = i;
    int offset = -1; // -1: no "this"/"next"
    if (is_any_word(tokens_, k, {"this", "current", "next"})) {
      offset = is_word(tokens_, k, "next") ? 1 : 0;
      ++k;
    }
    const bool fiscal_word = is_any_word(tokens_, k, {"fiscal", "financial"});
    if (!fiscal_word && !is_word(tokens_, k, "fy")) {
      return std::nullopt;
    }
    std::size_t year_at = k;
    if (fiscal_word) {
      year_at = after_hyphen(tokens_, k + 1);
      if (is_word(tokens_, year_at, "yearend")) {
        return fiscal_end_from(year_at);
      }
      if (!is_word(tokens_, year_at, "year")) {
        // "fiscal 2027"
        if (offset < 0 && is_year(tokens_, k + 1)) {
          return whole_fiscal_year(int_value(tokens_, k + 1), k + 1);
        }
        return std::nullopt;
      }
    }
    const std::size_t end_at = after_hyphen(tokens_, year_at + 1);
    if (is_word(tokens_, end_at, "end")) {
      return fiscal_end_from(end_at);
    }
    if (offset >= 0) {
      return whole_fiscal_year(calendar_.first_fiscal_year() + offset, year_at);
    }
    if (fiscal_word && is_year(tokens_, year_at + 1)) {
      return whole_fiscal_year(int_value(tokens_, year_at + 1), year_at + 1);
    }
    return std::nullopt;
  }

  // "by mid-year", "by midyear", "by mid-2027": the first June 30 on or after the start (or
  // the one of the year named), the day the first half ends.
  std::optional<DateMatch> mid_year(std::size_t i) const {
    Date mid = month_end(start_year(), 6);
    if (mid < start_) {
      mid = month_end(start_year() + 1, 6);
    }
    if (is_word(tokens_, i, "midyear")) {
      return DateMatch{mid, i};
    }
    if (!is_word(tokens_, i, "mid")) {
      return std::nullopt;
    }
    const std::size_t j = after_hyphen(tokens_, i + 1);
    if (is_word(tokens_, j, "year")) {
      return DateMatch{mid, j};
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

DateFindings find_dates(std::string_view text, const Tokens& tokens, const Calendar& calendar,
                        std::vector<bool>& claimed) {
  return DateReader(text, tokens, calendar).read(claimed);
}

} // namespace most::statement_detail
