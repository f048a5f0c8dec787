#pragma once

// Text that is safe to print on a terminal: plan text never reaches it raw.

#include <string>
#include <string_view>

namespace most {

/// Replaces control characters (ESC, BEL, CR, …) and bytes that are not UTF-8 with visible
/// escapes such as `\x1b`, so a plan cannot move the cursor, recolour or retitle the user's
/// terminal; tabs become spaces.
std::string printable(std::string_view text);

} // namespace most
