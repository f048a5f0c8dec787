#pragma once

// Numbers and counts in words, the same in every rule, view and format.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace most {

/// "1 day", "3 days": a count and a noun made plural with an "s" when needed.
std::string count_of(long long count, std::string_view noun);

/// "'a'", "'a' and 'b'", "'a', 'b' and 'c'": words a finding quotes from the plan.
std::string quoted_list(std::span<const std::string> words);

/// A percentage with one decimal ("41.7%"), or "—" when missing or not finite.
std::string format_percent(std::optional<double> value);

/// A metric value or budget: integers without decimals, others with up to four decimals.
std::string format_amount(double value);

/// A metric value without trailing zeros or float noise ("1320000", "0.3").
std::string format_number(double value);

} // namespace most
