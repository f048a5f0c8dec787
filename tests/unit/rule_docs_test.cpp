// A rule registered once is documented everywhere users look: the man page's RULES section,
// the README's rule table, the plan schema's `ignore:` names and SARIF's rule list. Adding a rule
// (scripts/add-rule) and forgetting one of them fails here, naming the place.

#include "support.hpp"

#include <most/authoring.hpp>
#include <most/report.hpp>
#include <most/rules.hpp>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <sstream>
#include <string>

using namespace most;

namespace {

// roff writes a hyphen in a name as "\-".
std::string roff(std::string_view text) {
  std::string out;
  for (const char c : text) {
    out += c == '-' ? std::string("\\-") : std::string(1, c);
  }
  return out;
}

std::string section(const std::string& text, std::string_view from, std::string_view to) {
  const std::size_t begin = text.find(from);
  REQUIRE(begin != std::string::npos);
  return text.substr(begin, text.find(to, begin) - begin);
}

} // namespace

TEST_CASE("every registered rule is in the man page, README, schema and SARIF", "[rules][docs]") {
  const std::string source = MOST_SOURCE_DIR;
  const std::string man = section(test::read_file(source + "/man/most.1"), ".SH RULES", "\n.SH ");
  const std::string readme = test::read_file(source + "/README.md");
  std::ostringstream schema;
  render_plan_schema(schema);
  std::ostringstream sarif;
  render_check_sarif(sarif, {});
  for (const RuleInfo& rule : all_rules()) {
    INFO(rule.name);
    const std::string severity(severity_name(rule.severity));
    CHECK(man.find(fmt::format(".BR {} \" ({})\"\n", roff(rule.name), severity)) !=
          std::string::npos);
    CHECK(readme.find(fmt::format("| `{}` | {} | {} |\n", rule.name, severity, rule.summary)) !=
          std::string::npos);
    CHECK(schema.str().find(fmt::format("\"{}\"", rule.name)) != std::string::npos);
    CHECK(sarif.str().find(fmt::format("\"id\": \"{}\"", rule.name)) != std::string::npos);
  }
}

TEST_CASE("the man page lists no rule that is not registered", "[rules][docs]") {
  const std::string man =
      section(test::read_file(std::string(MOST_SOURCE_DIR) + "/man/most.1"), ".SH RULES", "\n.SH ");
  std::size_t listed = 0;
  for (std::size_t at = man.find("\n.TP\n.BR "); at != std::string::npos;
       at = man.find("\n.TP\n.BR ", at + 1)) {
    ++listed;
  }
  CHECK(listed == all_rules().size());
}
