// Lines to items: the loader keeps where every item starts, so an item's lines are those from
// its start to the start of the next.

#include "plan_items.hpp"

namespace most::lsp {

ItemAt item_at(const Plan& plan, int line) {
  ItemAt best;
  int best_line = 0;
  const auto consider = [&](const SourceLocation& at, ItemAt candidate) {
    if (at.line > 0 && at.line <= line && at.line >= best_line) {
      best_line = at.line;
      best = candidate;
    }
  };
  consider(plan.mission.info.location, ItemAt{.mission = true});
  for (const TeamMember& member : plan.team) {
    consider(member.location, ItemAt{.member = &member});
  }
  for (const Objective& objective : plan.objectives) {
    consider(objective.info.location, ItemAt{.objective = &objective});
    for (const Strategy& strategy : objective.strategies) {
      consider(strategy.info.location, ItemAt{.objective = &objective, .strategy = &strategy});
      for (const Tactic& tactic : strategy.tactics) {
        consider(tactic.info.location,
                 ItemAt{.objective = &objective, .strategy = &strategy, .tactic = &tactic});
      }
    }
  }
  return best;
}

std::string_view word_at(std::string_view line, std::size_t at) {
  const auto is_word = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
  };
  std::size_t start = std::min(at, line.size());
  std::size_t end = start;
  while (start > 0 && is_word(line[start - 1])) {
    --start;
  }
  while (end < line.size() && is_word(line[end])) {
    ++end;
  }
  return line.substr(start, end - start);
}

LineKey line_key(std::string_view line) {
  LineKey result;
  std::size_t i = line.find_first_not_of(' ');
  if (i == std::string_view::npos) {
    result.indent = line.size();
    result.value_start = line.size();
    return result;
  }
  result.indent = i;
  if (line.substr(i).starts_with("- ") || line.substr(i) == "-") {
    result.item = true;
    i = std::min(line.size(), i + 2);
  }
  result.value_start = i;
  // A plain key: up to ": " or a ':' at the end of the line.
  for (std::size_t j = i; j < line.size(); ++j) {
    const char c = line[j];
    if (c == '#' || c == '"' || c == '\'' || c == '[' || c == '{') {
      break;
    }
    if (c == ':' && (j + 1 == line.size() || line[j + 1] == ' ')) {
      result.key = line.substr(i, j - i);
      result.value_start = std::min(line.size(), j + 2);
      break;
    }
  }
  return result;
}

} // namespace most::lsp
