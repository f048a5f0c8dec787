#pragma once

// Proof of an edit (SPEC §4.2): the new text, loaded again, must be the old plan with exactly
// the intended change, and must bring no finding of the loader that the old text did not have.

#include <most/change.hpp>
#include <most/load.hpp>
#include <most/plan.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace most::edit {

/// Whether two plans say the same, positions aside (the statement readings follow from the
/// statements and the mission's start, so they are not compared separately).
bool same_content(const Plan& a, const Plan& b);

/// The first finding of the loader in `fresh` that `old` did not have (findings compared by
/// rule, item and message: positions move when lines are added), as a sentence.
std::optional<std::string> new_load_finding(const LoadResult& old, const LoadResult& fresh);

/// Loads `new_text` and checks it against `expected` (the old plan with the intended change
/// made in memory) and the old load's findings. On success fills `changes` with what `most
/// diff` reports between `old` and the new text; else one sentence saying what would have
/// happened.
std::optional<std::string> prove(const LoadResult& old, const Plan& expected,
                                 std::string_view new_text, std::string_view name,
                                 std::vector<Change>& changes);

} // namespace most::edit
