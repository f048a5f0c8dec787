// `most diff`: what changed between two versions of a plan — two files, or the working tree
// against a git revision (`--since REV`), whose old versions the workspace reads from git.

#include "commands.hpp"

#include <most/diff.hpp>
#include <most/history.hpp>
#include <most/load.hpp>
#include <most/parallel.hpp>
#include <most/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <ostream>

namespace most::cli {

namespace {

// OLD NEW: two files (either may be `-`).
std::vector<PlanVersions> versions_of_two(const DiffOptions& options, const Streams& io,
                                          std::vector<std::string>& errors) {
  Inputs before = read_plan_inputs({options.paths[0]}, io, options.max_file_size);
  Inputs after = read_plan_inputs({options.paths[1]}, io, options.max_file_size);
  errors.insert(errors.end(), before.errors.begin(), before.errors.end());
  errors.insert(errors.end(), after.errors.begin(), after.errors.end());
  if (before.plans.size() != 1 || after.plans.size() != 1) {
    if (errors.empty()) {
      errors.emplace_back("most diff OLD NEW compares two plan files; for folders use --since");
    }
    return {};
  }
  PlanVersions versions;
  versions.before_name = before.plans[0].name;
  versions.after_name = after.plans[0].name;
  versions.before = std::move(before.plans[0].text);
  versions.after = std::move(after.plans[0].text);
  versions.search_dir = after.plans[0].search_dir;
  return {std::move(versions)};
}

// Loads one version, from the reading of the one before when given (only the entries whose
// lines changed are parsed again); a text that is not a plan is a one-line error and no
// comparison.
std::optional<Plan> load_version(const std::optional<std::string>& text, const std::string& name,
                                 std::shared_ptr<const PlanReading>& reading,
                                 std::vector<std::string>& errors, bool& failed) {
  if (!text) {
    return std::nullopt;
  }
  LoadedVersion loaded = load_plan_version(*text, name, reading.get());
  reading = std::move(loaded.reading);
  if (!loaded.result.ok) {
    failed = true;
    errors.push_back(unloadable_reason("compare", name, loaded.result.diagnostics));
    return std::nullopt;
  }
  return std::move(loaded.result.plan);
}

// Every file's diff, loaded and compared in parallel (each into its own slot, so any --jobs
// prints the same); a plan whose bytes did not change is reported unchanged unloaded.
std::vector<PlanDiff> compare_all(std::vector<PlanVersions>& versions, const DiffOptions& options,
                                  Date as_of, const Streams& io, std::vector<std::string>& errors) {
  const std::size_t count = versions.size();
  ConfigFinder configs(options.config, options.max_file_size, io.plans_read);
  std::vector<const Config*> config(count);
  std::vector<std::vector<std::string>> config_errors(count);
  for (std::size_t i = 0; i < count; ++i) { // the finder caches: serially
    config[i] = configs.for_directory(versions[i].search_dir, config_errors[i]);
  }
  std::vector<std::optional<PlanDiff>> diffs(count);
  std::vector<std::vector<std::string>> load_errors(count);
  run_in_parallel(count, options.jobs, [&](std::size_t i) {
    PlanVersions& entry = versions[i];
    if (entry.unchanged && config[i] != nullptr) {
      diffs[i].emplace();
      diffs[i]->before_name = entry.before_name;
      diffs[i]->after_name = entry.after_name;
      return;
    }
    bool failed = false;
    std::shared_ptr<const PlanReading> reading;
    const std::optional<Plan> before =
        load_version(entry.before, entry.before_name, reading, load_errors[i], failed);
    const std::optional<Plan> after =
        load_version(entry.after, entry.after_name, reading, load_errors[i], failed);
    if (failed || config[i] == nullptr) {
      return;
    }
    diffs[i] =
        diff_versions(before ? &*before : nullptr, after ? &*after : nullptr, as_of, *config[i]);
    diffs[i]->before_name = entry.before_name;
    diffs[i]->after_name = entry.after_name;
  });
  std::vector<PlanDiff> result;
  for (std::size_t i = 0; i < count; ++i) {
    errors.insert(errors.end(), load_errors[i].begin(), load_errors[i].end());
    errors.insert(errors.end(), config_errors[i].begin(), config_errors[i].end());
    if (diffs[i]) {
      result.push_back(std::move(*diffs[i]));
    }
  }
  return result;
}

bool fails_on(const DiffOptions& options, const std::vector<PlanDiff>& diffs) {
  const auto wanted = [&](std::string_view name) {
    return std::any_of(options.fail_on.begin(), options.fail_on.end(),
                       [&](const std::string& kind) {
                         return kind == name || (kind == "slip" && name == "slipped");
                       });
  };
  return std::any_of(diffs.begin(), diffs.end(), [&](const PlanDiff& diff) {
    return std::any_of(diff.changes.begin(), diff.changes.end(),
                       [&](const Change& change) { return wanted(change_name(change.kind)); });
  });
}

} // namespace

int run_diff(const DiffOptions& options, Streams io) {
  if (!options.since.empty() && options.paths.empty()) {
    DiffOptions here = options;
    here.paths.emplace_back("."); // `most diff --since REV`: the plans below here
    return run_diff(here, io);
  }
  DiffReport report;
  report.since = options.since;
  if (!resolve_as_of(options.as_of, report.as_of, io.err)) {
    return kFailure;
  }
  if (options.since.empty() && options.paths.size() != 2) {
    print_error(io.err, "most diff compares two plans: most diff OLD NEW, or most diff --since "
                        "REV [FILE|DIR]...");
    return kFailure;
  }
  std::vector<std::string> errors;
  std::vector<PlanVersions> versions =
      options.since.empty() ? versions_of_two(options, io, errors)
                            : versions_since(HistoryRequest{options.since, options.paths,
                                                            options.max_file_size, io.plans_read},
                                             io.in, errors);
  report.files = compare_all(versions, options, report.as_of, io, errors);
  const bool error_findings =
      std::any_of(report.files.begin(), report.files.end(), [](const PlanDiff& diff) {
        return std::any_of(diff.findings.begin(), diff.findings.end(),
                           [](const Diagnostic& d) { return d.severity == Severity::Error; });
      });
  for (const std::string& error : errors) {
    print_error(io.err, error);
  }
  if (!errors.empty() && report.files.empty()) {
    return kFailure;
  }
  chosen_format(diff_formats(), options.format)
      .render(io.out, TextStyle{.color = use_color(options.color, io.terminal)}, report);
  if (!errors.empty()) {
    return kFailure;
  }
  return error_findings || fails_on(options, report.files) ? kFindings : kSuccess;
}

} // namespace most::cli
