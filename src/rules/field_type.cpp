// field-type: reported by the loader (src/load/); this file holds its `most explain` page.

#include "checks.hpp"

namespace most {

const std::string_view kFieldTypeDoc = R"(What it does
  Reports a value of the wrong type or outside its allowed values: a list
  where text is expected, text where a number is expected, a negative
  `budget`, `done: maybe`, or a `status` other than todo, doing, done,
  blocked or dropped.

Why is this bad
  A value that cannot be read is dropped, so the plan says less than it
  seems to: a tactic with `status: finished` counts as todo, and a target of
  `10%` as no target at all.

Example
  tactics:
    - action: Post two job openings
      owner: anna
      due: 2026-02-15
      status: finished          # not one of todo, doing, done, blocked, dropped

How to fix
  Write the value in the type the message names: a plain number for metric
  values and budgets (`1320000`, not `1.32M` or `10%`), one of the listed
  words for `status`, `true` or `false` for `done`.

)";

} // namespace most
