// Paths of the work tree at a revision: the repository that holds each one is found by its
// `.git` (so a folder of plans costs one `rev-parse`, not one per plan), the revision's tree
// is listed once with `ls-tree -r -z` (NUL-separated: any byte may be in a path), and the
// blobs come through one `cat-file --batch`.

#include "git_history.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

namespace most::detail {

namespace fs = std::filesystem;

namespace {

/// Listings name every file of a revision, plans or not: their own, larger bound.
constexpr std::uint64_t kListingBytes = std::uint64_t{256} << 20U;
constexpr int kMaxLinks = 8;

bool is_plan_name(const fs::path& relative) {
  const std::string ext = relative.extension().string();
  if (ext != ".yaml" && ext != ".yml") {
    return false;
  }
  return std::none_of(relative.begin(), relative.end(),
                      [](const fs::path& part) { return part.string().starts_with('.'); });
}

} // namespace

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

std::optional<std::string> inside_path(const std::string& prefix, const std::string& rest) {
  std::string joined = (fs::path(prefix) / rest).lexically_normal().generic_string();
  while (joined.ends_with('/')) {
    joined.pop_back();
  }
  if (joined == ".") {
    joined.clear();
  }
  if (joined == ".." || joined.starts_with("../") || joined.starts_with('/')) {
    return std::nullopt;
  }
  return joined;
}

namespace {

// "<mode> <type> <object>\t<path>\0"…: regular files (100644, 100755) and links (120000);
// folders are not listed under -r, submodules (160000) are another repository's.
Tree parse_tree(std::string_view rest) {
  Tree tree;
  while (!rest.empty()) {
    const std::string_view entry = rest.substr(0, rest.find('\0'));
    rest.remove_prefix(std::min(rest.size(), entry.size() + 1));
    const std::size_t tab = entry.find('\t');
    const std::size_t space = entry.rfind(' ', tab);
    const bool link = entry.starts_with("120000 ");
    if (tab == std::string_view::npos || space == std::string_view::npos ||
        !(link || entry.starts_with("100644 ") || entry.starts_with("100755 "))) {
      continue;
    }
    tree.insert_or_assign(std::string(entry.substr(tab + 1)),
                          TreeEntry{std::string(entry.substr(space + 1, tab - space - 1)), link});
  }
  return tree;
}

} // namespace

std::string normal_path(const std::string& path) {
  return fs::path(path).lexically_normal().string();
}

std::pair<std::string, std::string> existing_base(const std::string& path) {
  std::error_code error;
  fs::path base = fs::path(path).parent_path();
  while (!base.empty() && !fs::is_directory(base, error)) {
    base = base.parent_path();
  }
  const fs::path from = base.empty() ? fs::path(".") : base;
  return {from.string(), fs::path(path).lexically_relative(from).string()};
}

Repository* GitHistory::repository_of(const std::string& dir, std::string& prefix,
                                      std::vector<std::string>& errors) {
  std::error_code error;
  // Resolved once per folder: a review asks for every plan at every commit.
  const auto [cached, fresh] = real_paths_.try_emplace(dir);
  if (fresh) {
    cached->second = fs::canonical(dir, error);
  }
  const fs::path& real = cached->second;
  // Git starts from the nearest folder with a `.git` (a folder, or the file of a submodule or
  // a worktree): asking there once serves every folder below it.
  fs::path start = real;
  for (fs::path at = real; !at.empty(); at = at.parent_path()) {
    if (fs::exists(at / ".git", error)) {
      start = at;
      break;
    }
    if (at == at.parent_path()) {
      break;
    }
  }
  const std::string key = real.empty() ? dir : start.string();
  const auto [top, added] = tops_.try_emplace(key);
  if (added) {
    const GitOutput shown =
        run_git(key, {"rev-parse", "--is-inside-work-tree", "--show-toplevel"}, 4096);
    git_missing_ = git_missing_ || !shown.started;
    if (shown.status == 0 && shown.out.starts_with("true\n") && shown.out.ends_with('\n')) {
      top->second = shown.out.substr(5, shown.out.size() - 6);
    } else {
      why_[key] = first_line(shown.err);
    }
  }
  const fs::path relative = real.lexically_relative(top->second);
  const bool in_git_dir = !relative.empty() && *relative.begin() == ".git";
  if (top->second.empty() || in_git_dir) {
    if (git_missing_) {
      errors.emplace_back("cannot run git, which --since needs; is it installed?");
    } else {
      const std::string& reason = why_[key];
      errors.push_back(fmt::format("'{}' is not in a git work tree, and --since reads the old "
                                   "versions from one{}{}",
                                   dir, reason.empty() ? "" : ": ", reason));
    }
    return nullptr;
  }
  prefix = relative == "." ? "" : relative.generic_string();
  std::unique_ptr<Repository>& repo = repositories_[top->second];
  if (!repo) {
    repo = std::make_unique<Repository>();
    repo->top = top->second;
  }
  return repo.get();
}

bool GitHistory::usable(const std::string& dir, std::vector<std::string>& errors) {
  std::string prefix;
  Repository* repo = repository_of(dir, prefix, errors);
  return repo != nullptr && !commit_in(*repo, dir, errors).empty();
}

// The revision is resolved as given and then peeled to a commit, so that `:/message` (whose
// text would take in a `^{commit}` suffix) works like HEAD~1 or a tag.
const std::string& GitHistory::commit_in(Repository& repo, const std::string& dir,
                                         std::vector<std::string>& errors) {
  const auto [commit, added] = repo.commits.try_emplace(revision_);
  if (!added) {
    return commit->second;
  }
  const GitOutput object =
      run_git(repo.top, {"rev-parse", "--verify", "--quiet", "--end-of-options", revision_}, 4096);
  const std::string oid = object.status == 0 ? first_line(object.out) : "";
  const GitOutput peeled =
      oid.empty()
          ? GitOutput{}
          : run_git(repo.top, {"rev-parse", "--verify", "--quiet", oid + "^{commit}"}, 4096);
  if (peeled.status == 0 && peeled.out.ends_with('\n')) {
    commit->second = first_line(peeled.out);
  } else {
    errors.push_back(
        fmt::format("unknown revision '{}' in the repository of '{}'", revision_, dir));
  }
  return commit->second;
}

const Tree* GitHistory::tree_in(Repository& repo, const std::string& dir,
                                std::vector<std::string>& errors) {
  const std::string& commit = commit_in(repo, dir, errors);
  return commit.empty() ? nullptr : tree_at(repo, commit, dir, errors);
}

const Tree* GitHistory::tree_at(Repository& repo, const std::string& commit, const std::string& dir,
                                std::vector<std::string>& errors) {
  const auto [tree, added] = repo.trees.try_emplace(commit);
  if (added) {
    const GitOutput listed =
        run_git(repo.top, {"ls-tree", "-r", "-z", "--full-tree", "--end-of-options", commit},
                kListingBytes);
    if (listed.status == 0) {
      tree->second = parse_tree(listed.out);
    } else {
      errors.push_back(fmt::format("git could not list '{}' at {}: {}", dir,
                                   repo.commits[revision_] == commit ? revision_ : commit,
                                   listed.too_large   ? "the listing is too large"
                                   : listed.timed_out ? "git took too long"
                                                      : first_line(listed.err)));
    }
  }
  return tree->second ? &*tree->second : nullptr;
}

std::string GitHistory::label(const std::string& file) {
  std::vector<std::string> ignored;
  std::string prefix;
  const Repository* repo = repository_of(existing_base(file).first, prefix, ignored);
  if (!here_) {
    const Repository* here = repository_of(".", prefix, ignored);
    here_ = here != nullptr ? here->top : "";
  }
  if (repo == nullptr || repo->top == *here_) {
    return revision_;
  }
  std::error_code ec;
  const fs::path relative = fs::path(repo->top).lexically_relative(fs::current_path(ec));
  const bool below = !relative.empty() && *relative.begin() != "..";
  return fmt::format("{} in {}", revision_, below ? relative.string() : repo->top);
}

const TreeEntry* GitHistory::resolve(Repository& repo, const Tree& tree,
                                     std::optional<std::string> path, const std::string& file,
                                     std::vector<std::string>& errors, bool& failed) {
  for (int links = 0; path && links <= kMaxLinks; ++links) {
    const auto found = tree.find(*path);
    if (found == tree.end()) {
      return nullptr;
    }
    if (!found->second.link) {
      return &found->second;
    }
    std::string text;
    const BlobStatus status = blob(repo, found->second.oid, text);
    if (status != BlobStatus::read) {
      blob_error(file, status, errors, failed);
      return nullptr;
    }
    // A link's blob is the path it points to: followed inside this repository's tree only.
    path = fs::path(text).is_absolute()
               ? std::nullopt
               : inside_path(fs::path(*path).parent_path().generic_string(), text);
  }
  return nullptr; // a loop, or a link out of the repository: not a plan of it
}

void GitHistory::blob_error(const std::string& file, BlobStatus status,
                            std::vector<std::string>& errors, bool& failed) const {
  failed = true;
  errors.push_back(fmt::format("'{}' at {} {}", file, revision_,
                               status == BlobStatus::too_large
                                   ? "is larger than --max-file-size"
                                   : "could not be read: git stopped answering"));
}

std::optional<std::string> GitHistory::show(const std::string& file,
                                            std::vector<std::string>& errors, bool& failed) {
  const auto [dir, rest] = existing_base(file);
  std::string prefix;
  Repository* repo = repository_of(dir, prefix, errors);
  const Tree* tree = repo != nullptr ? tree_in(*repo, dir, errors) : nullptr;
  if (tree == nullptr) {
    failed = true;
    return std::nullopt;
  }
  const TreeEntry* entry = resolve(*repo, *tree, inside_path(prefix, rest), file, errors, failed);
  if (entry == nullptr) {
    return std::nullopt;
  }
  std::string text;
  const BlobStatus status = blob(*repo, entry->oid, text);
  if (status != BlobStatus::read) {
    blob_error(file, status, errors, failed);
    return std::nullopt;
  }
  return text;
}

std::vector<std::string> GitHistory::plans_under(const std::string& dir,
                                                 std::vector<std::string>& errors) {
  const auto [base, rest] = existing_base(dir + "/.");
  std::string prefix;
  Repository* repo = repository_of(base, prefix, errors);
  const Tree* tree = repo != nullptr ? tree_in(*repo, base, errors) : nullptr;
  const std::optional<std::string> under = inside_path(prefix, rest);
  std::vector<std::string> files;
  if (tree == nullptr || !under) {
    return files;
  }
  const std::string start = under->empty() ? "" : *under + "/";
  for (auto entry = tree->lower_bound(start);
       entry != tree->end() && entry->first.starts_with(start); ++entry) {
    const fs::path inside(entry->first.substr(start.size()));
    if (is_plan_name(inside)) {
      files.push_back(normal_path((fs::path(dir) / inside).string()));
    }
  }
  return files;
}

} // namespace most::detail
