// `most check --format junit`: JUnit XML for the test-report views of GitLab
// (`artifacts:reports:junit`) and Jenkins. Each plan file is a test case that fails with one
// `<failure>` per error; warnings and notes do not fail it and go to its `<system-out>`.
// Nothing depends on the clock, so the same plans always give the same bytes.

#include "terminal_text.hpp"
#include "xml_text.hpp"

#include <most/report.hpp>

#include <fmt/format.h>

#include <ostream>

namespace most {

namespace {

// The finding as the text format prints it, so a CI log and the test report read the same;
// `printable` shows control characters as `\xNN` there too.
std::string text_line(const Diagnostic& d) {
  return fmt::format("{}:{}:{}: {}: {} [{}]", printable(d.file), d.location.line, d.location.column,
                     severity_name(d.severity), printable(d.message), d.rule);
}

void write_test_case(std::ostream& out, const CheckedFile& file) {
  out << R"(    <testcase classname="most.check" name=")" << xml_attribute(file.name)
      << R"(" file=")" << xml_attribute(file.name) << R"(" time="0")";
  if (file.diagnostics.empty()) {
    out << "/>\n";
    return;
  }
  out << ">\n";
  std::string other_findings;
  for (const Diagnostic& d : file.diagnostics) {
    if (d.severity != Severity::Error) {
      other_findings += text_line(d);
      other_findings += '\n';
      continue;
    }
    const std::string message = fmt::format("{}:{}:{}: {}", printable(d.file), d.location.line,
                                            d.location.column, printable(d.message));
    out << "      <failure type=\"" << xml_attribute(d.rule) << "\" message=\""
        << xml_attribute(message) << "\">" << xml_text(text_line(d)) << "</failure>\n";
  }
  if (!other_findings.empty()) {
    out << "      <system-out>" << xml_text(other_findings) << "</system-out>\n";
  }
  out << "    </testcase>\n";
}

} // namespace

void render_check_junit(std::ostream& out, std::span<const CheckedFile> files) {
  const Summary summary = summarize(files);
  // `failures` counts `<failure>` elements, i.e. errors. GitLab and Jenkins count failed test
  // cases from the elements themselves, and strict readers such as xunitparser require the
  // attribute to equal the number of `<failure>` elements.
  const std::string counts = fmt::format(
      R"(tests="{}" failures="{}" errors="0" skipped="0" time="0")", files.size(), summary.errors);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"most check\" " << counts << ">\n";
  out << "  <testsuite name=\"most check\" " << counts << ">\n";
  for (const CheckedFile& file : files) {
    write_test_case(out, file);
  }
  out << "  </testsuite>\n";
  out << "</testsuites>\n";
}

} // namespace most
