// The pipeline of SPEC §2: read → load → rules → finalize, in parallel where the plans are
// independent and serially where they meet (the references between them).

#include <most/parallel.hpp>
#include <most/rules.hpp>
#include <most/workspace.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <system_error>
#include <utility>

namespace most {

namespace {

// Loads each plan that a reference names with `read`.
PlanFileLoader referenced_plan_loader(const PlanFileReader& read, const LoadLimits& limits) {
  return [&read, limits](const std::string& path) {
    ReferencedPlan result;
    std::string text;
    std::string why;
    if (!read || !read(path, text, why)) {
      result.problem = fmt::format("'{}' cannot be read: {}", path,
                                   read ? why : std::string("references are not followed here"));
      return result;
    }
    result.read = true;
    result.bytes = text.size();
    LoadResult loaded = load_plan(text, path, limits);
    if (!loaded.ok) {
      // By its path only: a finding would quote the file (a repeated key of a file of
      // secrets), and a reference may name any file.
      result.problem = fmt::format("'{}' is not a plan ('most check {}' says why)", path, path);
      return result;
    }
    result.plan = std::move(loaded.plan);
    return result;
  };
}

} // namespace

CheckedPlans check(std::vector<PlanSource> sources, const CheckSettings& settings) {
  static const Config kDefaults;
  CheckedPlans result;
  const std::size_t count = sources.size();
  result.plans.resize(count);
  std::vector<char> loaded(count, 0);
  std::vector<std::vector<Diagnostic>> diagnostics(count);
  // Each result lands in its source's slot, so the output is identical to a serial run.
  if (settings.keep_readings) {
    result.readings.resize(count);
  }
  run_in_parallel(count, settings.jobs, [&](std::size_t i) {
    const Config* config = sources[i].config;
    const std::optional<MonthDay> fiscal_year_start =
        config != nullptr ? config->fiscal_year_start : std::nullopt;
    LoadResult plan;
    if (settings.keep_readings) {
      LoadedVersion version =
          load_plan_version(sources[i].text, sources[i].name, sources[i].previous.get(),
                            settings.load, fiscal_year_start);
      plan = std::move(version.result);
      result.readings[i] = std::move(version.reading);
    } else {
      plan = load_plan(sources[i].text, sources[i].name, settings.load, fiscal_year_start);
    }
    result.plans[i] = std::move(plan.plan);
    diagnostics[i] = std::move(plan.diagnostics);
    loaded[i] = plan.ok ? 1 : 0;
  });
  // References are read serially, each file once; the rules then only look them up.
  for (std::size_t i = 0; i < count; ++i) {
    if (loaded[i] != 0) {
      result.index.add(result.plans[i]);
    }
  }
  result.index.resolve_references(referenced_plan_loader(settings.read_referenced, settings.load),
                                  settings.references);
  result.files.resize(count);
  run_in_parallel(count, settings.jobs, [&](std::size_t i) {
    const Config& config = sources[i].config != nullptr ? *sources[i].config : kDefaults;
    if (loaded[i] != 0) {
      RuleContext context{settings.as_of, &result.index, config.overload_threshold, {}};
      context.checkin_every = config.checkin_every;
      run_rules(result.plans[i], context, diagnostics[i]);
    }
    finalize_diagnostics(result.plans[i], config, settings.as_of, diagnostics[i]);
    result.files[i] = CheckedFile{std::move(sources[i].name), std::move(sources[i].text),
                                  std::move(diagnostics[i])};
  });
  result.loaded.assign(loaded.begin(), loaded.end());
  return result;
}

CheckedPlans check_paths(const WorkspaceOptions& options, Date as_of, std::istream& in,
                         std::vector<FileIdentity>* inputs_read) {
  if (std::error_code ec;
      !options.root.empty() && !std::filesystem::is_directory(options.root, ec)) {
    CheckedPlans result;
    result.errors.push_back(fmt::format("--root: '{}' is not a folder", options.root));
    return result;
  }
  // SPEC §2: `most check [FILE|DIR]...` without a path checks the current directory.
  const std::vector<std::string> here{"."};
  Inputs inputs =
      read_inputs(options.paths.empty() ? here : options.paths, in, options.max_file_size);
  if (inputs_read != nullptr) {
    inputs_read->insert(inputs_read->end(), inputs.files.begin(), inputs.files.end());
  }
  // Configurations are looked up serially (the finder caches and outlives the check); each one
  // read is an input that --output may not replace.
  ConfigFinder configs(options.config, options.max_file_size, inputs_read);
  std::vector<PlanSource> sources;
  for (PlanInput& input : inputs.plans) {
    if (const Config* config = configs.for_directory(input.search_dir, inputs.errors)) {
      sources.push_back(PlanSource{std::move(input.name), std::move(input.text), config, {}});
    }
  }
  CheckSettings settings;
  settings.as_of = as_of;
  settings.read_referenced = referenced_plan_reader(options.max_file_size, inputs_read);
  settings.jobs = options.jobs;
  settings.references.refuse = reference_boundary(options.root);
  CheckedPlans result = check(std::move(sources), settings);
  result.errors = std::move(inputs.errors);
  return result;
}

std::vector<Plan> take_loaded_plans(CheckedPlans& checked) {
  std::vector<Plan> plans;
  for (std::size_t i = 0; i < checked.plans.size(); ++i) {
    // A file given twice (under any name) counts once.
    if (checked.loaded[i] && checked.index.is_distinct(checked.plans[i])) {
      plans.push_back(std::move(checked.plans[i]));
    }
  }
  return plans;
}

} // namespace most
