// `most status --tree --format json`: the tree nested through `contributors` lists.

#include "json_writer.hpp"

#include <most/alignment_tree.hpp>

#include <ostream>

namespace most {

void render_tree_json(std::ostream& out, const AlignmentTree& tree) {
  out << "{\"as_of\": ";
  write_json_date(out, tree.as_of);
  out << ", \"plans\": [";
  for (std::size_t i = 0; i < tree.plans.size(); ++i) {
    out << (i == 0 ? "" : ", ");
    JsonObject(out).text("file", tree.plans[i].file).text("mission", tree.plans[i].mission).close();
  }
  out << "], \"objectives\": [";
  const std::vector<TreeRow> rows = tree_rows(tree);
  std::size_t open = 0; // objects whose contributors list is still open
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const TreeRow& row = rows[i];
    const bool first_child = i > 0 && row.depth == rows[i - 1].depth + 1;
    out << (i == 0 || first_child ? "" : ", ");
    const TreeObjective& o = tree.objectives[row.objective];
    JsonObject object(out);
    object.text("file", o.file)
        .integer("line", o.line)
        .text("id", o.id)
        .text("statement", o.statement)
        .date("deadline", o.deadline)
        .text("state", state_name(o.state))
        .text("rollup_state", state_name(o.rollup))
        .text("unit", o.unit)
        .number("baseline", o.baseline)
        .number("current", o.current)
        .number("target", o.target);
    if (o.combines) {
      object.text("rollup", rollup_name(*o.combines));
    } else {
      object.key("rollup") << "null";
    }
    object.number("progress_pct", one_decimal(o.progress_pct))
        .number("expected_pct", one_decimal(o.expected_pct))
        .boolean("shown_above", row.shown_above)
        .integer("contributors_continued", static_cast<long long>(row.hidden))
        .boolean("continued", row.continued);
    std::ostream& list = object.key("contributors");
    if (i + 1 < rows.size() && rows[i + 1].depth == row.depth + 1) {
      list << '[';
      ++open;
      continue;
    }
    list << "[]}";
    const std::size_t next_depth = i + 1 < rows.size() ? rows[i + 1].depth : 0;
    for (; open > next_depth; --open) {
      out << "]}";
    }
  }
  out << "]}\n";
}

} // namespace most
