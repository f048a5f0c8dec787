// `most status --tree` for people: each root plan's objectives with what serves them below,
// drawn with box lines.

#include "metric_line.hpp"
#include "terminal_text.hpp"

#include <most/alignment_tree.hpp>

#include <fmt/format.h>

#include <ostream>

namespace most {

namespace {

// "off-track (own on-track)": the roll-up first, the objective's own state when it differs.
std::string states(const TreeObjective& o, bool color) {
  const std::string_view paint = color ? state_color(o.rollup) : "";
  const std::string_view reset = color ? "\x1b[0m" : "";
  std::string text;
  if (o.baseline || o.current || o.target) {
    text += metric_line(tree_figures(o), MetricStyle{"?", &grouped_amount, &printable, false});
    if (o.combines) {
      text += fmt::format(" ({})", rollup_name(*o.combines));
    }
    text += "  ";
  }
  text += fmt::format("{}{}{}", paint, state_name(o.rollup), reset);
  if (o.rollup != o.state) {
    text += fmt::format(" (own {})", state_name(o.state));
  }
  if (o.progress_pct) {
    text += fmt::format(", {:.1f}% done", *o.progress_pct);
    if (o.expected_pct) {
      text += fmt::format(" of {:.1f}% expected", *o.expected_pct);
    }
  }
  return text;
}

} // namespace

void render_tree_text(std::ostream& out, const AlignmentTree& tree, bool color) {
  const std::string_view bold = color ? "\x1b[1m" : "";
  const std::string_view reset = color ? "\x1b[0m" : "";
  out << fmt::format("{}Alignment as of {}{}\n", bold, format_date(tree.as_of), reset);
  std::size_t root_plan = tree.plans.size();
  std::vector<bool> open; // per depth: whether the parent at that depth has more contributors
  for (const TreeRow& row : tree_rows(tree)) {
    const TreeObjective& o = tree.objectives[row.objective];
    if (row.depth == 0 && (o.plan != root_plan || row.continued)) {
      root_plan = o.plan;
      const TreePlan& plan = tree.plans[root_plan];
      out << fmt::format("\n{}{}{} — {}{}\n", bold, printable(plan.file), reset,
                         printable(plan.mission), row.continued ? " (continued)" : "");
    }
    open.resize(row.depth);
    std::string prefix = "  ";
    for (std::size_t d = 1; d < row.depth; ++d) {
      prefix += open[d] ? "│  " : "   ";
    }
    if (row.depth > 0) {
      prefix += row.last ? "└─ " : "├─ ";
      open.push_back(!row.last);
    }
    const std::string label = tree_label(tree, o, root_plan);
    out << fmt::format("{}{}  {}  {}", prefix, printable(label), states(o, color),
                       printable(o.statement));
    if (row.shown_above) {
      out << "  (contributors shown above)";
    } else if (row.hidden > 0) {
      out << fmt::format("  ({} contributors continued below: deeper than {} levels)", row.hidden,
                         kMaxTreeDepth);
    }
    out << '\n';
  }
  if (tree.roots.empty()) {
    out << "\nno objectives\n";
  }
}

} // namespace most
