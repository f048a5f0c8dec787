#pragma once

#include <span>
#include <string>
#include <string_view>

namespace most {

/// The candidate closest to `word` by edit distance, or "" when none is plausibly meant.
std::string closest_match(std::string_view word, std::span<const std::string_view> candidates);

/// " (did you mean 'X'?)" for the closest candidate, or "" when there is none.
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates);

} // namespace most
