#pragma once

// Starting git: shared by `run_git` (one command, its output read whole) and `GitBlobs` (one
// long-lived `cat-file --batch`). No shell, pipes only, the environment cleaned.

#include <string>
#include <sys/types.h>
#include <vector>

namespace most::detail {

/// A started git and our ends of its pipes; -1 for a pipe not asked for.
struct GitChild {
  pid_t pid = -1;
  int in = -1;  ///< git's standard input (else /dev/null)
  int out = -1; ///< git's standard output
  int err = -1; ///< git's standard error (else /dev/null)
};

/// Starts `git -C dir ARGS…` with prompts, pagers and translations off and the variables that
/// point git at another repository cleared; `pid` is -1 when git could not be started.
GitChild spawn_git(const std::string& dir, const std::vector<std::string>& args, bool with_input,
                   bool with_errors);

} // namespace most::detail
