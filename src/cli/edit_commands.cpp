// `most checkin`, `most done` and `most set` (SPEC §4.2): one file read under a lock, edited
// as text, proved, then written atomically — or, with --dry-run, shown as a unified diff.

#include "commands.hpp"

#include <most/diff.hpp>
#include <most/edit.hpp>
#include <most/plan_file.hpp>

#include <fmt/format.h>

#include <functional>
#include <ostream>

namespace most::cli {

namespace {

/// Opens the plan, makes the edit with `make(text, as_of)`, and writes it (or shows it).
/// `said`: what to print after writing when `most diff` has no kind for the change.
int run_edit(const EditOptions& options, Streams io,
             const std::function<EditOutcome(std::string_view text, Date as_of)>& make,
             std::string_view said = "") {
  Date as_of;
  if (!resolve_as_of(options.as_of, as_of, io.err)) {
    return kFailure;
  }
  if (options.file == "-") {
    print_error(io.err, "an edit needs a plan file to change, not standard input");
    return kFailure;
  }
  std::string error;
  std::optional<PlanFile> file = PlanFile::open(options.file, options.max_file_size, error);
  if (!file) {
    print_error(io.err, error);
    return kFailure;
  }
  const EditOutcome outcome = make(file->text(), as_of);
  if (!outcome.ok) {
    print_error(io.err, fmt::format("{}: {}", options.file, outcome.error));
    return kFailure;
  }
  for (const std::string& note : outcome.notes) {
    io.err << "most: note: " << note << '\n';
  }
  if (outcome.text == file->text()) {
    return kSuccess;
  }
  if (options.dry_run) {
    io.out << unified_diff(file->text(), outcome.text, options.file);
    return kSuccess;
  }
  if (!file->replace(outcome.text, error)) {
    print_error(io.err, error);
    return kFailure;
  }
  render_change_lines(io.out, options.file, options.file, outcome.changes,
                      use_color("auto", io.terminal));
  if (outcome.changes.empty()) {
    io.out << options.file << ": " << said << '\n';
  }
  return kSuccess;
}

std::optional<Date> optional_day(const std::string& text, std::string_view option,
                                 std::ostream& err, bool& ok) {
  ok = true;
  if (text.empty()) {
    return std::nullopt;
  }
  std::optional<Date> day = parse_iso_date(text);
  if (!day) {
    print_error(
        err, fmt::format("{} '{}' is not a day that exists; write it as YYYY-MM-DD", option, text));
    ok = false;
  }
  return day;
}

} // namespace

int run_checkin(const CheckinOptions& options, Streams io) {
  if (options.value.empty()) {
    print_error(io.err, fmt::format("give the value to record: 'most checkin {} {} 1250', or "
                                    "+N to add this week's figure",
                                    options.file,
                                    options.request.objective.empty() ? "OBJECTIVE"
                                                                      : options.request.objective));
    return kFailure;
  }
  bool ok = true;
  CheckinRequest request = options.request;
  request.value = options.value;
  request.date = optional_day(options.date, "--date", io.err, ok);
  if (!ok) {
    return kFailure;
  }
  return run_edit(options, io, [&](std::string_view text, Date as_of) {
    return add_checkin(text, options.file, request, as_of);
  });
}

int run_done(const DoneOptions& options, Streams io) {
  bool ok = true;
  const std::optional<Date> on = optional_day(options.on, "--on", io.err, ok);
  if (!ok) {
    return kFailure;
  }
  return run_edit(options, io, [&](std::string_view text, Date as_of) {
    return mark_done(text, options.file, options.tactics, on, as_of);
  });
}

int run_set(const SetOptions& options, Streams io) {
  return run_edit(
      options, io,
      [&](std::string_view text, Date as_of) {
        return set_value(text, options.file, options.id, options.key, options.value, as_of);
      },
      fmt::format("the {} of {} is now {}", options.key, options.id, options.value));
}

} // namespace most::cli
