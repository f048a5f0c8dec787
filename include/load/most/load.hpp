#pragma once

#include <most/config.hpp>
#include <most/diagnostic.hpp>
#include <most/plan.hpp>
#include <most/utf8.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace most {

/// Resource limits that keep hostile input from exhausting time or memory. A plan of 40,000
/// tactics holds about 520,000 values.
struct LoadLimits {
  std::size_t max_depth = 64;           ///< nesting of mappings and sequences
  std::size_t max_values = 1'000'000;   ///< values written in the file (parse time)
  std::size_t max_expanded = 2'000'000; ///< values after expanding every alias (model size)
  /// Bytes that aliases may repeat (the text of every scalar they repeat, plus kAliasNodeBytes
  /// per repeated value), as a multiple of the file's size, and at least
  /// min_alias_bytes: the plan model copies what aliases repeat, so this bounds its memory.
  std::size_t alias_bytes_per_byte = 8;
  std::size_t min_alias_bytes = std::size_t{64} << 10;
};

/// What one value repeated by an alias counts towards LoadLimits' alias bytes, besides its
/// text: the model's bookkeeping for it.
inline constexpr std::size_t kAliasNodeBytes = 64;

/// The outcome of reading one plan: the model (complete when `ok`) and the loader's findings.
struct LoadResult {
  Plan plan;
  bool ok = false; ///< false when the text could not be read as a plan at all
  std::vector<Diagnostic> diagnostics;
};

/// Reads a plan from `raw` (UTF-8, with or without a BOM); every problem becomes a diagnostic
/// naming `display_name`. Statements are read with the mission's `fiscal_year_start`, else
/// `fiscal_year_start` (from `.most.yaml`), else January 1.
LoadResult load_plan(std::string_view raw, std::string_view display_name,
                     const LoadLimits& limits = {},
                     std::optional<MonthDay> fiscal_year_start = std::nullopt);

/// A plan text as it was read, kept so that a later version of the same file can be read by
/// parsing only the lines that changed (`most review` reads every week's version of every plan,
/// and from week to week most of a plan is the same). Opaque.
struct PlanReading;

/// load_plan's result, and the reading that serves the next version (null when the text
/// could not be read as a tree, or uses anchors: the next version is then parsed whole).
struct LoadedVersion {
  LoadResult result;
  std::shared_ptr<const PlanReading> reading;
  std::size_t parsed_lines = 0; ///< lines given to the YAML parser: all, or the changed entries'
};

/// As load_plan, for a version of a file whose earlier version was read as `previous` (or
/// null): the result is the same as load_plan's, but only the entries whose lines changed are
/// parsed again, when that is sure to give the tree a whole parse gives.
LoadedVersion load_plan_version(std::string_view raw, std::string_view display_name,
                                const PlanReading* previous, const LoadLimits& limits = {},
                                std::optional<MonthDay> fiscal_year_start = std::nullopt);

/// The outcome of reading a configuration file: a config, or a one-line error for exit 2.
struct ConfigResult {
  Config config;
  std::string error; ///< empty on success; else "file:line:col: message"
};

/// Parses `.most.yaml` text; misspelt rules or severities are errors naming the closest valid one.
ConfigResult parse_config(std::string_view text, std::string_view display_name);

} // namespace most
