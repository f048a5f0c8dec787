// Quantities in a statement: "10%", "five percent", "EUR 50k", "$1.2M", "20 new accounts", "2x".

#include "statement_tokens.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace most::statement_detail {

namespace {

constexpr std::array<std::string_view, 20> kSmall{
    "zero",     "one",     "two",     "three",     "four",     "five",    "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 8> kTens{"twenty", "thirty",  "forty",  "fifty",
                                                "sixty",  "seventy", "eighty", "ninety"};

std::optional<int> small_number(const Tokens& tokens, std::size_t i) {
  for (std::size_t k = 0; k < kSmall.size(); ++k) {
    if (is_word(tokens, i, kSmall[k])) {
      return static_cast<int>(k);
    }
  }
  return std::nullopt;
}

std::optional<int> tens_number(const Tokens& tokens, std::size_t i) {
  for (std::size_t k = 0; k < kTens.size(); ++k) {
    if (is_word(tokens, i, kTens[k])) {
      return static_cast<int>(k + 2) * 10;
    }
  }
  return std::nullopt;
}

// Symbols, ISO codes and currency words, each with its ISO code. Codes that are also English
// words ("try" for the lira) are left out so they never turn a count into money.
std::optional<std::string> currency_code(const Token& token) {
  static constexpr auto kCurrencies = std::to_array<std::pair<std::string_view, std::string_view>>({
      {"€", "EUR"},       {"$", "USD"},     {"£", "GBP"},      {"¥", "JPY"},     {"₹", "INR"},
      {"eur", "EUR"},     {"usd", "USD"},   {"gbp", "GBP"},    {"chf", "CHF"},   {"jpy", "JPY"},
      {"cny", "CNY"},     {"aud", "AUD"},   {"cad", "CAD"},    {"sek", "SEK"},   {"nok", "NOK"},
      {"dkk", "DKK"},     {"pln", "PLN"},   {"inr", "INR"},    {"nzd", "NZD"},   {"sgd", "SGD"},
      {"hkd", "HKD"},     {"zar", "ZAR"},   {"euro", "EUR"},   {"euros", "EUR"}, {"dollar", "USD"},
      {"dollars", "USD"}, {"pound", "GBP"}, {"pounds", "GBP"}, {"yen", "JPY"},   {"francs", "CHF"},
      {"franc", "CHF"},
  });
  if (token.kind == TokenKind::Number) {
    return std::nullopt;
  }
  for (const auto& [text, code] : kCurrencies) {
    if (token.text == text) {
      return std::string(code);
    }
  }
  return std::nullopt;
}

bool is_prefix_currency(const Token& token) {
  // Currency words ("euros") follow the amount; symbols and ISO codes may lead it.
  const auto code = currency_code(token);
  return code && (token.kind == TokenKind::Symbol || token.text.size() == 3);
}

struct Amount {
  double value = 0;
  std::string unit;
  std::size_t last = 0;
};

// A suffix glued to digits: a scale ("k", "bn"), a unit ("pp", "pct", "eur"), or both ("keur").
bool apply_suffix(const Token& token, Amount& amount) {
  std::string_view rest = token.suffix;
  if (rest == "st" || rest == "nd" || rest == "rd" || rest == "th" || rest == "am" ||
      rest == "pm") {
    return false; // an ordinal ("the 5th store") or a time ("5pm") is not an amount
  }
  double scale = 1;
  for (std::string_view candidate : {"mio", "bn", "mn", "k", "m", "b"}) {
    if (rest.starts_with(candidate)) {
      const std::string_view tail = rest.substr(candidate.size());
      Token probe;
      probe.kind = TokenKind::Word;
      probe.text = std::string(tail);
      if (tail.empty() || currency_code(probe)) {
        scale = *scale_of(candidate);
        rest = tail;
        break;
      }
    }
  }
  amount.value = scaled_value(token, scale);
  if (rest.empty()) {
    return true;
  }
  if (rest == "x") {
    // "3x" grows to three times, +200%; "0.5x" shrinks to half, a 50% change.
    amount.value = std::abs(amount.value - 1) * 100;
    amount.unit = "%";
  } else if (rest == "pp" || rest == "ppt" || rest == "pt" || rest == "pts" || rest == "pct" ||
             rest == "percent") {
    amount.unit = "%";
  } else if (rest == "bp" || rest == "bps") {
    amount.value /= 100;
    amount.unit = "%";
  } else {
    Token probe;
    probe.kind = TokenKind::Word;
    probe.text = std::string(rest);
    amount.unit = currency_code(probe).value_or(""); // "24h", "5g": still a count
  }
  return true;
}

// A multiplier verb names its own change in percent: "double" is 100% more, "halve" 50% less
// (the verb gives the direction).
std::optional<Amount> multiplier_word(const Tokens& tokens, std::size_t i) {
  static constexpr std::array<std::pair<std::string_view, double>, 4> kMultipliers{
      {{"double", 100}, {"triple", 200}, {"quadruple", 300}, {"halve", 50}}};
  if (i >= tokens.size() || tokens[i].kind != TokenKind::Word) {
    return std::nullopt;
  }
  if (is_symbol(tokens, i + 1, "-") && tokens[i + 1].glued) {
    return std::nullopt; // "double-digit growth" is an adjective, not an amount
  }
  const BaseForms forms(tokens[i].text);
  for (std::size_t k = 0; k < forms.size(); ++k) {
    for (const auto& [word, percent] : kMultipliers) {
      if (forms[k] == word) {
        return Amount{percent, "%", i};
      }
    }
  }
  if (is_word(tokens, i, "twice") && is_word(tokens, i + 1, "as")) {
    return Amount{100, "%", i}; // "twice as many booked demos": double
  }
  if (is_word(tokens, i, "half") && i > 0 && is_any_word(tokens, i - 1, {"in", "by"})) {
    return Amount{50, "%", i};
  }
  return std::nullopt;
}

bool is_time_unit(const Tokens& tokens, std::size_t i) {
  static constexpr std::array<std::string_view, 7> kUnits{"day",  "week", "month", "quarter",
                                                          "year", "hour", "minute"};
  return i < tokens.size() && tokens[i].kind == TokenKind::Word &&
         BaseForms(tokens[i].text).any_of(kUnits);
}

// "by a quarter", "a third of revenue", "two thirds", "by half": a share, in percent. A share
// after a count names a rate ("12 deals a quarter"), so only a lead that asks for a change or
// an "of" after it makes it an amount.
std::optional<Amount> fraction_words(const Tokens& tokens, std::size_t i) {
  static constexpr auto kParts =
      std::to_array<std::pair<std::string_view, double>>({{"half", 50},
                                                          {"third", 100.0 / 3},
                                                          {"thirds", 100.0 / 3},
                                                          {"quarter", 25},
                                                          {"quarters", 25},
                                                          {"fifth", 20},
                                                          {"fifths", 20},
                                                          {"tenth", 10},
                                                          {"tenths", 10}});
  double count = 0;
  if (is_any_word(tokens, i, {"a", "an", "one"})) {
    count = 1;
  } else if (is_word(tokens, i, "two")) {
    count = 2;
  } else if (is_word(tokens, i, "three")) {
    count = 3;
  } else {
    return std::nullopt;
  }
  const std::size_t part = after_hyphen(tokens, i + 1); // "one-third"
  for (const auto& [word, share] : kParts) {
    if (!is_word(tokens, part, word) || (count > 1) != word.ends_with('s') ||
        (word == "half" && count > 1)) {
      continue;
    }
    const bool lead = i > 0 && is_any_word(tokens, i - 1,
                                           {"by", "to", "than", "nearly", "almost", "about", "over",
                                            "least", "around", "roughly", "under"});
    if (!lead && !is_word(tokens, part + 1, "of")) {
      return std::nullopt;
    }
    return Amount{count * share, "%", part};
  }
  return std::nullopt;
}

// Numbers that name a thing rather than an amount: "version 2.4", "v2.4", "release 3",
// "phase 2", "tier 1", "ISO 9001", and "Top 5" used as a name ("our Top 20 accounts"), which
// is a rank to reach only after "be", "among", "into", "one of the" and the like.
bool is_label_number(const Tokens& tokens, std::size_t i) {
  if (i == 0) {
    return false;
  }
  if (is_any_word(tokens, i - 1,
                  {"version", "release", "v", "ver", "rel", "phase", "tier", "stage", "wave", "iso",
                   "gen", "generation", "level", "step", "model", "series"})) {
    return true;
  }
  // "v2.4", "1.2.3": the parts after a dot glued to a word or number.
  if (tokens[i].glued && is_symbol(tokens, i - 1, ".") && tokens[i - 1].glued && i >= 2 &&
      tokens[i - 2].kind != TokenKind::Symbol) {
    const Token& before = tokens[i - 2];
    return before.kind == TokenKind::Number ||
           (!before.text.empty() && before.text.back() >= '0' && before.text.back() <= '9');
  }
  if (is_word(tokens, i - 1, "top")) {
    std::size_t p = i - 1;
    if (p > 0 && is_any_word(tokens, p - 1, {"the", "a"})) {
      --p;
    }
    return !(p > 0 && is_any_word(tokens, p - 1,
                                  {"be", "become", "among", "into", "of", "in", "reach", "rank",
                                   "remain", "stay", "join", "enter", "make", "within", "is"}));
  }
  return false;
}

std::optional<Amount> read_core(const Tokens& tokens, std::size_t i) {
  if (is_label_number(tokens, i)) {
    return std::nullopt;
  }
  if (auto fraction = fraction_words(tokens, i)) {
    return fraction;
  }
  Amount amount;
  if (tokens[i].kind == TokenKind::Number) {
    if (!apply_suffix(tokens[i], amount)) {
      return std::nullopt;
    }
    amount.last = i;
    const bool bare = tokens[i].suffix.empty();
    if (bare && i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::Word) {
      if (const auto scale = scale_of(tokens[i + 1].text)) {
        amount.value = scaled_value(tokens[i], *scale);
        amount.last = i + 1;
      }
    }
    return amount;
  }
  if (auto multiplier = multiplier_word(tokens, i)) {
    return multiplier;
  }
  const auto words = read_number_words(tokens, i);
  if (!words) {
    return std::nullopt;
  }
  // "one of the top five dealers", "no one": "one" as a pronoun is not an amount.
  if (words->last == i && is_word(tokens, i, "one") &&
      (is_any_word(tokens, i + 1, {"of", "another"}) ||
       (i > 0 &&
        is_any_word(tokens, i - 1, {"no", "any", "every", "each", "the", "this", "that"})))) {
    return std::nullopt;
  }
  amount.value = words->value;
  amount.last = words->last;
  return amount;
}

// Units after the amount: "%", "percent", "per cent", "points", "basis points", "EUR", "euros".
void read_unit_after(const Tokens& tokens, Amount& amount) {
  const std::size_t j = amount.last + 1;
  if (j >= tokens.size()) {
    return;
  }
  if (is_symbol(tokens, j, "%") ||
      is_any_word(tokens, j, {"percent", "pct", "pp", "ppt", "pts", "point", "points"})) {
    amount.unit = "%";
    amount.last = j;
  } else if (is_word(tokens, j, "per") && is_word(tokens, j + 1, "cent")) {
    amount.unit = "%";
    amount.last = j + 1;
  } else if (is_word(tokens, j, "percentage")) {
    amount.unit = "%";
    amount.last = is_any_word(tokens, j + 1, {"point", "points"}) ? j + 1 : j;
  } else if ((is_word(tokens, j, "basis") && is_any_word(tokens, j + 1, {"point", "points"})) ||
             is_any_word(tokens, j, {"bp", "bps"})) {
    amount.value /= 100;
    amount.unit = "%";
    amount.last = is_word(tokens, j, "basis") ? j + 1 : j;
  } else if (is_any_word(tokens, j, {"us", "swiss"}) && j + 1 < tokens.size() &&
             currency_code(tokens[j + 1])) {
    amount.unit = *currency_code(tokens[j + 1]);
    amount.last = j + 1;
  } else if (const auto code = currency_code(tokens[j])) {
    amount.unit = *code;
    amount.last = is_word(tokens, j + 1, "sterling") ? j + 1 : j;
  }
}

// "from 10 to 6 percent", "2 to 3 points", "10-15%", "between 5 and 8%": the first end of a
// range borrows the unit named after the second.
void share_range_units(const Tokens& tokens, std::vector<FoundQuantity>& found) {
  for (std::size_t k = 0; k + 1 < found.size(); ++k) {
    const std::size_t link = found[k].last + 1;
    if (found[k + 1].first != link + 1) {
      continue;
    }
    const bool between = found[k].first > 0 && is_word(tokens, found[k].first - 1, "between");
    const bool range = is_word(tokens, link, "to") || (between && is_word(tokens, link, "and")) ||
                       ((is_symbol(tokens, link, "-") || is_symbol(tokens, link, "–")) &&
                        tokens[link].glued && tokens[link + 1].glued);
    if (range && found[k].quantity.unit.empty()) {
      found[k].quantity.unit = found[k + 1].quantity.unit;
    }
  }
}

} // namespace

std::optional<NumberWords> read_number_words(const Tokens& tokens, std::size_t i) {
  enum class Prev { None, Article, Small, Tens, Hundred, Scale, And, Hyphen };
  Prev prev = Prev::None;
  double total = 0;
  double current = 0;
  bool any = false;
  std::size_t last = i;
  std::size_t j = i;
  if (is_any_word(tokens, i, {"a", "an"}) &&
      is_any_word(tokens, i + 1, {"hundred", "thousand", "million", "billion", "dozen"})) {
    prev = Prev::Article;
    j = i + 1;
  }
  const auto counted = [&] { return current == 0 ? 1 : current; };
  for (; j < tokens.size(); ++j) {
    const auto small = small_number(tokens, j);
    const auto tens = tens_number(tokens, j);
    if (small &&
        (prev == Prev::None || prev == Prev::Hundred || prev == Prev::Scale || prev == Prev::And ||
         prev == Prev::Hyphen || (prev == Prev::Tens && *small >= 1 && *small <= 9))) {
      current += *small;
      prev = Prev::Small;
    } else if (tens && (prev == Prev::None || prev == Prev::Hundred || prev == Prev::Scale ||
                        prev == Prev::And)) {
      current += *tens;
      prev = Prev::Tens;
    } else if (is_word(tokens, j, "hundred") &&
               (prev == Prev::Small || prev == Prev::Tens || prev == Prev::Article)) {
      current = counted() * 100;
      prev = Prev::Hundred;
    } else if (is_any_word(tokens, j, {"thousand", "million", "billion"}) &&
               (prev == Prev::Small || prev == Prev::Tens || prev == Prev::Hundred ||
                prev == Prev::Article)) {
      total += counted() * *scale_of(tokens[j].text);
      current = 0;
      prev = Prev::Scale;
    } else if (is_word(tokens, j, "dozen") &&
               (prev == Prev::Small || prev == Prev::Tens || prev == Prev::Article)) {
      current = counted() * 12;
      prev = Prev::Scale;
    } else if (is_word(tokens, j, "and") && (prev == Prev::Hundred || prev == Prev::Scale) &&
               (small_number(tokens, j + 1) || tens_number(tokens, j + 1))) {
      prev = Prev::And;
      continue;
    } else if (is_symbol(tokens, j, "-") && tokens[j].glued && prev == Prev::Tens &&
               j + 1 < tokens.size() && tokens[j + 1].glued && small_number(tokens, j + 1)) {
      prev = Prev::Hyphen;
      continue;
    } else {
      break;
    }
    any = true;
    last = j;
  }
  if (!any) {
    return std::nullopt;
  }
  return NumberWords{total + current, last};
}

std::vector<FoundQuantity> find_quantities(const Tokens& tokens, const std::vector<bool>& claimed) {
  std::vector<FoundQuantity> found;
  std::size_t i = 0;
  while (i < tokens.size()) {
    if (claimed[i]) {
      ++i;
      continue;
    }
    std::size_t start = i;
    std::optional<std::string> prefix_unit;
    if (is_prefix_currency(tokens[i]) && i + 1 < tokens.size() && !claimed[i + 1]) {
      prefix_unit = currency_code(tokens[i]);
      start = i + 1;
    }
    auto amount = read_core(tokens, start);
    if (!amount && prefix_unit) {
      prefix_unit.reset();
      start = i;
      amount = read_core(tokens, start);
    }
    bool blocked = !amount;
    for (std::size_t k = start; !blocked && k <= amount->last; ++k) {
      blocked = claimed[k]; // never read into a date phrase ("ten" of "within ten days")
    }
    if (blocked) {
      ++i;
      continue;
    }
    if (prefix_unit) {
      amount->unit = *prefix_unit;
    } else if (amount->unit.empty() && amount->last + 1 < tokens.size() &&
               !claimed[amount->last + 1]) {
      read_unit_after(tokens, *amount);
    }
    const std::size_t next = amount->last + 1;
    // "a 12-month plan" names a period, not an amount.
    const bool period = is_symbol(tokens, next, "-") && tokens[next].glued &&
                        next + 1 < tokens.size() && tokens[next + 1].glued &&
                        is_time_unit(tokens, next + 1);
    if (!period && std::isfinite(amount->value)) {
      const std::size_t first = prefix_unit ? i : start;
      found.push_back(
          {Quantity{amount->value, amount->unit, tokens[first].begin, tokens[amount->last].end},
           first, amount->last});
    }
    i = amount->last + 1;
  }
  share_range_units(tokens, found);
  return found;
}

} // namespace most::statement_detail
