#pragma once

// A format → renderer table per view: the names `--format` accepts, in the order `--help`
// lists them (the default first), and the renderer each one runs. The command line takes both
// the allowed values and the dispatch from here, so a format cannot be offered and not run.

#include <most/alignment_tree.hpp>
#include <most/date.hpp>
#include <most/diagnostic.hpp>
#include <most/diff.hpp>
#include <most/report.hpp>
#include <most/review.hpp>
#include <most/status.hpp>
#include <most/tactic_row.hpp>
#include <most/team.hpp>

#include <algorithm>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace most {

/// One output format of a view: its `--format` name and the renderer that writes the view
/// (`style` decorates the text format; the others ignore it).
template <class... View> struct Format {
  std::string_view name;
  void (*render)(std::ostream& out, const TextStyle& style, const View&... view);
};

/// The format called `name`, or nullptr when `formats` has none of that name.
template <class... View>
const Format<View...>* find_format(std::span<const Format<View...>> formats,
                                   std::string_view name) {
  const auto found =
      std::find_if(formats.begin(), formats.end(),
                   [&](const Format<View...>& format) { return format.name == name; });
  return found == formats.end() ? nullptr : &*found;
}

/// The names of `formats`, the default first.
template <class... View>
std::vector<std::string> format_names(std::span<const Format<View...>> formats) {
  std::vector<std::string> names;
  names.reserve(formats.size());
  for (const Format<View...>& format : formats) {
    names.emplace_back(format.name);
  }
  return names;
}

/// `most check`: text, json, markdown, github, sarif, junit.
std::span<const Format<std::span<const CheckedFile>>> check_formats();

/// `most status`: text, json, markdown, html.
std::span<const Format<StatusReport>> status_formats();

/// `most status --tree`: text, json, markdown (a tree has no html page).
std::span<const Format<AlignmentTree>> tree_formats();

/// `most overdue`, on the as-of day: text, json, markdown, github, junit.
std::span<const Format<Date, std::span<const TacticRow>>> overdue_formats();

/// `most team`: text, json, markdown.
std::span<const Format<TeamReport>> team_formats();

/// `most diff`: text, json, markdown.
std::span<const Format<DiffReport>> diff_formats();

/// `most review`: text, json, markdown.
std::span<const Format<ReviewReport>> review_formats();

/// `most rules`: text, json.
std::span<const Format<>> rules_formats();

} // namespace most
