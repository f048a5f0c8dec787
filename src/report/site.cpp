// `most site`: the organisation tree, the plans, the owners and the overdue tactics as linked
// static pages. The plan pages are the HTML status report's sections, so the charts are drawn
// by the same code; links are relative, so the site works wherever the folder is served.

#include "markup_text.hpp"
#include "metric_line.hpp"
#include "site_pages.hpp"
#include "status_html.hpp"
#include "terminal_text.hpp"

#include <most/site.hpp>
#include <most/wording.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

namespace most {

namespace {

std::string strip_yaml(std::string_view file) {
  for (const std::string_view ext : {".yaml", ".yml"}) {
    if (file.size() > ext.size() && file.ends_with(ext)) {
      return std::string(file.substr(0, file.size() - ext.size()));
    }
  }
  return std::string(file);
}

// Which page shows each plan and each owner, named once for every page that links to them.
struct PageNames {
  std::map<std::string, std::string> plans;  ///< file → "plans/NAME.html"
  std::map<std::string, std::string> owners; ///< owner → "owners/NAME.html"
};

PageNames name_pages(const SiteInput& input) {
  PageNames names;
  std::vector<std::string> taken;
  for (const PlanStatus& plan : input.status.plans) {
    if (!names.plans.contains(plan.file)) {
      names.plans.emplace(plan.file, "plans/" + site_slug(strip_yaml(plan.file), taken) + ".html");
    }
  }
  std::set<std::string> owners;
  for (const TacticRow& row : input.tactics) {
    if (!row.owner.empty()) {
      owners.insert(row.owner);
    }
  }
  taken.clear();
  for (const std::string& owner : owners) {
    names.owners.emplace(owner, "owners/" + site_slug(owner, taken) + ".html");
  }
  return names;
}

std::string badge(ObjectiveState state) {
  return fmt::format("<span class=\"badge state-{0}\">{0}</span>", state_name(state));
}

// One objective of the tree: label, roll-up state, figures, statement.
std::string tree_item(const AlignmentTree& tree, const TreeObjective& o, const TreeRow& row,
                      std::size_t root_plan, const PageNames& names) {
  std::string item = site_link(names.plans, o.file, tree_label(tree, o, root_plan), "");
  item = "<span class=\"label\">" + item + "</span> " + badge(o.rollup);
  if (o.rollup != o.state) {
    item += fmt::format(" (own {})", state_name(o.state));
  }
  if (o.baseline || o.current || o.target) {
    item +=
        " <span class=\"figures\">" + markup_metric(tree_figures(o), &html_escape, &grouped_amount);
    if (o.combines) {
      item += fmt::format(" ({})", rollup_name(*o.combines));
    }
    item += "</span>";
  }
  if (o.progress_pct) {
    item += fmt::format(" · {} done of {} expected", format_percent(o.progress_pct),
                        format_percent(o.expected_pct));
  }
  item += " — " + html_escape(o.statement);
  if (row.shown_above) {
    item += " <em>(contributors shown above)</em>";
  } else if (row.hidden > 0) {
    item += fmt::format(" <em>({} contributors continued below)</em>", row.hidden);
  }
  return item;
}

void write_tree(std::ostream& out, const AlignmentTree& tree, const PageNames& names) {
  out << "<h2>Alignment</h2>\n";
  if (tree.roots.empty()) {
    out << "<p>No objectives.</p>\n";
    return;
  }
  std::size_t root_plan = tree.plans.size();
  std::size_t open = 0; // lists open; the item of each but the innermost is open too
  const auto close_to = [&](std::size_t levels) {
    for (; open > levels; --open) {
      out << "</li>\n</ul>\n";
    }
  };
  for (const TreeRow& row : tree_rows(tree)) {
    const TreeObjective& o = tree.objectives[row.objective];
    if (row.depth == 0 && (o.plan != root_plan || row.continued)) {
      close_to(0);
      root_plan = o.plan;
      const TreePlan& plan = tree.plans[root_plan];
      out << "<h3>" << site_link(names.plans, plan.file, plan.file, "") << " — "
          << html_escape(plan.mission) << (row.continued ? " (continued)" : "") << "</h3>\n";
    }
    if (row.depth + 1 > open) {
      out << "<ul class=\"tree\">\n";
      ++open;
    } else {
      close_to(row.depth + 1);
      out << "</li>\n";
    }
    out << "<li>" << tree_item(tree, o, row, root_plan, names);
  }
  close_to(0);
}

void write_plans_table(std::ostream& out, const SiteInput& input, const PageNames& names) {
  out << "<h2>Plans</h2>\n<table>\n<thead><tr><th>Plan</th><th>Mission</th><th>Objectives</th>"
         "<th>States</th></tr></thead>\n<tbody>\n";
  for (const PlanStatus& plan : input.status.plans) {
    std::map<std::string_view, int> states;
    for (const ObjectiveStatus& objective : plan.objectives) {
      ++states[state_name(objective.state)];
    }
    std::string cell;
    for (const auto& [state, count] : states) {
      cell += fmt::format("{}{} {}", cell.empty() ? "" : ", ", count, state);
    }
    out << "<tr><td>" << site_link(names.plans, plan.file, plan.file, "") << "</td><td>"
        << html_escape(plan.statement) << "</td><td class=\"num\">" << plan.objectives.size()
        << "</td><td>" << (cell.empty() ? "—" : cell) << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

void write_owner_list(std::ostream& out, const SiteInput& input, const PageNames& names,
                      std::string_view up) {
  out << "<h2>Owners</h2>\n<ul class=\"owners\">\n";
  for (const auto& [owner, page] : names.owners) {
    int open = 0;
    int late = 0;
    for (const TacticRow& row : input.tactics) {
      if (row.owner == owner) {
        open += row.status != Status::Done && row.status != Status::Dropped ? 1 : 0;
        late += row.overdue ? 1 : 0;
      }
    }
    out << "<li>" << site_link(names.owners, owner, owner, up) << " — " << open << " open"
        << (late > 0 ? fmt::format(", <span class=\"late\">{} overdue</span>", late) : "")
        << "</li>\n";
  }
  out << "</ul>\n";
}

std::string index_page(const SiteInput& input, const PageNames& names) {
  std::ostringstream out;
  const std::string as_of = format_date(input.status.as_of);
  write_html_head(out, "Organisation status as of " + as_of, kSiteStyle);
  out << "<header>\n<h1>Organisation</h1>\n<p>As of <time datetime=\"" << as_of << "\">" << as_of
      << "</time> · " << count_of(static_cast<long long>(input.status.plans.size()), "plan")
      << "</p>\n</header>\n";
  write_site_nav(out, "", overdue_count(input.tactics));
  write_tree(out, input.tree, names);
  write_plans_table(out, input, names);
  write_owner_list(out, input, names, "");
  out << "</body>\n</html>\n";
  return out.str();
}

} // namespace

std::vector<SitePage> render_site(const SiteInput& input) {
  const PageNames names = name_pages(input);
  std::vector<SitePage> pages;
  pages.push_back({"index.html", index_page(input, names)});
  pages.push_back({"overdue.html", site_overdue_page(input, names.plans, names.owners)});
  const std::size_t overdue = overdue_count(input.tactics);
  for (const PlanStatus& plan : input.status.plans) {
    std::ostringstream out;
    write_html_head(out, plan.file + " — status as of " + format_date(input.status.as_of),
                    kSiteStyle);
    write_site_nav(out, "../", overdue);
    write_plan_section(out, plan, input.status.as_of);
    std::set<std::string> owners;
    for (const ObjectiveStatus& objective : plan.objectives) {
      for (const StrategyStatus& strategy : objective.strategies) {
        for (const TacticSpan& tactic : strategy.tactics) {
          if (!tactic.owner.empty()) {
            owners.insert(tactic.owner);
          }
        }
      }
    }
    if (!owners.empty()) {
      out << "<h3>Owners in this plan</h3>\n<ul class=\"owners\">\n";
      for (const std::string& owner : owners) {
        out << "<li>" << site_link(names.owners, owner, owner, "../") << "</li>\n";
      }
      out << "</ul>\n";
    }
    out << "</body>\n</html>\n";
    pages.push_back({names.plans.at(plan.file), out.str()});
  }
  for (const auto& [owner, page] : names.owners) {
    pages.push_back({page, site_owner_page(input, owner, names.plans)});
  }
  return pages;
}

} // namespace most
