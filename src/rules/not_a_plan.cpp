// not-a-plan: reported by the loader (src/load/); this file holds its `most explain` page.

#include "checks.hpp"

namespace most {

const std::string_view kNotAPlanDoc = R"(What it does
  Reports a YAML file that is not a plan: it is empty, its document is a list
  or a single value instead of a mapping, or the mapping has no `mission:`.

Why is this bad
  `most check DIR` takes every `*.yaml` file under DIR for a plan. A file
  that holds something else is either in the wrong place or a plan that lost
  its top (a bad merge, a truncated write).

Example
  # a list of tasks, not a plan
  - Call the top 20 accounts
  - Post two job openings

How to fix
  Start the file from its mission:
    most: 1
    mission:
      statement: To be one of the top five dealers in the region
      start: 2026-01-01
      deadline: 2026-12-31
    objectives:
      - statement: Increase sales volume by 10% by June 30
  `most init` writes a commented starter plan. Move files that are not plans
  out of the checked directory, or name the plan files explicitly.

How to silence
  This finding is about the whole file, so an `ignore:` in the plan cannot
  silence it. Turn it off in `.most.yaml` (for example next to YAML files that
  are not plans):
    rules:
      not-a-plan: off
)";

} // namespace most
