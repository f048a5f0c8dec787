#pragma once

// Plans as git has them: the versions `most diff --since` compares, read with a constant
// number of git processes (a few `rev-parse`, one `ls-tree` per revision and one
// `cat-file --batch` per repository), however many plans there are.

#include <most/inputs.hpp>

#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace most {

/// One plan file in two versions; a missing version is a file added or removed.
struct PlanVersions {
  std::string before_name; ///< "REV:path", or "REV in REPOSITORY:path" in a submodule
  std::string after_name;
  std::optional<std::string> before;
  std::optional<std::string> after;
  std::string search_dir; ///< where the new version's .most.yaml is looked for
  bool unchanged = false; ///< the same bytes at the revision and now: nothing to load
};

/// What `versions_since` reads.
struct HistoryRequest {
  std::string revision;
  std::vector<std::string> paths; ///< files and folders of the work tree; not `-`, no globs
  std::uint64_t max_bytes = kMaxPlanBytes;
  /// When set, every regular plan file read from disk is added here.
  std::vector<FileIdentity>* inputs_read = nullptr;
};

/// Every plan the paths name now (read from disk) and every plan they named at the revision
/// (read from git: a file in a submodule from the submodule's history), sorted by path;
/// each problem is one line in `errors`.
std::vector<PlanVersions> versions_since(const HistoryRequest& request, std::istream& in,
                                         std::vector<std::string>& errors);

} // namespace most
