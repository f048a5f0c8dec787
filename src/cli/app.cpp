// CLI11 wiring: one table of commands, and CLI11's own errors mapped to exit status 2.

#include "cli.hpp"
#include "commands.hpp"

#include <most/formats.hpp>
#include <most/inputs.hpp>
#include <most/output.hpp>
#include <most/suggest.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <iostream>
#include <new>
#include <ostream>
#include <sstream>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace most::cli {

namespace {

// --output for every command, --jobs where plans are checked.
void add_output_options(CLI::App* cmd, std::string& output, unsigned* jobs) {
  cmd->add_option("-o,--output", output,
                  "Write the report to this file (atomically: readers never see half of it; "
                  "- for standard output)");
  if (jobs != nullptr) {
    cmd->add_option("-j,--jobs", *jobs, "Plans checked at once (default: one per core)")
        ->check(CLI::Range(1U, 256U));
  }
}

void add_as_of(CLI::App* cmd, std::string& as_of) {
  cmd->add_option("--as-of", as_of, "The day 'today' means (YYYY-MM-DD; default: today)");
}

// Options of every command that reads plans; `formats` empty for a command with one format.
void add_plan_options(CLI::App* cmd, PlanOptions& plans, std::string& output,
                      const std::vector<std::string>& formats) {
  cmd->add_option("paths", plans.paths,
                  "Plan files, directories (every *.yaml/*.yml below), or - for standard "
                  "input (default: the current directory)");
  if (!formats.empty()) {
    cmd->add_option("--format", plans.format, "Output format")
        ->check(CLI::IsMember(formats))
        ->default_str("text");
  }
  add_output_options(cmd, output, &plans.jobs);
  add_as_of(cmd, plans.as_of);
  if (!formats.empty()) {
    cmd->add_option("--color", plans.color,
                    "Colour: auto (a terminal without NO_COLOR), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->default_str("auto");
  }
  cmd->add_option("--config", plans.config, "Use this .most.yaml instead of searching for one");
  cmd->add_option("--root", plans.root,
                  "References (aligns_with) may not lead outside this folder (default: the git "
                  "work tree that holds the plan)");
  cmd->add_option("--max-file-size", plans.max_file_size,
                  "Refuse plan and configuration files larger than this (bytes, or with K, "
                  "M, G: 1024-based; at most 1G)")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::Range(std::uint64_t{1}, kMaxPlanBytesLimit))
      ->default_str(fmt::format("{}M", kMaxPlanBytes >> 20U));
}

// Every command's options, as CLI11 fills them.
struct Options {
  CheckOptions check;
  ReportOptions status;
  ReportOptions overdue;
  ReportOptions team;
  ReportOptions calendar;
  SiteOptions site;
  DiffOptions diff;
  ReviewOptions review;
  InitOptions init;
  CheckinOptions checkin;
  DoneOptions done;
  SetOptions set;
  LspCommandOptions lsp;
  std::string rules_format = "text";
  std::string rule;
  std::string output;
};

struct Command;

/// Adds a command's own options to `cmd` and returns what runs it once the line is parsed.
using Wire = std::function<int()> (*)(CLI::App& cmd, const Command& command, Options& options,
                                      const Streams& io);

// One command of `most`: its name and summary as --help lists them, the values of its --format
// (the first is the default; none: one format, no --format and no --color) and its wiring.
struct Command {
  std::string_view name;
  std::string_view summary;
  std::vector<std::string> formats;
  Wire wire;
};

// One value per --owner: `--owner anna plans/` must not read plans/ as a second owner.
void add_owner(CLI::App& cmd, ReportOptions& report, const std::string& help) {
  cmd.add_option("--owner", report.owners, help)->allow_extra_args(false);
}

std::function<int()> wire_check(CLI::App& cmd, const Command& command, Options& o,
                                const Streams& io) {
  add_plan_options(&cmd, o.check, o.output, command.formats);
  cmd.add_flag("--strict", o.check.strict, "Warnings also fail the check (exit 1)");
  cmd.add_flag("-q,--quiet", o.check.quiet,
               "Print only the finding lines: no excerpts, no summary");
  cmd.add_flag("--fix", o.check.fix,
               "Apply the fixes with exactly one right answer (misspelt keys, status words), "
               "then report what is left");
  cmd.add_flag("--unsafe-fixes", o.check.unsafe_fixes,
               "With --fix or --diff, also the fixes that may be wrong (an owner's closest "
               "team member)");
  cmd.add_flag("--diff", o.check.show_diff,
               "Print the fixes as a unified diff and write nothing (exit 1 when there are any)");
  return [&o, &io] { return run_check(o.check, io); };
}

std::function<int()> wire_status(CLI::App& cmd, const Command& command, Options& o,
                                 const Streams& io) {
  add_plan_options(&cmd, o.status, o.output, command.formats);
  cmd.add_flag("--tree", o.status.tree,
               "Each objective with the objectives that align to it (aligns_with), recursively, "
               "and the roll-up state");
  return [&o, &io] { return run_status(o.status, io); };
}

std::function<int()> wire_overdue(CLI::App& cmd, const Command& command, Options& o,
                                  const Streams& io) {
  add_plan_options(&cmd, o.overdue, o.output, command.formats);
  add_owner(cmd, o.overdue, "Only tactics of this owner (repeatable)");
  cmd.add_option("--within", o.overdue.within,
                 "Also list tactics due from today through DAYS days later, marked due soon")
      ->check(CLI::Range(0, 3650));
  cmd.add_flag("--exit-code", o.overdue.exit_code, "Exit 1 when anything is listed");
  return [&o, &io] { return run_overdue(o.overdue, io); };
}

std::function<int()> wire_team(CLI::App& cmd, const Command& command, Options& o,
                               const Streams& io) {
  add_plan_options(&cmd, o.team, o.output, command.formats);
  add_owner(cmd, o.team, "Instead of the summary, every tactic of this owner (repeatable)");
  cmd.add_option("--within", o.team.within,
                 "Due soon means due from today through DAYS days later (default: 14)")
      ->check(CLI::Range(0, 3650));
  return [&o, &io] { return run_team(o.team, io); };
}

std::function<int()> wire_site(CLI::App& cmd, const Command& /*command*/, Options& o,
                               const Streams& io) {
  cmd.add_option("paths", o.site.paths,
                 "Plan files, directories (every *.yaml/*.yml below), or - for standard "
                 "input (default: the current directory)");
  cmd.add_option("-o,--output", o.site.folder,
                 "The folder to write the site into: built beside it, then renamed into place; "
                 "an existing one is replaced only if 'most site' wrote it")
      ->required();
  cmd.add_option("-j,--jobs", o.site.jobs, "Plans checked at once (default: one per core)")
      ->check(CLI::Range(1U, 256U));
  add_as_of(&cmd, o.site.as_of);
  cmd.add_option("--config", o.site.config, "Use this .most.yaml instead of searching for one");
  cmd.add_option("--root", o.site.root,
                 "References (aligns_with) may not lead outside this folder (default: the git "
                 "work tree that holds the plan)");
  cmd.add_option("--max-file-size", o.site.max_file_size,
                 "Refuse plan and configuration files larger than this (bytes, or with K, "
                 "M, G: 1024-based; at most 1G)")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::Range(std::uint64_t{1}, kMaxPlanBytesLimit))
      ->default_str(fmt::format("{}M", kMaxPlanBytes >> 20U));
  return [&o, &io] { return run_site(o.site, io); };
}

std::function<int()> wire_rules(CLI::App& cmd, const Command& command, Options& o,
                                const Streams& io) {
  cmd.add_option("--format", o.rules_format, "Output format")
      ->check(CLI::IsMember(command.formats))
      ->default_str(command.formats.front());
  add_output_options(&cmd, o.output, nullptr);
  return [&o, &io] { return run_rules_list(o.rules_format, io); };
}

std::function<int()> wire_explain(CLI::App& cmd, const Command& /*command*/, Options& o,
                                  const Streams& io) {
  cmd.add_option("rule", o.rule, "A rule name, as 'most rules' lists them")->required();
  add_output_options(&cmd, o.output, nullptr);
  return [&o, &io] { return run_explain(o.rule, io); };
}

std::function<int()> wire_init(CLI::App& cmd, const Command& /*command*/, Options& o,
                               const Streams& io) {
  cmd.add_option("file", o.init.file, "The plan to create, or - for standard output")
      ->default_str("plan.yaml");
  add_as_of(&cmd, o.init.as_of);
  cmd.add_option("--schema", o.init.schema,
                 "The JSON Schema the editor modeline names (path or URL; default: the "
                 "installed schema)");
  return [&o, &io] { return run_init(o.init, io); };
}

std::function<int()> wire_schema(CLI::App& cmd, const Command& /*command*/, Options& o,
                                 const Streams& io) {
  add_output_options(&cmd, o.output, nullptr);
  return [&io] { return run_schema(io); };
}

std::function<int()> wire_calendar(CLI::App& cmd, const Command& command, Options& o,
                                   const Streams& io) {
  add_plan_options(&cmd, o.calendar, o.output, command.formats);
  add_owner(cmd, o.calendar,
            "Only tactics of this owner, and no milestones: a personal feed (repeatable)");
  return [&o, &io] { return run_calendar(o.calendar, io); };
}

std::function<int()> wire_diff(CLI::App& cmd, const Command& command, Options& o,
                               const Streams& io) {
  add_plan_options(&cmd, o.diff, o.output, command.formats);
  cmd.add_option("--since", o.diff.since,
                 "Compare the plans with their versions at this git revision (e.g. HEAD~1, "
                 "main, a tag)");
  std::vector<std::string> kinds{"slip"};
  for (const std::string_view kind : change_names()) {
    kinds.emplace_back(kind);
  }
  cmd.add_option("--fail-on", o.diff.fail_on,
                 "Exit 1 when a change of this kind is found: slip, earlier, added, removed, "
                 "completed, dropped, owner, target, … (any JSON kind; repeatable)")
      ->check(CLI::IsMember(kinds))
      ->allow_extra_args(false);
  return [&o, &io] { return run_diff(o.diff, io); };
}

std::function<int()> wire_review(CLI::App& cmd, const Command& command, Options& o,
                                 const Streams& io) {
  add_plan_options(&cmd, o.review, o.output, command.formats);
  cmd.add_option("--since", o.review.since,
                 "The git revision the cycle starts at (e.g. a tag, main@{13 weeks ago})")
      ->required();
  return [&o, &io] { return run_review(o.review, io); };
}

// The file, --as-of, --dry-run and --max-file-size of every command that edits a plan.
void add_edit_options(CLI::App& cmd, EditOptions& edit) {
  cmd.add_option("file", edit.file, "The plan to change")->required();
  add_as_of(&cmd, edit.as_of);
  cmd.add_flag("-n,--dry-run", edit.dry_run,
               "Print the change as a unified diff and write nothing");
  cmd.add_option("--max-file-size", edit.max_file_size,
                 "Refuse plan files larger than this (bytes, or with K, M, G)")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::Range(std::uint64_t{1}, kMaxPlanBytesLimit))
      ->default_str(fmt::format("{}M", kMaxPlanBytes >> 20U));
}

std::function<int()> wire_checkin(CLI::App& cmd, const Command& /*command*/, Options& o,
                                  const Streams& io) {
  add_edit_options(cmd, o.checkin);
  cmd.add_option("objective", o.checkin.request.objective,
                 "The objective's id, as 'most status' prints it (none, on a terminal: ask "
                 "for each objective, then each overdue or due-soon tactic)");
  cmd.add_option("value", o.checkin.value,
                 "The measured value, or +N to add N to the latest check-in (this week's figure "
                 "onto a running total)");
  cmd.add_option("--date", o.checkin.date, "The day measured (YYYY-MM-DD; default: the as-of day)");
  cmd.add_option("--note", o.checkin.request.note, "A remark kept with the check-in");
  cmd.add_flag("--replace", o.checkin.request.replace,
               "Replace the check-in of that day instead of refusing");
  cmd.add_flag("--force", o.checkin.request.force,
               "Accept a value whose progress is below -100 % or above 300 %");
  return [&o, &io] { return run_checkin(o.checkin, io); };
}

std::function<int()> wire_done(CLI::App& cmd, const Command& /*command*/, Options& o,
                               const Streams& io) {
  add_edit_options(cmd, o.done);
  cmd.add_option("tactics", o.done.tactics,
                 "Ids of the tactics done, as 'most overdue' prints them")
      ->required();
  cmd.add_option("--on", o.done.on, "The day they were done (YYYY-MM-DD; default: the as-of day)");
  return [&o, &io] { return run_done(o.done, io); };
}

std::function<int()> wire_set(CLI::App& cmd, const Command& /*command*/, Options& o,
                              const Streams& io) {
  add_edit_options(cmd, o.set);
  cmd.add_option("id", o.set.id, "The item's id, as the reports print it")->required();
  cmd.add_option("key", o.set.key, std::string(kSettableKeys))->required();
  cmd.add_option("value", o.set.value, "The new value")->required();
  return [&o, &io] { return run_set(o.set, io); };
}

std::function<int()> wire_lsp(CLI::App& cmd, const Command& /*command*/, Options& o,
                              const Streams& io) {
  cmd.add_option("--as-of", o.lsp.as_of,
                 "The day 'today' means (YYYY-MM-DD; default: today, at each check)");
  cmd.add_option("--max-file-size", o.lsp.max_file_size,
                 "Do not check documents larger than this (bytes, or with K, M, G)")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::Range(std::uint64_t{1}, kMaxPlanBytesLimit))
      ->default_str(fmt::format("{}M", kMaxPlanBytes >> 20U));
  cmd.add_flag("--stdio", o.lsp.stdio,
               "Speak on standard input and output (the default and only transport)");
  return [&o, &io] { return run_lsp(o.lsp, io); };
}

// The one table of commands, in the order `most --help` lists them.
const std::vector<Command>& commands() {
  static const std::vector<Command> kCommands{
      {"check", "Validate plans and report every finding", format_names(check_formats()),
       &wire_check},
      {"status", "Where each plan stands: progress, expected progress and state per objective",
       format_names(status_formats()), &wire_status},
      {"overdue", "Tactics past due and not done or dropped, grouped by owner",
       format_names(overdue_formats()), &wire_overdue},
      {"team",
       "Each owner's load across the plans: open, overdue, due soon, done and budget, "
       "most overdue first",
       format_names(team_formats()), &wire_team},
      {"site",
       "The organisation as a static website (tree, plans, owners, overdue) in the folder -o DIR",
       {},
       &wire_site},
      {"rules", "List every rule: name, default severity, summary", format_names(rules_formats()),
       &wire_rules},
      {"explain", "What a rule checks, why, and how to fix or silence it", {}, &wire_explain},
      {"init",
       "Write a commented starter plan that passes 'most check' (never overwrites)",
       {},
       &wire_init},
      {"schema",
       "Print the plan format as JSON Schema (draft-07), for editors and validators",
       {},
       &wire_schema},
      {"calendar",
       "Tactic due days and milestones as an iCalendar feed (RFC 5545)",
       {},
       &wire_calendar},
      {"diff", "What changed between two versions of plans: slips, completions, owners, targets",
       format_names(diff_formats()), &wire_diff},
      {"review",
       "The cycle since a git revision, per owner and per objective: completions, "
       "slips, targets",
       format_names(review_formats()), &wire_review},
      {"checkin",
       "Record this week's figure for an objective (VALUE, or +N onto the latest)",
       {},
       &wire_checkin},
      {"done", "Mark tactics done (status: done, done_on: the day)", {}, &wire_done},
      {"set",
       "Change a tactic's status, owner, due or start, or an objective's deadline or owner",
       {},
       &wire_set},
      {"lsp",
       "Language server for editors (LSP on standard input/output): diagnostics, hover, "
       "completion, quick fixes, go to definition",
       {},
       &wire_lsp},
  };
  return kCommands;
}

int parse_and_run(int argc, const char* const* argv, Streams io) {
  CLI::App app{"most keeps a sales team's M-O-S-T plan honest: it validates plans written as "
               "YAML and reports their findings.",
               "most"};
  app.set_version_flag("--version", "most " MOST_VERSION);
  app.require_subcommand(1);
  app.footer("Exit status: 0 no errors, 1 findings that fail the check, 2 the command could not "
             "do its job.\nSee 'most explain RULE' and 'man most'.\n");

  Options options;
  std::string& output = options.output;
  std::ostringstream buffer;
  // Every command writes into a buffer: with --output it lands in the file at once,
  // otherwise on stdout.
  std::vector<FileIdentity> plans_read;
  Streams to{io.in, buffer, io.err, io.terminal, &plans_read, io.input_terminal, &io.out};
  std::vector<std::pair<const CLI::App*, std::function<int()>>> wired;
  for (const Command& command : commands()) {
    CLI::App* cmd = app.add_subcommand(std::string(command.name), std::string(command.summary));
    wired.emplace_back(cmd, command.wire(*cmd, command, options, to));
  }

  // CLI11 would call an unknown command a missing one; name it, and the closest real one.
  if (argc > 1 && argv[1][0] != '-') {
    std::vector<std::string_view> names;
    for (const CLI::App* sub : app.get_subcommands({})) {
      names.push_back(sub->get_name());
    }
    if (std::find(names.begin(), names.end(), std::string_view(argv[1])) == names.end()) {
      print_error(io.err, fmt::format("unknown command '{}'{} (see 'most --help')", argv[1],
                                      did_you_mean(argv[1], names)));
      return kFailure;
    }
  } else if (argc == 1) {
    print_error(io.err, "no command given; try 'most check PLAN.yaml' or 'most --help'");
    return kFailure;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) { // --help and --version
      return app.exit(error, io.out, io.err) == 0 ? kSuccess : kFailure;
    }
    print_error(io.err, std::string(error.what()) + " (see 'most --help')");
    return kFailure;
  }
  std::function<int()> action;
  for (const auto& [cmd, run] : wired) {
    if (cmd->parsed()) {
      action = run;
    }
  }
  if (!action) {
    return kFailure;
  }
  // `-o -` is standard output, as `-` is standard input.
  const bool to_stdout = output.empty() || output == "-";
  to.terminal = io.terminal && to_stdout;
  const int status_code = action();
  if (to_stdout) {
    io.out << buffer.str();
    return status_code;
  }
  const std::optional<FileIdentity> target = identify(output);
  if (target && std::find(plans_read.begin(), plans_read.end(), *target) != plans_read.end()) {
    print_error(io.err, fmt::format("not writing the report to '{}': it is an input of this "
                                    "run (one of the plans just read, or a configuration), and "
                                    "most never changes a plan or a configuration",
                                    output));
    return kFailure;
  }
  std::string error;
  if (!write_atomically(output, buffer.str(), error)) {
    print_error(io.err, error);
    return kFailure;
  }
  return status_code;
}

} // namespace

int most_main(int argc, const char* const* argv, std::istream& in, std::ostream& out,
              std::ostream& err) {
  // The one place exceptions stop: findings are diagnostics, so anything caught here is an
  // environment failure (out of memory, a broken stream) and becomes exit status 2.
  try {
    // Colour is for the process's real stdout, and only when that is a terminal.
    const bool terminal = &out == &std::cout && isatty(STDOUT_FILENO) == 1;
    const bool input_terminal = &in == &std::cin && isatty(STDIN_FILENO) == 1;
    return parse_and_run(argc, argv, Streams{in, out, err, terminal, nullptr, input_terminal});
  } catch (const std::bad_alloc&) {
    print_error(err, "out of memory");
  } catch (const std::exception& error) {
    print_error(err, error.what());
  } catch (...) {
    print_error(err, "unexpected failure");
  }
  return kFailure;
}

} // namespace most::cli
