// `most diff`: what changed between two versions of a plan — two files, or the working tree
// against a git revision (`--since REV`), whose old versions come from `git show`.

#include "commands.hpp"

#include <most/diff.hpp>
#include <most/git.hpp>
#include <most/load.hpp>
#include <most/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <ostream>

namespace most::cli {

namespace {

namespace fs = std::filesystem;

// One plan file in its two versions; a missing version is a file added or removed.
struct Versions {
  std::string before_name;
  std::string after_name;
  std::optional<std::string> before;
  std::optional<std::string> after;
  std::string search_dir; ///< where the new version's .most.yaml is looked for
};

std::string normal(const std::string& path) { return fs::path(path).lexically_normal().string(); }

bool is_plan_name(const fs::path& relative) {
  const std::string ext = relative.extension().string();
  if (ext != ".yaml" && ext != ".yml") {
    return false;
  }
  return std::none_of(relative.begin(), relative.end(),
                      [](const fs::path& part) { return part.string().starts_with('.'); });
}

// The nearest directory of `path` that exists now (git runs there) and the path from it: a
// plan or folder deleted since the revision is still found in git.
std::pair<std::string, std::string> existing_base(const std::string& path) {
  std::error_code error;
  fs::path base = fs::path(path).parent_path();
  while (!base.empty() && !fs::is_directory(base, error)) {
    base = base.parent_path();
  }
  const fs::path from = base.empty() ? fs::path(".") : base;
  return {from.string(), fs::path(path).lexically_relative(from).string()};
}

// Reads old versions from git: the repository and the revision are checked once per
// directory, every failure is a one-line error.
class GitHistory {
public:
  GitHistory(std::string revision, std::uint64_t max_bytes)
      : revision_(std::move(revision)), max_bytes_(max_bytes) {}

  /// False (with a one-line error) when `dir` is not in a work tree or lacks the revision.
  bool usable(const std::string& dir, std::vector<std::string>& errors) {
    const auto [known, added] = usable_.try_emplace(dir, false);
    if (!added) {
      return known->second;
    }
    const GitOutput tree = run_git(dir, {"rev-parse", "--is-inside-work-tree"}, 4096);
    if (!tree.started) {
      errors.emplace_back("cannot run git, which --since needs; is it installed?");
    } else if (tree.status != 0 || tree.out != "true\n") {
      const std::string reason = tree.err.substr(0, tree.err.find('\n'));
      errors.push_back(fmt::format("'{}' is not in a git work tree, and --since reads the old "
                                   "versions from one{}{}",
                                   dir, reason.empty() ? "" : ": ", reason));
    } else {
      known->second = !commit_in(dir, errors).empty();
    }
    return known->second;
  }

  /// The revision as "REV", or "REV in REPOSITORY" when the repository that holds `file` is
  /// not the one of the current directory (a submodule): the same REV names another commit
  /// there.
  std::string label(const std::string& file) {
    const std::string& top = top_level(existing_base(file).first);
    if (!here_) {
      here_ = top_level(".");
    }
    if (top.empty() || top == *here_) {
      return revision_;
    }
    std::error_code ec;
    const fs::path relative = fs::path(top).lexically_relative(fs::current_path(ec));
    const bool below = !relative.empty() && *relative.begin() != "..";
    return fmt::format("{} in {}", revision_, below ? relative.string() : top);
  }
  /// The file's text at the revision, following symbolic links as reading the file does;
  /// nullopt when it did not exist there (or was a folder).
  std::optional<std::string> show(const std::string& file, std::vector<std::string>& errors,
                                  bool& failed, int links = 0) {
    const auto [dir, relative] = existing_base(file);
    // The revision as the repository that holds the file reads it: a file in a submodule
    // is looked up in the submodule's history.
    const std::string commit = commit_in(dir, errors);
    if (commit.empty()) {
      failed = true;
      return std::nullopt;
    }
    // ls-tree says whether and what the path was, without reading git's English messages.
    const GitOutput entry = run_git(
        dir, {"ls-tree", "-z", "--end-of-options", commit, "--", "./" + relative}, kListingBytes);
    const std::string_view listed = entry.out;
    if (entry.status != 0) {
      failed = true;
      errors.push_back(fmt::format("git could not look up '{}' at {}: {}", file, revision_,
                                   entry.err.substr(0, entry.err.find('\n'))));
      return std::nullopt;
    }
    // "<mode> <type> <object>\t<path>\0": a regular file is mode 100644 or 100755, a
    // symbolic link 120000 (its blob is the path it points to).
    const bool link = listed.starts_with("120000");
    if (!link && !listed.starts_with("1006") && !listed.starts_with("1007")) {
      return std::nullopt;
    }
    const std::string object(listed.substr(12, listed.find('\t') - 12));
    const GitOutput blob = run_git(dir, {"cat-file", "blob", object}, max_bytes_);
    if (blob.status == 0 && link) {
      constexpr int kMaxLinks = 8;
      const fs::path points_to(blob.out);
      if (links >= kMaxLinks || points_to.is_absolute()) {
        return std::nullopt; // a loop, or outside the repository: not a plan of it
      }
      const fs::path target = fs::path(file).parent_path() / points_to;
      return show(target.lexically_normal().string(), errors, failed, links + 1);
    }
    if (blob.status == 0) {
      return blob.out;
    }
    failed = true;
    errors.push_back(fmt::format("'{}' at {} {}", file, revision_,
                                 blob.too_large   ? "is larger than --max-file-size"
                                 : blob.timed_out ? "took git too long to read"
                                                  : "could not be read: " +
                                                        blob.err.substr(0, blob.err.find('\n'))));
    return std::nullopt;
  }

  /// The plan files under the folder `dir` at the revision, as paths that start with `dir`;
  /// regular files only, as a walk of the folder reads.
  std::vector<std::string> plans_under(const std::string& dir, std::vector<std::string>& errors) {
    const auto [base, relative] = existing_base(dir + "/.");
    std::vector<std::string> files;
    const std::string commit = commit_in(base, errors);
    if (commit.empty()) {
      return files;
    }
    const GitOutput listed = run_git(
        base, {"ls-tree", "-r", "-z", "--end-of-options", commit, "--", relative}, kListingBytes);
    if (listed.status != 0) {
      errors.push_back(fmt::format("git could not list '{}' at {}: {}", dir, revision_,
                                   listed.too_large ? "the listing is too large"
                                                    : listed.err.substr(0, listed.err.find('\n'))));
      return files;
    }
    std::string_view rest = listed.out;
    while (!rest.empty()) {
      const std::string_view entry = rest.substr(0, rest.find('\0'));
      rest.remove_prefix(std::min(rest.size(), entry.size() + 1));
      const std::size_t tab = entry.find('\t');
      if (tab == std::string_view::npos ||
          !(entry.starts_with("1006") || entry.starts_with("1007") ||
            entry.starts_with("120000"))) {
        continue;
      }
      const fs::path inside = fs::path(entry.substr(tab + 1)).lexically_relative(relative);
      if (is_plan_name(inside)) {
        files.push_back(normal((fs::path(dir) / inside).string()));
      }
    }
    return files;
  }

  const std::string& revision() const { return revision_; }

private:
  /// Listings name every file under a folder, plans or not: their own, larger bound.
  static constexpr std::uint64_t kListingBytes = std::uint64_t{256} << 20U;

  /// The top folder of the work tree that holds `dir`; empty outside one.
  const std::string& top_level(const std::string& dir) {
    const auto [top, added] = top_levels_.try_emplace(dir);
    if (added) {
      const GitOutput shown = run_git(dir, {"rev-parse", "--show-toplevel"}, 4096);
      if (shown.status == 0 && shown.out.ends_with('\n')) {
        top->second = shown.out.substr(0, shown.out.size() - 1);
      }
    }
    return top->second;
  }

  /// The commit the revision names in the repository that holds `dir`, resolved once per
  /// repository; empty after a one-line error. The revision is resolved as given and then
  /// peeled to a commit, so that `:/message` (whose text would take in a `^{commit}`
  /// suffix) works like HEAD~1 or a tag.
  std::string commit_in(const std::string& dir, std::vector<std::string>& errors) {
    const std::string& top = top_level(dir);
    const auto [commit, added] = commits_.try_emplace(top);
    if (!added) {
      return commit->second;
    }
    const GitOutput object =
        run_git(dir, {"rev-parse", "--verify", "--quiet", "--end-of-options", revision_}, 4096);
    const std::string oid = object.status == 0 ? object.out.substr(0, object.out.find('\n')) : "";
    const GitOutput peeled =
        oid.empty() ? GitOutput{}
                    : run_git(dir, {"rev-parse", "--verify", "--quiet", oid + "^{commit}"}, 4096);
    if (peeled.status == 0 && peeled.out.ends_with('\n')) {
      commit->second = peeled.out.substr(0, peeled.out.find('\n'));
    } else {
      errors.push_back(
          fmt::format("unknown revision '{}' in the repository of '{}'", revision_, dir));
    }
    return commit->second;
  }

  std::string revision_;
  std::uint64_t max_bytes_;
  std::map<std::string, bool> usable_;
  std::map<std::string, std::string> top_levels_; ///< by folder
  std::map<std::string, std::string> commits_;    ///< by top folder of a work tree
  std::optional<std::string> here_;               ///< top folder of the current directory
};

using VersionsByPath = std::map<std::string, Versions>; // by normalised path: sorted output

// The plans one path names now (read from disk) and at the revision (named by git).
void collect_path(const std::string& path, GitHistory& git, const DiffOptions& options,
                  const Streams& io, VersionsByPath& files, std::vector<std::string>& errors) {
  std::error_code error;
  if (path == "-" || path.find_first_of("*?[") != std::string::npos) {
    errors.push_back(fmt::format("--since compares files and folders with git, not '{}'; name "
                                 "them (the shell expands a glob)",
                                 path));
    return;
  }
  const bool directory = fs::is_directory(path, error);
  if (!git.usable(directory ? path : existing_base(path).first, errors)) {
    return;
  }
  const bool exists = directory || fs::exists(fs::symlink_status(path, error));
  // A folder now, or a path that is gone (it may have been a folder): git lists its plans.
  const std::vector<std::string> old =
      directory || !exists ? git.plans_under(path, errors) : std::vector<std::string>{};
  for (const std::string& file : old) {
    files[file].before_name = file;
  }
  if (!directory && old.empty()) {
    files[normal(path)].before_name = path;
  }
  if (!exists) {
    return;
  }
  Inputs now = read_plan_inputs({path}, io, options.max_file_size);
  // A folder whose plans were all deleted since is a change, not "no plans found".
  if (!(now.plans.empty() && !old.empty() && now.errors.size() == 1)) {
    errors.insert(errors.end(), now.errors.begin(), now.errors.end());
  }
  for (PlanInput& input : now.plans) {
    Versions& entry = files[normal(input.name)];
    entry.after_name = input.name;
    entry.after = std::move(input.text);
    entry.search_dir = input.search_dir;
  }
}

// --since: every plan the paths name now, and every plan they named at the revision.
std::vector<Versions> versions_since(const DiffOptions& options, const Streams& io,
                                     std::vector<std::string>& errors) {
  GitHistory git(options.since, options.max_file_size);
  VersionsByPath files;
  for (const std::string& path : options.paths) {
    collect_path(path, git, options, io, files, errors);
  }
  std::vector<Versions> result;
  for (auto& [key, entry] : files) {
    const std::string name = entry.after_name.empty() ? entry.before_name : entry.after_name;
    bool failed = false;
    entry.before = git.show(name, errors, failed);
    if (failed) {
      continue;
    }
    entry.before_name =
        git.label(name) + ":" + (entry.before_name.empty() ? name : entry.before_name);
    if (entry.after_name.empty()) {
      entry.after_name = key;
      entry.search_dir = fs::path(key).parent_path().string();
    }
    if (entry.before || entry.after) {
      result.push_back(std::move(entry));
    } else {
      errors.push_back(fmt::format("'{}' exists neither now nor at {}", name, git.revision()));
    }
  }
  return result;
}

// OLD NEW: two files (either may be `-`).
std::vector<Versions> versions_of_two(const DiffOptions& options, const Streams& io,
                                      std::vector<std::string>& errors) {
  Inputs before = read_plan_inputs({options.paths[0]}, io, options.max_file_size);
  Inputs after = read_plan_inputs({options.paths[1]}, io, options.max_file_size);
  errors.insert(errors.end(), before.errors.begin(), before.errors.end());
  errors.insert(errors.end(), after.errors.begin(), after.errors.end());
  if (before.plans.size() != 1 || after.plans.size() != 1) {
    if (errors.empty()) {
      errors.emplace_back("most diff OLD NEW compares two plan files; for folders use --since");
    }
    return {};
  }
  Versions versions;
  versions.before_name = before.plans[0].name;
  versions.after_name = after.plans[0].name;
  versions.before = std::move(before.plans[0].text);
  versions.after = std::move(after.plans[0].text);
  versions.search_dir = after.plans[0].search_dir;
  return {std::move(versions)};
}

// Loads one version; a text that is not a plan is a one-line error and no comparison.
std::optional<Plan> load_version(const std::optional<std::string>& text, const std::string& name,
                                 std::vector<std::string>& errors, bool& failed) {
  if (!text) {
    return std::nullopt;
  }
  LoadResult loaded = load_plan(*text, name);
  if (!loaded.ok) {
    failed = true;
    errors.push_back(unloadable_reason("compare", name, loaded.diagnostics));
    return std::nullopt;
  }
  return std::move(loaded.plan);
}

bool fails_on(const DiffOptions& options, const std::vector<PlanDiff>& diffs) {
  const auto wanted = [&](std::string_view name) {
    return std::any_of(options.fail_on.begin(), options.fail_on.end(),
                       [&](const std::string& kind) {
                         return kind == name || (kind == "slip" && name == "slipped");
                       });
  };
  return std::any_of(diffs.begin(), diffs.end(), [&](const PlanDiff& diff) {
    return std::any_of(diff.changes.begin(), diff.changes.end(),
                       [&](const Change& change) { return wanted(change_name(change.kind)); });
  });
}

} // namespace

int run_diff(const DiffOptions& options, Streams io) {
  if (!options.since.empty() && options.paths.empty()) {
    DiffOptions here = options;
    here.paths.emplace_back("."); // `most diff --since REV`: the plans below here
    return run_diff(here, io);
  }
  DiffReport report;
  report.since = options.since;
  if (!resolve_as_of(options.as_of, report.as_of, io.err)) {
    return kFailure;
  }
  if (options.since.empty() && options.paths.size() != 2) {
    print_error(io.err, "most diff compares two plans: most diff OLD NEW, or most diff --since "
                        "REV [FILE|DIR]...");
    return kFailure;
  }
  std::vector<std::string> errors;
  std::vector<Versions> versions = options.since.empty() ? versions_of_two(options, io, errors)
                                                         : versions_since(options, io, errors);
  ConfigFinder configs(options.config, options.max_file_size, io.plans_read);
  bool error_findings = false;
  for (Versions& entry : versions) {
    bool failed = false;
    const std::optional<Plan> before =
        load_version(entry.before, entry.before_name, errors, failed);
    const std::optional<Plan> after = load_version(entry.after, entry.after_name, errors, failed);
    const Config* config = configs.for_directory(entry.search_dir, errors);
    if (failed || config == nullptr) {
      continue;
    }
    PlanDiff diff = diff_versions(before ? &*before : nullptr, after ? &*after : nullptr,
                                  report.as_of, *config);
    diff.before_name = entry.before_name;
    diff.after_name = entry.after_name;
    error_findings = error_findings ||
                     std::any_of(diff.findings.begin(), diff.findings.end(),
                                 [](const Diagnostic& d) { return d.severity == Severity::Error; });
    report.files.push_back(std::move(diff));
  }
  for (const std::string& error : errors) {
    print_error(io.err, error);
  }
  if (!errors.empty() && report.files.empty()) {
    return kFailure;
  }
  chosen_format(diff_formats(), options.format)
      .render(io.out, TextStyle{.color = use_color(options.color, io.terminal)}, report);
  if (!errors.empty()) {
    return kFailure;
  }
  return error_findings || fails_on(options, report.files) ? kFindings : kSuccess;
}

} // namespace most::cli
