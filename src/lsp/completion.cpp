// Completion by the key the cursor is the value of: owners from the rosters, the five
// statuses, rule names under `ignore:`, objectives for `aligns_with`.

#include "features.hpp"
#include "plan_items.hpp"

#include <most/load.hpp>
#include <most/rules.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace most::lsp {

namespace fs = std::filesystem;

namespace {

// Plans beside the document read for `aligns_with` targets, at most, and their largest size.
constexpr std::size_t kMaxNeighbours = 32;
constexpr std::uintmax_t kMaxNeighbourBytes = std::uintmax_t{1} << 20U;

// The key whose value the cursor (byte `at` of line `index`) is in: on this line, or for a list
// item the key of the nearest line above that is indented less.
std::string_view key_at(const LineMap& lines, std::size_t index, std::size_t at) {
  const LineKey here = line_key(lines.line(index));
  if (!here.key.empty() && at >= here.value_start) {
    return here.key;
  }
  if (!here.item) {
    return {};
  }
  for (std::size_t i = index; i-- > 0;) {
    const LineKey above = line_key(lines.line(i));
    if (above.indent < here.indent || (above.indent == here.indent && !above.item)) {
      return above.key;
    }
  }
  return {};
}

Json item(const std::string& label, int kind, const std::string& detail) {
  Json result{{"label", label}, {"kind", kind}};
  if (!detail.empty()) {
    result["detail"] = detail;
  }
  return result;
}

constexpr int kValue = 12;
constexpr int kEnumMember = 20;
constexpr int kReference = 18;

void add_owners(const Plan* plan, const Documents& documents, Json& items) {
  std::set<std::string> seen;
  const auto add_roster = [&](const Plan& p) {
    for (const TeamMember& member : p.team) {
      if (seen.insert(member.id).second) {
        std::string detail = member.name;
        detail += member.role.empty() ? "" : (detail.empty() ? "" : ", ") + member.role;
        items.push_back(item(member.id, kValue, detail));
      }
    }
  };
  if (plan != nullptr) {
    add_roster(*plan);
  }
  for (const auto& [uri, document] : documents.all()) {
    if (document.analysis && document.analysis->plan() != nullptr) {
      add_roster(*document.analysis->plan());
    }
  }
}

void add_objectives(const Plan& plan, const std::string& prefix, Json& items) {
  for (const Objective& objective : plan.objectives) {
    items.push_back(item(prefix + "#" + objective.info.id, kReference,
                         objective.statement ? *objective.statement : std::string()));
  }
}

// `#ID` of this plan, `PATH#ID` of the other open plans and of the plans beside this one.
void add_targets(const Document& document, const Documents& documents, Json& items) {
  if (const Plan* plan = document.analysis->plan()) {
    add_objectives(*plan, "", items);
  }
  const fs::path dir = fs::path(document.path).parent_path();
  std::set<std::string> done{document.path};
  for (const auto& [uri, other] : documents.all()) {
    if (done.insert(other.path).second && other.analysis && other.analysis->plan() != nullptr) {
      add_objectives(*other.analysis->plan(), fs::path(other.path).lexically_relative(dir).string(),
                     items);
    }
  }
  std::error_code ec;
  std::size_t read = 0;
  for (fs::directory_iterator it(dir.empty() ? fs::path(".") : dir, ec), end;
       !ec && it != end && read < kMaxNeighbours; it.increment(ec)) {
    const fs::path path = it->path();
    const std::string ext = path.extension().string();
    if ((ext != ".yaml" && ext != ".yml") || path.filename().string().starts_with(".") ||
        !it->is_regular_file(ec) || it->file_size(ec) > kMaxNeighbourBytes ||
        !done.insert(path.lexically_normal().string()).second) {
      continue;
    }
    ++read;
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    const LoadResult loaded = load_plan(text.str(), path.string());
    if (loaded.ok) {
      add_objectives(loaded.plan, path.filename().string(), items);
    }
  }
}

} // namespace

Json completion(const Document& document, Position at, const Documents& documents) {
  Json items = Json::array();
  if (!document.analysis) {
    return items;
  }
  const LineMap lines(document.text);
  const std::size_t byte = lines.offset(at) - lines.line_start(at.line);
  const std::string_view key = key_at(lines, at.line, byte);
  if (key == "owner") {
    add_owners(document.analysis->plan(), documents, items);
  } else if (key == "status") {
    for (const Status status :
         {Status::Todo, Status::Doing, Status::Done, Status::Blocked, Status::Dropped}) {
      items.push_back(item(std::string(status_name(status)), kEnumMember, ""));
    }
  } else if (key == "ignore" || key == "rule") {
    for (const RuleInfo& rule : all_rules()) {
      items.push_back(item(std::string(rule.name), kEnumMember, std::string(rule.summary)));
    }
  } else if (key == "aligns_with") {
    add_targets(document, documents, items);
  }
  return Json{{"isIncomplete", false}, {"items", std::move(items)}};
}

} // namespace most::lsp
