#pragma once

// Plans as git has them: the versions `most diff --since` compares, read with a constant
// number of git processes (a few `rev-parse`, one `ls-tree` per revision and one
// `cat-file --batch` per repository), however many plans there are.

#include <most/date.hpp>
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

/// One plan file over a review cycle: its version at the revision, at each commit since and
/// now, as slots of `CycleHistory::texts`.
struct PlanCycle {
  std::string name;       ///< the path now (or at the revision, for a plan deleted since)
  std::vector<Date> days; ///< each version's: its commit's day, the as-of day for now
  std::vector<std::optional<std::size_t>> versions; ///< nullopt where the file did not exist
};

/// What `read_cycle` read.
struct CycleHistory {
  std::vector<std::string> texts; ///< every distinct version once: the blob id is the key
  std::vector<PlanCycle> files;   ///< sorted by path
};

/// Every plan the paths name now or named at the revision, in each commit since (first
/// parents) and now, each distinct blob read once; a constant number of git processes per
/// repository and commit, whatever the number of plans. Problems are one line each in `errors`.
CycleHistory read_cycle(const HistoryRequest& request, Date as_of, std::istream& in,
                        std::vector<std::string>& errors);

} // namespace most
