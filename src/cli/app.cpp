// CLI11 wiring: one table of commands, and CLI11's own errors mapped to exit status 2.

#include "cli.hpp"
#include "commands.hpp"

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

void add_check(CLI::App& app, CheckOptions& check, std::string& output,
               std::function<int()>& action, const Streams& io) {
  CLI::App* cmd = app.add_subcommand("check", "Validate plans and report every finding");
  add_plan_options(cmd, check, output, {"text", "json", "markdown", "github", "sarif", "junit"});
  cmd->add_flag("--strict", check.strict, "Warnings also fail the check (exit 1)");
  cmd->add_flag("-q,--quiet", check.quiet, "Print only the finding lines: no excerpts, no summary");
  cmd->callback([&action, &check, &io] {
    if (check.paths.empty()) {
      check.paths.emplace_back("."); // SPEC §2: `most check [FILE|DIR]...`
    }
    action = [&check, &io] { return run_check(check, io); };
  });
}

void add_status(CLI::App& app, ReportOptions& report, std::string& output,
                std::function<int()>& action, const Streams& io) {
  CLI::App* cmd = app.add_subcommand("status", "Where each plan stands: progress, expected "
                                               "progress and state per objective");
  add_plan_options(cmd, report, output, {"text", "json", "markdown", "html"});
  cmd->add_flag("--tree", report.tree,
                "Each objective with the objectives that align to it (aligns_with), recursively, "
                "and the roll-up state");
  cmd->callback([&action, &report, &io] {
    if (report.paths.empty()) {
      report.paths.emplace_back(".");
    }
    action = [&report, &io] { return run_status(report, io); };
  });
}

void add_overdue(CLI::App& app, ReportOptions& report, std::string& output,
                 std::function<int()>& action, const Streams& io) {
  CLI::App* cmd = app.add_subcommand("overdue", "Tactics past due and not done or dropped, "
                                                "grouped by owner");
  add_plan_options(cmd, report, output, {"text", "json", "markdown", "github", "junit"});
  // One value per --owner: `--owner anna plans/` must not read plans/ as a second owner.
  cmd->add_option("--owner", report.owners, "Only tactics of this owner (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--within", report.within,
                  "Also list tactics due from today through DAYS days later, marked due soon")
      ->check(CLI::Range(0, 3650));
  cmd->add_flag("--exit-code", report.exit_code, "Exit 1 when anything is listed");
  cmd->callback([&action, &report, &io] {
    if (report.paths.empty()) {
      report.paths.emplace_back(".");
    }
    action = [&report, &io] { return run_overdue(report, io); };
  });
}

void add_team(CLI::App& app, ReportOptions& report, std::string& output,
              std::function<int()>& action, const Streams& io) {
  CLI::App* cmd = app.add_subcommand("team", "Each owner's load across the plans: open, overdue, "
                                             "due soon, done and budget, most overdue first");
  add_plan_options(cmd, report, output, {"text", "json", "markdown"});
  // One value per --owner: `--owner anna plans/` must not read plans/ as a second owner.
  cmd->add_option("--owner", report.owners,
                  "Instead of the summary, every tactic of this owner (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--within", report.within,
                  "Due soon means due from today through DAYS days later (default: 14)")
      ->check(CLI::Range(0, 3650));
  cmd->callback([&action, &report, &io] {
    if (report.paths.empty()) {
      report.paths.emplace_back(".");
    }
    action = [&report, &io] { return run_team(report, io); };
  });
}

void add_rules(CLI::App& app, std::string& format, std::string& output,
               std::function<int()>& action, const Streams& io) {
  CLI::App* cmd = app.add_subcommand("rules", "List every rule: name, default severity, summary");
  cmd->add_option("--format", format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->default_str("text");
  add_output_options(cmd, output, nullptr);
  cmd->callback(
      [&action, &format, &io] { action = [&format, &io] { return run_rules_list(format, io); }; });
}

void add_explain(CLI::App& app, std::string& rule, std::string& output,
                 std::function<int()>& action, const Streams& io) {
  CLI::App* cmd =
      app.add_subcommand("explain", "What a rule checks, why, and how to fix or silence it");
  cmd->add_option("rule", rule, "A rule name, as 'most rules' lists them")->required();
  add_output_options(cmd, output, nullptr);
  cmd->callback([&action, &rule, &io] { action = [&rule, &io] { return run_explain(rule, io); }; });
}

void add_init(CLI::App& app, InitOptions& init, std::function<int()>& action, const Streams& io) {
  CLI::App* cmd = app.add_subcommand(
      "init", "Write a commented starter plan that passes 'most check' (never overwrites)");
  cmd->add_option("file", init.file, "The plan to create, or - for standard output")
      ->default_str("plan.yaml");
  add_as_of(cmd, init.as_of);
  cmd->add_option("--schema", init.schema,
                  "The JSON Schema the editor modeline names (path or URL; default: the "
                  "installed schema)");
  cmd->callback([&action, &init, &io] { action = [&init, &io] { return run_init(init, io); }; });
}

void add_schema(CLI::App& app, std::string& output, std::function<int()>& action,
                const Streams& io) {
  CLI::App* cmd = app.add_subcommand(
      "schema", "Print the plan format as JSON Schema (draft-07), for editors and validators");
  add_output_options(cmd, output, nullptr);
  cmd->callback([&action, &io] { action = [&io] { return run_schema(io); }; });
}

void add_calendar(CLI::App& app, ReportOptions& report, std::string& output,
                  std::function<int()>& action, const Streams& io) {
  CLI::App* cmd = app.add_subcommand(
      "calendar", "Tactic due days and milestones as an iCalendar feed (RFC 5545)");
  add_plan_options(cmd, report, output, {});
  cmd->add_option("--owner", report.owners,
                  "Only tactics of this owner, and no milestones: a personal feed (repeatable)")
      ->allow_extra_args(false);
  cmd->callback([&action, &report, &io] {
    if (report.paths.empty()) {
      report.paths.emplace_back(".");
    }
    action = [&report, &io] { return run_calendar(report, io); };
  });
}

void add_diff(CLI::App& app, DiffOptions& diff, std::string& output, std::function<int()>& action,
              const Streams& io) {
  CLI::App* cmd = app.add_subcommand(
      "diff", "What changed between two versions of plans: slips, completions, owners, targets");
  add_plan_options(cmd, diff, output, {"text", "json", "markdown"});
  cmd->add_option("--since", diff.since,
                  "Compare the plans with their versions at this git revision (e.g. HEAD~1, "
                  "main, a tag)");
  cmd->add_option("--fail-on", diff.fail_on,
                  "Exit 1 when a change of this kind is found: slip, earlier, added, removed, "
                  "completed, dropped, owner, target, … (any JSON kind; repeatable)")
      ->check(CLI::IsMember({"slip",
                             "slipped",
                             "earlier",
                             "due",
                             "added",
                             "removed",
                             "completed",
                             "dropped",
                             "status",
                             "owner",
                             "target",
                             "baseline",
                             "horizon",
                             "check-in",
                             "check-in-changed",
                             "check-in-removed",
                             "objective-added",
                             "objective-removed",
                             "strategy-added",
                             "strategy-removed",
                             "plan-added",
                             "plan-removed"}))
      ->allow_extra_args(false);
  cmd->callback([&action, &diff, &io] {
    if (!diff.since.empty() && diff.paths.empty()) {
      diff.paths.emplace_back(".");
    }
    action = [&diff, &io] { return run_diff(diff, io); };
  });
}

int parse_and_run(int argc, const char* const* argv, Streams io) {
  CLI::App app{"most keeps a sales team's M-O-S-T plan honest: it validates plans written as "
               "YAML and reports their findings.",
               "most"};
  app.set_version_flag("--version", "most " MOST_VERSION);
  app.require_subcommand(1);
  app.footer("Exit status: 0 no errors, 1 findings that fail the check, 2 the command could not "
             "do its job.\nSee 'most explain RULE' and 'man most'.\n");

  std::function<int()> action;
  CheckOptions check;
  std::string rules_format = "text";
  std::string rule;
  ReportOptions status;
  ReportOptions overdue;
  ReportOptions team;
  InitOptions init;
  ReportOptions calendar;
  DiffOptions diff;
  std::string output;
  std::ostringstream buffer;
  // Every command writes into a buffer: with --output it lands in the file at once,
  // otherwise on stdout.
  std::vector<FileIdentity> plans_read;
  Streams to{io.in, buffer, io.err, io.terminal, &plans_read};
  add_check(app, check, output, action, to);
  add_status(app, status, output, action, to);
  add_overdue(app, overdue, output, action, to);
  add_team(app, team, output, action, to);
  add_rules(app, rules_format, output, action, to);
  add_explain(app, rule, output, action, to);
  add_init(app, init, action, to);
  add_schema(app, output, action, to);
  add_calendar(app, calendar, output, action, to);
  add_diff(app, diff, output, action, to);

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
    return parse_and_run(argc, argv, Streams{in, out, err, terminal});
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
