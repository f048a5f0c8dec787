// `most status` and `most overdue`: the weekly reports, built on the same load and check as
// `most check`, so a report always says how many errors the plan still has.

#include "commands.hpp"

#include <most/alignment_tree.hpp>
#include <most/rollup.hpp>
#include <most/status.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <ostream>
#include <sys/ioctl.h>
#include <unistd.h>

namespace most::cli {

std::string unloadable_reason(std::string_view verb, const std::string& name,
                              const std::vector<Diagnostic>& diagnostics) {
  if (diagnostics.empty()) {
    return fmt::format("cannot {} '{}': it is not a plan", verb, name);
  }
  const Diagnostic& first = diagnostics.front();
  return fmt::format("cannot {} '{}': {}:{}: {} [{}]", verb, name, first.location.line,
                     first.location.column, first.message, first.rule);
}

bool report_unloadable(const CheckedPlans& checked, std::ostream& err) {
  bool failed = !checked.errors.empty();
  for (const std::string& error : checked.errors) {
    print_error(err, error);
  }
  for (std::size_t i = 0; i < checked.plans.size(); ++i) {
    if (!checked.loaded[i]) {
      failed = true;
      print_error(
          err, unloadable_reason("report on", checked.files[i].name, checked.files[i].diagnostics));
    }
  }
  return failed;
}

namespace {

std::size_t error_count(const CheckedFile& file) {
  std::size_t errors = 0;
  for (const Diagnostic& d : file.diagnostics) {
    errors += d.severity == Severity::Error ? 1 : 0;
  }
  return errors;
}

// Whether the locale takes UTF-8 (LC_ALL, then LC_CTYPE, then LANG, as the C library reads
// them); block characters shown in a C locale would print as garbage.
bool locale_takes_utf8() {
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const char* value = std::getenv(name);
    if (value != nullptr && *value != '\0') {
      std::string text(value);
      std::transform(text.begin(), text.end(), text.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      return text.find("utf-8") != std::string::npos || text.find("utf8") != std::string::npos;
    }
  }
  return false;
}

// The columns to fit the text report into: COLUMNS when set, else the terminal's width (100
// when it does not say). Output that is piped or saved without COLUMNS has no limit, so
// statements stay whole.
std::size_t report_width(bool terminal) {
  if (const char* columns = std::getenv("COLUMNS"); columns != nullptr) {
    const std::string_view text(columns);
    std::size_t width = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), width);
    if (error == std::errc{} && end == text.data() + text.size() && width > 0) {
      return std::min<std::size_t>(width, 10'000);
    }
  }
  if (!terminal) {
    return 0;
  }
  winsize size{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return size.ws_col;
  }
  return 100;
}

} // namespace

namespace {

int run_tree(const ReportOptions& options, Date as_of, Streams io) {
  const Format<AlignmentTree>* format = find_format(tree_formats(), options.format);
  if (format == nullptr) {
    print_error(io.err, "--tree: the html format shows no tree; use text, markdown or json");
    return kFailure;
  }
  const CheckedPlans checked = check_plans(options, as_of, io);
  const bool failed = report_unloadable(checked, io.err);
  if (failed && checked.index.run_size() == 0) {
    return kFailure;
  }
  const AlignmentTree tree = build_alignment_tree(checked.index, as_of);
  format->render(io.out, TextStyle{.color = use_color(options.color, io.terminal)}, tree);
  return failed ? kFailure : kSuccess;
}

} // namespace

int run_status(const ReportOptions& options, Streams io) {
  StatusReport report;
  if (!resolve_as_of(options.as_of, report.as_of, io.err)) {
    return kFailure;
  }
  if (options.tree) {
    return run_tree(options, report.as_of, io);
  }
  const CheckedPlans checked = check_plans(options, report.as_of, io);
  const bool failed = report_unloadable(checked, io.err);
  // A roll-up's figures come from the plans aligned to it (SPEC §4.6), read or referenced.
  const Rollups rollups = compute_rollups(checked.index, report.as_of);
  for (std::size_t i = 0; i < checked.plans.size(); ++i) {
    if (checked.loaded[i]) {
      report.plans.push_back(compute_status(checked.plans[i], report.as_of, rollups));
      report.plans.back().check_errors = error_count(checked.files[i]);
    }
  }
  if (failed && report.plans.empty()) {
    return kFailure;
  }
  chosen_format(status_formats(), options.format)
      .render(io.out,
              TextStyle{.color = use_color(options.color, io.terminal),
                        .utf8 = locale_takes_utf8(),
                        .width = report_width(io.terminal)},
              report);
  return failed ? kFailure : kSuccess;
}

int run_overdue(const ReportOptions& options, Streams io) {
  OverdueOptions filter;
  if (!resolve_as_of(options.as_of, filter.as_of, io.err)) {
    return kFailure;
  }
  filter.within_days = options.within;
  filter.owners = options.owners;
  const CheckedPlans checked = check_plans(options, filter.as_of, io);
  const bool failed = report_unloadable(checked, io.err);
  // An owner no plan knows would list nothing, forever: most likely a typo (as in `most team`).
  if (!check_owners(options.owners, checked.plans, io.err)) {
    return kFailure;
  }
  std::vector<TacticRow> rows;
  for (std::size_t i = 0; i < checked.plans.size(); ++i) {
    if (checked.loaded[i]) {
      collect_overdue(checked.plans[i], filter, rows);
    }
  }
  sort_overdue(rows);
  chosen_format(overdue_formats(), options.format)
      .render(io.out, TextStyle{.color = use_color(options.color, io.terminal)}, filter.as_of,
              rows);
  if (failed) {
    return kFailure;
  }
  // Without --exit-code a report never fails the job.
  return options.exit_code && !rows.empty() ? kFindings : kSuccess;
}

} // namespace most::cli
