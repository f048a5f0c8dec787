// `most overdue --format junit`: JUnit XML in which every listed tactic is a test case, so a CI
// test-report view shows late work the way it shows failing tests. Overdue tactics fail; tactics
// only due soon (`--within`) pass with a note in `<system-out>`. Test cases are grouped by owner
// through their classname, because the reader's first question is "who do I call?".

#include "terminal_text.hpp"
#include "xml_text.hpp"

#include <most/status.hpp>
#include <most/wording.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

namespace most {

namespace {

// "due 2026-06-01, 179 days overdue, status doing, strategy S1, objective O1, plan.yaml:30".
std::string describe(const TacticRow& row) {
  std::string lateness;
  if (!row.due_soon && row.days_overdue > 0) {
    lateness = count_of(row.days_overdue, "day") + " overdue";
  } else if (row.days_overdue == 0) {
    lateness = "due today";
  } else {
    lateness = "due in " + count_of(-row.days_overdue, "day");
  }
  return fmt::format("due {}, {}, status {}, strategy {}, objective {}, {}:{}",
                     format_date(*row.due), lateness, status_name(row.status),
                     printable(row.strategy), printable(row.objective), printable(row.file),
                     row.line);
}

void write_test_case(std::ostream& out, const TacticRow& row) {
  const std::string owner = row.owner.empty() ? std::string("unowned") : row.owner;
  out << "    <testcase classname=\"most.overdue." << xml_attribute(owner) << "\" name=\""
      << xml_attribute(row.id + ": " + row.action) << "\" file=\"" << xml_attribute(row.file)
      << "\" line=\"" << row.line << "\" time=\"0\">\n";
  const std::string description = describe(row);
  if (row.due_soon) {
    out << "      <system-out>" << xml_text(description) << "\n</system-out>\n";
  } else {
    const std::string owner_text = row.owner.empty() ? "(no owner)" : printable(row.owner);
    out << R"(      <failure type="tactic-overdue" message=")" << xml_attribute(description)
        << "\">"
        << xml_text(fmt::format("{}: {}\nowner {}, {}\n", printable(row.id), printable(row.action),
                                owner_text, description))
        << "</failure>\n";
  }
  out << "    </testcase>\n";
}

} // namespace

void render_overdue_junit(std::ostream& out, Date as_of, std::span<const TacticRow> rows) {
  const auto failures = static_cast<std::size_t>(
      std::count_if(rows.begin(), rows.end(), [](const TacticRow& r) { return !r.due_soon; }));
  const std::string counts = fmt::format(
      R"(tests="{}" failures="{}" errors="0" skipped="0" time="0")", rows.size(), failures);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"most overdue\" " << counts << ">\n";
  out << "  <testsuite name=\"most overdue\" " << counts << ">\n";
  // The as-of day stands in for a timestamp: it is what the verdicts depend on, and it keeps
  // the report reproducible.
  out << "    <properties>\n"
      << R"(      <property name="as_of" value=")" << format_date(as_of) << "\"/>\n"
      << "    </properties>\n";
  for (const TacticRow& row : rows) {
    write_test_case(out, row);
  }
  out << "  </testsuite>\n";
  out << "</testsuites>\n";
}

} // namespace most
