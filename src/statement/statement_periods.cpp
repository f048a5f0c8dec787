// Calendar pieces of statement dates: numeric dates, quarters, halves and relative periods.

#include "statement_tokens.hpp"

#include <array>
#include <cmath>

namespace most::statement_detail {

namespace {

// Quarters and halves ("3rd quarter") take a small ordinal, as a word or a number.
std::optional<int> ordinal_at(const Tokens& tokens, std::size_t i) {
  static constexpr std::array<std::string_view, 4> kWords{"first", "second", "third", "fourth"};
  for (std::size_t k = 0; k < kWords.size(); ++k) {
    if (is_word(tokens, i, kWords[k])) {
      return static_cast<int>(k + 1);
    }
  }
  if (i < tokens.size() && tokens[i].kind == TokenKind::Number && !tokens[i].fraction &&
      tokens[i].int_digits == 1 && tokens[i].value >= 1 && tokens[i].value <= 4) {
    const std::string& suffix = tokens[i].suffix;
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
      return int_value(tokens, i);
    }
  }
  return std::nullopt;
}

// The unit of a relative period, in months (or days when `days` is set).
struct PeriodUnit {
  int months = 0;
  int days = 0;
};

std::optional<PeriodUnit> period_unit(const Tokens& tokens, std::size_t i) {
  if (i >= tokens.size() || tokens[i].kind != TokenKind::Word) {
    return std::nullopt;
  }
  const BaseForms forms(tokens[i].text);
  for (std::size_t k = 0; k < forms.size(); ++k) {
    const std::string_view form = forms[k];
    if (form == "day") {
      return PeriodUnit{0, 1};
    }
    if (form == "week") {
      return PeriodUnit{0, 7};
    }
    if (form == "month") {
      return PeriodUnit{1, 0};
    }
    if (form == "quarter") {
      return PeriodUnit{3, 0};
    }
    if (form == "year") {
      return PeriodUnit{12, 0};
    }
  }
  return std::nullopt;
}

} // namespace

Date month_end(int y, unsigned m) {
  return Date{std::chrono::year_month_day_last{std::chrono::year{y},
                                               std::chrono::month_day_last{std::chrono::month{m}}}};
}

std::optional<Date> make_date(int y, unsigned m, int d) {
  if (d < 1 || d > 31) {
    return std::nullopt;
  }
  const Date candidate{std::chrono::year{y}, std::chrono::month{m},
                       std::chrono::day{static_cast<unsigned>(d)}};
  return candidate.ok() ? std::optional<Date>{candidate} : std::nullopt;
}

std::size_t after_hyphen(const Tokens& tokens, std::size_t j) {
  if (is_symbol(tokens, j, "-") && tokens[j].glued && j + 1 < tokens.size() &&
      tokens[j + 1].glued) {
    return j + 1;
  }
  return j;
}

// "2026-06-30"; "30/06/2026", "6/30/2026", "2026/06/30", "30.06.2026" (dots are always D.M.Y).
// Without a four-digit year a slash form ("6/30", "30/06/26") is ambiguous: its numbers are
// claimed but no date is read. With one, D/M or M/D is chosen only when one side is over 12 or
// both sides agree ("06/07/2026" names no date).
std::optional<DateMatch> numeric_date(const Tokens& tokens, std::size_t i) {
  if (!is_plain_int(tokens, i, 0, 9999)) {
    return std::nullopt;
  }
  const auto glued_int = [&](std::size_t k) {
    return k < tokens.size() && tokens[k].glued && is_plain_int(tokens, k, 0, 9999);
  };
  const auto glued_symbol = [&](std::size_t k, std::string_view s) {
    return is_symbol(tokens, k, s) && tokens[k].glued;
  };
  const auto pick = [](int y, int m, int d) -> std::optional<Date> {
    return m >= 1 && m <= 12 ? make_date(y, static_cast<unsigned>(m), d) : std::nullopt;
  };
  const int a = int_value(tokens, i);
  if (is_year(tokens, i) && glued_symbol(i + 1, "-") && glued_int(i + 2) &&
      glued_symbol(i + 3, "-") && glued_int(i + 4) && tokens[i + 2].int_digits <= 2 &&
      tokens[i + 4].int_digits <= 2) {
    return DateMatch{pick(a, int_value(tokens, i + 2), int_value(tokens, i + 4)), i + 4};
  }
  for (std::string_view sep : {"/", "."}) {
    if (!glued_symbol(i + 1, sep) || !glued_int(i + 2)) {
      continue;
    }
    const int b = int_value(tokens, i + 2);
    const bool three = glued_symbol(i + 3, sep) && glued_int(i + 4);
    if (!three) {
      if (sep == "/" && a >= 1 && a <= 31 && b >= 1 && b <= 31 && (a <= 12 || b <= 12)) {
        return DateMatch{std::nullopt, i + 2};
      }
      return std::nullopt;
    }
    const int c = int_value(tokens, i + 4);
    if (tokens[i].int_digits == 4) {
      return DateMatch{pick(a, b, c), i + 4};
    }
    if (a > 31 || b > 31) {
      return std::nullopt;
    }
    if (tokens[i + 4].int_digits != 4) {
      return DateMatch{std::nullopt, i + 4};
    }
    std::optional<Date> date;
    if (sep == "." || (a > 12 && b <= 12)) {
      date = pick(c, b, a);
    } else if ((b > 12 && a <= 12) || a == b) {
      date = pick(c, a, b);
    }
    return DateMatch{date, i + 4};
  }
  return std::nullopt;
}

Date Calendar::fiscal_year_end(int y) const {
  if (fiscal.month == 1 && fiscal.day == 1) {
    return month_end(y, 12);
  }
  // parse_month_day admits only days every year has, so the day exists in year `y`.
  return add_days(
      Date{std::chrono::year{y}, std::chrono::month{fiscal.month}, std::chrono::day{fiscal.day}},
      -1);
}

Date Calendar::fiscal_year_first(int y) const { return add_days(fiscal_year_end(y - 1), 1); }

int Calendar::first_fiscal_year() const {
  int y = static_cast<int>(start.year());
  while (fiscal_year_end(y) < start) {
    ++y;
  }
  return y;
}

std::optional<int> fiscal_year_number(const Tokens& tokens, std::size_t i, std::size_t& last) {
  if (i >= tokens.size() || tokens[i].kind != TokenKind::Word) {
    return std::nullopt;
  }
  const auto as_year = [](std::string_view digits) -> std::optional<int> {
    if ((digits.size() != 2 && digits.size() != 4) ||
        digits.find_first_not_of("0123456789") != std::string_view::npos) {
      return std::nullopt;
    }
    int value = 0;
    for (char c : digits) {
      value = value * 10 + (c - '0');
    }
    if (digits.size() == 2) {
      return 2000 + value;
    }
    return value >= 1900 && value <= 2199 ? std::optional<int>{value} : std::nullopt;
  };
  const std::string& text = tokens[i].text;
  if (text.size() > 2 && text.starts_with("fy")) {
    last = i;
    // "FY26/27", "FY2026/27": the year it ends in comes second.
    if (is_symbol(tokens, i + 1, "/") && tokens[i + 1].glued && i + 2 < tokens.size() &&
        tokens[i + 2].glued && tokens[i + 2].kind == TokenKind::Number &&
        tokens[i + 2].suffix.empty() && !tokens[i + 2].fraction) {
      if (auto y = as_year(tokens[i + 2].text)) {
        last = i + 2;
        return y;
      }
    }
    return as_year(std::string_view(text).substr(2)); // "FY27", "FY2027"
  }
  if (text != "fy") {
    return std::nullopt;
  }
  std::size_t j = i + 1;
  if ((is_symbol(tokens, j, "-") || is_symbol(tokens, j, "'") ||
       is_symbol(tokens, j, "\xE2\x80\x99")) &&
      tokens[j].glued) {
    ++j; // "FY-27", "FY'27"
  }
  if (j < tokens.size() && tokens[j].kind == TokenKind::Number && tokens[j].suffix.empty() &&
      !tokens[j].fraction && !tokens[j].grouped) {
    if (auto y = as_year(tokens[j].text)) {
      last = j;
      return y;
    }
  }
  return std::nullopt;
}

namespace {

// Which quarter or half the words at token `i` name, and whether of the fiscal year.
struct PeriodWord {
  unsigned index = 0;  ///< 1-based
  unsigned months = 3; ///< 3 for a quarter, 6 for a half
  bool fiscal = false;
  std::size_t last = 0;
};

// "Q3", "H1" and their fiscal forms "FQ1", "FH2" ("fiscal" already read when `fiscal`).
std::optional<PeriodWord> short_period(std::string_view text, bool fiscal, std::size_t at) {
  if (!fiscal && text.size() == 3 && text[0] == 'f' && (text[1] == 'q' || text[1] == 'h')) {
    fiscal = true;
    text = text.substr(1); // "FQ1", "FH2"
  }
  if (text.size() == 2 && text[0] == 'q' && text[1] >= '1' && text[1] <= '4') {
    return PeriodWord{static_cast<unsigned>(text[1] - '0'), 3, fiscal, at};
  }
  if (text.size() == 2 && text[0] == 'h' && (text[1] == '1' || text[1] == '2')) {
    return PeriodWord{static_cast<unsigned>(text[1] - '0'), 6, fiscal, at};
  }
  return std::nullopt;
}

std::optional<PeriodWord> period_word(const Tokens& tokens, std::size_t i) {
  if (i >= tokens.size() || tokens[i].kind != TokenKind::Word) {
    return std::nullopt;
  }
  bool fiscal = false;
  std::size_t j = i;
  if (is_any_word(tokens, i, {"fiscal", "financial"})) {
    fiscal = true;
    j = after_hyphen(tokens, i + 1);
    if (j >= tokens.size() || tokens[j].kind != TokenKind::Word) {
      return std::nullopt;
    }
  }
  if (auto word = short_period(tokens[j].text, fiscal, j)) {
    return word;
  }
  const auto ordinal = ordinal_at(tokens, j);
  if (!ordinal) {
    return std::nullopt;
  }
  j = after_hyphen(tokens, j + 1);
  if (!fiscal && is_any_word(tokens, j, {"fiscal", "financial"})) {
    fiscal = true; // "the first fiscal quarter"
    j = after_hyphen(tokens, j + 1);
  }
  if (is_word(tokens, j, "quarter")) {
    return PeriodWord{static_cast<unsigned>(*ordinal), 3, fiscal, j};
  }
  if (is_word(tokens, j, "half") && *ordinal <= 2) {
    return PeriodWord{static_cast<unsigned>(*ordinal), 6, fiscal, j};
  }
  return std::nullopt;
}

} // namespace

// "Q3", "third quarter", "H1", "second half", each with an optional year; "fiscal Q1", "FQ1",
// "first fiscal quarter", "Q1 FY27" are quarters of the fiscal year. Without a year a period is
// its first occurrence that ends on or after the mission start (SPEC §3, §4.4).
std::optional<DateMatch> quarter_or_half(const Tokens& tokens, std::size_t i,
                                         const Calendar& calendar) {
  // "FY27 Q2": the fiscal year first, then its quarter.
  std::size_t fy_first_last = 0;
  const auto leading_fy = fiscal_year_number(tokens, i, fy_first_last);
  const auto word = period_word(tokens, leading_fy ? fy_first_last + 1 : i);
  if (!word) {
    return std::nullopt;
  }
  const unsigned index = word->index;
  const unsigned months = word->months;
  bool fiscal = word->fiscal || leading_fy.has_value();
  std::size_t j = word->last;
  const bool at_end = is_word(tokens, after_hyphen(tokens, j + 1), "end");
  if (at_end) {
    j = after_hyphen(tokens, j + 1); // "Q3 end", "Q3-end": the last day only
  }
  const int start_year = static_cast<int>(calendar.start.year());
  std::optional<int> year = leading_fy;
  std::size_t fy_last = 0;
  std::size_t fy_at = j + 1;
  if (is_word(tokens, fy_at, "of") || is_symbol(tokens, fy_at, ",")) {
    ++fy_at;
  }
  if (auto fy = fiscal_year_number(tokens, fy_at, fy_last)) {
    fiscal = true; // "Q1 FY27", "Q1 of FY2027"
    year = *fy;
    j = fy_last;
  } else if (is_year(tokens, j + 1)) {
    year = int_value(tokens, ++j);
  } else if (is_word(tokens, j + 1, "of") && is_year(tokens, j + 2)) {
    year = int_value(tokens, j + 2);
    j += 2;
  } else if (is_word(tokens, j + 1, "of") && is_any_word(tokens, j + 2, {"the", "this", "next"}) &&
             is_word(tokens, j + 3, "year")) {
    year = start_year + (is_word(tokens, j + 2, "next") ? 1 : 0);
    j += 3;
  }
  // The period of year `y`: calendar months, or months counted from the fiscal year's start.
  const auto period = [&](int y) {
    if (fiscal) {
      const Date base = calendar.fiscal_year_first(y);
      return std::pair{add_months(base, static_cast<int>(months * (index - 1))),
                       add_days(add_months(base, static_cast<int>(months * index)), -1)};
    }
    const unsigned end_month = index * months;
    return std::pair{*make_date(y, end_month - months + 1, 1), month_end(y, end_month)};
  };
  std::pair<Date, Date> found;
  if (year) {
    found = period(*year);
  } else {
    int y = fiscal ? calendar.first_fiscal_year() : start_year;
    found = period(y);
    while (found.second < calendar.start) {
      found = period(++y);
    }
  }
  const std::optional<Date> first = at_end ? std::nullopt : std::optional<Date>{found.first};
  return DateMatch{found.second, j, first};
}

// "within 6 months" ends the day before start + 6 months (start 2026-01-01: through 2026-06-30,
// so 2026-07-01 is outside); "in 90 days" is day 90 counting the start as day 1; "within the
// next year" is a period of one. Each allows every day from the start on.
std::optional<DateMatch> relative_period(const Tokens& tokens, std::size_t i, Date start) {
  if (!is_any_word(tokens, i, {"within", "in", "over", "inside", "during"})) {
    return std::nullopt;
  }
  std::size_t j = i + 1;
  if (is_word(tokens, j, "the")) {
    ++j;
  }
  const bool lead = is_any_word(tokens, j, {"next", "coming", "following", "first"});
  const bool first = is_word(tokens, j, "first");
  if (lead) {
    ++j;
  }
  int count = 0;
  if (is_plain_int(tokens, j, 1, 10000)) {
    count = int_value(tokens, j++);
  } else if (is_any_word(tokens, j, {"a", "an"})) {
    count = 1;
    ++j;
  } else if (const auto words = read_number_words(tokens, j)) {
    if (words->value < 1 || words->value > 10000 || std::floor(words->value) != words->value) {
      return std::nullopt;
    }
    count = static_cast<int>(words->value);
    j = words->last + 1;
  } else if (lead && !first) {
    count = 1; // "within the next year"; "in the first quarter" is Q1, read elsewhere
  } else {
    return std::nullopt;
  }
  const auto unit = period_unit(tokens, j);
  if (!unit) {
    return std::nullopt;
  }
  if (is_symbol(tokens, j + 1, "'") && tokens[j + 1].glued) {
    ++j; // "six months' time"
  }
  if (is_word(tokens, j + 1, "time")) {
    ++j;
  }
  // "within 10000 years" names no day a report can print (YYYY-MM-DD ends with 9999).
  const Date last = unit->days > 0 ? add_days(start, count * unit->days)
                                   : add_months(start, count * unit->months);
  if (last > kLastDay) {
    return std::nullopt;
  }
  // The whole period is on time: "within 6 months" allows any day from the start.
  if (unit->days > 0) {
    return DateMatch{add_days(start, count * unit->days - 1), j, start};
  }
  return DateMatch{add_days(add_months(start, count * unit->months), -1), j, start};
}

} // namespace most::statement_detail
