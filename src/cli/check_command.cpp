// `most check`: the pipeline (src/workspace/check.cpp), a renderer, then the exit status of
// SPEC §2.

#include "commands.hpp"

#include <most/edit.hpp>
#include <most/formats.hpp>
#include <most/plan_file.hpp>
#include <most/utf8.hpp>
#include <most/workspace.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
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
  return check_paths(WorkspaceOptions{options.paths, options.config, options.root,
                                      options.max_file_size, options.jobs},
                     as_of, io.in, io.plans_read);
}

namespace {

/// `--fix` and `--diff`: applies (or prints) the fixes the findings carry, file by file; the
/// number of files with fixes, or nothing after printing why a file could not be fixed.
std::optional<int> apply_check_fixes(const CheckOptions& options, Date as_of, const Streams& io) {
  const CheckedPlans checked = check_plans(options, as_of, io);
  int files_fixed = 0;
  bool failed = false;
  // A file named twice (or through a link) is fixed once: identities are taken before any
  // write, since a write gives the file a new one.
  std::vector<std::optional<FileIdentity>> identities;
  for (const CheckedFile& file : checked.files) {
    identities.push_back(identify(file.name));
  }
  std::vector<FileIdentity> seen;
  for (std::size_t i = 0; i < checked.files.size(); ++i) {
    const CheckedFile& file = checked.files[i];
    const bool fixable =
        std::any_of(file.diagnostics.begin(), file.diagnostics.end(), [&](const Diagnostic& d) {
          return d.fix && (d.fix->safe || options.unsafe_fixes);
        });
    const std::optional<FileIdentity>& identity = identities[i];
    if (!fixable || (identity && std::find(seen.begin(), seen.end(), *identity) != seen.end())) {
      continue;
    }
    if (identity) {
      seen.push_back(*identity);
    }
    std::string error;
    std::optional<PlanFile> plan = PlanFile::open(file.name, options.max_file_size, error);
    if (plan && plan->text() != file.text) {
      error = fmt::format("'{}' changed on disk while most was checking it; run the command "
                          "again",
                          file.name);
    }
    if (!error.empty()) {
      print_error(io.err, error);
      failed = true;
      continue;
    }
    std::vector<Diagnostic> applied;
    const EditOutcome outcome =
        apply_fixes(file.text, file.name, file.diagnostics, options.unsafe_fixes, applied);
    if (applied.empty()) {
      continue;
    }
    ++files_fixed;
    if (options.show_diff) {
      io.out << unified_diff(file.text, outcome.text, file.name);
      continue;
    }
    if (!plan->replace(outcome.text, error)) {
      print_error(io.err, error);
      failed = true;
      continue;
    }
    for (const Diagnostic& d : applied) {
      io.err << fmt::format("{}:{}:{}: fixed: '{}' [{}]\n", printable(file.name), d.location.line,
                            d.location.column, printable(d.fix->replacement), d.rule);
    }
  }
  if (failed) {
    return std::nullopt;
  }
  return files_fixed;
}

} // namespace

int run_check(const CheckOptions& options, Streams io) {
  Date as_of;
  if (!resolve_as_of(options.as_of, as_of, io.err)) {
    return kFailure;
  }
  if (options.fix || options.show_diff) {
    if (std::find(options.paths.begin(), options.paths.end(), "-") != options.paths.end()) {
      print_error(io.err, "--fix and --diff change or compare files; standard input cannot be "
                          "fixed in place");
      return kFailure;
    }
    const std::optional<int> fixed = apply_check_fixes(options, as_of, io);
    if (!fixed) {
      return kFailure;
    }
    if (options.show_diff) {
      return *fixed > 0 ? kFindings : kSuccess;
    }
  } else if (options.unsafe_fixes) {
    print_error(io.err, "--unsafe-fixes goes with --fix or --diff");
    return kFailure;
  }
  const CheckedPlans checked = check_plans(options, as_of, io);
  for (const std::string& error : checked.errors) {
    print_error(io.err, error);
  }
  const auto& format = chosen_format(check_formats(), options.format);
  // When nothing could be read, "no problems in 0 files" would read like success.
  if (format.name != "text" || !checked.files.empty() || checked.errors.empty()) {
    format.render(io.out, TextStyle{use_color(options.color, io.terminal), options.quiet},
                  checked.files);
  }
  if (!checked.errors.empty()) {
    return kFailure;
  }
  const Summary summary = summarize(checked.files);
  return summary.errors > 0 || (options.strict && summary.warnings > 0) ? kFindings : kSuccess;
}

} // namespace most::cli
