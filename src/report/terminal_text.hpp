#pragma once

// Text that is safe to print on a terminal: plan text never reaches it raw.

#include <most/status.hpp>
#include <most/utf8.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace most {

/// The ANSI colour of an objective state: green on track or achieved, yellow at risk, red off
/// track or missed, dim without data.
std::string_view state_color(ObjectiveState state);

/// Printable text cut to at most `width` characters (UTF-8 aware), a cut marked with "…".
std::string fit(std::string_view text, std::size_t width);

/// Characters (not bytes) in already printable text, for aligning columns.
std::size_t display_width(std::string_view text);

/// A metric value or budget with thousands separators and no float noise ("1,200,000", "7.8").
std::string grouped_amount(double value);

} // namespace most
