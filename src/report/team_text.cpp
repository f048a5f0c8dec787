// `most team` for people: one aligned row per owner, most overdue first, or with `--owner`
// each owner's tactics the way `most overdue` shows them.

#include "terminal_text.hpp"

#include <most/team.hpp>
#include <most/wording.hpp>

#include <fmt/format.h>

#include <array>
#include <ostream>
#include <vector>

namespace most {

namespace {

struct Colors {
  std::string_view bold;
  std::string_view red;
  std::string_view yellow;
  std::string_view reset;
};

constexpr std::size_t kColumns = 10;
using Cells = std::array<std::string, kColumns>;

Cells cells_of(const OwnerLoad& load) {
  return {load.owner.empty() ? std::string("(no owner)") : fit(load.owner, 20),
          fit(load.name, 24),
          fit(load.role, 24),
          std::to_string(load.open),
          std::to_string(load.overdue),
          load.overdue > 0 ? fmt::format("{}d", load.most_days_overdue) : std::string("-"),
          std::to_string(load.due_soon),
          std::to_string(load.done),
          grouped_amount(load.budget),
          fit(answers_for_ids(load), 24)};
}

void render_summary(std::ostream& out, const TeamReport& report, const Colors& c) {
  std::vector<Cells> rows;
  rows.push_back({"OWNER", "NAME", "ROLE", "OPEN", "OVERDUE", "MOST LATE",
                  fmt::format("DUE IN {}D", report.within_days), "DONE", "BUDGET", "ANSWERS FOR"});
  // The last column only when a plan names owners of objectives or strategies.
  const std::size_t columns = any_answers_for(report) ? kColumns : kColumns - 1;
  for (const OwnerLoad& load : report.owners) {
    rows.push_back(cells_of(load));
  }
  std::array<std::size_t, kColumns> widths{};
  for (const Cells& row : rows) {
    for (std::size_t i = 0; i < columns; ++i) {
      widths[i] = std::max(widths[i], display_width(row[i]));
    }
  }
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const OwnerLoad* load = r == 0 ? nullptr : &report.owners[r - 1];
    std::string line;
    for (std::size_t i = 0; i < columns; ++i) {
      const std::string pad(widths[i] - display_width(rows[r][i]), ' ');
      // Owner, name, role and ids read left to right; the figures line up on the right.
      std::string cell = (i < 3 || i == 9) ? rows[r][i] + pad : pad + rows[r][i];
      if (load != nullptr && i == 4 && load->overdue > 0) {
        cell = fmt::format("{}{}{}", c.red, cell, c.reset);
      } else if (load != nullptr && i == 6 && load->due_soon > 0) {
        cell = fmt::format("{}{}{}", c.yellow, cell, c.reset);
      }
      line += (i == 0 ? "" : "  ") + cell;
    }
    while (!line.empty() && line.back() == ' ') {
      line.pop_back();
    }
    out << (r == 0 ? c.bold : "") << line << (r == 0 ? c.reset : "") << '\n';
  }
}

std::string when_of(const TacticRow& t, Date as_of) {
  if (t.status == Status::Done || t.status == Status::Dropped) {
    return std::string(status_name(t.status));
  }
  if (!t.due) {
    return "no due day";
  }
  if (t.overdue) {
    return fmt::format("{}d late", t.days_overdue);
  }
  const int days = days_between(as_of, *t.due);
  return days == 0 ? std::string("due today") : fmt::format("due in {}d", days);
}

void render_owner(std::ostream& out, const TeamReport& report, const OwnerLoad& load,
                  const Colors& c) {
  out << c.bold << (load.owner.empty() ? "(no owner)" : printable(load.owner)) << c.reset;
  if (!load.name.empty() || !load.role.empty()) {
    out << "  " << printable(load.name) << (load.name.empty() || load.role.empty() ? "" : ", ")
        << printable(load.role);
  }
  out << "\n  " << load.open << " open, " << load.overdue << " overdue";
  if (load.overdue > 0) {
    out << " (most " << count_of(load.most_days_overdue, "day") << " late)";
  }
  out << ", " << load.due_soon << " due within " << count_of(report.within_days, "day") << ", "
      << load.done << " done, budget " << grouped_amount(load.budget) << '\n';
  for (const OwnedItem& item : load.answers_for) {
    out << "  answers for " << (item.strategy ? "strategy " : "objective ") << printable(item.id)
        << (item.strategy ? " of " + printable(item.objective) : std::string()) << "  "
        << printable(item.statement) << "  " << printable(item.file) << ':' << item.line << '\n';
  }
  for (const TacticRow& t : load.tactics) {
    const std::string_view color = t.overdue ? c.red : (t.due_soon ? c.yellow : "");
    out << "  " << color << fmt::format("{:>11}", when_of(t, report.as_of))
        << (color.empty() ? "" : c.reset) << "  " << printable(t.id) << "  " << printable(t.action)
        << '\n'
        << std::string(15, ' ') << (t.due ? "due " + format_date(*t.due) : "no due day") << ", "
        << status_name(t.status) << ", strategy " << printable(t.strategy) << ", objective "
        << printable(t.objective)
        << (t.budget ? ", budget " + grouped_amount(*t.budget) : std::string()) << "  "
        << printable(t.file) << ':' << t.line << '\n';
  }
  if (load.tactics.empty()) {
    out << "  no tactics\n";
  }
}

} // namespace

void render_team_text(std::ostream& out, const TeamReport& report, bool color) {
  const Colors c = color ? Colors{"\x1b[1m", "\x1b[31m", "\x1b[33m", "\x1b[0m"} : Colors{};
  out << "Team load as of " << format_date(report.as_of) << "\n\n";
  if (report.detailed) {
    for (std::size_t i = 0; i < report.owners.size(); ++i) {
      out << (i == 0 ? "" : "\n");
      render_owner(out, report, report.owners[i], c);
    }
    return;
  }
  if (report.owners.empty()) {
    out << "No owners and no tactics.\n";
    return;
  }
  render_summary(out, report, c);
  int open = 0;
  int overdue = 0;
  int soon = 0;
  int owners = 0;
  for (const OwnerLoad& load : report.owners) {
    open += load.open;
    overdue += load.overdue;
    soon += load.due_soon;
    owners += load.owner.empty() ? 0 : 1;
  }
  out << '\n'
      << count_of(owners, "owner") << ", " << count_of(open, "open tactic") << ", " << overdue
      << " overdue, " << soon << " due within " << count_of(report.within_days, "day") << '\n';
}

} // namespace most
