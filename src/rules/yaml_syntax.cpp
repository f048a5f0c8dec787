// yaml-syntax: reported by the loader (src/load/); this file holds its `most explain` page.

#include "checks.hpp"

namespace most {

const std::string_view kYamlSyntaxDoc = R"(What it does
  Reports a file that cannot be read as YAML: a syntax error (a bad indent,
  an unclosed quote or bracket, a tab used for indentation), nesting deeper
  than most allows, an alias that refers to itself, or aliases that expand
  past a node budget (a "billion laughs" file). The finding points at the
  position the parser gave up at.

Why is this bad
  Nothing else in the file can be checked until it parses. Limits on depth
  and alias expansion keep a broken or hostile file from hanging `most` or
  exhausting memory, in CI as much as at a desk.

Example
  mission:
    statement: To be one of the top five dealers in the region
    start: 2026-01-01
     deadline: 2026-12-31      # indented one space too far

How to fix
  Fix the YAML at the reported line; often the problem is just above it (a
  missing colon, an unclosed quote, an indent off by one). Quote text that
  contains ": " or starts with a special character ("*", "&", "!", "%", "@").

How to silence
  This finding is about the whole file, so an `ignore:` in the plan cannot
  silence it. It can be turned off in `.most.yaml`, though the file then goes
  unchecked:
    rules:
      yaml-syntax: off
)";

} // namespace most
