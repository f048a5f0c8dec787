// Checking an open document with the one library call the command line makes, `check()`:
// only where the texts come from differs.

#include "documents.hpp"

#include <most/inputs.hpp>

#include <algorithm>
#include <filesystem>

namespace most::lsp {

namespace fs = std::filesystem;

const Plan* Analysis::plan() const {
  return !checked.loaded.empty() && checked.loaded.front() ? &checked.plans.front() : nullptr;
}

const std::vector<Diagnostic>& Analysis::diagnostics() const {
  static const std::vector<Diagnostic> kNone;
  return checked.files.empty() ? kNone : checked.files.front().diagnostics;
}

Document* Documents::find(const std::string& uri) {
  const auto found = by_uri_.find(uri);
  return found == by_uri_.end() ? nullptr : &found->second;
}

const Document* Documents::find_path(const std::string& path) const {
  const std::string wanted = fs::path(path).lexically_normal().string();
  for (const auto& [uri, document] : by_uri_) {
    if (document.path == wanted) {
      return &document;
    }
  }
  return nullptr;
}

Document& Documents::open(const std::string& uri) {
  Document& document = by_uri_[uri];
  document.uri = uri;
  document.path = document_path(uri);
  return document;
}

void Documents::close(const std::string& uri) { by_uri_.erase(uri); }

std::string document_path(const std::string& uri) {
  const std::string path = uri_to_path(uri);
  return path.starts_with('/') ? fs::path(path).lexically_normal().string() : path;
}

bool reads_file(const Analysis& analysis, const std::string& path) {
  const std::vector<const Plan*>& plans = analysis.checked.index.plans();
  return std::any_of(plans.begin(), plans.end(),
                     [&](const Plan* plan) { return document_path(plan->file) == path; });
}

std::shared_ptr<const Analysis> analyse(const Document& document, const Documents& documents,
                                        Date as_of, const ReferenceGuard& guard, bool read_files) {
  auto analysis = std::make_shared<Analysis>();
  analysis->as_of = as_of;
  // A fresh finder per check: a `.most.yaml` edited while the server runs applies at once.
  ConfigFinder configs("", kMaxPlanBytes);
  const Config* config = nullptr;
  if (read_files && document.path.starts_with('/')) {
    config =
        configs.for_directory(fs::path(document.path).parent_path().string(), analysis->errors);
  }
  std::vector<PlanSource> sources;
  sources.push_back(PlanSource{document.path, document.text, config, document.reading});
  CheckSettings settings;
  settings.as_of = as_of;
  settings.jobs = 1;
  settings.keep_readings = true;
  settings.references.refuse = guard;
  const PlanFileReader disk = referenced_plan_reader(kMaxPlanBytes, nullptr);
  settings.read_referenced = [&documents, &disk, read_files](const std::string& path,
                                                             std::string& text, std::string& why) {
    // What the user sees in the editor wins over what was last saved.
    if (const Document* open = documents.find_path(fs::absolute(path).string());
        open != nullptr && !open->too_large) {
      text = open->text;
      return true;
    }
    if (!read_files) {
      why = "only open documents are read";
      return false;
    }
    return disk(path, text, why);
  };
  analysis->checked = check(std::move(sources), settings);
  return analysis;
}

} // namespace most::lsp
