#pragma once

// What the pages of `most site` share: the style added to the status page's, links between
// pages, the navigation bar, and the owner and overdue pages. Private to src/report/.

#include <most/site.hpp>

#include <map>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace most {

/// The site's style, added to the status page's.
extern const std::string_view kSiteStyle;

/// Pages by key (a plan's file, an owner), each a path from the site's root.
using PagePaths = std::map<std::string, std::string>;

/// `text` escaped and linked to the page of `key` from a page `up` ("" at the root, "../" in a
/// folder); plain when `key` has no page.
std::string site_link(const PagePaths& pages, const std::string& key, std::string_view text,
                      std::string_view up);

/// The bar every page starts with: the organisation and the overdue page (with its count).
void write_site_nav(std::ostream& out, std::string_view up, std::size_t overdue);

/// How many of `tactics` are overdue.
std::size_t overdue_count(std::span<const TacticRow> tactics);

/// `owner`'s page: every tactic of theirs across the plans, overdue first.
std::string site_owner_page(const SiteInput& input, const std::string& owner,
                            const PagePaths& plan_pages);

/// The overdue tactics of every plan, most overdue first, with owners and plans linked.
std::string site_overdue_page(const SiteInput& input, const PagePaths& plan_pages,
                              const PagePaths& owner_pages);

} // namespace most
