// unknown-key: reported by the loader (src/load/); this file holds its `most explain` page.

#include "checks.hpp"

namespace most {

const std::string_view kUnknownKeyDoc = R"(What it does
  Reports a key that the plan format does not define, and suggests the
  closest known key. Keys that begin with `x-` are extensions: they are
  allowed anywhere and ignored. The M-O-S-T method's own questions get
  the key they mean: `who`/`by whom` is `owner`, `when`/`by when` is `due`
  (an objective's `deadline`), `how much` is `budget`; `tactics:` written
  directly under an objective is told that tactics belong to a strategy.

Why is this bad
  A misspelt key is silently lost: `dedline: 2026-06-30` leaves the
  objective without a deadline, and `onwer: anna` leaves a tactic without an
  owner, while the plan looks complete to anyone reading it.

Example
  tactics:
    - action: Post two job openings
      onwer: anna               # did you mean owner?
      due: 2026-02-15

How to fix
  Correct the spelling. To keep data of your own in a plan, prefix its key
  with `x-` (`x-crm-id: 4711`).

How to silence
  In `.most.yaml`, for every plan under that directory:
    rules:
      unknown-key: off
  Or in the plan, on the item that holds the key (or a parent of it):
    ignore: [unknown-key]
  Prefer an `x-` prefix: it documents that the key is meant for someone else.
)";

} // namespace most
