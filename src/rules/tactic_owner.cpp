// tactic-owner: a tactic nobody is named to do, or done by someone not on the team.

#include "checks.hpp"

#include <most/plan_index.hpp>
#include <most/suggest.hpp>

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace most {

const std::string_view kTacticOwnerDoc = R"(What it does
  Checks that every tactic has an `owner:`. When the plan has a `team:`
  roster, it also checks that each owner (of a tactic, and the optional
  owners of objectives and strategies) is the `id` of a team member, and
  suggests the closest one when it is not; an owner written as a member's
  full name ("Daan de Groot") gets that member's id. Members of the rosters
  of the plans this one aligns with (`aligns_with:`, directly or through
  them) count as members too: a director on the organisation's roster may
  own a team's tactic.

Why is this bad
  A tactic says what is done, by whom, by when and how much. A step without
  an owner is one nobody will take, and `most overdue --owner` cannot find
  it. An owner missing from the roster is usually a typo, so their overdue
  work goes unnoticed.

Example
  team:
    - id: anna
  objectives:
    - statement: Increase sales volume by 10% by June 30
      strategies:
        - statement: Target key accounts
          tactics:
            - action: Call the top 20 accounts       # no owner
              due: 2026-03-31
            - action: Send the spring offer
              owner: ana                             # not on the team
              due: 2026-04-15

How to fix
  Add `owner:` with the id of the person who does the step, and add new
  people to `team:`.

)";

namespace {

// Spelling suggestions cost an edit distance per team member; a hostile plan with thousands
// of members and thousands of distinct unknown owners would take minutes. Past this many
// distinct names, owners are still reported, just without a suggestion.
constexpr std::size_t kMaxSuggestedNames = 200;

// A name as people compare them: lower-case ASCII, runs of spaces made one ("Daan  de Groot").
std::string folded(std::string_view name) {
  std::string out;
  bool space = false;
  for (char c : name) {
    if (c == ' ' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

} // namespace

void check_tactic_owner(const Plan& plan, const RuleContext& context, Reporter& out) {
  std::vector<std::string_view> member_ids;
  member_ids.reserve(plan.team.size());
  for (const TeamMember& member : plan.team) {
    member_ids.push_back(member.id);
  }
  // People on the roster of a plan this one aligns with (the organisation's) are members too.
  const std::vector<const Plan*> served = context.plans != nullptr && plan.has_team
                                              ? context.plans->served_by(plan)
                                              : std::vector<const Plan*>{};
  bool other_rosters = false;
  for (const Plan* other : served) {
    other_rosters = other_rosters || other->has_team;
    for (const TeamMember& member : other->team) {
      member_ids.push_back(member.id);
    }
  }
  const std::unordered_set<std::string_view> members(member_ids.begin(), member_ids.end());
  // "owner: Daan de Groot" where the roster has {id: daan, name: Daan de Groot}: the id.
  std::unordered_map<std::string, std::string_view> ids_by_name;
  const auto add_names = [&](const Plan& roster) {
    for (const TeamMember& member : roster.team) {
      if (!member.name.empty()) {
        ids_by_name.try_emplace(folded(member.name), member.id);
      }
    }
  };
  add_names(plan);
  for (const Plan* other : served) {
    add_names(*other);
  }
  // One misspelt owner tends to own many tactics; suggest once per name, not once per tactic.
  struct Suggestion {
    std::string id;       ///< the member meant, or empty
    bool by_name = false; ///< the owner is written as that member's full name
  };
  std::unordered_map<std::string_view, Suggestion> suggestions;

  // An owner written but not on the roster (or the roster of a plan served), named `what`.
  const auto check_member = [&](const ItemInfo& item, const Field<std::string>& owner,
                                std::string_view what) {
    if (!plan.has_team || !owner || members.contains(*owner)) {
      return;
    }
    auto [suggestion, added] = suggestions.try_emplace(*owner);
    Suggestion& meant = suggestion->second;
    if (const auto named = ids_by_name.find(folded(*owner)); added && named != ids_by_name.end()) {
      meant = {std::string(named->second), true};
    } else if (added && suggestions.size() <= kMaxSuggestedNames) {
      meant = {closest_match(*owner, member_ids), false};
    }
    std::string hint;
    if (meant.by_name) {
      hint = fmt::format(" (did you mean '{}'? owners are written by their id, and '{}' is the "
                         "name of '{}')",
                         meant.id, *owner, meant.id);
    } else if (!meant.id.empty()) {
      hint = fmt::format(" (did you mean '{}'?)", meant.id);
    }
    std::string message = fmt::format(
        "{} {} is owned by '{}', who is not on the team{}{}; fix the name or add them under "
        "'team:'",
        what, item.id, *owner, other_rosters ? " nor on the roster of a plan it aligns with" : "",
        hint);
    if (meant.id.empty()) {
      out.report(item, owner.location, std::move(message));
    } else {
      // A member's full name has one right id; the closest spelling may be someone else.
      out.report(item, owner.location, std::move(message),
                 Fix{owner.location, meant.id, false, meant.by_name});
    }
  };
  for (const Objective& objective : plan.objectives) {
    check_member(objective.info, objective.owner, "objective");
    for (const Strategy& strategy : objective.strategies) {
      check_member(strategy.info, strategy.owner, "strategy");
      for (const Tactic& tactic : strategy.tactics) {
        // The loader treats blank text as not written; the wrong type was its field-type.
        if (!tactic.owner.written) {
          out.report(tactic.info, {},
                     fmt::format("tactic {} has no owner; add 'owner:' with the person who "
                                 "does it",
                                 tactic.info.id));
        } else {
          check_member(tactic.info, tactic.owner, "tactic");
        }
      }
    }
  }
}

} // namespace most
