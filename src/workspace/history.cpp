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

namespace {

// The slots of `texts` each version of `file` takes, blobs new to the run queued in `wanted`.
struct BlobSlots {
  std::map<std::pair<detail::Repository*, std::string>, std::size_t> slots;
  std::map<detail::Repository*, std::vector<std::pair<std::string, std::size_t>>> wanted;
  std::map<std::size_t, std::string> file_of; ///< a slot's first file, for messages
};

std::size_t slot_of(detail::Repository* repo, const std::string& oid, const std::string& file,
                    CycleHistory& result, BlobSlots& blobs) {
  const auto [slot, added] = blobs.slots.try_emplace({repo, oid}, result.texts.size());
  if (added) {
    result.texts.emplace_back();
    blobs.wanted[repo].emplace_back(oid, slot->second);
    blobs.file_of[slot->second] = file;
  }
  return slot->second;
}

} // namespace

CycleHistory read_cycle(const HistoryRequest& request, Date as_of, std::istream& in,
                        std::vector<std::string>& errors) {
  detail::GitHistory git(request.revision, request.max_bytes);
  VersionsByPath files;
  for (const std::string& path : request.paths) {
    collect_path(path, git, request, in, files, errors);
  }
  CycleHistory result;
  BlobSlots blobs;
  std::vector<std::optional<std::string>> now;
  for (auto& [key, entry] : files) {
    const std::string name = entry.after_name.empty() ? entry.before_name : entry.after_name;
    detail::Repository* repo = git.cycle_of(name, errors);
    if (repo == nullptr) {
      continue;
    }
    PlanCycle cycle{name, {}, {}};
    bool failed = false;
    for (const detail::CycleCommit& commit : *repo->cycle) {
      const std::string oid = git.blob_at(*repo, name, commit.commit, errors, failed);
      cycle.days.push_back(commit.day);
      cycle.versions.push_back(
          oid.empty() ? std::nullopt : std::optional(slot_of(repo, oid, name, result, blobs)));
    }
    if (!failed) {
      result.files.push_back(std::move(cycle));
      now.push_back(std::move(entry.after));
    }
  }
  for (auto& [repo, wanted] : blobs.wanted) {
    std::vector<std::string> oids;
    for (const auto& [oid, slot] : wanted) {
      oids.push_back(oid);
    }
    std::vector<std::string> texts;
    const std::vector<BlobStatus> statuses = git.read_blobs(*repo, oids, texts);
    for (std::size_t i = 0; i < oids.size(); ++i) {
      result.texts[wanted[i].second] = std::move(texts[i]);
      if (statuses[i] != BlobStatus::read) {
        errors.push_back(fmt::format(
            "a version of '{}' since {} {}", blobs.file_of[wanted[i].second], request.revision,
            statuses[i] == BlobStatus::too_large ? "is larger than --max-file-size"
                                                 : "could not be read: git stopped answering"));
      }
    }
  }
  // The working tree's version last: the same bytes as the newest commit's take its slot.
  for (std::size_t f = 0; f < result.files.size(); ++f) {
    PlanCycle& cycle = result.files[f];
    const std::optional<std::size_t> last = cycle.versions.back();
    cycle.days.push_back(as_of);
    if (now[f] && last && result.texts[*last] == *now[f]) {
      cycle.versions.push_back(last);
    } else if (now[f]) {
      cycle.versions.emplace_back(result.texts.size());
      result.texts.push_back(std::move(*now[f]));
    } else {
      cycle.versions.emplace_back(std::nullopt);
    }
  }
  return result;
}

} // namespace most
