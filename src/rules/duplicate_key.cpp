// duplicate-key: reported by the loader (src/load/); this file holds its `most explain` page.

#include "checks.hpp"

namespace most {

const std::string_view kDuplicateKeyDoc = R"(What it does
  Reports a mapping that repeats a key. The first value counts; the repeated
  one is ignored.

Why is this bad
  YAML parsers disagree on what a repeated key means: some keep the first
  value, some the last, some refuse the file. Either way one of the two
  values is lost, usually the one someone meant to change.

Example
  tactics:
    - action: Post two job openings
      owner: anna
      due: 2026-02-15
      due: 2026-03-01           # repeated

How to fix
  Keep one of the two entries and delete the other.

)";

} // namespace most
