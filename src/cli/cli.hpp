#pragma once

// The command line of `most`: parses arguments, runs one command, returns the exit status.

#include <iosfwd>

namespace most::cli {

// Exit statuses of SPEC §2.
inline constexpr int kSuccess = 0;  ///< no errors (warnings allowed unless --strict)
inline constexpr int kFindings = 1; ///< errors found (or warnings under --strict)
inline constexpr int kFailure = 2;  ///< bad usage, unreadable file, unknown rule, bad configuration

/// Runs `most` with `argv`, reading `-` from `in` and writing to `out`/`err`; never throws.
int most_main(int argc, const char* const* argv, std::istream& in, std::ostream& out,
              std::ostream& err);

} // namespace most::cli
