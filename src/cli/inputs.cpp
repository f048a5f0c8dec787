#include "cli/inputs.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fnmatch.h>
#include <fstream>
#include <istream>
#include <system_error>

namespace most::cli {

namespace fs = std::filesystem;

namespace {

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.size() > 1 && name.front() == '.';
}

bool is_plan_name(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

// Reads at most kMaxPlanBytes + 1 bytes so an endless stream cannot exhaust memory.
bool read_stream(std::istream& stream, std::string& text, std::string& why) {
  std::string buffer(64 * 1024, '\0');
  while (stream.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) ||
         stream.gcount() > 0) {
    text.append(buffer.data(), static_cast<std::size_t>(stream.gcount()));
    if (text.size() > kMaxPlanBytes) {
      why = fmt::format("larger than {} MiB; most refuses to read it", kMaxPlanBytes >> 20);
      return false;
    }
  }
  if (stream.bad()) {
    why = "read error";
    return false;
  }
  return true;
}

void read_file(const fs::path& path, const std::string& name, Inputs& inputs) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec) {
    inputs.errors.push_back(fmt::format("cannot read '{}': {}", name, ec.message()));
    return;
  }
  if (fs::is_directory(status)) {
    inputs.errors.push_back(fmt::format("cannot read '{}': it is a directory", name));
    return;
  }
  // Pipes and devices (`<(git show main:plan.yaml)`, /dev/stdin) are read like files; the
  // size cap in read_stream keeps an endless one such as /dev/zero from exhausting memory.
  std::ifstream stream(path, std::ios::binary);
  if (!stream) {
    inputs.errors.push_back(fmt::format("cannot read '{}': {}", name,
                                        std::error_code(errno, std::generic_category()).message()));
    return;
  }
  PlanInput plan{name, path.parent_path().empty() ? "." : path.parent_path().string(), {}};
  std::string why;
  if (!read_stream(stream, plan.text, why)) {
    inputs.errors.push_back(fmt::format("cannot read '{}': {}", name, why));
    return;
  }
  inputs.plans.push_back(std::move(plan));
}

// Collects plan files below `dir`. Symlinked directories are not followed (no loops), and a
// folder that cannot be listed is an error rather than silently skipped: a CI run that
// quietly checks fewer plans than it should is worse than one that fails.
void collect_plans(const fs::path& dir, std::vector<fs::path>& found,
                   std::vector<std::string>& errors) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::path& path = it->path();
    if (is_hidden(path)) {
      continue;
    }
    std::error_code kind_ec;
    if (it->is_directory(kind_ec) && !it->is_symlink(kind_ec)) {
      collect_plans(path, found, errors);
    } else if (is_plan_name(path) && !it->is_directory(kind_ec)) {
      found.push_back(path);
    }
  }
  if (ec) {
    errors.push_back(
        fmt::format("cannot read directory '{}': {}", dir.generic_string(), ec.message()));
  }
}

void read_directory(const fs::path& dir, Inputs& inputs) {
  std::vector<fs::path> found;
  const std::size_t errors_before = inputs.errors.size();
  collect_plans(dir, found, inputs.errors);
  if (found.empty() && inputs.errors.size() == errors_before) {
    // A mistyped directory must not pass CI as "no problems".
    inputs.errors.push_back(
        fmt::format("no plans (*.yaml or *.yml files) found under '{}'", dir.string()));
  }
  std::sort(found.begin(), found.end());
  for (const fs::path& path : found) {
    read_file(path, path.generic_string(), inputs);
  }
}

bool is_glob(std::string_view arg) { return arg.find_first_of("*?[") != std::string_view::npos; }

// Files below `dir`, `depth` levels deep, whose path matches `pattern` (shell rules: a
// wildcard never crosses a '/', hidden names are skipped).
void match_glob(const fs::path& dir, const std::string& pattern, int depth,
                std::vector<fs::path>& found) {
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    const fs::path& path = it->path();
    if (is_hidden(path)) {
      continue;
    }
    std::error_code kind_ec;
    std::string name = path.generic_string();
    if (name.starts_with("./")) {
      name.erase(0, 2); // a pattern without a folder is relative to the current one
    }
    if (depth > 1 && it->is_directory(kind_ec) && !it->is_symlink(kind_ec)) {
      match_glob(path, pattern, depth - 1, found);
    } else if (depth == 1 && !it->is_directory(kind_ec) &&
               ::fnmatch(pattern.c_str(), name.c_str(), FNM_PATHNAME) == 0) {
      found.push_back(name);
    }
  }
}

// Quoted globs ('plans/*.yaml') expand the way a shell would, in sorted order, so CI
// configurations that cannot rely on a shell still get a stable list.
void read_glob(const std::string& pattern, Inputs& inputs) {
  const std::size_t wildcard = pattern.find_first_of("*?[");
  const std::size_t slash = pattern.rfind('/', wildcard);
  const std::string base = slash == std::string::npos ? "." : pattern.substr(0, slash);
  const std::string rest = slash == std::string::npos ? pattern : pattern.substr(slash + 1);
  const int depth = 1 + static_cast<int>(std::count(rest.begin(), rest.end(), '/'));
  std::vector<fs::path> found;
  match_glob(base.empty() ? "/" : base, pattern, depth, found);
  if (found.empty()) {
    inputs.errors.push_back(fmt::format("no files match '{}'", pattern));
  }
  std::sort(found.begin(), found.end());
  for (const fs::path& path : found) {
    read_file(path, path.generic_string(), inputs);
  }
}

} // namespace

Inputs read_inputs(const std::vector<std::string>& paths, std::istream& in) {
  Inputs inputs;
  bool read_stdin = false;
  for (const std::string& arg : paths) {
    if (arg == "-" && read_stdin) {
      inputs.errors.push_back("'-' (standard input) is given more than once");
      continue;
    }
    if (arg == "-") {
      read_stdin = true;
      PlanInput plan{"<stdin>", ".", {}};
      std::string why;
      if (read_stream(in, plan.text, why)) {
        inputs.plans.push_back(std::move(plan));
      } else {
        inputs.errors.push_back(fmt::format("cannot read standard input: {}", why));
      }
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      read_directory(arg, inputs);
    } else if (is_glob(arg) && !fs::exists(arg, ec)) {
      read_glob(arg, inputs);
    } else {
      read_file(arg, arg, inputs);
    }
  }
  return inputs;
}

const Config* ConfigFinder::for_directory(const std::string& dir,
                                          std::vector<std::string>& errors) {
  if (!explicit_path_.empty()) {
    return load(explicit_path_, errors);
  }
  if (const auto cached = by_dir_.find(dir); cached != by_dir_.end()) {
    return cached->second;
  }
  std::error_code ec;
  fs::path here = fs::weakly_canonical(fs::absolute(dir, ec), ec);
  const Config* found = &defaults_;
  while (!here.empty()) {
    const fs::path candidate = here / ".most.yaml";
    if (fs::exists(candidate, ec)) {
      found = load(candidate.string(), errors);
      break;
    }
    if (here == here.parent_path()) {
      break;
    }
    here = here.parent_path();
  }
  by_dir_.emplace(dir, found);
  return found;
}

const Config* ConfigFinder::load(const std::string& path, std::vector<std::string>& errors) {
  if (const auto cached = by_file_.find(path); cached != by_file_.end()) {
    return cached->second.second ? &cached->second.first : nullptr;
  }
  Inputs read;
  read_file(path, path, read);
  std::pair<Config, bool> entry{Config{}, false};
  if (!read.errors.empty()) {
    errors.push_back(read.errors.front());
  } else {
    ConfigResult parsed = parse_config(read.plans.front().text, path);
    if (parsed.error.empty()) {
      entry = {std::move(parsed.config), true};
    } else {
      errors.push_back(parsed.error);
    }
  }
  const auto [it, inserted] = by_file_.emplace(path, std::move(entry));
  return it->second.second ? &it->second.first : nullptr;
}

} // namespace most::cli
