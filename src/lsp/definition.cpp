// Go to definition on an `aligns_with` reference: the objective the plan index resolved it to,
// in an open document or on disk.

#include "features.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace most::lsp {

namespace {

// The reference of `plan` written at byte `at` of line `line` (1-based), or nullptr.
const Reference* reference_at(const Plan& plan, const LineMap& lines, int line, std::size_t at) {
  const Reference* found = nullptr;
  const auto look = [&](const std::vector<Reference>& references) {
    for (const Reference& reference : references) {
      if (reference.location.line == line && lines.offset(reference.location) <= at) {
        found = &reference; // the last one starting before the cursor on its line
      }
    }
  };
  look(plan.mission.aligns_with);
  for (const Objective& objective : plan.objectives) {
    look(objective.aligns_with);
  }
  return found;
}

// The text of the plan file `path`: the open document's, else the file's.
std::string text_of(const std::string& path, const Documents& documents) {
  if (const Document* open = documents.find_path(path); open != nullptr) {
    return open->text;
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

} // namespace

Json definition(const Document& document, Position at, const Documents& documents) {
  if (!document.analysis || document.analysis->plan() == nullptr) {
    return nullptr;
  }
  const LineMap lines(document.text);
  const Reference* reference = reference_at(*document.analysis->plan(), lines,
                                            static_cast<int>(at.line) + 1, lines.offset(at));
  if (reference == nullptr) {
    return nullptr;
  }
  const ResolvedReference& resolved = document.analysis->checked.index.resolve(*reference);
  if (resolved.plan == nullptr || resolved.objective == nullptr) {
    return nullptr;
  }
  const std::string path = std::filesystem::path(resolved.plan->file).lexically_normal().string();
  const std::string target = text_of(path, documents);
  const Position start = LineMap(target).position(resolved.objective->info.location);
  const std::string uri =
      path == document.path ? document.uri : path_to_uri(std::filesystem::absolute(path).string());
  return Json{{"uri", uri},
              {"range", Json{{"start", position_json(start)}, {"end", position_json(start)}}}};
}

} // namespace most::lsp
