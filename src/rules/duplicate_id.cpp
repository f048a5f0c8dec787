// duplicate-id: two items in one file with the same id.

#include "checks.hpp"

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace most {

const std::string_view kDuplicateIdDoc = R"(What it does
  Checks that no two objectives, strategies or tactics in a file share an id,
  and that no two team members do. Ids are compared after positional ids are
  given, so an explicit `id: O2` clashes with the second objective when that
  one has no `id:`.

  An item reached through a YAML alias is the same item, not a duplicate: a
  strategy list anchored once (`&shared`) and aliased (`*shared`) under three
  objectives is fine.

Why is this bad
  Every report, `most overdue` row and CI annotation names items by id. Two
  items with one id make those reports ambiguous, and an `ignore:` or a
  `most diff` cannot tell them apart.

Example
  strategies:
    - id: S1
      statement: Hire two salespeople
      tactics:
        - id: T1
          action: Post two job openings
          owner: anna
          due: 2026-02-15
        - id: T1                # already used above
          action: Interview candidates
          owner: anna
          due: 2026-03-15

How to fix
  Rename one of the items. If you meant the same strategy under several
  objectives, anchor it once and alias it instead of copying it.

)";

namespace {

struct FirstUse {
  std::string_view kind;
  SourceLocation location;
  bool explicit_id = false;
};

// Remembers the first item of each id and reports every later, different item that reuses it.
class IdRegistry {
public:
  explicit IdRegistry(Reporter& out) : out_(out) {}

  void add(std::string_view kind, const ItemInfo& item) {
    if (item.id.empty()) {
      return;
    }
    const auto [found, inserted] =
        first_.try_emplace(item.id, FirstUse{kind, item.location, item.explicit_id});
    // The same position is the same YAML node reached again through an alias.
    if (inserted || found->second.location == item.location) {
      return;
    }
    const FirstUse& first = found->second;
    if (!item.explicit_id && !first.explicit_id) {
      // Two positional ids only meet when their parents share an id, which is reported there.
      return;
    }
    const SourceLocation where = item.explicit_id ? item.id_location : item.location;
    std::string message;
    if (!item.explicit_id) {
      message = fmt::format("{} {} is named by its position, but the {} at line {} has that id "
                            "too; give one of them another id",
                            kind, item.id, first.kind, first.location.line);
    } else if (!first.explicit_id) {
      message = fmt::format("{} id '{}' is already the position-based name of the {} at line "
                            "{}; choose another id",
                            kind, item.id, first.kind, first.location.line);
    } else {
      message = fmt::format("{} id '{}' is already used by the {} at line {}; rename one of them",
                            kind, item.id, first.kind, first.location.line);
    }
    out_.report(item, where, std::move(message));
  }

private:
  Reporter& out_;
  // Keys are copies: team members are registered through short-lived ItemInfo values.
  std::unordered_map<std::string, FirstUse> first_;
};

} // namespace

void check_duplicate_id(const Plan& plan, const RuleContext& /*context*/, Reporter& out) {
  IdRegistry items(out);
  for_each_item(plan, [&](const auto& item) { items.add(item_kind(item), item.info); });
  // People are a namespace of their own: a tactic may well be called "anna" too.
  IdRegistry people(out);
  for (const TeamMember& member : plan.team) {
    ItemInfo info;
    info.id = member.id;
    info.explicit_id = true;
    info.location = member.location;
    info.id_location = member.location;
    people.add("team member", info);
  }
}

} // namespace most
