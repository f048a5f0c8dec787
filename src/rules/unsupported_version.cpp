// unsupported-version: reported by the loader (src/load/); this file holds its `most explain` page.

#include "checks.hpp"

namespace most {

const std::string_view kUnsupportedVersionDoc = R"(What it does
  Reports a plan whose `most:` key names a format version this `most` does
  not read. The only version so far is 1; without `most:` the plan is read as
  version 1.

Why is this bad
  A newer format may mean something different by the same keys. Checking it
  as version 1 would give answers that look right and are not.

Example
  most: 2
  mission:
    statement: To be one of the top five dealers in the region

How to fix
  Write `most: 1` (or leave the key out), or upgrade `most` if the plan was
  written for a newer version.

How to silence
  This finding is about the whole file, so an `ignore:` in the plan cannot
  silence it. Turn it off in `.most.yaml`:
    rules:
      unsupported-version: off
)";

} // namespace most
