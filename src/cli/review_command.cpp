// `most review --since REV`: the cycle since REV from git history (SPEC §4.6). The workspace
// reads every version (each distinct blob once), they load in parallel, the view adds up.

#include "commands.hpp"

#include <most/history.hpp>
#include <most/load.hpp>
#include <most/parallel.hpp>
#include <most/review.hpp>

#include <memory>
#include <ostream>

namespace most::cli {

int run_review(const ReviewOptions& options, Streams io) {
  ReviewReport report;
  report.since = options.since;
  if (!resolve_as_of(options.as_of, report.as_of, io.err)) {
    return kFailure;
  }
  std::vector<std::string> errors;
  const std::vector<std::string> here{"."};
  const CycleHistory history =
      read_cycle(HistoryRequest{options.since, options.paths.empty() ? here : options.paths,
                                options.max_file_size, io.plans_read},
                 report.as_of, io.in, errors);
  // Each distinct version loads once, into its own slot, by the first file that has it. The
  // files load in parallel; each file's versions in order, each read from the one before, so
  // that only the entries whose lines changed that week are parsed.
  std::vector<std::optional<Plan>> plans(history.texts.size());
  std::vector<std::vector<Diagnostic>> findings(history.texts.size());
  std::vector<std::size_t> loader(history.texts.size(), history.files.size());
  for (std::size_t f = history.files.size(); f-- > 0;) {
    for (const std::optional<std::size_t>& slot : history.files[f].versions) {
      if (slot) {
        loader[*slot] = f;
      }
    }
  }
  run_in_parallel(history.files.size(), options.jobs, [&](std::size_t f) {
    std::shared_ptr<const PlanReading> previous;
    for (const std::optional<std::size_t>& slot : history.files[f].versions) {
      if (!slot || loader[*slot] != f || plans[*slot] || !findings[*slot].empty()) {
        continue;
      }
      LoadedVersion loaded = load_plan_version(history.texts[*slot], "", previous.get());
      if (loaded.reading) {
        previous = std::move(loaded.reading);
      }
      if (loaded.result.ok) {
        plans[*slot] = std::move(loaded.result.plan);
      } else {
        findings[*slot] = std::move(loaded.result.diagnostics);
      }
    }
  });
  for (const PlanCycle& file : history.files) {
    // A version that is not a plan counts as absent; the version now must be one.
    const std::optional<std::size_t> now = file.versions.back();
    if (now && !plans[*now]) {
      errors.push_back(unloadable_reason("review", file.name, findings[*now]));
      continue;
    }
    std::vector<ReviewVersion> versions;
    for (std::size_t v = 0; v < file.versions.size(); ++v) {
      const std::optional<std::size_t> slot = file.versions[v];
      versions.push_back(
          ReviewVersion{file.days[v], slot && plans[*slot] ? &*plans[*slot] : nullptr});
    }
    review_plan(file.name, versions, report);
  }
  finish_review(report);
  for (const std::string& error : errors) {
    print_error(io.err, error);
  }
  if (!errors.empty() && history.files.empty()) {
    return kFailure;
  }
  chosen_format(review_formats(), options.format)
      .render(io.out, TextStyle{.color = use_color(options.color, io.terminal)}, report);
  return errors.empty() ? kSuccess : kFailure;
}

} // namespace most::cli
