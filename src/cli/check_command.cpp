// `most check`: read → load → rules → finalize → render, then the exit status of SPEC §2.

#include "cli/commands.hpp"
#include "cli/inputs.hpp"
#include "cli/parallel.hpp"
#include "report/terminal_text.hpp"

#include <most/load.hpp>
#include <most/report.hpp>
#include <most/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <ostream>

namespace most::cli {

void print_error(std::ostream& err, const std::string& message) {
  // Messages quote outside text — file names from a walk, keys, rule names from .most.yaml —
  // so each line goes through the one escaping of control characters that the terminal gets.
  err << "most: error: ";
  for (std::size_t start = 0; start <= message.size();) {
    const std::size_t end = std::min(message.find('\n', start), message.size());
    err << printable(std::string_view(message).substr(start, end - start));
    err << '\n';
    start = end + 1;
  }
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

bool use_color(const std::string& mode, bool terminal) {
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
  return terminal;
}

Inputs read_plan_inputs(const std::vector<std::string>& paths, const Streams& io,
                        std::uint64_t max_bytes) {
  Inputs inputs = read_inputs(paths, io.in, max_bytes);
  if (io.plans_read != nullptr) {
    io.plans_read->insert(io.plans_read->end(), inputs.files.begin(), inputs.files.end());
  }
  return inputs;
}

CheckedPlans check_plans(const PlanOptions& options, Date as_of, const Streams& io) {
  CheckedPlans result;
  Inputs inputs = read_plan_inputs(options.paths, io, options.max_file_size);
  // Configurations are looked up serially (the finder caches); the plans then run in parallel.
  ConfigFinder configs(options.config, options.max_file_size);
  std::vector<std::pair<PlanInput*, const Config*>> work;
  for (PlanInput& input : inputs.plans) {
    if (const Config* config = configs.for_directory(input.search_dir, inputs.errors)) {
      work.emplace_back(&input, config);
    }
  }
  result.plans.resize(work.size());
  std::vector<char> loaded(work.size(), 0);
  std::vector<std::vector<Diagnostic>> diagnostics(work.size());
  // Each result lands in its input's slot, so the output is identical to a serial run.
  run_in_parallel(work.size(), options.jobs, [&](std::size_t i) {
    LoadResult plan = load_plan(work[i].first->text, work[i].first->name);
    result.plans[i] = std::move(plan.plan);
    diagnostics[i] = std::move(plan.diagnostics);
    loaded[i] = plan.ok ? 1 : 0;
  });
  // References are read serially, each file once; the rules then only look them up.
  for (std::size_t i = 0; i < work.size(); ++i) {
    if (loaded[i] != 0) {
      result.index.add(result.plans[i]);
    }
  }
  result.index.resolve_references(referenced_plan_reader(options.max_file_size, io.plans_read));
  result.files.resize(work.size());
  run_in_parallel(work.size(), options.jobs, [&](std::size_t i) {
    if (loaded[i] != 0) {
      const RuleContext context{as_of, &result.index, work[i].second->overload_threshold};
      run_rules(result.plans[i], context, diagnostics[i]);
    }
    finalize_diagnostics(result.plans[i], *work[i].second, as_of, diagnostics[i]);
    result.files[i] =
        CheckedFile{work[i].first->name, std::move(work[i].first->text), std::move(diagnostics[i])};
  });
  result.loaded.assign(loaded.begin(), loaded.end());
  result.errors = std::move(inputs.errors);
  return result;
}

int run_check(const CheckOptions& options, Streams io) {
  Date as_of;
  if (!resolve_as_of(options.as_of, as_of, io.err)) {
    return kFailure;
  }
  const CheckedPlans checked = check_plans(options, as_of, io);
  for (const std::string& error : checked.errors) {
    print_error(io.err, error);
  }
  if (options.format == "json") {
    render_check_json(io.out, checked.files);
  } else if (options.format == "markdown") {
    render_check_markdown(io.out, checked.files);
  } else if (options.format == "github") {
    render_check_github(io.out, checked.files);
  } else if (options.format == "sarif") {
    render_check_sarif(io.out, checked.files);
  } else if (options.format == "junit") {
    render_check_junit(io.out, checked.files);
  } else if (!checked.files.empty() || checked.errors.empty()) {
    // When nothing could be read, "no problems in 0 files" would read like success.
    render_check_text(io.out, checked.files,
                      TextStyle{use_color(options.color, io.terminal), options.quiet});
  }
  if (!checked.errors.empty()) {
    return kFailure;
  }
  const Summary summary = summarize(checked.files);
  return summary.errors > 0 || (options.strict && summary.warnings > 0) ? kFindings : kSuccess;
}

} // namespace most::cli
