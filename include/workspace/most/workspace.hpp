#pragma once

// The check pipeline as one call: texts in, plans, findings and the organisation out. The command
// line, the rule-fixture and alignment tests and the fuzz target all go through it (and the
// language server of SPEC §4.7 is to).

#include <most/config.hpp>
#include <most/date.hpp>
#include <most/diff.hpp>
#include <most/inputs.hpp>
#include <most/load.hpp>
#include <most/plan_index.hpp>

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace most {

/// One plan text of a run and the configuration that applies to it.
struct PlanSource {
  std::string name; ///< display name: a path, or "<stdin>"
  std::string text;
  const Config* config = nullptr; ///< nullptr: the built-in defaults
  /// How an earlier version of this text was read (CheckedPlans::readings), or null: with
  /// `keep_readings`, only the entries whose lines changed since are parsed again.
  std::shared_ptr<const PlanReading> previous;
};

/// How a run checks: the day "today" means, how references to other files are read, how many
/// plans at once.
struct CheckSettings {
  Date as_of;
  /// Reads a plan that a reference names; empty: references to other files are not followed
  /// (each such reference is an `alignment` finding).
  PlanFileReader read_referenced;
  unsigned jobs = 0; ///< plans loaded and checked at once; 0: one per core
  ReferenceLimits references;
  LoadLimits load;
  /// Keep how each text was read, for its next version (the language server checks a buffer
  /// after every change); costs a copy of each text and its YAML tree.
  bool keep_readings = false;
};

/// Plans loaded and checked, each in the slot of its source.
struct CheckedPlans {
  std::vector<Plan> plans;
  PlanIndex index;          ///< `plans` and the plans their references reach
  std::vector<bool> loaded; ///< false where the text could not be read as a plan
  std::vector<CheckedFile> files;
  std::vector<std::string> errors; ///< files or configurations that could not be read
  /// With `keep_readings`: how each source was read (null where it could not be kept).
  std::vector<std::shared_ptr<const PlanReading>> readings;
};

/// load → index the organisation → rules → severities and ignores, for every source; the
/// output is identical whatever `settings.jobs` is.
CheckedPlans check(std::vector<PlanSource> sources, const CheckSettings& settings);

/// Where the plans of a run come from on disk.
struct WorkspaceOptions {
  std::vector<std::string> paths; ///< files, directories, globs and `-`; none: the current one
  std::string config;             ///< `--config`: one configuration for every plan
  std::string root; ///< `--root`: references may not leave it; empty: the plan's git work tree
  std::uint64_t max_file_size = kMaxPlanBytes; ///< larger plan files are refused
  unsigned jobs = 0;
};

/// Reads the plans `options` name (standard input for `-`), finds each one's `.most.yaml`,
/// reads the plans their references reach from disk, and checks them all. Every regular file
/// read as a plan is added to `inputs_read` when given, so that `--output` never replaces one.
CheckedPlans check_paths(const WorkspaceOptions& options, Date as_of, std::istream& in,
                         std::vector<FileIdentity>* inputs_read);

/// The changes between two versions of one plan (either may be missing) and the findings of
/// the rules about them, with `config`'s severities and the new version's ignores applied.
PlanDiff diff_versions(const Plan* before, const Plan* after, Date as_of, const Config& config);

/// Moves out the plans that could be read as plans, in order and each file once;
/// `checked.index` refers to them and must not be used afterwards.
std::vector<Plan> take_loaded_plans(CheckedPlans& checked);

} // namespace most
