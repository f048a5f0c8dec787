#include <most/inputs.hpp>
#include <most/load.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fnmatch.h>
#include <istream>
#include <memory>
#include <optional>
#include <poll.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace most {

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

std::string size_text(std::uint64_t bytes) {
  if (bytes % (1U << 20U) == 0) {
    return fmt::format("{} MiB", bytes >> 20U);
  }
  if (bytes % (1U << 10U) == 0) {
    return fmt::format("{} KiB", bytes >> 10U);
  }
  return fmt::format("{} bytes", bytes);
}

std::string too_large(std::uint64_t limit) {
  return fmt::format("larger than the {} limit; --max-file-size raises it", size_text(limit));
}

// Bytes read at a time.
constexpr std::size_t kReadChunk = std::size_t{64} * 1024;

// Adds `count` bytes to `text`, unless that would pass `limit`.
bool append_within(std::string& text, const char* data, std::size_t count, std::uint64_t limit,
                   std::string& why) {
  if (text.size() + count > limit) {
    why = too_large(limit);
    return false;
  }
  text.append(data, count);
  return true;
}

// Standard input as a stream, read to at most `limit` bytes so that an endless one cannot
// exhaust memory.
bool read_stream(std::istream& stream, std::uint64_t limit, std::string& text, std::string& why) {
  std::string buffer(kReadChunk, '\0');
  while (stream.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) ||
         stream.gcount() > 0) {
    if (!append_within(text, buffer.data(), static_cast<std::size_t>(stream.gcount()), limit,
                       why)) {
      return false;
    }
  }
  if (stream.bad()) {
    why = "read error";
    return false;
  }
  return true;
}

// How long a named pipe that reads as empty is given to get a writer.
constexpr int kPipeWriterWaitMs = 500;

// Waits until `fd` has data or its writer has closed it: 1, or 0 after `timeout_ms` (-1 waits
// for ever), or -1 with errno set.
int wait_readable(int fd, int timeout_ms) {
  for (;;) {
    pollfd wait{fd, POLLIN, 0};
    const int ready = ::poll(&wait, 1, timeout_ms);
    if (ready >= 0 || errno != EINTR) {
      return ready;
    }
  }
}

// Reads an open descriptor to its end, at most `limit` bytes. It was opened non-blocking, so
// that opening a named pipe does not hang. A pipe whose writer is there but slow
// (`<(git show main:plan.yaml)`) is waited for as any reader of a pipe would.
bool read_descriptor(int fd, bool pipe, std::uint64_t limit, std::string& text, std::string& why) {
  // A pipe reads as ended both after its writer closed it and before any writer opened it.
  enum class Writer { Known, Unknown, Absent };
  Writer writer = pipe ? Writer::Unknown : Writer::Known;
  std::array<char, kReadChunk> buffer{};
  for (;;) {
    const ssize_t count = ::read(fd, buffer.data(), buffer.size());
    if (count > 0) {
      if (!append_within(text, buffer.data(), static_cast<std::size_t>(count), limit, why)) {
        return false;
      }
      writer = Writer::Known;
    } else if (count == 0 && writer == Writer::Known) {
      return true;
    } else if (count == 0 && writer == Writer::Absent) {
      why = "it is a named pipe that nobody writes to";
      return false;
    } else if (count == 0) {
      // A writer that closed reports at once. After the wait, one more read tells a writer
      // that opened the pipe but has not written yet (EAGAIN) from none at all (end again).
      const int ready = wait_readable(fd, kPipeWriterWaitMs);
      if (ready < 0) {
        why = std::strerror(errno);
        return false;
      }
      writer = ready > 0 ? Writer::Known : Writer::Absent;
    } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
      writer = Writer::Known; // the pipe is held open for writing
      if (wait_readable(fd, -1) < 0) {
        why = std::strerror(errno);
        return false;
      }
    } else if (errno != EINTR) {
      why = std::strerror(errno);
      return false;
    }
  }
}

// What a file that is not a regular one is, for messages.
std::string_view file_kind(mode_t mode) {
  if (S_ISFIFO(mode)) {
    return "a named pipe";
  }
  if (S_ISSOCK(mode)) {
    return "a socket";
  }
  if (S_ISCHR(mode) || S_ISBLK(mode)) {
    return "a device";
  }
  return "not a regular file";
}

std::string open_error(int error) {
  return error == ELOOP ? "a loop of symbolic links" : std::strerror(error);
}

// Closes a descriptor when it goes out of scope.
struct FileDescriptor {
  explicit FileDescriptor(int descriptor) : fd(descriptor) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd >= 0) {
      ::close(fd);
    }
  }
  int fd;
};

// Where a file to read came from: named on the command line, or found in a directory walk, a
// glob or a configuration search, where only regular files count (a FIFO called plan.yaml
// must not block the run, and opening a device can have effects).
enum class Found { Named, Walked };

// Why a file of this kind and size is not read, if it is not.
std::optional<std::string> refusal(const struct stat& info, Found found, std::uint64_t limit) {
  if (S_ISDIR(info.st_mode)) {
    return "it is a directory";
  }
  if (!S_ISREG(info.st_mode) && found == Found::Walked) {
    return fmt::format("it is {}, not a regular file", file_kind(info.st_mode));
  }
  // A regular file is measured before reading, so a huge one is refused at once. Pipes and
  // devices (/dev/zero) are cut off by the limit as they are read.
  if (S_ISREG(info.st_mode) && static_cast<std::uint64_t>(info.st_size) > limit) {
    return too_large(limit);
  }
  return std::nullopt;
}

// Reads one file into `text`; false with `why` when it is refused or cannot be read. Regular
// files are added to `seen` even when refused or unreadable, so that --output never replaces
// them.
bool read_one(const fs::path& path, Found found, std::uint64_t limit, std::string& text,
              std::string& why, std::vector<FileIdentity>& seen) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    const int error = errno;
    struct stat link {};
    why = error == ENOENT && ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)
              ? "a symbolic link to nothing (its target does not exist)"
              : open_error(error);
    return false;
  }
  if (S_ISREG(info.st_mode)) {
    seen.push_back({info.st_dev, info.st_ino});
  }
  if (auto refused = refusal(info, found, limit)) {
    why = std::move(*refused);
    return false;
  }
  const FileDescriptor file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
  if (file.fd < 0 || ::fstat(file.fd, &info) != 0) {
    why = open_error(errno);
    return false;
  }
  if (auto refused = refusal(info, found, limit)) { // it may have been replaced meanwhile
    why = std::move(*refused);
    return false;
  }
  if (S_ISREG(info.st_mode)) {
    text.reserve(static_cast<std::size_t>(info.st_size));
  }
  return read_descriptor(file.fd, S_ISFIFO(info.st_mode), limit, text, why);
}

void read_file(const fs::path& path, const std::string& name, Found found, std::uint64_t limit,
               Inputs& inputs) {
  PlanInput plan{name, path.parent_path().empty() ? "." : path.parent_path().string(), {}};
  std::string why;
  if (!read_one(path, found, limit, plan.text, why, inputs.files)) {
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

void read_directory(const fs::path& dir, std::uint64_t limit, Inputs& inputs) {
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
    read_file(path, path.generic_string(), Found::Walked, limit, inputs);
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
      found.emplace_back(name);
    }
  }
}

// Quoted globs ('plans/*.yaml') expand the way a shell would, in sorted order, so CI
// configurations that cannot rely on a shell still get a stable list.
void read_glob(const std::string& pattern, std::uint64_t limit, Inputs& inputs) {
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
    read_file(path, path.generic_string(), Found::Walked, limit, inputs);
  }
}

} // namespace

PlanFileReader referenced_plan_reader(std::uint64_t max_bytes, std::vector<FileIdentity>* seen) {
  return [max_bytes, seen](const std::string& path, std::string& text, std::string& why) {
    std::vector<FileIdentity> files;
    const bool read = read_one(path, Found::Walked, max_bytes, text, why, files);
    if (seen != nullptr) {
      seen->insert(seen->end(), files.begin(), files.end());
    }
    return read;
  };
}

namespace {

// `path` made absolute, with symbolic links resolved as far as it exists.
fs::path resolved(const fs::path& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec).lexically_normal();
  fs::path canonical = fs::weakly_canonical(absolute, ec);
  if (ec) {
    return absolute;
  }
  return canonical.has_filename() ? canonical : canonical.parent_path();
}

bool is_inside(const fs::path& path, const fs::path& folder) {
  return std::mismatch(folder.begin(), folder.end(), path.begin(), path.end()).first ==
         folder.end();
}

// The work tree of the git repository that holds `dir`: the nearest folder with a `.git`
// folder. A `.git` file marks a submodule (or a linked work tree), whose plans may refer to
// the superproject's, so the search goes on past it; nullopt outside any work tree.
std::optional<fs::path> work_tree_of(fs::path dir) {
  std::error_code ec;
  std::optional<fs::path> found;
  for (;;) {
    const fs::file_status git = fs::symlink_status(dir / ".git", ec);
    if (fs::is_directory(git)) {
      return dir;
    }
    if (fs::exists(git)) {
      found = dir; // the outermost `.git` file so far: submodules nest
    }
    if (dir == dir.parent_path() || dir.empty()) {
      return found;
    }
    dir = dir.parent_path();
  }
}

} // namespace

std::function<std::string(const std::string& from, const std::string& path)>
reference_boundary(const std::string& root) {
  if (!root.empty()) {
    return [root, folder = resolved(root)](const std::string&, const std::string& path) {
      return is_inside(resolved(path), folder)
                 ? std::string{}
                 : fmt::format("'{}' is outside --root '{}', and references may not lead there",
                               path, root);
    };
  }
  auto trees = std::make_shared<std::map<std::string, std::optional<fs::path>>>();
  return [trees](const std::string& from, const std::string& path) {
    const fs::path from_dir = from == "<stdin>" ? fs::path(".") : fs::path(from).parent_path();
    const fs::path dir = resolved(from_dir.empty() ? fs::path(".") : from_dir);
    auto [tree, added] = trees->try_emplace(dir.string());
    if (added) {
      tree->second = work_tree_of(dir);
    }
    if (!tree->second || is_inside(resolved(path), *tree->second)) {
      return std::string{};
    }
    return fmt::format("'{}' is outside the git work tree that holds the plan, and references "
                       "may not lead there (--root DIR sets another limit)",
                       path);
  };
}

std::optional<FileIdentity> identify(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    return std::nullopt;
  }
  return FileIdentity{info.st_dev, info.st_ino};
}

Inputs read_inputs(const std::vector<std::string>& paths, std::istream& in,
                   std::uint64_t max_bytes) {
  Inputs inputs;
  bool read_stdin = false;
  for (const std::string& arg : paths) {
    if (arg == "-" && read_stdin) {
      inputs.errors.emplace_back("'-' (standard input) is given more than once");
      continue;
    }
    if (arg == "-") {
      read_stdin = true;
      // `- < plan.yaml` reads a plan too: remember it, so --output never replaces it.
      if (struct stat info{}; ::fstat(STDIN_FILENO, &info) == 0 && S_ISREG(info.st_mode)) {
        inputs.files.push_back({info.st_dev, info.st_ino});
      }
      PlanInput plan{"<stdin>", ".", {}};
      std::string why;
      if (read_stream(in, max_bytes, plan.text, why)) {
        inputs.plans.push_back(std::move(plan));
      } else {
        inputs.errors.push_back(fmt::format("cannot read standard input: {}", why));
      }
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      read_directory(arg, max_bytes, inputs);
    } else if (is_glob(arg) && !fs::exists(arg, ec)) {
      read_glob(arg, max_bytes, inputs);
    } else {
      read_file(arg, arg, Found::Named, max_bytes, inputs);
    }
  }
  return inputs;
}

const Config* ConfigFinder::for_directory(const std::string& dir,
                                          std::vector<std::string>& errors) {
  if (!explicit_path_.empty()) {
    return load(explicit_path_, /*searched=*/false, errors);
  }
  if (const auto cached = by_dir_.find(dir); cached != by_dir_.end()) {
    return cached->second;
  }
  std::error_code ec;
  fs::path here = fs::weakly_canonical(fs::absolute(dir, ec), ec);
  const Config* found = &defaults_;
  while (!here.empty()) {
    const fs::path candidate = here / ".most.yaml";
    // A dangling symbolic link or a loop is there too: it is an error, not "no configuration
    // here", which would quietly use the parent folder's.
    if (fs::exists(fs::symlink_status(candidate, ec))) {
      found = load(candidate.string(), /*searched=*/true, errors);
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

const Config* ConfigFinder::load(const std::string& path, bool searched,
                                 std::vector<std::string>& errors) {
  if (const auto cached = by_file_.find(path); cached != by_file_.end()) {
    return cached->second.second ? &cached->second.first : nullptr;
  }
  Inputs read;
  read_file(path, path, searched ? Found::Walked : Found::Named, max_bytes_, read);
  if (seen_ != nullptr) {
    seen_->insert(seen_->end(), read.files.begin(), read.files.end());
  }
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

} // namespace most
