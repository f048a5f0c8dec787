// `most site`: every plan read (and every plan their references reach) as a static website —
// the organisation's tree with its roll-ups, a page per plan, per owner, and the overdue
// tactics — written whole into one folder.

#include "commands.hpp"

#include <most/alignment_tree.hpp>
#include <most/output.hpp>
#include <most/rollup.hpp>
#include <most/site.hpp>

#include <fmt/format.h>

#include <ostream>

namespace most::cli {

int run_site(const SiteOptions& options, Streams io) {
  Date as_of;
  if (!resolve_as_of(options.as_of, as_of, io.err)) {
    return kFailure;
  }
  const CheckedPlans checked = check_plans(options, as_of, io);
  const bool failed = report_unloadable(checked, io.err);
  if (failed && checked.index.run_size() == 0) {
    return kFailure;
  }
  // The plans the references reach belong to the organisation too: the tree shows them, so
  // they get pages as well.
  const Rollups rollups = compute_rollups(checked.index, as_of);
  StatusReport status;
  status.as_of = as_of;
  std::vector<TacticRow> tactics;
  for (const Plan* plan : checked.index.plans()) {
    status.plans.push_back(compute_status(*plan, as_of, rollups));
    for (std::size_t i = 0; i < checked.plans.size(); ++i) {
      if (&checked.plans[i] == plan) {
        for (const Diagnostic& d : checked.files[i].diagnostics) {
          status.plans.back().check_errors += d.severity == Severity::Error ? 1 : 0;
        }
      }
    }
    for_each_tactic(
        *plan, [&](const Objective& objective, const Strategy& strategy, const Tactic& tactic) {
          tactics.push_back(tactic_row(*plan, objective, strategy, tactic, as_of, -1));
          TacticRow& row = tactics.back();
          row.days_overdue = row.overdue ? row.days_overdue : 0;
        });
  }
  const AlignmentTree tree = build_alignment_tree(checked.index, as_of);
  std::vector<FolderFile> files;
  for (SitePage& page : render_site(SiteInput{status, tree, tactics})) {
    files.push_back(FolderFile{std::move(page.path), std::move(page.content)});
  }
  std::string error;
  if (!write_folder_atomically(options.folder, files, error)) {
    print_error(io.err, error);
    return kFailure;
  }
  io.out << fmt::format("wrote {} pages to {}/ (open {}/index.html)\n", files.size(),
                        options.folder, options.folder);
  return failed ? kFailure : kSuccess;
}

} // namespace most::cli
