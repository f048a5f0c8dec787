#include <most/suggest.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace most {

namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Typos accepted between two words: about a third of the longer one's letters (at least
// one), so "anah" still finds "anna" but "todo" does not become "done".
std::size_t allowed_typos(std::size_t a, std::size_t b) {
  return std::max<std::size_t>(1, (std::max(a, b) + 2) / 3);
}

// Case-insensitive Levenshtein distance, computed only in the band of cells within `limit` of
// the diagonal, and given up (returning limit + 1) once every cell of a row exceeds `limit`.
// Costs at most a.size() × (2 × limit + 1) cells, added to `work`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit,
                          std::size_t& work) {
  const std::size_t over = limit + 1;
  std::vector<std::size_t> row(b.size() + 1, over);
  for (std::size_t j = 0; j <= std::min(b.size(), limit); ++j) {
    row[j] = j;
  }
  for (std::size_t i = 1; i <= a.size(); ++i) {
    const std::size_t from = i > limit ? i - limit : 1;
    const std::size_t to = std::min(b.size(), i + limit);
    std::size_t diagonal = row[from - 1];
    row[from - 1] = from == 1 && i <= limit ? i : over;
    std::size_t row_min = row[from - 1];
    for (std::size_t j = from; j <= to; ++j) {
      const std::size_t above = row[j];
      const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + cost, over});
      row_min = std::min(row_min, row[j]);
      diagonal = above;
    }
    if (to < b.size()) {
      row[to + 1] = over; // outside the band of the next row
    }
    work += to + 1 - from;
    if (row_min > limit) {
      return over;
    }
  }
  return row[b.size()];
}

} // namespace

std::string closest_match(std::string_view word, std::span<const std::string_view> candidates) {
  std::size_t work = 0;
  return closest_match(word, candidates, work);
}

std::string closest_match(std::string_view word, std::span<const std::string_view> candidates,
                          std::size_t& work) {
  work = 0;
  // Nobody misspells a 64-letter word, and a long hostile word must not cost quadratic time.
  if (word.empty() || word.size() > kMaxSuggestedWord) {
    return {};
  }
  // The work is bounded whatever the candidates hold: a candidate whose length alone rules it
  // out costs one step, a compared one at most 64 × 67 cells of the band, and the whole call
  // stops at kMaxSuggestWork steps (a few milliseconds), keeping the best match found so far.
  std::string_view best;
  std::size_t best_distance = 0;
  for (std::string_view candidate : candidates) {
    if (++work > kMaxSuggestWork) {
      break;
    }
    const std::size_t gap = candidate.size() > word.size() ? candidate.size() - word.size()
                                                           : word.size() - candidate.size();
    std::size_t limit = allowed_typos(word.size(), candidate.size());
    if (!best.empty()) {
      if (best_distance == 0) {
        break;
      }
      limit = std::min(limit, best_distance - 1); // only a strictly closer one replaces it
    }
    if (gap > limit) {
      continue; // the distance is at least the difference in length
    }
    const std::size_t distance = edit_distance(word, candidate, limit, work);
    if (distance <= limit) {
      best = candidate;
      best_distance = distance;
    }
  }
  return std::string(best);
}

std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
  const std::string best = closest_match(word, candidates);
  return best.empty() ? std::string{} : fmt::format(" (did you mean '{}'?)", best);
}

} // namespace most
