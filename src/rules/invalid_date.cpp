// invalid-date: reported by the loader (src/load/); this file holds its `most explain` page.

#include "checks.hpp"

namespace most {

const std::string_view kInvalidDateDoc = R"(What it does
  Reports a date that is not a real `YYYY-MM-DD` day: a different shape
  (`30/06/2026`, `June 30`), or a day that does not exist (`2026-02-30`,
  `2026-13-01`).

Why is this bad
  An unreadable date is dropped, so a tactic loses its due day and an
  objective its deadline, and overdue work goes unreported.

Example
  tactics:
    - action: Post two job openings
      owner: anna
      due: 2026-02-30           # February has 28 days in 2026

How to fix
  Write the date as `YYYY-MM-DD` and check it on a calendar.

)";

} // namespace most
