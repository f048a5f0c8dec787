#pragma once

// Editing a plan's text the way a person would (SPEC §4.2): only the lines an edit must touch
// change, and every edit is proved by loading the new text again before anyone writes it.

#include <most/change.hpp>
#include <most/date.hpp>
#include <most/diagnostic.hpp>
#include <most/plan.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace most {

/// The outcome of an edit: the new text and what changed, or why it was refused.
struct EditOutcome {
  bool ok = false;
  std::string text;               ///< the whole new file (BOM and line ends kept) when ok
  std::vector<Change> changes;    ///< what `most diff` reports between the old and new text
  std::vector<std::string> notes; ///< said besides the edit: items shared through an alias
  std::string error;              ///< one sentence saying why and what to do, when refused
};

/// The check-in `+N` adds to: the latest by day (the last written of that day); nullptr when
/// no check-in has both a day and a value.
const Checkin* latest_checkin(const Objective& objective);

/// `most checkin FILE OBJECTIVE VALUE`.
struct CheckinRequest {
  std::string objective;    ///< an explicit or positional id
  std::string value;        ///< a number, or "+N" to add N to the latest value
  std::optional<Date> date; ///< default: the as-of day
  std::string note;         ///< written as `note:` when not empty
  bool replace = false;     ///< replace the check-in of that day instead of refusing
  bool force = false;       ///< accept progress outside −100 %…300 %
};

/// Adds a check-in to an objective (or replaces the one of its day with `replace`).
EditOutcome add_checkin(std::string_view raw, std::string_view name, const CheckinRequest& request,
                        Date as_of);

/// `most done FILE TACTIC...`: `status: done` and `done_on:` on each tactic.
EditOutcome mark_done(std::string_view raw, std::string_view name,
                      std::span<const std::string> tactics, std::optional<Date> on, Date as_of);

/// The keys `most set` changes, with the items that have them.
inline constexpr std::string_view kSettableKeys =
    "status, owner, due or start (tactics); deadline or owner (objectives); owner (strategies)";

/// `most set FILE ID KEY VALUE`.
EditOutcome set_value(std::string_view raw, std::string_view name, std::string_view id,
                      std::string_view key, std::string_view value, Date as_of);

/// `most check --fix`: the fixes of `findings` (the safe ones; the unsafe ones too with
/// `unsafe`), each proved: a fix whose text would bring a finding of the loader that the plan
/// did not have is left out. `applied` receives the findings fixed; the outcome's `changes`
/// stay empty (check --fix names each fix by its finding instead).
EditOutcome apply_fixes(std::string_view raw, std::string_view name,
                        std::span<const Diagnostic> findings, bool unsafe,
                        std::vector<Diagnostic>& applied);

/// A unified diff (3 lines of context) from `before` to `after`, both named `name`
/// ("--- a/NAME", "+++ b/NAME"); empty when the texts are equal.
std::string unified_diff(std::string_view before, std::string_view after, std::string_view name);

} // namespace most
