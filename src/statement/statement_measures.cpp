// What a statement asks of its measure in its own words: a change ("from X to Y", "by 10%",
// "double") or holding a level ("keep", "maintain", "stay above"), for smart-attainable when
// the objective has no metric (SPEC §4.5).

#include "statement_tokens.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace most::statement_detail {

namespace {

// Units that name points of a rate rather than a share of the start: "by 3 points" moves a
// rate by 3, not by 3% of itself.
bool names_points(const Tokens& tokens, const FoundQuantity& quantity) {
  const Token& last = tokens[quantity.last];
  static constexpr std::array<std::string_view, 9> kPoints{
      "point", "points", "pp", "ppt", "pts", "pt", "bp", "bps", "percentage"};
  return std::ranges::any_of(kPoints, [&](std::string_view word) {
    return last.text == word || (last.kind == TokenKind::Number && last.suffix == word);
  });
}

// "double", "triple", "halve", "in half", "3x": the quantity is the change itself.
bool is_multiplier(const Tokens& tokens, const FoundQuantity& quantity) {
  const Token& first = tokens[quantity.first];
  if (first.kind == TokenKind::Number) {
    return first.suffix == "x";
  }
  return quantity.first == quantity.last &&
         BaseForms(first.text)
             .any_of(
                 std::array<std::string_view, 5>{"double", "triple", "quadruple", "halve", "half"});
}

} // namespace

bool find_holds(const std::vector<std::string>& aims) {
  static constexpr std::array<std::string_view, 10> kHolding{
      "keep",    "maintain", "hold",   "sustain",  "retain",
      "protect", "stay",     "remain", "preserve", "defend"};
  return !aims.empty() &&
         std::ranges::any_of(kHolding, [&](std::string_view verb) { return aims.front() == verb; });
}

std::optional<StatedChange> find_change(const Tokens& tokens, Direction direction,
                                        const std::vector<FoundQuantity>& quantities) {
  for (std::size_t k = 0; k + 1 < quantities.size(); ++k) {
    const FoundQuantity& from = quantities[k];
    const FoundQuantity& to = quantities[k + 1];
    const bool range = from.first > 0 && is_word(tokens, from.first - 1, "from") &&
                       is_word(tokens, from.last + 1, "to") && to.first == from.last + 2;
    const bool comparable = from.quantity.unit == to.quantity.unit || from.quantity.unit.empty() ||
                            to.quantity.unit.empty();
    // "to EUR 7M from EUR 2M": the same range written the other way round.
    const bool reversed = from.first > 0 && is_word(tokens, from.first - 1, "to") &&
                          is_word(tokens, from.last + 1, "from") && to.first == from.last + 2;
    if (reversed && comparable) {
      StatedChange change;
      change.from = to.quantity.value;
      change.to = from.quantity.value;
      if (to.quantity.value != 0) {
        change.percent =
            (from.quantity.value - to.quantity.value) / std::abs(to.quantity.value) * 100;
      }
      return change;
    }
    if (range && comparable) {
      StatedChange change;
      change.from = from.quantity.value;
      change.to = to.quantity.value;
      if (from.quantity.value != 0) {
        change.percent =
            (to.quantity.value - from.quantity.value) / std::abs(from.quantity.value) * 100;
      }
      return change;
    }
  }
  for (const FoundQuantity& quantity : quantities) {
    if (quantity.quantity.unit != "%" || names_points(tokens, quantity)) {
      continue;
    }
    const bool multiplier = is_multiplier(tokens, quantity);
    const bool by = quantity.first > 0 && is_word(tokens, quantity.first - 1, "by");
    // "Grow revenue 15%": a verb that moves the measure, and no word that makes it a level
    // ("to 30%", "at 92%", "of 20%", "below 5%").
    const bool moved =
        direction != Direction::None && quantity.first > 0 &&
        tokens[quantity.first - 1].kind == TokenKind::Word &&
        !is_any_word(tokens, quantity.first - 1,
                     {"to",    "at",   "of",     "from",  "than",   "below",   "above",
                      "under", "over", "around", "about", "within", "least",   "most",
                      "only",  "just", "with",   "and",   "or",     "between", "in",
                      "on",    "for",  "per",    "a",     "an",     "the"});
    if (!multiplier && !by && !moved) {
      continue; // "to 30%" is a level, not a change
    }
    double percent = quantity.quantity.value;
    const bool halves =
        multiplier && percent == 50 && tokens[quantity.first].kind != TokenKind::Number;
    if (direction == Direction::Decrease || halves) {
      percent = -percent;
    }
    StatedChange change;
    change.percent = percent;
    return change;
  }
  return std::nullopt;
}

} // namespace most::statement_detail
