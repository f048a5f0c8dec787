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
/// The as-of day and the plan opened (locked) for an edit; nothing after a one-line error.
std::optional<PlanFile> open_for_edit(const EditOptions& options, const Streams& io, Date& as_of) {
  if (!resolve_as_of(options.as_of, as_of, io.err)) {
    return std::nullopt;
  }
  if (options.file == "-") {
    print_error(io.err, "an edit needs a plan file to change, not standard input");
    return std::nullopt;
  }
  std::string error;
  std::optional<PlanFile> file = PlanFile::open(options.file, options.max_file_size, error);
  if (!file) {
    print_error(io.err, error);
  }
  return file;
}

/// `said`: what to print after writing when `most diff` has no kind for the change.
int run_edit(const EditOptions& options, Streams io,
             const std::function<EditOutcome(std::string_view text, Date as_of)>& make,
             std::string_view said = "") {
  Date as_of;
  std::optional<PlanFile> file = open_for_edit(options, io, as_of);
  if (!file) {
    return kFailure;
  }
  std::string error;
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

std::string trimmed(const std::string& text) {
  const std::size_t first = text.find_first_not_of(" \t\r");
  const std::size_t last = text.find_last_not_of(" \t\r");
  return first == std::string::npos ? "" : text.substr(first, last - first + 1);
}

/// `most checkin FILE` on a terminal (SPEC §4.2): a value for each objective with a metric
/// (Enter skips), then each open tactic overdue or due within 7 days (done, a new due day, or
/// skip). Every answer is one edit, proved on the text so far; the file is written once.
class Interview {
public:
  Interview(const CheckinOptions& options, const Streams& io, Date as_of, std::string text)
      : options_(options), io_(io), as_of_(as_of), text_(std::move(text)) {}

  const std::string& text() const { return text_; }

  /// Asks for each objective's figure; false when the input ended.
  bool objectives(const Plan& plan) {
    for (const Objective& objective : plan.objectives) {
      if (!objective.metric || (!options_.request.objective.empty() &&
                                objective.info.id != options_.request.objective)) {
        continue;
      }
      const Metric& metric = *objective.metric;
      const Checkin* latest = latest_checkin(objective);
      io_.err << fmt::format("{}  {}\n  {} → target {}{}; latest: {}\n", objective.info.id,
                             printable(objective.statement.value.value_or("")),
                             number(metric.baseline), number(metric.target),
                             metric.unit ? " " + printable(*metric.unit) : "",
                             latest != nullptr ? fmt::format("{} on {}", number(latest->value),
                                                             format_date(*latest->date))
                                               : "none yet");
      const bool more =
          ask("  value on " + format_date(as_of_) + " (+N adds to the latest; Enter skips): ",
              [&](const std::string& answer) {
                CheckinRequest request = options_.request;
                request.objective = objective.info.id;
                request.value = answer;
                return add_checkin(text_, options_.file, request, as_of_);
              });
      if (!more) {
        return false;
      }
    }
    return true;
  }

  /// Offers each open tactic overdue or due within 7 days.
  void tactics(const Plan& plan) {
    const Date soon = add_days(as_of_, 7);
    bool more = true;
    for_each_tactic(plan, [&](const Objective&, const Strategy&, const Tactic& tactic) {
      if (!more || !tactic.is_open() || !tactic.due || *tactic.due > soon) {
        return;
      }
      const std::string id = tactic.info.id;
      io_.err << fmt::format("{}  {} ({}), {} {}, {}\n", id,
                             printable(tactic.action.value.value_or("")),
                             printable(tactic.owner.value.value_or("no owner")),
                             *tactic.due < as_of_ ? "overdue since" : "due",
                             format_date(*tactic.due), status_name(tactic.effective_status()));
      more = ask("  d = done, YYYY-MM-DD = new due day, Enter skips: ",
                 [&](const std::string& answer) {
                   if (answer == "d" || answer == "done") {
                     const std::vector<std::string> ids{id};
                     return mark_done(text_, options_.file, ids, std::nullopt, as_of_);
                   }
                   return set_value(text_, options_.file, id, "due", answer, as_of_);
                 });
    });
  }

private:
  static std::string number(const Field<double>& value) {
    return value ? format_amount(*value) : std::string("?");
  }

  // Asks until `apply` accepts an answer or the answer is empty; false at the end of input.
  bool ask(const std::string& question,
           const std::function<EditOutcome(const std::string&)>& apply) {
    while (true) {
      io_.err << question << std::flush;
      std::string answer;
      if (!std::getline(io_.in, answer)) {
        io_.err << '\n';
        return false;
      }
      answer = trimmed(answer);
      if (answer.empty()) {
        return true;
      }
      const EditOutcome outcome = apply(answer);
      if (outcome.ok) {
        text_ = outcome.text;
        return true;
      }
      io_.err << "  " << outcome.error << '\n';
    }
  }

  const CheckinOptions& options_;
  const Streams& io_;
  Date as_of_;
  std::string text_;
};

int run_interactive_checkin(const CheckinOptions& options, Streams io) {
  Date as_of;
  std::optional<PlanFile> file = open_for_edit(options, io, as_of);
  if (!file) {
    return kFailure;
  }
  const LoadResult before = load_plan(file->text(), options.file);
  Interview interview(options, io, as_of, file->text());
  if (interview.objectives(before.plan) && options.request.objective.empty()) {
    interview.tactics(before.plan);
  }
  const std::string& text = interview.text();
  if (text == file->text()) {
    io.err << "nothing changed\n";
    return kSuccess;
  }
  if (options.dry_run) {
    io.out << unified_diff(file->text(), text, options.file);
    return kSuccess;
  }
  std::string error;
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
