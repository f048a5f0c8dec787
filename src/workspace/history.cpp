// `versions_since`: which versions `most diff --since` compares — every plan the paths name
// now and every plan they named at the revision — read from disk and from git.

#include "git_history.hpp"

#include <most/history.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <map>

namespace most {

namespace {

namespace fs = std::filesystem;

using VersionsByPath = std::map<std::string, PlanVersions>; // by normalised path: sorted output

// The plans one path names now (read from disk) and at the revision (named by git).
void collect_path(const std::string& path, detail::GitHistory& git, const HistoryRequest& request,
                  std::istream& in, VersionsByPath& files, std::vector<std::string>& errors) {
  std::error_code error;
  if (path == "-" || path.find_first_of("*?[") != std::string::npos) {
    errors.push_back(fmt::format("--since compares files and folders with git, not '{}'; name "
                                 "them (the shell expands a glob)",
                                 path));
    return;
  }
  const bool directory = fs::is_directory(path, error);
  if (!git.usable(directory ? path : detail::existing_base(path).first, errors)) {
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
    files[detail::normal_path(path)].before_name = path;
  }
  if (!exists) {
    return;
  }
  Inputs now = read_inputs({path}, in, request.max_bytes);
  if (request.inputs_read != nullptr) {
    request.inputs_read->insert(request.inputs_read->end(), now.files.begin(), now.files.end());
  }
  // A folder whose plans were all deleted since is a change, not "no plans found".
  if (!(now.plans.empty() && !old.empty() && now.errors.size() == 1)) {
    errors.insert(errors.end(), now.errors.begin(), now.errors.end());
  }
  for (PlanInput& input : now.plans) {
    PlanVersions& entry = files[detail::normal_path(input.name)];
    entry.after_name = input.name;
    entry.after = std::move(input.text);
    entry.search_dir = input.search_dir;
  }
}

} // namespace

std::vector<PlanVersions> versions_since(const HistoryRequest& request, std::istream& in,
                                         std::vector<std::string>& errors) {
  detail::GitHistory git(request.revision, request.max_bytes);
  VersionsByPath files;
  for (const std::string& path : request.paths) {
    collect_path(path, git, request, in, files, errors);
  }
  std::vector<std::string> names;
  for (const auto& [key, entry] : files) {
    names.push_back(entry.after_name.empty() ? entry.before_name : entry.after_name);
  }
  git.prefetch(names, errors);
  std::vector<PlanVersions> result;
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
    // The same bytes then and now: the plan is reported unchanged without being loaded.
    entry.unchanged = entry.before && entry.after && *entry.before == *entry.after;
    if (entry.before || entry.after) {
      result.push_back(std::move(entry));
    } else {
      errors.push_back(fmt::format("'{}' exists neither now nor at {}", name, git.revision()));
    }
  }
  return result;
}

} // namespace most
