// The pages of `most site` that list tactics — one per owner, and the overdue ones — and what
// every page shares: names safe in a URL, relative links and the navigation bar.

#include "site_pages.hpp"

#include "markup_text.hpp"
#include "status_html.hpp"

#include <most/status.hpp>
#include <most/wording.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <sstream>
#include <vector>

namespace most {

const std::string_view kSiteStyle = R"(nav { margin: .5rem 0 1rem; }
nav a { margin-right: 1rem; }
ul.tree { list-style: none; padding-left: 1.2rem; margin: .2rem 0; }
ul.tree li { margin: .25rem 0; }
.figures { font-variant-numeric: tabular-nums; white-space: nowrap; }
.label { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .9em; }
@media print { nav { display: none; } }
)";

namespace {

// File names stay well under every file system's limit, with room for "-NN.html".
constexpr std::size_t kMaxSlug = 80;

bool safe_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '.';
}

// The rows of one table: plan, objective, tactic, owner, due, status.
// `up` leads from the page to the site's root.
void write_rows(std::ostream& out, std::span<const TacticRow* const> rows,
                const PagePaths& plan_pages, const PagePaths* owner_pages, std::string_view up) {
  out << "<table class=\"tactics\">\n<thead><tr><th>Plan</th><th>ID</th><th>Tactic</th>"
      << (owner_pages != nullptr ? "<th>Owner</th>" : "")
      << "<th>Due</th><th>Status</th></tr></thead>\n<tbody>\n";
  for (const TacticRow* row : rows) {
    out << "<tr><td>" << site_link(plan_pages, row->file, row->file, up) << "</td><td>"
        << html_escape(row->id) << "</td><td>" << html_escape(row->action) << "</td>";
    if (owner_pages != nullptr) {
      out << "<td>"
          << (row->owner.empty() ? std::string("—")
                                 : site_link(*owner_pages, row->owner, row->owner, up))
          << "</td>";
    }
    out << "<td class=\"num\">" << markup_date(row->due) << "</td><td>";
    if (row->overdue) {
      out << fmt::format("<span class=\"late\">{} overdue</span>, ",
                         count_of(row->days_overdue, "day"));
    }
    out << status_name(row->status) << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

// Due day first (no day last), then file and line: the order of `most overdue`.
std::vector<const TacticRow*> sorted(std::span<const TacticRow> tactics, bool overdue_only,
                                     const std::string* owner) {
  std::vector<const TacticRow*> rows;
  for (const TacticRow& row : tactics) {
    if ((!overdue_only || row.overdue) && (owner == nullptr || row.owner == *owner)) {
      rows.push_back(&row);
    }
  }
  std::stable_sort(rows.begin(), rows.end(), [](const TacticRow* a, const TacticRow* b) {
    if (a->due.has_value() != b->due.has_value()) {
      return a->due.has_value();
    }
    return std::tie(a->due, a->file, a->line) < std::tie(b->due, b->file, b->line);
  });
  return rows;
}

} // namespace

std::string site_slug(std::string_view name, std::vector<std::string>& taken) {
  std::string slug;
  for (const char c : name.substr(0, kMaxSlug)) {
    const char kept = safe_char(c) ? c : '-';
    if (!(kept == '-' && !slug.empty() && slug.back() == '-')) {
      slug += kept;
    }
  }
  // No hidden files (".x") and no "." or ".." that would leave the folder.
  while (!slug.empty() && (slug.front() == '.' || slug.front() == '-')) {
    slug.erase(slug.begin());
  }
  while (!slug.empty() && (slug.back() == '-' || slug.back() == '.')) {
    slug.pop_back(); // "north-.html" reads as a typo
  }
  if (slug.empty()) {
    slug = "page";
  }
  // Names that differ in case only would clash on a case-insensitive file system.
  const auto lower = [](std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
    return text;
  };
  std::string unique = slug;
  for (int n = 2; std::find(taken.begin(), taken.end(), lower(unique)) != taken.end(); ++n) {
    unique = fmt::format("{}-{}", slug, n);
  }
  taken.push_back(lower(unique));
  return unique;
}

std::string site_link(const PagePaths& pages, const std::string& key, std::string_view text,
                      std::string_view up) {
  const auto found = pages.find(key);
  if (found == pages.end()) {
    return html_escape(text);
  }
  return fmt::format("<a href=\"{}{}\">{}</a>", up, html_escape(found->second), html_escape(text));
}

void write_site_nav(std::ostream& out, std::string_view up, std::size_t overdue) {
  out << fmt::format("<nav><a href=\"{0}index.html\">Organisation</a><a href=\"{0}overdue.html\">"
                     "Overdue ({1})</a></nav>\n",
                     up, overdue);
}

std::size_t overdue_count(std::span<const TacticRow> tactics) {
  return static_cast<std::size_t>(std::count_if(tactics.begin(), tactics.end(),
                                                [](const TacticRow& row) { return row.overdue; }));
}

std::string site_owner_page(const SiteInput& input, const std::string& owner,
                            const PagePaths& plan_pages) {
  std::ostringstream out;
  const std::string as_of = format_date(input.status.as_of);
  write_html_head(out, owner + " — tactics as of " + as_of, kSiteStyle);
  write_site_nav(out, "../", overdue_count(input.tactics));
  const std::vector<const TacticRow*> rows = sorted(input.tactics, false, &owner);
  const auto late =
      std::count_if(rows.begin(), rows.end(), [](const TacticRow* row) { return row->overdue; });
  out << "<header>\n<h1>" << html_escape(owner) << "</h1>\n<p>As of " << as_of << " · "
      << count_of(static_cast<long long>(rows.size()), "tactic") << " · " << late
      << " overdue</p>\n</header>\n";
  write_rows(out, rows, plan_pages, nullptr, "../");
  out << "</body>\n</html>\n";
  return out.str();
}

std::string site_overdue_page(const SiteInput& input, const PagePaths& plan_pages,
                              const PagePaths& owner_pages) {
  std::ostringstream out;
  const std::string as_of = format_date(input.status.as_of);
  write_html_head(out, "Overdue tactics as of " + as_of, kSiteStyle);
  write_site_nav(out, "", overdue_count(input.tactics));
  const std::vector<const TacticRow*> rows = sorted(input.tactics, true, nullptr);
  out << "<header>\n<h1>Overdue tactics</h1>\n<p>As of " << as_of << " · "
      << count_of(static_cast<long long>(rows.size()), "tactic") << "</p>\n</header>\n";
  if (rows.empty()) {
    out << "<p>Nothing is overdue.</p>\n";
  } else {
    write_rows(out, rows, plan_pages, &owner_pages, "");
  }
  out << "</body>\n</html>\n";
  return out.str();
}

} // namespace most
