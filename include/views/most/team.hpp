#pragma once

// Who carries what: the figures behind `most team`, per owner across every plan given,
// computed from the model alone so every output format shows the same numbers.

#include <most/date.hpp>
#include <most/plan.hpp>
#include <most/tactic_row.hpp>

#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <vector>

namespace most {

/// An objective or strategy an owner answers for (its `owner:`, SPEC §4.1).
struct OwnedItem {
  std::string file;
  int line = 0;
  std::string id;        ///< as the reports print it: "O1", or "S2" for a strategy
  std::string objective; ///< the objective's id, also for a strategy
  bool strategy = false; ///< a strategy rather than an objective
  std::string statement;
};

/// One owner's row of `most team`: their load on the as-of day.
struct OwnerLoad {
  std::string owner; ///< the id tactics name; empty for the tactics without an owner
  std::string name;  ///< from the first `team:` roster listing the id; may be empty
  std::string role;  ///< from that same roster entry; may be empty
  int open = 0;      ///< neither done nor dropped
  int overdue = 0;
  int most_days_overdue = 0; ///< the largest days overdue among their tactics, 0 if none
  int due_soon = 0;
  int done = 0;
  double budget = 0;                  ///< summed over their tactics that are not dropped
  std::vector<TacticRow> tactics;     ///< every tactic, by due day (undated last), file, line
  std::vector<OwnedItem> answers_for; ///< objectives and strategies they own, in plan order
};

/// What `most team` reports.
struct TeamOptions {
  Date as_of;
  int within_days = 14;            ///< "due soon" means due in [as_of, as_of + within_days]
  std::vector<std::string> owners; ///< only these owners, with their tactics; empty: everyone
};

/// The whole `most team` report.
struct TeamReport {
  Date as_of;
  int within_days = 14;
  bool detailed = false; ///< `--owner` was given: each owner's tactics are shown
  std::vector<OwnerLoad> owners;
};

/// Every owner and roster member of `plans`, sorted by most overdue (count, then days, then
/// id) with the tactics nobody owns last; only `options.owners` when some are named.
TeamReport compute_team(std::span<const Plan> plans, const TeamOptions& options);

/// The ids an owner answers for, in plan order: "O1, S3".
std::string answers_for_ids(const OwnerLoad& load);

/// Whether any owner of the report answers for an objective or strategy.
bool any_answers_for(const TeamReport& report);

/// An aligned table of owners, or with `--owner` each owner's tactics; colour when `color`.
void render_team_text(std::ostream& out, const TeamReport& report, bool color);
/// A Markdown table of owners, or a section per owner with a table of their tactics.
void render_team_markdown(std::ostream& out, const TeamReport& report);
/// `{"as_of", "within_days", "owners": [...]}`, each owner with `tactics` under `--owner`.
void render_team_json(std::ostream& out, const TeamReport& report);

} // namespace most
