// budget-format: a budget whose thousands separator YAML read as a decimal point.

#include "checks.hpp"

#include <most/wording.hpp>

#include <fmt/format.h>

#include <string>

namespace most {

const std::string_view kBudgetFormatDoc = R"(What it does
  Reports a `budget:` written like a number with a dot as thousands
  separator: one to three digits, a dot, then exactly three digits (`12.000`,
  `1.500`). YAML reads the dot as a decimal point, so the budget becomes 12 or
  1.5.

Why is this bad
  In much of Europe "12.000" means twelve thousand. The plan then reports a
  budget a thousand times too small, and every total built on it is wrong,
  without a word.

Example
  - action: Run the spring campaign
    owner: priya
    due: 2026-04-30
    budget: 12.000            # read as 12

How to fix
  Write the number without separators: `budget: 12000`. For a budget that
  really has three decimals, write it without the trailing zero (`1.5`).

)";

namespace {

// One to three digits, not starting with 0, a dot and exactly three digits.
bool looks_like_thousands(std::string_view text) {
  const std::size_t dot = text.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot > 3 || text.size() != dot + 4 ||
      text.front() == '0') {
    return false;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i != dot && (text[i] < '0' || text[i] > '9')) {
      return false;
    }
  }
  return true;
}

} // namespace

void check_budget_format(const Plan& plan, const RuleContext& /*context*/, Reporter& out) {
  for_each_tactic(plan, [&](const Objective& /*objective*/, const Strategy& /*strategy*/,
                            const Tactic& tactic) {
    if (!tactic.budget || !looks_like_thousands(tactic.budget_text)) {
      return;
    }
    std::string whole(tactic.budget_text);
    whole.erase(whole.find('.'), 1);
    out.report(tactic.info, tactic.budget.location,
               fmt::format("tactic {}'s budget '{}' is read as {}, with the dot as a decimal "
                           "point; if you meant {}, write 'budget: {}'",
                           tactic.info.id, tactic.budget_text, format_number(*tactic.budget), whole,
                           whole));
  });
}

} // namespace most
