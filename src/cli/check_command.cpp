// `most check`: read → load → rules → finalize → render, then the exit status of SPEC §2.

#include "cli/commands.hpp"
#include "cli/inputs.hpp"

#include <most/load.hpp>
#include <most/report.hpp>
#include <most/rules.hpp>

#include <fmt/format.h>

#include <cstdlib>
#include <iostream>
#include <unistd.h>

namespace most::cli {

void print_error(std::ostream& err, const std::string& message) {
  err << "most: error: " << message << '\n';
}

bool resolve_as_of(const std::string& text, Date& day, std::ostream& err) {
  if (text.empty()) {
    day = local_today();
    return true;
  }
  if (auto parsed = parse_iso_date(text)) {
    day = *parsed;
    return true;
  }
  print_error(err, fmt::format("--as-of: '{}' is not a real day written YYYY-MM-DD", text));
  return false;
}

bool use_color(const std::string& mode, const std::ostream& out) {
  if (mode == "always") {
    return true;
  }
  if (mode == "never") {
    return false;
  }
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') {
    return false;
  }
  // Colour only when this stream is the process's real stdout and that is a terminal.
  return &out == &std::cout && isatty(STDOUT_FILENO) == 1;
}

CheckedPlans check_plans(const std::vector<std::string>& paths, const std::string& config_path,
                         Date as_of, std::istream& in) {
  CheckedPlans result;
  Inputs inputs = read_inputs(paths, in);
  ConfigFinder configs(config_path);
  result.files.reserve(inputs.plans.size());
  for (PlanInput& input : inputs.plans) {
    const Config* config = configs.for_directory(input.search_dir, inputs.errors);
    if (config == nullptr) {
      continue;
    }
    LoadResult loaded = load_plan(input.text, input.name);
    if (loaded.ok) {
      run_rules(loaded.plan, RuleContext{as_of}, loaded.diagnostics);
    }
    finalize_diagnostics(loaded.plan, *config, as_of, loaded.diagnostics);
    result.plans.push_back(std::move(loaded.plan));
    result.loaded.push_back(loaded.ok);
    result.files.push_back(
        CheckedFile{input.name, std::move(input.text), std::move(loaded.diagnostics)});
  }
  result.errors = std::move(inputs.errors);
  return result;
}

int run_check(const CheckOptions& options, Streams io) {
  Date as_of;
  if (!resolve_as_of(options.as_of, as_of, io.err)) {
    return kFailure;
  }
  const CheckedPlans checked = check_plans(options.paths, options.config, as_of, io.in);
  for (const std::string& error : checked.errors) {
    print_error(io.err, error);
  }
  if (options.format == "json") {
    render_check_json(io.out, checked.files);
  } else if (!checked.files.empty() || checked.errors.empty()) {
    // When nothing could be read, "no problems in 0 files" would read like success.
    render_check_text(io.out, checked.files,
                      TextStyle{use_color(options.color, io.out), options.quiet});
  }
  if (!checked.errors.empty()) {
    return kFailure;
  }
  const Summary summary = summarize(checked.files);
  return summary.errors > 0 || (options.strict && summary.warnings > 0) ? kFindings : kSuccess;
}

} // namespace most::cli
