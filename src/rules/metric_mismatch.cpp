// metric-mismatch: the statement promises one change, the metric measures another.

#include "checks.hpp"

#include <most/wording.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

namespace most {

const std::string_view kMetricMismatchDoc = R"(What it does
  Compares the quantity an objective's statement names with its metric's
  baseline and target:
  - "by 10%": |target − baseline| ÷ |baseline| must be within 1 point of 10%;
  - "by 3 points", "by 3 percentage points": |target − baseline| must be 3;
  - "from 7.8 to 8.5": the baseline must be 7.8 and the target 8.5;
  - "20 new accounts", "20 more accounts": |target − baseline| must be 20.
  Amounts with k, M or bn are read as numbers ("EUR 50k" is 50000). A
  statement without a quantity, or with several for different things, is
  not compared. A statement that sets one measure in stages ("by 10% by
  June 30 and by 15% in Q3 and Q4") is compared with its last stage: the
  metric's target is where the objective ends.

Why is this bad
  People read the statement; `most status` computes from the metric. When
  the two disagree, the team is measured against a goal nobody agreed to:
  a statement saying "+10%" beside a metric for +25% reports "on-track"
  while the promised goal slips, or the other way round.

Example
  - statement: Increase sales volume by 10% by June 30
    metric: {baseline: 1200000, target: 1500000}   # +25%, not +10%

How to fix
  Make the two say the same: correct the target (or the baseline), or
  rewrite the statement with the change the metric measures.

)";

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// The word that ends just before byte `at`, lower-case.
std::string word_before(const std::string& text, std::size_t at) {
  std::size_t end = std::min(at, text.size());
  while (end > 0 && text[end - 1] == ' ') {
    --end;
  }
  std::size_t begin = end;
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1])) != 0) {
    --begin;
  }
  return text.substr(begin, end - begin);
}

// The word that starts just after byte `at`, lower-case.
std::string word_after(const std::string& text, std::size_t at) {
  std::size_t begin = std::min(at, text.size());
  while (begin < text.size() && text[begin] == ' ') {
    ++begin;
  }
  std::size_t end = begin;
  while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end])) != 0) {
    ++end;
  }
  return text.substr(begin, end - begin);
}

bool same(double a, double b) {
  return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

bool counts_points(std::string_view phrase) {
  return phrase.find("point") != std::string_view::npos ||
         phrase.find("pp") != std::string_view::npos ||
         phrase.find("pts") != std::string_view::npos;
}

// What a single quantity says about the change, or an empty text when it agrees.
// `stage` says the quantity is the last of several stages of one measure (SPEC §4.5): the
// metric's target is the final one.
std::string single_mismatch(std::string_view original, const std::string& text, const Quantity& q,
                            double baseline, double target, bool stage) {
  const double change = std::abs(target - baseline);
  const std::string phrase(original.substr(q.begin, q.end - q.begin));
  const std::string_view last = stage ? " (its last stage)" : "";
  const std::string before = word_before(text, q.begin);
  const std::string after = word_after(text, q.end);
  if (before == "by" && q.unit == "%" && counts_points(text.substr(q.begin, q.end - q.begin))) {
    if (!same(change, q.value)) {
      return fmt::format("says '{}'{} but the metric moves {} point{}, from {} to {}", phrase, last,
                         format_number(change), change == 1 ? "" : "s", format_number(baseline),
                         format_number(target));
    }
  } else if (before == "by" && q.unit == "%") {
    if (baseline == 0) {
      return "";
    }
    const double percent = 100.0 * change / std::abs(baseline);
    if (std::isfinite(percent) && std::abs(percent - q.value) > 1) {
      return fmt::format("says '{}'{} but the metric moves {}, from {} to {}", phrase, last,
                         format_percent(percent), format_number(baseline), format_number(target));
    }
  } else if ((after == "new" || after == "more") && q.unit != "%") {
    if (!same(change, q.value)) {
      return fmt::format("says '{} {}'{} but the metric moves {}, from {} to {}", phrase, after,
                         last, format_number(change), format_number(baseline),
                         format_number(target));
    }
  }
  return "";
}

} // namespace

void check_metric_mismatch(const Plan& plan, const RuleContext& /*context*/, Reporter& out) {
  for (const Objective& objective : plan.objectives) {
    if (!objective.statement || !objective.metric || !objective.metric->baseline ||
        !objective.metric->target) {
      continue;
    }
    const std::vector<Quantity>& quantities = objective.reading.quantities;
    const std::string text = lower(*objective.statement);
    const double baseline = *objective.metric->baseline;
    const double target = *objective.metric->target;
    const bool in_text = std::all_of(quantities.begin(), quantities.end(), [&](const Quantity& q) {
      return q.begin <= q.end && q.end <= text.size();
    });
    if (!in_text) {
      continue;
    }
    std::string problem;
    if (quantities.size() == 2 && word_before(text, quantities[0].begin) == "from" &&
        word_after(text, quantities[0].end) == "to" &&
        word_before(text, quantities[1].begin) == "to") {
      const double from = quantities[0].value;
      const double to = quantities[1].value;
      if (!same(from, baseline) || !same(to, target)) {
        problem =
            fmt::format("says from {} to {} but the metric runs from {} to {}", format_number(from),
                        format_number(to), format_number(baseline), format_number(target));
      }
    } else if (quantities.size() == 1 || (objective.reading.staged && !quantities.empty())) {
      problem = single_mismatch(*objective.statement, text, quantities.back(), baseline, target,
                                quantities.size() > 1);
    }
    if (!problem.empty()) {
      out.report(objective.info, objective.metric->target.location,
                 fmt::format("objective {} {}; make the statement and the metric agree",
                             objective.info.id, problem));
    }
  }
}

} // namespace most
