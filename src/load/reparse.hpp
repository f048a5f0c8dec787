#pragma once

// Reading a new version of a text by parsing again only the entries whose lines changed.
//
// From one week to the next most of a plan is the same text. The lines of the two versions are
// compared (Myers' diff); each changed run of lines is mapped to the smallest run of entries of
// one block mapping or block sequence that holds it; only those entries' lines are parsed, on
// their own, and their nodes replace the old ones in a copy of the old tree. An entry of a block
// collection, given whole lines, parses on its own exactly as in place: nothing before it can
// reach into it, and what follows it starts at its collection's indentation or less. Whatever
// that argument does not cover — anchors and aliases, a line indented less than the collection,
// a '-' shared with a parent's line, a parse that fails, keys that would repeat — makes
// reparse_tree give up, and the caller parses the whole text.

#include "yaml_tree.hpp"

#include <most/load.hpp>

#include <optional>
#include <string_view>

namespace most::yaml {

/// The tree parse_tree(new_text) gives, built from `old` — parse_tree(old_text) — by parsing
/// again only the entries whose lines changed; nullopt when that is not sure to give the same
/// tree (then parse the whole text). `parsed_lines` counts the lines parsed again. Debug and
/// sanitizer builds also parse the whole text and stop the program if the trees differ, so
/// every test and the fuzzers check the claim.
std::optional<ParseResult> reparse_tree(std::string_view old_text, const ParseResult& old,
                                        std::string_view new_text, const LoadLimits& limits,
                                        std::size_t& parsed_lines);

} // namespace most::yaml
