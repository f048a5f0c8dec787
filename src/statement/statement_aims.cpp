// Aims and direction of a statement: which verbs it asks for, and which way they move the metric.

#include "statement_tokens.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace most::statement_detail {

namespace {

constexpr Direction kUp = Direction::Increase;
constexpr Direction kDown = Direction::Decrease;
constexpr Direction kNone = Direction::None;

struct AimWord {
  std::string_view base; ///< what `aims` reports (points into the tables below)
  Direction direction = kNone;
};

// Aim verbs by direction, in base form. "improve", "achieve" and the like are aims without a
// direction: "improve churn" means lowering it, so only the numbers can tell ("from 10% to 6%").
constexpr auto kIncreaseVerbs = std::to_array<std::string_view>(
    {"increase", "grow",     "raise", "boost", "expand",  "double",  "triple",     "quadruple",
     "lift",     "add",      "gain",  "win",   "acquire", "extend",  "accelerate", "maximize",
     "enlarge",  "multiply", "rise",  "hire",  "recruit", "attract", "broaden",    "strengthen"});
constexpr auto kDecreaseVerbs = std::to_array<std::string_view>(
    {"reduce", "cut", "lower", "decrease", "shrink", "decline", "drop", "minimize", "halve",
     "slash", "trim", "eliminate", "lessen", "diminish", "shorten", "curb", "fall"});
constexpr auto kOtherVerbs = std::to_array<std::string_view>(
    {"improve",   "achieve",   "reach",  "hit",       "attain",   "maintain", "keep",
     "sustain",   "hold",      "retain", "deliver",   "generate", "sell",     "close",
     "launch",    "complete",  "secure", "book",      "land",     "convert",  "onboard",
     "implement", "introduce", "become", "establish", "develop",  "create",   "enter",
     "open",      "sign",      "get",    "bring",     "move",     "change",   "shift",
     "optimize",  "enhance",   "ensure", "upsell",    "renew",    "exceed",   "outperform",
     "penetrate", "train",     "drive",  "push",      "build",    "capture",  "stabilize",
     "make",      "protect",   "stay",   "remain",    "preserve", "defend"});

// Irregular forms, nouns and British spellings, each with the base form it stands for.
constexpr auto kOtherForms = std::to_array<std::pair<std::string_view, std::string_view>>(
    {{"grew", "grow"},           {"grown", "grow"},         {"growth", "grow"},
     {"expansion", "expand"},    {"uplift", "lift"},        {"won", "win"},
     {"maximise", "maximize"},   {"rose", "rise"},          {"risen", "rise"},
     {"reduction", "reduce"},    {"shrank", "shrink"},      {"shrunk", "shrink"},
     {"minimise", "minimize"},   {"fell", "fall"},          {"fallen", "fall"},
     {"improvement", "improve"}, {"kept", "keep"},          {"held", "hold"},
     {"sold", "sell"},           {"became", "become"},      {"got", "get"},
     {"brought", "bring"},       {"optimise", "optimize"},  {"drove", "drive"},
     {"built", "build"},         {"stabilise", "stabilize"}});

std::optional<AimWord> base_aim(std::string_view base) {
  for (std::string_view verb : kIncreaseVerbs) {
    if (verb == base) {
      return AimWord{verb, kUp};
    }
  }
  for (std::string_view verb : kDecreaseVerbs) {
    if (verb == base) {
      return AimWord{verb, kDown};
    }
  }
  for (std::string_view verb : kOtherVerbs) {
    if (verb == base) {
      return AimWord{verb, kNone};
    }
  }
  return std::nullopt;
}

std::optional<AimWord> aim_word(const Tokens& tokens, std::size_t i) {
  if (i >= tokens.size() || tokens[i].kind != TokenKind::Word) {
    return std::nullopt;
  }
  const BaseForms forms(tokens[i].text);
  for (std::size_t k = 0; k < forms.size(); ++k) {
    const std::string_view form = forms[k];
    for (const auto& [other, base] : kOtherForms) {
      if (form == other) {
        return base_aim(base);
      }
    }
    if (auto aim = base_aim(form)) {
      return aim;
    }
  }
  return std::nullopt;
}

Direction direction_of(std::string_view base) {
  const auto aim = base_aim(base);
  return aim ? aim->direction : kNone;
}

// "close rate", "win rate": an aim word used as a noun modifier names a metric, not an aim;
// "double-digit", "drop-off": a hyphenated compound is an adjective or a noun.
bool names_metric(const Tokens& tokens, std::size_t i) {
  if (after_hyphen(tokens, i + 1) != i + 1) {
    return true;
  }
  return is_any_word(tokens, after_hyphen(tokens, i + 1),
                     {"rate", "rates", "ratio", "ratios", "size", "value", "volume"});
}

// Words that join two aims into one statement; "as well as" is three tokens.
std::size_t joiner_length(const Tokens& tokens, std::size_t i) {
  if (is_any_word(tokens, i, {"and", "plus", "while", "whilst", "then", "but", "or"}) ||
      is_symbol(tokens, i, "&") || is_symbol(tokens, i, ",") || is_symbol(tokens, i, ";") ||
      is_symbol(tokens, i, "—") || is_symbol(tokens, i, "–")) {
    return 1;
  }
  if (is_word(tokens, i, "as") && is_word(tokens, i + 1, "well") && is_word(tokens, i + 2, "as")) {
    return 3;
  }
  return 0;
}

// Words that may stand before a clause's verb or aim noun: "to", "we will", "also",
// "significantly", and the article or amount before a noun ("a 10% increase").
bool is_lead_in(const Token& token) {
  if (token.kind == TokenKind::Number) {
    return true;
  }
  if (token.kind == TokenKind::Symbol) {
    return token.text == "%" || token.text == "€" || token.text == "$" || token.text == "£";
  }
  static constexpr std::array<std::string_view, 20> kLeadIns{
      "to",  "we",    "i",    "you",     "they", "will", "shall", "must", "should", "would",
      "can", "could", "also", "further", "then", "a",    "an",    "the",  "our",    "we'll"};
  for (std::string_view word : kLeadIns) {
    if (token.text == word) {
      return true;
    }
  }
  return token.text.size() > 4 && token.text.ends_with("ly"); // "significantly increase"
}

struct Clause {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t joiner = 0; ///< the joiner's first token; only meaningful when `begin` > 0
};

std::vector<Clause> split_clauses(const Tokens& tokens) {
  std::vector<Clause> clauses;
  std::size_t begin = 0;
  std::size_t joiner = 0;
  std::size_t i = 0;
  while (i < tokens.size()) {
    const std::size_t length = joiner_length(tokens, i);
    if (length == 0) {
      ++i;
      continue;
    }
    if (i > begin) {
      clauses.push_back({begin, i, joiner});
    }
    joiner = i;
    i += length;
    begin = i;
  }
  if (begin < tokens.size()) {
    clauses.push_back({begin, tokens.size(), joiner});
  }
  return clauses;
}

std::size_t first_content(const Tokens& tokens, const Clause& clause) {
  std::size_t i = clause.begin;
  while (i < clause.end && is_lead_in(tokens[i])) {
    ++i;
  }
  return i;
}

// "… while keeping discounts below 5%", "…, without adding headcount": a limit on how the aim is
// reached, not a second aim. Only holding verbs make a "while" clause a limit: "grow revenue
// while reducing churn" still asks for two results. `verb` is the clause's aim word.
bool is_constraint(const Tokens& tokens, const Clause& clause, std::size_t verb) {
  static constexpr std::array<std::string_view, 11> kHolding{
      "keep",    "maintain", "hold",   "sustain", "retain", "preserve",
      "protect", "stay",     "remain", "kept",    "held"};
  if (is_any_word(tokens, first_content(tokens, clause), {"without", "not"})) {
    return true;
  }
  const bool after_while =
      clause.begin > 0 && is_any_word(tokens, clause.joiner, {"while", "whilst"});
  return after_while && verb < clause.end && tokens[verb].kind == TokenKind::Word &&
         BaseForms(tokens[verb].text).any_of(kHolding);
}

// Tokens `first`..`last` as one lower-case phrase, glued tokens kept together ("best-selling").
std::string phrase_of(const Tokens& tokens, std::size_t first, std::size_t last) {
  std::string phrase;
  for (std::size_t k = first; k <= last; ++k) {
    if (k > first && !tokens[k].glued) {
      phrase += ' ';
    }
    phrase += tokens[k].text;
  }
  return phrase;
}

// The verb and the object that follows it ("increase gross margin"), stopping at the first
// number, symbol or preposition; enough to tell "increase revenue" from "increase margin".
std::string verb_and_object(const Tokens& tokens, std::size_t verb, std::size_t end) {
  std::size_t last = verb;
  int words = 0;
  for (std::size_t k = verb + 1; k < end && words < 4; ++k) {
    if (after_hyphen(tokens, k) != k && tokens[k - 1].kind == TokenKind::Word) {
      last = ++k; // "after-sales", "year-over-year": the hyphen and the word after it
      continue;
    }
    if (tokens[k].kind != TokenKind::Word ||
        is_any_word(tokens, k,
                    {"by",    "to",     "from",  "in",     "at",     "of",     "for",  "within",
                     "until", "before", "on",    "with",   "across", "per",    "over", "through",
                     "than",  "into",   "among", "during", "via",    "without"})) {
      break;
    }
    last = k;
    ++words;
  }
  return phrase_of(tokens, verb, last);
}

} // namespace

// Words that end the noun phrase after a verb or an amount.
bool ends_noun_phrase(const Tokens& tokens, std::size_t k) {
  return tokens[k].kind != TokenKind::Word ||
         is_any_word(tokens, k, {"by",      "to",      "from",   "in",   "at",    "of",     "for",
                                 "within",  "until",   "before", "on",   "with",  "across", "per",
                                 "over",    "through", "than",   "into", "among", "during", "via",
                                 "without", "each",    "every",  "a",    "an"});
}

// The words after token `after` up to the clause end or a preposition ("new cars" after "600").
std::string noun_after(const Tokens& tokens, std::size_t after, std::size_t end) {
  std::size_t k = after + 1;
  while (k < end && !ends_noun_phrase(tokens, k)) {
    ++k;
  }
  return k == after + 1 ? std::string() : phrase_of(tokens, after + 1, k - 1);
}

// True when the clause, from `from`, is only words of a noun phrase ("revenue", "market share").
bool only_noun(const Tokens& tokens, std::size_t from, std::size_t end) {
  if (from >= end) {
    return false;
  }
  for (std::size_t k = from; k < end; ++k) {
    if (ends_noun_phrase(tokens, k) && after_hyphen(tokens, k) == k &&
        !(k > from && tokens[k].glued && tokens[k - 1].kind == TokenKind::Symbol)) {
      return false;
    }
  }
  return true;
}

// The first quantity that starts inside [begin, end), if any.
const FoundQuantity* quantity_in(const std::vector<FoundQuantity>& quantities, std::size_t begin,
                                 std::size_t end) {
  for (const FoundQuantity& quantity : quantities) {
    if (quantity.first >= begin && quantity.first < end) {
      return &quantity;
    }
  }
  return nullptr;
}

namespace {

// The clause-by-clause scan of find_aims: which clauses open an aim, which share a verb, which
// add an outcome and which stage the same measure.
class AimScan {
public:
  AimScan(const Tokens& tokens, const std::vector<FoundQuantity>& quantities)
      : tokens_(tokens), quantities_(quantities) {}

  void clause(const Clause& clause) {
    const std::size_t i = first_content(tokens_, clause);
    const auto aim = i < clause.end ? aim_word(tokens_, i) : std::nullopt;
    if (!aim || names_metric(tokens_, i) || is_constraint(tokens_, clause, i)) {
      shared_ = false;
      const bool limit = aim && i < clause.end && is_constraint(tokens_, clause, i);
      if (found_.aims.empty() || limit) {
        open_object_ = false;
      } else {
        other_clause(clause, i);
      }
      return;
    }
    aim_clause(clause, i, *aim);
  }

  AimFindings finish() {
    if (found_.aims.size() == 1 && !quantities_.empty()) {
      if (objects_.size() >= 2 && !is_qualifier(objects_.front())) {
        found_.outcomes = std::move(objects_);
      } else if (amounts_.size() >= 2) {
        found_.outcomes = std::move(amounts_);
      }
    }
    return std::move(found_);
  }

private:
  const Tokens& tokens_;
  const std::vector<FoundQuantity>& quantities_;
  AimFindings found_;
  std::vector<std::string> objects_; // outcomes joined after the verb
  std::vector<std::string> amounts_; // "600 new cars", "200 used cars"
  std::string first_noun_;           // what the aim's first amount counts
  bool shared_ = false;              // the aim counted last is a bare verb whose object comes later
  bool open_object_ = false;         // the clause before ended right after the aim's object
  std::string measured_object_;      // "revenue" in "Increase revenue by 10% …"

  // "new and used car sales", "north and south": a word that qualifies a shared noun.
  static bool is_qualifier(std::string_view word) {
    static constexpr auto kQualifiers = std::to_array<std::string_view>(
        {"new",       "used",    "existing", "current",  "key",        "small",   "large",
         "online",    "offline", "direct",   "indirect", "domestic",   "foreign", "inbound",
         "outbound",  "premium", "standard", "electric", "commercial", "private", "retail",
         "corporate", "local",   "regional", "national", "global",     "north",   "south",
         "east",      "west",    "northern", "southern", "eastern",    "western", "b2b",
         "b2c",       "first",   "second",   "repeat",   "recurring",  "public",  "fleet"});
    return std::ranges::find(kQualifiers, word) != kQualifiers.end();
  }

  // The noun phrase at `from` when "by"/"to" and an amount follow it: "margin by 2 points".
  std::string measured_noun(std::size_t from, std::size_t end) const {
    std::size_t k = from;
    while (k < end && !ends_noun_phrase(tokens_, k)) {
      ++k;
    }
    const FoundQuantity* amount = quantity_in(quantities_, k, end);
    if (k == from || !is_any_word(tokens_, k, {"by", "to"}) || amount == nullptr ||
        amount->first != k + 1) {
      return {};
    }
    return phrase_of(tokens_, from, k - 1);
  }

  // A clause without an aim after one with: another object of the same verb ("… and margin by
  // 5%"), an amount of another thing ("… and 200 used cars") or a stage ("… and by 15% in Q3").
  void other_clause(const Clause& clause, std::size_t i) {
    const FoundQuantity* amount = quantity_in(quantities_, clause.begin, clause.end);
    if (!measured_object_.empty() && i < clause.end && tokens_[i].kind == TokenKind::Word) {
      // "Increase revenue by 10% and margin by 2 points"
      if (const std::string noun = measured_noun(i, clause.end); !noun.empty()) {
        if (objects_.empty()) {
          objects_.push_back(measured_object_);
        }
        objects_.push_back(noun);
        return;
      }
    }
    if (open_object_ && i < clause.end && tokens_[i].kind == TokenKind::Word &&
        (amount == nullptr || amount->first > i)) {
      objects_.push_back(noun_after(tokens_, i - 1, clause.end));
      open_object_ = only_noun(tokens_, i, clause.end);
      return;
    }
    open_object_ = false;
    const bool by_amount =
        amount != nullptr && is_any_word(tokens_, i, {"by", "to"}) && amount->first == i + 1;
    if (amount == nullptr || (amount->first > i && !by_amount)) {
      return;
    }
    const std::string noun = noun_after(tokens_, amount->last, clause.end);
    if (noun.empty() || noun == first_noun_) {
      found_.staged = true; // "…, 3 by June 30"; "… and 40 deals by June"
    } else if (!first_noun_.empty()) {
      amounts_.push_back(phrase_of(tokens_, amount->first, amount->last) + " " + noun);
    }
  }

  void aim_clause(const Clause& clause, std::size_t i, const AimWord& aim) {
    std::vector<FoundAim>& aims = found_.aims;
    const bool bare = i + 1 == clause.end;
    const std::string phrase = verb_and_object(tokens_, i, clause.end);
    const bool repeated = std::any_of(aims.begin(), aims.end(),
                                      [&](const FoundAim& seen) { return seen.phrase == phrase; });
    if (repeated && !bare) {
      found_.staged = true; // "increase sales volume by 10% … and increase sales volume by 15%"
      shared_ = false;
      open_object_ = false;
      return;
    }
    if (!shared_) {
      aims.push_back({std::string(aim.base), phrase});
      if (aims.size() == 1) {
        first_aim(clause, i, bare);
      }
    } else if (!bare) {
      // "Recruit and train 4 salespeople": the first verb stands for both; name the object.
      aims.back().phrase += " and " + phrase;
    } else {
      aims.back().phrase += ", " + tokens_[i].text;
    }
    open_object_ = !bare && only_noun(tokens_, i + 1, clause.end);
    shared_ = bare;
  }

  // What the first aim moves: its object ("revenue") and what its first amount counts.
  void first_aim(const Clause& clause, std::size_t i, bool bare) {
    if (const FoundQuantity* amount = quantity_in(quantities_, i + 1, clause.end)) {
      first_noun_ = noun_after(tokens_, amount->last, clause.end);
      if (!first_noun_.empty()) {
        amounts_.push_back(phrase_of(tokens_, amount->first, amount->last) + " " + first_noun_);
      }
    }
    objects_.clear();
    measured_object_ = measured_noun(i + 1, clause.end);
    if (!bare && only_noun(tokens_, i + 1, clause.end)) {
      objects_.push_back(phrase_of(tokens_, i + 1, clause.end - 1));
    }
  }
};

} // namespace

// Each clause may open with an aim ("Increase revenue and reduce churn" has two; "Grow sales in
// the north and south regions" one). A clause that is only a verb shares the next clause's object
// ("Recruit and train 4 salespeople" is one aim), and a clause that limits how the aim is reached
// ("while keeping costs flat") is none. Statements written with a subject ("Revenue grows 10%")
// or a purpose ("Work with partners to increase sales") open no clause with an aim; then the
// first aim word of each clause counts.
//
// One aim may still name several measured outcomes (SPEC §4.5): objects joined right after the
// verb ("Increase revenue and margin by 5%"), or amounts of different things ("Sell 600 new
// cars and 200 used cars"). The same aim again, or an amount of the same thing, is a stage of
// one measure ("by 10% by June 30 and by 15% in Q3 and Q4").
AimFindings find_aims(const Tokens& tokens, const std::vector<FoundQuantity>& quantities) {
  const std::vector<Clause> clauses = split_clauses(tokens);
  AimScan scan(tokens, quantities);
  for (const Clause& clause : clauses) {
    scan.clause(clause);
  }
  AimFindings found = scan.finish();
  if (!found.aims.empty()) {
    return found;
  }
  for (const Clause& clause : clauses) {
    const std::size_t subject = first_content(tokens, clause);
    for (std::size_t i = clause.begin; i < clause.end && !is_word(tokens, i, "without"); ++i) {
      if (const auto aim = aim_word(tokens, i)) {
        if (is_constraint(tokens, clause, i)) {
          break; // "… while margin is kept at 20%"
        }
        // "Revenue grows 10%": the subject before the verb says what moves.
        found.aims.push_back({std::string(aim->base), phrase_of(tokens, std::min(subject, i), i)});
        break;
      }
    }
  }
  return found;
}

// The first aim decides; a directionless one ("improve") defers to "from X to Y", then to later
// aims, then to any directional word ("more", "fewer", "up", "down").
Direction find_direction(const Tokens& tokens, const std::vector<std::string>& aims,
                         const std::vector<FoundQuantity>& quantities) {
  if (!aims.empty() && direction_of(aims.front()) != kNone) {
    return direction_of(aims.front());
  }
  for (std::size_t k = 0; k + 1 < quantities.size(); ++k) {
    const FoundQuantity& from = quantities[k];
    const FoundQuantity& to = quantities[k + 1];
    const bool range = from.first > 0 && is_word(tokens, from.first - 1, "from") &&
                       is_word(tokens, from.last + 1, "to") && to.first == from.last + 2;
    const bool comparable = from.quantity.unit == to.quantity.unit || from.quantity.unit.empty() ||
                            to.quantity.unit.empty();
    if (range && comparable && from.quantity.value != to.quantity.value) {
      return from.quantity.value > to.quantity.value ? kDown : kUp;
    }
  }
  for (const std::string& aim : aims) {
    if (direction_of(aim) != kNone) {
      return direction_of(aim);
    }
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (is_any_word(tokens, i, {"more", "higher", "up", "bigger", "larger", "greater"})) {
      return kUp;
    }
    if (is_any_word(tokens, i, {"fewer", "less", "down", "smaller"})) {
      return kDown;
    }
    if (const auto aim = aim_word(tokens, i); aim && aim->direction != kNone) {
      return aim->direction;
    }
  }
  return kNone;
}

} // namespace most::statement_detail
