#pragma once

// Turning command-line paths into plan texts and their configurations.

#include <most/config.hpp>
#include <most/plan_index.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace most {

/// One plan to check: its display name, where its configuration is searched, and its text.
struct PlanInput {
  std::string name;
  std::string search_dir; ///< directory where the `.most.yaml` search starts
  std::string text;
};

/// A file's identity on disk, to recognise one file under two names.
struct FileIdentity {
  std::uint64_t device = 0;
  std::uint64_t inode = 0;
  friend bool operator==(const FileIdentity&, const FileIdentity&) = default;
};

/// The identity of the file at `path` (following symbolic links), if it exists.
std::optional<FileIdentity> identify(const std::string& path);

/// Plans read from the command line, and the one-line errors of those that could not be read.
struct Inputs {
  std::vector<PlanInput> plans;
  std::vector<std::string> errors;
  std::vector<FileIdentity> files; ///< the regular files among the plans read
};

/// Default largest plan file read (`--max-file-size`); bigger ones are refused rather than
/// exhausting memory.
inline constexpr std::uint64_t kMaxPlanBytes = std::uint64_t{64} << 20U;

/// The highest --max-file-size: positions are 32-bit and yaml-cpp's marks are `int`.
inline constexpr std::uint64_t kMaxPlanBytesLimit = std::uint64_t{1} << 30U;

/// Expands files, directories (every *.yaml/*.yml below, sorted, hidden names skipped), globs
/// and `-`. Files over `max_bytes` are refused; in directories and globs only regular files
/// are read, while a pipe or device named on the command line is read like a file.
Inputs read_inputs(const std::vector<std::string>& paths, std::istream& in,
                   std::uint64_t max_bytes = kMaxPlanBytes);

/// Reads plans that `aligns_with:` references name: regular files only, up to `max_bytes`;
/// each file's identity is added to `seen` when given (so that --output never replaces it).
PlanFileReader referenced_plan_reader(std::uint64_t max_bytes, std::vector<FileIdentity>* seen);

/// Where `aligns_with:` references may lead, for ReferenceLimits::refuse: inside `root` when
/// it is not empty, else inside the git work tree that holds the referencing plan (anywhere
/// for a plan outside one). Paths are compared after resolving symbolic links.
std::function<std::string(const std::string& from, const std::string& path)>
reference_boundary(const std::string& root);

/// Finds and parses the `.most.yaml` for each plan directory, caching per directory.
class ConfigFinder {
public:
  /// `explicit_path`: the `--config` file, used for every plan when not empty. Each regular
  /// file read (or refused) is added to `seen` when given, so that --output never replaces a
  /// configuration.
  ConfigFinder(std::string explicit_path, std::uint64_t max_bytes,
               std::vector<FileIdentity>* seen = nullptr)
      : explicit_path_(std::move(explicit_path)), max_bytes_(max_bytes), seen_(seen) {}

  /// The configuration for plans in `dir`, or nullptr after adding a one-line error to `errors`.
  const Config* for_directory(const std::string& dir, std::vector<std::string>& errors);

private:
  /// `searched`: found next to a plan rather than named by --config, so only a regular file
  /// is read.
  const Config* load(const std::string& path, bool searched, std::vector<std::string>& errors);

  std::string explicit_path_;
  std::uint64_t max_bytes_;
  std::vector<FileIdentity>* seen_;
  Config defaults_;
  std::map<std::string, const Config*> by_dir_;
  std::map<std::string, std::pair<Config, bool>> by_file_; ///< config, ok
};

} // namespace most
