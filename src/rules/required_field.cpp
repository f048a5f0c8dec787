// required-field: reported by the loader (src/load/); this file holds its `most explain` page.

#include "checks.hpp"

namespace most {

const std::string_view kRequiredFieldDoc = R"(What it does
  Reports a field the plan format requires that is missing or empty: the
  mission's `statement`, `start` and `deadline`; at least one objective under
  `objectives:`; an objective's `statement`; a strategy's `statement`; a
  tactic's `action`; a check-in's `date` and `value`; a milestone's `name`
  and `due`; a team member's `id`; and the `rule` of an `ignore:` entry.
  (A tactic's owner and due date have rules of their own: `tactic-owner` and
  `tactic-due`.)

Why is this bad
  Without these fields the plan cannot say what it is for or when it ends,
  and the other checks and reports have nothing to work with.

Example
  mission:
    statement: To be one of the top five dealers in the region
    start: 2026-01-01
    # no deadline
  objectives:
    - statement: Increase sales volume by 10% by June 30

How to fix
  Add the field the message names, with a non-empty value.

)";

} // namespace most
