#pragma once

// Reading old versions of plans from git: `git` run as a subprocess, its output bounded.

#include <cstdint>
#include <string>
#include <vector>

namespace most {

/// What one git command did.
struct GitOutput {
  bool started = false;   ///< false when git could not be run at all
  int status = -1;        ///< exit status; -1 when killed
  bool too_large = false; ///< stdout passed the limit and git was stopped
  bool timed_out = false; ///< git took longer than the time limit and was stopped
  std::string out;
  std::string err; ///< at most 64 KiB
};

/// Runs `git -C dir ARGS…` with no terminal prompts, no pager and messages in English, reading
/// at most `max_bytes` of its output and waiting at most `seconds`.
GitOutput run_git(const std::string& dir, const std::vector<std::string>& args,
                  std::uint64_t max_bytes, int seconds = 60);

} // namespace most
