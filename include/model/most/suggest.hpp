#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace most {

/// Words longer than this (in bytes) get no suggestion.
inline constexpr std::size_t kMaxSuggestedWord = 64;

/// Steps one suggestion may take (a candidate looked at, a cell of an edit distance), so "did
/// you mean" costs milliseconds however many or long the candidates are; candidates past it
/// are not considered.
inline constexpr std::size_t kMaxSuggestWork = std::size_t{1} << 18;

/// The candidate closest to `word` by edit distance, or "" when none is plausibly meant.
std::string closest_match(std::string_view word, std::span<const std::string_view> candidates);

/// closest_match() that also sets `work` to the steps it took: never more than
/// kMaxSuggestWork plus one comparison's cells (what the tests hold it to).
std::string closest_match(std::string_view word, std::span<const std::string_view> candidates,
                          std::size_t& work);

/// " (did you mean 'X'?)" for the closest candidate, or "" when there is none.
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates);

} // namespace most
