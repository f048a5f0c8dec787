// Vague wording in a statement: words that sound like a target but let anyone declare it met.

#include "statement_tokens.hpp"

#include <algorithm>
#include <array>
#include <span>

namespace most::statement_detail {

namespace {

// The list, by kind:
// - intensity with no number: "significantly", "substantially", "greatly", "dramatically", …
// - praise with no yardstick: "better", "best", "world-class", "best-in-class", "excellent", …
// - amounts with no count: "some", "many", "several", "various", "a lot", "a few", …
// - limits with no limit: "as much as possible", "asap", "where possible", "as needed", …
// - times with no date: "soon", "eventually", "going forward", "in the near future", …
// - open-ended verbs: "optimize", "maximize", "minimize" (any inflection or spelling);
// - trailing hand-waves: "etc.", "and so on", "and more".
// "improve" is not vague by itself (it names a direction). Amounts, like a bare "more", are vague
// only when the statement names no quantity: in "raise the share of customers who buy multiple
// products to 30%" the number is the target and "multiple" just says which customers. Intensity
// and praise stay vague next to a number: "significantly increase sales by 10%" is worth
// trimming to "increase sales by 10%", and SPEC §3 names "significantly" outright.
// A single word glued into a hyphenated compound ("best-selling", "better-known",
// "many-sided") is part of a name or adjective, not a claim.
//
// Phrases are tried longest first so "best-in-class" wins over "best"; a hyphen may stand
// for any space in them ("world-class", "world class").
constexpr auto kPhrases = std::to_array<std::string_view>({
    "as much as possible",
    "as many as possible",
    "as soon as possible",
    "as far as possible",
    "as quickly as possible",
    "as fast as possible",
    "in the near future",
    "state of the art",
    "best in class",
    "at some point",
    "in due course",
    "where possible",
    "if possible",
    "whenever possible",
    "when possible",
    "as needed",
    "as required",
    "as appropriate",
    "world class",
    "first class",
    "top notch",
    "cutting edge",
    "next level",
    "best possible",
    "going forward",
    "over time",
    // Hedges (SPEC §4.5): the objective asks for an attempt, or for less than it says.
    "more or less",
    "attempt to",
    "trying to",
    "strive to",
    "hope to",
    "try to",
    "a little",
    "kind of",
    "sort of",
    "a bit",
});

// Hedges that soften the number after them: "around 600 cars", "some 20 accounts".
constexpr auto kNumberHedges = std::to_array<std::string_view>(
    {"around", "about", "roughly", "approximately", "approx", "circa", "ca", "some", "maybe"});

// Amounts with no count, phrases first; vague only in a statement with no quantity.
constexpr auto kAmountPhrases = std::to_array<std::string_view>({"a number of", "a lot", "a few"});
constexpr auto kAmountWords = std::to_array<std::string_view>(
    {"lots", "plenty", "some", "several", "many", "numerous", "various", "multiple", "countless"});

// Hand-waves that only count at the end of a statement or before punctuation: "… and more."
// but not "win 20 accounts and more referrals".
constexpr auto kTrailing = std::to_array<std::string_view>({"and so on", "and more"});

constexpr auto kWords = std::to_array<std::string_view>(
    {"significantly", "substantially", "considerably", "greatly",
     "dramatically",  "drastically",   "massively",    "hugely",
     "vastly",        "tremendously",  "meaningfully", "noticeably",
     "markedly",      "better",        "best",         "excellent",
     "outstanding",   "superior",      "soon",         "eventually",
     "asap",          "etc",           "roughly",      "approximately",
     "slightly",      "somewhat",      "hopefully",    "ideally",
     "great",         "good",          "try"});

// Open-ended verbs, matched through their inflections ("optimising", "maximized").
bool is_open_ended_verb(const Token& token) {
  static constexpr std::array<std::string_view, 12> kVerbs{
      "optimize",     "optimise",     "maximize",     "maximise",
      "minimize",     "minimise",     "optimization", "optimisation",
      "maximization", "maximisation", "minimization", "minimisation"};
  if (token.kind != TokenKind::Word) {
    return false;
  }
  return BaseForms(token.text).any_of(kVerbs);
}

// The index one past the phrase's last token when `phrase` starts at token `i`.
std::optional<std::size_t> match_phrase(const Tokens& tokens, std::size_t i,
                                        std::string_view phrase, bool only_at_end) {
  std::size_t j = i;
  while (!phrase.empty()) {
    const std::size_t space = phrase.find(' ');
    const std::string_view word = phrase.substr(0, space);
    phrase = space == std::string_view::npos ? std::string_view{} : phrase.substr(space + 1);
    if (j != i) {
      j = after_hyphen(tokens, j);
    }
    if (!is_word(tokens, j, word)) {
      return std::nullopt;
    }
    ++j;
  }
  if (only_at_end && j < tokens.size() && tokens[j].kind != TokenKind::Symbol) {
    return std::nullopt;
  }
  return j;
}

// True when token `i` is joined to a word by a hyphen on either side: "best-selling".
bool in_compound(const Tokens& tokens, std::size_t i) {
  if (after_hyphen(tokens, i + 1) != i + 1) {
    return true;
  }
  return i >= 2 && tokens[i].glued && after_hyphen(tokens, i - 1) == i;
}

bool is_one_of(const Token& token, std::span<const std::string_view> words) {
  return std::ranges::any_of(words, [&](std::string_view word) { return token.text == word; });
}

// True when token `i` starts an amount: digits, a currency sign, or a number word.
bool starts_amount(const Tokens& tokens, std::size_t i) {
  if (i >= tokens.size()) {
    return false;
  }
  const Token& token = tokens[i];
  if (token.kind == TokenKind::Number) {
    return true;
  }
  if (token.kind == TokenKind::Symbol) {
    return token.text == "\xE2\x82\xAC" || token.text == "$" || token.text == "\xC2\xA3";
  }
  return is_any_word(tokens, i, {"eur", "usd", "gbp", "chf"}) || read_number_words(tokens, i);
}

std::optional<std::size_t> match_any(const Tokens& tokens, std::size_t i, bool has_quantity) {
  if (tokens[i].kind != TokenKind::Word) {
    return std::nullopt;
  }
  if (is_one_of(tokens[i], kNumberHedges) && starts_amount(tokens, i + 1)) {
    return i + 1;
  }
  for (std::string_view phrase : kPhrases) {
    if (auto end = match_phrase(tokens, i, phrase, false)) {
      return end;
    }
  }
  for (std::string_view phrase : kTrailing) {
    if (auto end = match_phrase(tokens, i, phrase, true)) {
      return end;
    }
  }
  if (!has_quantity) {
    for (std::string_view phrase : kAmountPhrases) {
      if (auto end = match_phrase(tokens, i, phrase, false)) {
        return end;
      }
    }
  }
  if (in_compound(tokens, i)) {
    return std::nullopt;
  }
  if (is_one_of(tokens[i], kWords) || (!has_quantity && is_one_of(tokens[i], kAmountWords))) {
    return i + 1;
  }
  return std::nullopt;
}

} // namespace

std::vector<std::string> find_vague_words(std::string_view text, const Tokens& tokens,
                                          bool has_quantity) {
  std::vector<std::string> found;
  std::size_t i = 0;
  while (i < tokens.size()) {
    std::optional<std::size_t> end = match_any(tokens, i, has_quantity);
    if (!end && is_open_ended_verb(tokens[i])) {
      end = i + 1;
    }
    // "more" with no number anywhere ("sell more") is a comparative with nothing to compare;
    // "20 more accounts" is specific.
    if (!end && !has_quantity && is_word(tokens, i, "more")) {
      end = i + 1;
    }
    if (!end) {
      ++i;
      continue;
    }
    if (is_word(tokens, *end - 1, "etc") && is_symbol(tokens, *end, ".") && tokens[*end].glued) {
      ++*end; // "etc." keeps its dot
    }
    found.push_back(as_written(text, tokens[i].begin, tokens[*end - 1].end));
    i = *end;
  }
  return found;
}

} // namespace most::statement_detail
