// target-changed: reported by `most diff` (src/report/diff.cpp), which sees two versions of a
// plan; this file holds its `most explain` page.

#include "rules/checks.hpp"

namespace most {

const std::string_view kTargetChangedDoc = R"(What it does
  Reported by `most diff`: an objective's metric target or baseline is
  different in the new version of the plan, and the mission had already
  started on the as-of day (the change was made mid-cycle).

Why is this bad
  An objective met by lowering its target was not met. Moving a baseline
  changes what progress means. Both can be right, but the team should see
  them and know why, not find out at the end of the quarter.

Example
  # last week                          # this week
  metric:                              metric:
    name: New key accounts               name: New key accounts
    baseline: 0                          baseline: 0
    target: 20                           target: 15

How to fix
  Say why in the commit message or in the objective's notes, and keep the
  change if it stands. To make CI stop on such changes, raise the rule's
  severity in `.most.yaml` (`target-changed: error`); `most diff` then exits 1.

How to silence
  On the objective (or the mission, for every objective):
    ignore: [target-changed]
  or for the whole repository, in `.most.yaml`:
    rules:
      target-changed: off
)";

} // namespace most
