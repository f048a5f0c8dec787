#pragma once

// `most site`: the organisation as a static, self-contained website — the tree, a page per
// plan, per owner and the overdue tactics — with relative links only and no scripts, so it
// works from GitHub or GitLab Pages, a file share or a printer alike.

#include <most/alignment_tree.hpp>
#include <most/status.hpp>
#include <most/tactic_row.hpp>

#include <span>
#include <string>
#include <vector>

namespace most {

/// One file of the site: its path below the site's folder ('/'-separated) and its content.
struct SitePage {
  std::string path;
  std::string content;
};

/// What the site shows: every plan's status (roll-ups applied), the organisation's tree on
/// the same day, and every tactic of those plans.
struct SiteInput {
  const StatusReport& status;
  const AlignmentTree& tree;
  std::span<const TacticRow> tactics;
};

/// The pages of the site, in a fixed order: index.html, overdue.html, plans/*.html,
/// owners/*.html. Plan and owner pages are named after the file or owner, made safe for a URL.
std::vector<SitePage> render_site(const SiteInput& input);

/// A name safe in a URL and a file system: letters, digits, '-', '_' and '.', the rest as
/// '-', never empty, hidden or longer than 80 bytes; `taken` makes it unique.
std::string site_slug(std::string_view name, std::vector<std::string>& taken);

} // namespace most
