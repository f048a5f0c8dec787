// ignore-expired: an `ignore:` entry past its `until` day. Reported by finalize_diagnostics,
// because only it knows the as-of day and which findings ignores silence.

#include "checks.hpp"

#include <fmt/format.h>

#include <string>
#include <unordered_set>

namespace most {

const std::string_view kIgnoreExpiredDoc = R"(What it does
  Notes an `ignore:` entry whose `until:` day is before the as-of day. Such an
  entry no longer silences its rule, so the findings it used to hide are
  reported again.

Why is this bad
  An ignore with an end day is a promise: "we know, and we will deal with it
  by then". When the day passes, the plan should say what happened instead of
  carrying a stale excuse.

Example
  tactics:
    - action: Launch the referral programme
      owner: anna
      due: 2026-02-15
      ignore:
        - {rule: tactic-overdue, reason: waiting for budget, until: 2026-02-28}

  Checked on 2026-03-01, the ignore has expired: `tactic-overdue` is reported
  again, along with this note.

How to fix
  Deal with the finding the ignore was hiding and remove the entry, or, if the
  reason still holds, set a later `until:` day.

)";

void report_expired_ignores(const Plan& plan, Date as_of, std::vector<Diagnostic>& out) {
  const std::size_t first = out.size();
  Reporter reporter(out, rule_info(RuleId::IgnoreExpired));
  // Items inherit copies of their ancestors' ignores and aliased items repeat their own, so
  // one entry is seen many times; its position in the file identifies it.
  std::unordered_set<std::string> seen;
  const auto check_item = [&](const ItemInfo& item) {
    for (const Ignore& ignore : item.ignores) {
      if (!ignore.until || *ignore.until >= as_of) {
        continue;
      }
      std::string key =
          fmt::format("{}:{}:{}", ignore.location.line, ignore.location.column, ignore.rule);
      if (!seen.insert(std::move(key)).second) {
        continue;
      }
      const std::string reason = ignore.reason.empty()
                                     ? std::string{}
                                     : fmt::format(" (reason: {})", ignore.reason.view());
      reporter.report(item, ignore.location,
                      fmt::format("ignore of '{}' expired on {}{} and no longer silences; "
                                  "remove it or set a later 'until:'",
                                  ignore.rule, format_date(*ignore.until), reason));
    }
  };
  // Parents come before their children, so each note names the item that wrote the entry.
  check_item(plan.mission.info);
  for_each_item(plan, [&](const auto& item) { check_item(item.info); });
  for (std::size_t i = first; i < out.size(); ++i) {
    out[i].file = plan.file;
  }
}

} // namespace most
