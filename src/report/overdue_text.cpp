// `most overdue` for people: grouped by owner, because the first question is "who do I call?".

#include "terminal_text.hpp"

#include <most/status.hpp>
#include <most/wording.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <ostream>

namespace most {

void render_overdue_text(std::ostream& out, Date as_of, std::span<const TacticRow> rows,
                         bool color) {
  const std::string_view bold = color ? "\x1b[1m" : "";
  const std::string_view red = color ? "\x1b[31m" : "";
  const std::string_view yellow = color ? "\x1b[33m" : "";
  const std::string_view reset = color ? "\x1b[0m" : "";
  std::map<std::string, std::vector<const TacticRow*>> by_owner;
  for (const TacticRow& row : rows) {
    by_owner[row.owner].push_back(&row); // rows keep their due-date order within an owner
  }
  std::size_t overdue = 0;
  const auto render_owner = [&](const std::string& owner,
                                const std::vector<const TacticRow*>& tactics) {
    out << bold << (owner.empty() ? "(no owner)" : printable(owner)) << reset << '\n';
    for (const TacticRow* t : tactics) {
      const std::string when =
          t->due_soon ? (t->days_overdue == 0 ? std::string("due today")
                                              : fmt::format("due in {}d", -t->days_overdue))
                      : fmt::format("{}d late", t->days_overdue);
      overdue += t->due_soon ? 0 : 1;
      out << "  " << (t->due_soon ? yellow : red) << fmt::format("{:>11}", when) << reset << "  "
          << printable(t->id) << "  " << printable(t->action) << '\n'
          << std::string(15, ' ') << "due " << format_date(*t->due) << ", "
          << status_name(t->status) << ", strategy " << printable(t->strategy) << ", objective "
          << printable(t->objective) << "  " << printable(t->file) << ':' << t->line << '\n';
    }
  };
  // Named owners first, in order; tactics nobody owns come last, as in the Markdown report.
  for (const auto& [owner, tactics] : by_owner) {
    if (!owner.empty()) {
      render_owner(owner, tactics);
    }
  }
  if (const auto unowned = by_owner.find(""); unowned != by_owner.end()) {
    render_owner("", unowned->second);
  }
  const std::size_t soon = rows.size() - overdue;
  out << (rows.empty() ? "" : "\n") << count_of(static_cast<long long>(overdue), "overdue tactic")
      << (soon > 0 ? fmt::format(", {} due soon", soon) : "") << " as of " << format_date(as_of)
      << '\n';
}

} // namespace most
