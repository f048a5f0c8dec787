// `most status --tree --format markdown`: nested lists per root plan, for PR comments.

#include "markup_text.hpp"
#include "metric_line.hpp"

#include <most/alignment_tree.hpp>

#include <fmt/format.h>

#include <ostream>

namespace most {

void render_tree_markdown(std::ostream& out, const AlignmentTree& tree) {
  out << fmt::format("## Alignment as of {}\n", format_date(tree.as_of));
  std::size_t root_plan = tree.plans.size();
  for (const TreeRow& row : tree_rows(tree)) {
    const TreeObjective& o = tree.objectives[row.objective];
    if (row.depth == 0 && (o.plan != root_plan || row.continued)) {
      root_plan = o.plan;
      const TreePlan& plan = tree.plans[root_plan];
      out << fmt::format("\n### {} — {}{}\n\n", markdown_code(plan.file),
                         markdown_cell(plan.mission), row.continued ? " (continued)" : "");
    }
    const std::string label = tree_label(tree, o, root_plan);
    std::string state = fmt::format("**{}**", state_name(o.rollup));
    if (o.rollup != o.state) {
      state += fmt::format(" (own {})", state_name(o.state));
    }
    std::string figures;
    if (o.baseline || o.current || o.target) {
      figures = " " + markup_metric(tree_figures(o), &markdown_cell, &format_amount);
      if (o.combines) {
        figures += fmt::format(" ({})", rollup_name(*o.combines));
      }
    }
    out << fmt::format("{}- {} {}{} — {} ({})", std::string(row.depth * 2, ' '),
                       markdown_code(label), state, figures, markdown_cell(o.statement),
                       markdown_code(fmt::format("{}:{}", o.file, o.line)));
    if (row.shown_above) {
      out << " — contributors shown above";
    } else if (row.hidden > 0) {
      out << fmt::format(" — {} contributors continued below", row.hidden);
    }
    out << '\n';
  }
  if (tree.roots.empty()) {
    out << "\nNo objectives.\n";
  }
}

} // namespace most
