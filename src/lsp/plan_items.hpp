#pragma once

// Which item of a plan a line belongs to, and the word under the cursor: what hover,
// completion and definition start from.

#include <most/plan.hpp>

#include <string_view>

namespace most::lsp {

/// The innermost item whose lines hold `line` (1-based): an item runs from its first key to
/// the next item's.
struct ItemAt {
  const Objective* objective = nullptr;
  const Strategy* strategy = nullptr;
  const Tactic* tactic = nullptr;
  const TeamMember* member = nullptr;
  bool mission = false;
};

/// The item of `plan` that line `line` (1-based) belongs to.
ItemAt item_at(const Plan& plan, int line);

/// The word at byte `at` of `line`: letters, digits, `-`, `_`, `.`.
std::string_view word_at(std::string_view line, std::size_t at);

/// The key (if any) written before the value on `line`, and the indentation of the line;
/// `item` is true for a list item (`- …`).
struct LineKey {
  std::string_view key;
  std::size_t indent = 0;
  bool item = false;
  std::size_t value_start = 0; ///< byte where the value after `key:` (or `- `) starts
};

/// How `line` begins: its indentation, a `- `, and a `key:`.
LineKey line_key(std::string_view line);

} // namespace most::lsp
