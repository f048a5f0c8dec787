// Reading many versions at once: the blobs a diff reads ahead in one stream, and the commits
// of a review cycle (one `git log` per repository names them, one `ls-tree` lists the
// revision's tree and one `git log --raw` what each commit changed in it, so that the number
// of git processes does not grow with the commits; the blobs of every version come through the
// repository's one `cat-file --batch`).

#include "git_history.hpp"

#include <fmt/format.h>

#include <map>
#include <string_view>

namespace most::detail {

namespace {

constexpr std::uint64_t kLogBytes = std::uint64_t{16} << 20U;
constexpr std::uint64_t kChangeBytes = std::uint64_t{256} << 20U;

// A file a commit changed: ":<old mode> <new mode> <old blob> <new blob> <status>" and its path.
struct Change {
  std::string_view mode;
  std::string_view oid;
  std::string_view path;
};

// `git log -z --raw --format=%x01%H` as commits and what each changed; false when the output
// is not what was asked for.
bool parse_changes(std::string_view rest,
                   std::vector<std::pair<std::string_view, std::vector<Change>>>& commits) {
  while (!rest.empty()) {
    std::string_view token = rest.substr(0, rest.find('\0'));
    rest.remove_prefix(std::min(rest.size(), token.size() + 1));
    while (token.starts_with('\n')) {
      token.remove_prefix(1);
    }
    if (token.empty()) {
      continue;
    }
    if (token.starts_with('\x01')) {
      commits.emplace_back(token.substr(1), std::vector<Change>{});
      continue;
    }
    // ":100644 100644 <old> <new> M", then the path.
    const std::string_view path = rest.substr(0, rest.find('\0'));
    rest.remove_prefix(std::min(rest.size(), path.size() + 1));
    if (commits.empty() || !token.starts_with(':') || path.empty()) {
      return false;
    }
    std::vector<std::string_view> fields;
    for (std::string_view header = token.substr(1); !header.empty();) {
      const std::string_view field = header.substr(0, header.find(' '));
      fields.push_back(field);
      header.remove_prefix(std::min(header.size(), field.size() + 1));
    }
    if (fields.size() != 5) {
      return false;
    }
    commits.back().second.push_back(Change{fields[1], fields[3], path});
  }
  return true;
}

} // namespace

void GitHistory::list_cycle_trees(Repository& repo, const std::string& dir,
                                  std::vector<std::string>& errors) {
  std::vector<CycleCommit>& cycle = *repo.cycle;
  const Tree* base = cycle.size() > 1 ? tree_at(repo, cycle.front().commit, dir, errors) : nullptr;
  if (base == nullptr) {
    return; // nothing after the revision, or its tree is unlistable: tree_at says so per commit
  }
  const GitOutput log =
      run_git(repo.top,
              {"log", "--first-parent", "--reverse", "--raw", "-r", "-z", "--no-renames",
               "--no-abbrev", "--diff-merges=first-parent", "--format=%x01%H", "--end-of-options",
               cycle.front().commit + ".." + cycle.back().commit},
              kChangeBytes);
  std::vector<std::pair<std::string_view, std::vector<Change>>> commits;
  if (log.status != 0 || !parse_changes(log.out, commits) || commits.size() + 1 != cycle.size()) {
    return; // each commit's tree is then listed on its own
  }
  Tree tree = *base;
  for (std::size_t c = 0; c < commits.size(); ++c) {
    if (commits[c].first != cycle[c + 1].commit) {
      return;
    }
    for (const Change& change : commits[c].second) {
      const bool link = change.mode == "120000";
      if (link || change.mode == "100644" || change.mode == "100755") {
        tree.insert_or_assign(std::string(change.path), TreeEntry{std::string(change.oid), link});
      } else {
        tree.erase(std::string(change.path)); // deleted, or a submodule: not a file
      }
    }
    repo.trees.try_emplace(cycle[c + 1].commit, tree);
  }
}

Repository* GitHistory::cycle_of(const std::string& file, std::vector<std::string>& errors) {
  const std::string dir = existing_base(file).first;
  std::string prefix;
  Repository* repo = repository_of(dir, prefix, errors);
  if (repo == nullptr) {
    return nullptr;
  }
  if (!repo->cycle) {
    const std::string commit = commit_in(*repo, dir, errors);
    if (commit.empty()) {
      return nullptr;
    }
    repo->cycle.emplace().push_back(CycleCommit{commit, Date{}});
    // --boundary adds the revision's own commit ("-"), for its day: where the cycle starts.
    const GitOutput log = run_git(repo->top,
                                  {"log", "--first-parent", "--boundary", "--reverse",
                                   "--format=%m %H %cs", "--end-of-options", commit + "..HEAD"},
                                  kLogBytes);
    if (log.status != 0) {
      errors.push_back(fmt::format("git could not list the commits since {} in '{}': {}",
                                   revision(), dir,
                                   log.too_large ? "too many" : first_line(log.err)));
      repo->cycle->clear();
    }
    std::string_view rest = log.status == 0 ? std::string_view(log.out) : std::string_view();
    while (!rest.empty()) {
      const std::string_view line = rest.substr(0, rest.find('\n'));
      rest.remove_prefix(std::min(rest.size(), line.size() + 1));
      const std::size_t space = line.rfind(' ');
      const std::optional<Date> day =
          line.size() > 2 && space > 2 ? parse_iso_date(line.substr(space + 1)) : std::nullopt;
      const std::string_view hash = day ? line.substr(2, space - 2) : std::string_view();
      if (day && line.starts_with("> ")) {
        repo->cycle->push_back(CycleCommit{std::string(hash), *day});
      } else if (day && line.starts_with("- ") && hash == commit) {
        repo->cycle->front().day = *day;
      }
    }
  }
  if (repo->cycle->empty()) {
    return nullptr;
  }
  if (!repo->cycle_trees_listed) {
    repo->cycle_trees_listed = true;
    list_cycle_trees(*repo, dir, errors);
  }
  return repo;
}

std::string GitHistory::blob_at(Repository& repo, const std::string& file,
                                const std::string& commit, std::vector<std::string>& errors,
                                bool& failed) {
  const auto [dir, rest] = existing_base(file);
  std::string prefix;
  std::vector<std::string> known; // cycle_of said it already
  if (repository_of(dir, prefix, known) != &repo) {
    return "";
  }
  const Tree* tree = tree_at(repo, commit, dir, errors);
  if (tree == nullptr) {
    failed = true;
    return "";
  }
  const TreeEntry* entry = resolve(repo, *tree, inside_path(prefix, rest), file, errors, failed);
  return entry != nullptr ? entry->oid : "";
}

BlobStatus GitHistory::blob(Repository& repo, const std::string& oid, std::string& text) {
  if (const auto fetched = repo.fetched.find(oid); fetched != repo.fetched.end()) {
    const BlobStatus status = fetched->second.first;
    text = std::move(fetched->second.second);
    repo.fetched.erase(fetched);
    return status;
  }
  if (!repo.blobs) {
    repo.blobs = std::make_unique<GitBlobs>(repo.top, max_bytes_);
  }
  return repo.blobs->read(oid, text);
}

void GitHistory::prefetch(const std::vector<std::string>& files, std::vector<std::string>& errors) {
  std::map<Repository*, std::vector<std::string>> wanted;
  for (const std::string& file : files) {
    const auto [dir, rest] = existing_base(file);
    std::string prefix;
    std::vector<std::string> later; // show() says it, in its turn
    Repository* repo = repository_of(dir, prefix, later);
    if (repo == nullptr) {
      continue;
    }
    const auto commit = repo->commits.find(revision_);
    if (commit == repo->commits.end() || commit->second.empty()) {
      continue; // a revision not verified yet: show() verifies it and says why
    }
    const Tree* tree = tree_in(*repo, dir, errors);
    const std::optional<std::string> path = inside_path(prefix, rest);
    const auto found = tree != nullptr && path ? tree->find(*path) : Tree::const_iterator{};
    if (tree != nullptr && path && found != tree->end() && !found->second.link) {
      wanted[repo].push_back(found->second.oid);
    }
  }
  for (auto& [repo, oids] : wanted) {
    if (!repo->blobs) {
      repo->blobs = std::make_unique<GitBlobs>(repo->top, max_bytes_);
    }
    std::vector<std::string> texts;
    const std::vector<BlobStatus> statuses = repo->blobs->read_all(oids, texts);
    for (std::size_t i = 0; i < oids.size(); ++i) {
      repo->fetched.insert_or_assign(oids[i], std::pair{statuses[i], std::move(texts[i])});
    }
  }
}

std::vector<BlobStatus> GitHistory::read_blobs(Repository& repo,
                                               const std::vector<std::string>& oids,
                                               std::vector<std::string>& texts) {
  if (!repo.blobs) {
    repo.blobs = std::make_unique<GitBlobs>(repo.top, max_bytes_);
  }
  return repo.blobs->read_all(oids, texts);
}

} // namespace most::detail
