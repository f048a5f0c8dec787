#pragma once

// The git side of reading history: which repository holds a path of the work tree, what a
// revision is there, its tree (one `ls-tree`; a review cycle's later trees from one
// `git log --raw`) and its blobs (one `cat-file --batch` per repository). Private to the
// workspace layer.

#include <most/date.hpp>
#include <most/git.hpp>

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace most::detail {

/// A file of a tree: its blob, and whether it is a symbolic link (whose blob is its target).
struct TreeEntry {
  std::string oid;
  bool link = false;
};

/// The regular files and links of one commit, by path from the top of the repository.
using Tree = std::map<std::string, TreeEntry, std::less<>>;

/// A commit of the cycle since the revision, and its day.
struct CycleCommit {
  std::string commit;
  Date day;
};

/// One repository (a superproject and each submodule are one each).
struct Repository {
  std::string top;                            ///< the top folder of its work tree, as git prints it
  std::map<std::string, std::string> commits; ///< revision → commit; "" when unknown
  std::map<std::string, std::optional<Tree>> trees; ///< by commit; nullopt when unlistable
  std::unique_ptr<GitBlobs> blobs;
  std::optional<std::vector<CycleCommit>> cycle; ///< the revision's commit and those after it
  bool cycle_trees_listed = false; ///< `trees` has every commit of `cycle` that could be listed
  /// Blobs read ahead in one stream (`GitHistory::prefetch`), taken by the first `show`.
  std::map<std::string, std::pair<BlobStatus, std::string>> fetched;
};

/// `path` lexically normalised, as paths are compared and sorted.
std::string normal_path(const std::string& path);

/// The first line of git's output, without its newline.
std::string first_line(const std::string& text);

/// `prefix/rest` as a path from the top of the repository: "" for the top itself, nullopt
/// when it leaves the repository.
std::optional<std::string> inside_path(const std::string& prefix, const std::string& rest);

/// The nearest folder of `path` that exists now (git runs there) and the path from it: a
/// plan or folder deleted since the revision is still found in git.
std::pair<std::string, std::string> existing_base(const std::string& path);

/// Reads paths of the work tree at one revision; every failure is a one-line error.
class GitHistory {
public:
  GitHistory(std::string revision, std::uint64_t max_bytes)
      : revision_(std::move(revision)), max_bytes_(max_bytes) {}

  /// False (with a one-line error) when `dir` is not in a work tree or lacks the revision.
  bool usable(const std::string& dir, std::vector<std::string>& errors);
  /// The revision as "REV", or "REV in REPOSITORY" when the repository that holds `file` is
  /// not the one of the current directory (a submodule, where REV names another commit).
  std::string label(const std::string& file);
  /// The file's text at the revision, following symbolic links inside its repository only;
  /// nullopt when it did not exist there (or was a folder, a submodule or a link out).
  std::optional<std::string> show(const std::string& file, std::vector<std::string>& errors,
                                  bool& failed);
  /// Reads the blobs `oids` of `repo` in one stream of requests.
  std::vector<BlobStatus> read_blobs(Repository& repo, const std::vector<std::string>& oids,
                                     std::vector<std::string>& texts);
  /// Reads the blobs of `files` ahead, one stream of requests per repository, so that
  /// `show` does not wait for git once per file.
  void prefetch(const std::vector<std::string>& files, std::vector<std::string>& errors);
  /// The plan files under the folder `dir` at the revision, as paths that start with `dir`.
  std::vector<std::string> plans_under(const std::string& dir, std::vector<std::string>& errors);

  const std::string& revision() const { return revision_; }

  /// The repository that holds `file`, the revision's commit in it and every commit after it
  /// up to HEAD (first parents, oldest first); null after a one-line error.
  Repository* cycle_of(const std::string& file, std::vector<std::string>& errors);
  /// The blob of `file` at `commit` of `repo` (links followed inside it); "" where there is
  /// none, and `failed` after a one-line error.
  std::string blob_at(Repository& repo, const std::string& file, const std::string& commit,
                      std::vector<std::string>& errors, bool& failed);

private:
  /// The repository that holds the folder `dir` (which exists), and the path of `dir` in it.
  Repository* repository_of(const std::string& dir, std::string& prefix,
                            std::vector<std::string>& errors);
  /// The commit the revision names in `repo`, resolved once; empty after a one-line error.
  const std::string& commit_in(Repository& repo, const std::string& dir,
                               std::vector<std::string>& errors);
  /// The tree of the revision in `repo`, listed once; null after a one-line error.
  const Tree* tree_in(Repository& repo, const std::string& dir, std::vector<std::string>& errors);
  const Tree* tree_at(Repository& repo, const std::string& commit, const std::string& dir,
                      std::vector<std::string>& errors);
  /// The trees of the cycle's commits, from the revision's and one `git log --raw` of what
  /// each commit changed; a commit it cannot account for is left to `tree_at`.
  void list_cycle_trees(Repository& repo, const std::string& dir, std::vector<std::string>& errors);
  /// The entry `path` names in `tree`, links followed inside it; null where there is none.
  const TreeEntry* resolve(Repository& repo, const Tree& tree, std::optional<std::string> path,
                           const std::string& file, std::vector<std::string>& errors, bool& failed);
  void blob_error(const std::string& file, BlobStatus status, std::vector<std::string>& errors,
                  bool& failed) const;
  /// The blob `oid` of `repo`: read ahead, or read now.
  BlobStatus blob(Repository& repo, const std::string& oid, std::string& text);

  std::string revision_;
  std::uint64_t max_bytes_;
  std::map<std::string, std::filesystem::path> real_paths_; ///< folder → its real path
  std::map<std::string, std::string> tops_; ///< folder → top of its work tree ("": none)
  std::map<std::string, std::string> why_;  ///< folder → why it is not in a work tree
  std::map<std::string, std::unique_ptr<Repository>> repositories_; ///< by top
  std::optional<std::string> here_; ///< the top of the current directory's work tree
  bool git_missing_ = false;
};

} // namespace most::detail
