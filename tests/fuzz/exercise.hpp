#pragma once

// One plan text through everything `most` does with it: load → rules → finalize → every
// renderer of check, status (and its tree), overdue, team, calendar and diff. Shared by the
// libFuzzer target and the unit test that replays tests/fuzz/regressions/, so an input the fuzzer
// once broke stays covered by the normal test suite (and its ASan/UBSan run).

#include <most/alignment_tree.hpp>
#include <most/calendar.hpp>
#include <most/diff.hpp>
#include <most/edit.hpp>
#include <most/load.hpp>
#include <most/report.hpp>
#include <most/rules.hpp>
#include <most/status.hpp>
#include <most/team.hpp>
#include <most/utf8.hpp>
#include <most/workspace.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace most::fuzz {

/// What one run produced: the final findings and every rendering, concatenated.
struct Exercised {
  bool loaded = false;
  std::vector<Diagnostic> diagnostics;
  std::string output;
  std::string calendar_problem; ///< empty when the calendar follows RFC 5545's line rules
  std::size_t self_changes = 0; ///< changes between the plan and itself: must be none
  std::string format_problem;   ///< empty when every report is UTF-8 and every JSON one parses
  std::size_t model_bytes = 0;  ///< text held by the plan model, each shared buffer once
  std::string edit_problem;     ///< empty when every edit accepted reloads as a plan
  std::string version_problem;  ///< empty when reading only changed lines matches a whole read
};

/// Why an accepted edit is wrong, if it is: its text must load as a plan with no more findings
/// that stop an edit than the text before it (the proof inside the edit says more; this checks
/// it from outside).
inline std::string edit_problem(std::string_view what, std::string_view before,
                                const EditOutcome& outcome) {
  if (!outcome.ok) {
    return outcome.error.empty() ? std::string(what) + ": refused without a reason" : "";
  }
  const auto stops = [](std::string_view text) {
    const LoadResult loaded = load_plan(text, "fuzz.yaml");
    return loaded.ok ? std::count_if(loaded.diagnostics.begin(), loaded.diagnostics.end(),
                                     [](const Diagnostic& d) {
                                       return d.rule == "yaml-syntax" ||
                                              d.rule == "duplicate-key" || d.rule == "not-a-plan";
                                     })
                     : -1;
  };
  const auto after = stops(outcome.text);
  if (after < 0) {
    return std::string(what) + ": the edited text is not a plan";
  }
  if (after > stops(before)) {
    return std::string(what) + ": the edited text has a new yaml-syntax, duplicate-key or "
                               "not-a-plan finding";
  }
  return "";
}

/// Every edit command on the first items of the plan, and every fix of its findings.
inline std::string exercise_edits(std::string_view text, const Plan& plan,
                                  const std::vector<Diagnostic>& findings, Date as_of) {
  std::string problem;
  const auto note = [&](std::string_view what, const EditOutcome& outcome) {
    if (problem.empty()) {
      problem = edit_problem(what, text, outcome);
    }
  };
  for (const Objective& objective : plan.objectives) {
    CheckinRequest request;
    request.objective = objective.info.id;
    request.value = "+1";
    request.force = true;
    note("checkin", add_checkin(text, "fuzz.yaml", request, as_of));
    request.replace = true;
    request.value = "7";
    request.note = "a: b # c";
    request.date = objective.checkins.empty() ? std::nullopt : objective.checkins.back().date.value;
    note("checkin --replace", add_checkin(text, "fuzz.yaml", request, as_of));
    note("set owner", set_value(text, "fuzz.yaml", objective.info.id, "owner", "anna", as_of));
    break;
  }
  std::size_t tactics = 0;
  for_each_tactic(plan, [&](const Objective&, const Strategy&, const Tactic& tactic) {
    if (tactics++ >= 3) {
      return;
    }
    const std::vector<std::string> ids{tactic.info.id};
    note("done", mark_done(text, "fuzz.yaml", ids, std::nullopt, as_of));
    note("set status", set_value(text, "fuzz.yaml", tactic.info.id, "status", "doing", as_of));
    note("set due", set_value(text, "fuzz.yaml", tactic.info.id, "due", "2026-06-30", as_of));
  });
  std::vector<Diagnostic> applied;
  note("fix", apply_fixes(text, "fuzz.yaml", findings, true, applied));
  return problem;
}

/// A strict reader of one JSON document that only says whether it is well-formed.
class JsonChecker {
public:
  explicit JsonChecker(std::string_view text) : text_(text) {}

  /// Why the text is not one well-formed JSON value (nothing after it), or nothing.
  std::string problem() {
    if (!value(0)) {
      return why_ + " at byte " + std::to_string(i_);
    }
    skip();
    return i_ == text_.size() ? "" : "text after the document at byte " + std::to_string(i_);
  }

private:
  void skip() {
    while (i_ < text_.size() &&
           std::string_view(" \n\r\t").find(text_[i_]) != std::string_view::npos) {
      ++i_;
    }
  }
  bool failed(const char* why) {
    why_ = why;
    return false;
  }
  bool eat(char c) {
    skip();
    if (i_ < text_.size() && text_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  bool string() {
    if (!eat('"')) {
      return failed("no string where one must be");
    }
    for (; i_ < text_.size() && text_[i_] != '"'; ++i_) {
      if (static_cast<unsigned char>(text_[i_]) < 0x20) {
        return failed("a raw control character in a string");
      }
      if (text_[i_] == '\\') {
        ++i_;
        if (i_ >= text_.size() ||
            std::string_view("\"\\/bfnrtu").find(text_[i_]) == std::string_view::npos) {
          return failed("an invalid escape");
        }
      }
    }
    if (i_ >= text_.size()) {
      return failed("an unterminated string");
    }
    ++i_;
    return true;
  }
  bool value(int depth) {
    skip();
    if (i_ >= text_.size() || depth > 512) {
      return failed("no value where one must be");
    }
    const char c = text_[i_];
    if (c == '{' || c == '[') {
      ++i_;
      const char close = c == '{' ? '}' : ']';
      if (eat(close)) {
        return true;
      }
      do {
        if (c == '{' && (!string() || !eat(':'))) {
          return failed("an object member is not \"key\": value");
        }
        if (!value(depth + 1)) {
          return false;
        }
      } while (eat(','));
      return eat(close) ? true : failed("a container is not closed");
    }
    if (c == '"') {
      return string();
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      while (i_ < text_.size() &&
             std::string_view("0123456789.eE+-").find(text_[i_]) != std::string_view::npos) {
        ++i_;
      }
      return true;
    }
    for (const std::string_view word : {"true", "false", "null"}) {
      if (text_.substr(i_, word.size()) == word) {
        i_ += word.size();
        return true;
      }
    }
    return failed("no value where one must be");
  }

  std::string_view text_;
  std::size_t i_ = 0;
  std::string why_;
};

/// Why an output is unfit for its format: not UTF-8 (any format), or not JSON (`json`).
inline std::string output_problem(std::string_view name, std::string_view output, bool json) {
  for (std::size_t i = 0; i < output.size();) {
    const std::size_t length = utf8_sequence_length(output, i);
    if (length == 0) {
      return std::string(name) + ": not UTF-8 at byte " + std::to_string(i);
    }
    i += length;
  }
  if (json) {
    if (std::string why = JsonChecker(output).problem(); !why.empty()) {
      return std::string(name) + ": not JSON: " + why;
    }
  }
  return {};
}

/// The model's text may be this many times the input's size, plus kModelSlack: aliases may
/// repeat 8 times the file (LoadLimits), positional ids add a few bytes per item.
inline constexpr std::size_t kMaxModelBytesPerByte = 20;
inline constexpr std::size_t kModelSlack = std::size_t{96} << 10;

/// Bytes of text the plan model holds, every shared buffer (an inherited `ignore:` reason)
/// counted once: what the model costs beyond its fixed-size parts.
inline std::size_t model_text_bytes(const Plan& plan) {
  std::size_t bytes = plan.file.size();
  std::vector<const char*> shared;
  const auto info = [&](const ItemInfo& item) {
    bytes += item.id.size();
    for (const Ignore& ignore : item.ignores) {
      bytes += ignore.rule.size();
      const std::string_view reason = ignore.reason.view();
      if (!reason.empty() &&
          std::find(shared.begin(), shared.end(), reason.data()) == shared.end()) {
        shared.push_back(reason.data());
        bytes += reason.size();
      }
    }
  };
  const auto text = [&](const Field<std::string>& field) { bytes += field ? field->size() : 0; };
  const auto references = [&](const std::vector<Reference>& list) {
    for (const Reference& reference : list) {
      bytes += reference.text.size() + reference.path.size() + reference.id.size();
    }
  };
  info(plan.mission.info);
  text(plan.mission.statement);
  text(plan.mission.owner);
  references(plan.mission.aligns_with);
  for (const TeamMember& member : plan.team) {
    bytes += member.id.size() + member.name.size() + member.role.size();
  }
  for (const Objective& objective : plan.objectives) {
    info(objective.info);
    text(objective.statement);
    references(objective.aligns_with);
    if (objective.metric) {
      text(objective.metric->name);
      text(objective.metric->unit);
    }
    for (const Checkin& checkin : objective.checkins) {
      bytes += checkin.note.size();
    }
    for (const Milestone& milestone : objective.milestones) {
      text(milestone.name);
    }
    for (const Strategy& strategy : objective.strategies) {
      info(strategy.info);
      text(strategy.statement);
      for (const Tactic& tactic : strategy.tactics) {
        info(tactic.info);
        text(tactic.action);
        text(tactic.owner);
        bytes += tactic.notes.size();
        for (const std::string& resource : tactic.resources) {
          bytes += resource.size();
        }
      }
    }
  }
  return bytes;
}

/// What breaks RFC 5545 §3.1 in `ics`, or nothing: every line ends in CRLF, no line is over
/// 75 octets, a fold never splits a character, and no control character but tab is left.
inline std::string calendar_problem(std::string_view ics) {
  std::size_t line = 1;
  std::size_t column = 0; // octets on the current physical line
  for (std::size_t i = 0; i < ics.size();) {
    const char c = ics[i];
    if (c == '\r') {
      if (i + 1 >= ics.size() || ics[i + 1] != '\n') {
        return "a CR without LF on line " + std::to_string(line);
      }
      ++line;
      column = 0;
      i += 2;
      continue;
    }
    const std::size_t length = utf8_sequence_length(ics, i);
    if (length == 0) {
      return "bytes that are not UTF-8 (or a split character) on line " + std::to_string(line);
    }
    if (length == 1 && ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == '\x7f')) {
      return "a control character on line " + std::to_string(line);
    }
    column += length;
    if (column > 75) {
      return "line " + std::to_string(line) + " is over 75 octets";
    }
    i += length;
  }
  return column == 0 ? "" : "the last line does not end in CRLF";
}

/// The text read as the next version of itself with one line removed, repeated or swapped with
/// the next (which line and which edit follow from the input), and back: reading only the
/// changed entries (load_plan_version) must give what a whole read gives. Sanitizer builds
/// compare the two trees node by node inside the loader and stop on a difference; this also
/// compares the findings. Returns a problem, or "".
inline std::string version_problem(std::string_view text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      starts.push_back(i + 1);
    }
  }
  const std::size_t line = text.size() % starts.size();
  const auto line_text = [&](std::size_t at) {
    const std::size_t end = at + 1 < starts.size() ? starts[at + 1] : text.size();
    return std::string(text.substr(starts[at], end - starts[at]));
  };
  const std::string before = std::string(text.substr(0, starts[line]));
  const std::size_t after_line = line + 1 < starts.size() ? starts[line + 1] : text.size();
  std::string shorter; // or longer, or as long
  switch (text.size() / starts.size() % 3) {
  case 0: // removed
    shorter = before + std::string(text.substr(after_line));
    break;
  case 1: // repeated
    shorter = before + line_text(line) + std::string(text.substr(starts[line]));
    break;
  default: // swapped with the next line, when there is one with a line end
    if (line + 2 < starts.size()) {
      shorter = before + line_text(line + 1) + line_text(line) +
                std::string(text.substr(starts[line + 2]));
    } else {
      shorter = before + std::string(text.substr(after_line));
    }
  }
  const auto findings = [](const LoadResult& loaded) {
    std::string out = loaded.ok ? "ok\n" : "not ok\n";
    for (const Diagnostic& d : loaded.diagnostics) {
      out += d.rule + " " + std::to_string(d.location.line) + ":" +
             std::to_string(d.location.column) + " " + d.message + "\n";
    }
    return out;
  };
  const std::string full = std::string(text);
  const std::string& edited = shorter;
  for (const auto& [from, to] : {std::pair{&full, &edited}, std::pair{&edited, &full}}) {
    const LoadedVersion first = load_plan_version(*from, "fuzz.yaml", nullptr);
    const LoadedVersion next = load_plan_version(*to, "fuzz.yaml", first.reading.get());
    if (findings(next.result) != findings(load_plan(*to, "fuzz.yaml"))) {
      return "a version read from the one before has other findings than a whole read";
    }
  }
  return "";
}

inline Exercised exercise(std::string_view text) {
  const Date as_of{std::chrono::year{2026}, std::chrono::November, std::chrono::day{27}};
  // The pipeline of `most check`. The plan is its own organisation: `#ID` references resolve,
  // files never do (no reader: no disk).
  CheckSettings settings;
  settings.as_of = as_of;
  settings.jobs = 1;
  CheckedPlans checked = check({PlanSource{"fuzz.yaml", std::string(text), nullptr, {}}}, settings);
  struct {
    bool ok;
    Plan& plan;
    std::vector<Diagnostic>& diagnostics;
  } loaded{checked.loaded[0], checked.plans[0], checked.files[0].diagnostics};
  const PlanIndex& index = checked.index;
  const std::span<const CheckedFile> files = checked.files;
  std::ostringstream out;
  // Each report is rendered on its own and checked: UTF-8 always, JSON ones parse.
  std::string format_problem;
  const auto render = [&](std::string_view name, bool json, const auto& write) {
    std::ostringstream one;
    write(one);
    const std::string rendered = std::move(one).str();
    if (format_problem.empty()) {
      format_problem = output_problem(name, rendered, json);
    }
    out << rendered;
  };
  render("check text", false, [&](std::ostream& o) {
    render_check_text(o, files, TextStyle{true, false});
  });
  render("check json", true, [&](std::ostream& o) { render_check_json(o, files); });
  render("check markdown", false, [&](std::ostream& o) { render_check_markdown(o, files); });
  render("check github", false, [&](std::ostream& o) { render_check_github(o, files); });
  render("check sarif", true, [&](std::ostream& o) { render_check_sarif(o, files); });
  render("check junit", false, [&](std::ostream& o) { render_check_junit(o, files); });
  if (loaded.ok) {
    const StatusReport report{as_of, {compute_status(loaded.plan, as_of)}};
    render("status text", false, [&](std::ostream& o) { render_status_text(o, report, true); });
    // Fitted to a narrow terminal: every cut lands on a character boundary.
    render("status text narrow", false, [&](std::ostream& o) {
      render_status_text(o, report, TextLayout{.color = true, .utf8 = true, .width = 40});
    });
    render("status json", true, [&](std::ostream& o) { render_status_json(o, report); });
    render("status markdown", false, [&](std::ostream& o) { render_status_markdown(o, report); });
    render("status html", false, [&](std::ostream& o) { render_status_html(o, report); });
    std::vector<TacticRow> rows;
    collect_overdue(loaded.plan, OverdueOptions{as_of, 14, {}}, rows);
    sort_overdue(rows);
    render("overdue text", false,
           [&](std::ostream& o) { render_overdue_text(o, as_of, rows, true); });
    render("overdue json", true, [&](std::ostream& o) { render_overdue_json(o, as_of, rows); });
    render("overdue markdown", false,
           [&](std::ostream& o) { render_overdue_markdown(o, as_of, rows); });
    render("overdue github", false,
           [&](std::ostream& o) { render_overdue_github(o, as_of, rows); });
    render("overdue junit", false, [&](std::ostream& o) { render_overdue_junit(o, as_of, rows); });
    const std::span<const Plan> plans(&loaded.plan, 1);
    render("team text", false, [&](std::ostream& o) {
      render_team_text(o, compute_team(plans, TeamOptions{as_of, 14, {}}), true);
    });
    const TeamReport detailed = compute_team(plans, TeamOptions{as_of, 14, {"anna", ""}});
    render("team text", false, [&](std::ostream& o) { render_team_text(o, detailed, true); });
    render("team markdown", false, [&](std::ostream& o) { render_team_markdown(o, detailed); });
    render("team json", true, [&](std::ostream& o) { render_team_json(o, detailed); });
    const AlignmentTree tree = build_alignment_tree(index, as_of);
    render("tree text", false, [&](std::ostream& o) { render_tree_text(o, tree, true); });
    render("tree markdown", false, [&](std::ostream& o) { render_tree_markdown(o, tree); });
    render("tree json", true, [&](std::ostream& o) { render_tree_json(o, tree); });
  }
  std::size_t self_changes = 0;
  if (loaded.ok) {
    const PlanDiff self = diff_plans(&loaded.plan, &loaded.plan);
    self_changes = self.changes.size();
    const DiffReport report{"HEAD", as_of, {self, diff_plans(nullptr, &loaded.plan)}};
    render("diff text", false, [&](std::ostream& o) { render_diff_text(o, report, true); });
    render("diff markdown", false, [&](std::ostream& o) { render_diff_markdown(o, report); });
    render("diff json", true, [&](std::ostream& o) { render_diff_json(o, report); });
  }
  std::ostringstream ics;
  render_calendar_ics(ics, std::span<const Plan>(&loaded.plan, loaded.ok ? 1 : 0),
                      CalendarOptions{as_of, {}});
  out << ics.str();
  const std::size_t model_bytes = model_text_bytes(loaded.plan);
  std::string edits = loaded.ok ? exercise_edits(text, loaded.plan, loaded.diagnostics, as_of) : "";
  return {loaded.ok,
          std::move(loaded.diagnostics),
          std::move(out).str(),
          calendar_problem(ics.str()),
          self_changes,
          std::move(format_problem),
          model_bytes,
          std::move(edits),
          version_problem(text)};
}

} // namespace most::fuzz
