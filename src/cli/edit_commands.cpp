// `most checkin`, `most done` and `most set` (SPEC §4.2): one file read under a lock, edited
// as text, proved, then written atomically — or, with --dry-run, shown as a unified diff.

#include "commands.hpp"

#include <most/diff.hpp>
#include <most/edit.hpp>
#include <most/load.hpp>
#include <most/plan_file.hpp>
#include <most/utf8.hpp>
#include <most/wording.hpp>

#include <fmt/format.h>

#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

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

namespace {

std::string trimmed(std::string text) {
  const std::size_t first = text.find_first_not_of(" \t\r");
  const std::size_t last = text.find_last_not_of(" \t\r");
  return first == std::string::npos ? "" : text.substr(first, last - first + 1);
}

/// `most checkin FILE` on a terminal (SPEC §4.2): a value for each objective with a metric
/// (Enter skips), then each open tactic overdue or due within 7 days (done, a new due day, or
/// skip). Every answer is one edit, proved on the text so far; the file is written once.
int run_interactive_checkin(const CheckinOptions& options, Streams io) {
  Date as_of;
  if (!resolve_as_of(options.as_of, as_of, io.err)) {
    return kFailure;
  }
  std::string error;
  std::optional<PlanFile> file = PlanFile::open(options.file, options.max_file_size, error);
  if (!file) {
    print_error(io.err, error);
    return kFailure;
  }
  const LoadResult before = load_plan(file->text(), options.file);
  std::string text = file->text();
  // Asks until `apply` accepts an answer or the answer is empty; false at the end of input.
  const auto ask = [&](const std::string& question,
                       const std::function<EditOutcome(const std::string&)>& apply) {
    while (true) {
      io.err << question << std::flush;
      std::string answer;
      if (!std::getline(io.in, answer)) {
        io.err << '\n';
        return false;
      }
      answer = trimmed(answer);
      if (answer.empty()) {
        return true;
      }
      const EditOutcome outcome = apply(answer);
      if (outcome.ok) {
        text = outcome.text;
        return true;
      }
      io.err << "  " << outcome.error << '\n';
    }
  };
  bool more = true;
  for (const Objective& objective : before.plan.objectives) {
    if (!more || !objective.metric ||
        (!options.request.objective.empty() && objective.info.id != options.request.objective)) {
      continue;
    }
    const Checkin* latest = nullptr;
    for (const Checkin& checkin : objective.checkins) {
      if (checkin.date && checkin.value && (latest == nullptr || *checkin.date >= *latest->date)) {
        latest = &checkin;
      }
    }
    const Metric& metric = *objective.metric;
    const auto number = [](const Field<double>& value) {
      return value ? format_amount(*value) : std::string("?");
    };
    io.err << fmt::format("{}  {}\n  {} → target {}{}; latest: {}\n", objective.info.id,
                          printable(objective.statement.value.value_or("")),
                          number(metric.baseline), number(metric.target),
                          metric.unit ? " " + printable(*metric.unit) : "",
                          latest != nullptr ? fmt::format("{} on {}", number(latest->value),
                                                          format_date(*latest->date))
                                            : "none yet");
    more = ask("  value on " + format_date(as_of) + " (+N adds to the latest; Enter skips): ",
               [&](const std::string& answer) {
                 CheckinRequest request = options.request;
                 request.objective = objective.info.id;
                 request.value = answer;
                 return add_checkin(text, options.file, request, as_of);
               });
  }
  if (more && options.request.objective.empty()) {
    const Date soon = add_days(as_of, 7);
    for_each_tactic(before.plan, [&](const Objective&, const Strategy&, const Tactic& tactic) {
      if (!more || !tactic.is_open() || !tactic.due || *tactic.due > soon) {
        return;
      }
      const std::string id = tactic.info.id;
      io.err << fmt::format("{}  {} ({}), {} {}, {}\n", id,
                            printable(tactic.action.value.value_or("")),
                            printable(tactic.owner.value.value_or("no owner")),
                            *tactic.due < as_of ? "overdue since" : "due", format_date(*tactic.due),
                            status_name(tactic.effective_status()));
      more = ask("  d = done, YYYY-MM-DD = new due day, Enter skips: ",
                 [&](const std::string& answer) {
                   if (answer == "d" || answer == "done") {
                     const std::vector<std::string> ids{id};
                     return mark_done(text, options.file, ids, std::nullopt, as_of);
                   }
                   return set_value(text, options.file, id, "due", answer, as_of);
                 });
    });
  }
  if (text == file->text()) {
    io.err << "nothing changed\n";
    return kSuccess;
  }
  if (options.dry_run) {
    io.out << unified_diff(file->text(), text, options.file);
    return kSuccess;
  }
  if (!file->replace(text, error)) {
    print_error(io.err, error);
    return kFailure;
  }
  const LoadResult after = load_plan(text, options.file);
  render_change_lines(io.out, options.file, options.file,
                      diff_plans(&before.plan, &after.plan).changes,
                      use_color("auto", io.terminal));
  return kSuccess;
}

} // namespace

int run_checkin(const CheckinOptions& options, Streams io) {
  if (options.value.empty() && io.input_terminal) {
    return run_interactive_checkin(options, io);
  }
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
