#include "cli/inputs.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fnmatch.h>
#include <istream>
#include <poll.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

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

// Standard input as a stream, read to at most `limit` bytes so that an endless one cannot
// exhaust memory.
bool read_stream(std::istream& stream, std::uint64_t limit, std::string& text, std::string& why) {
  std::string buffer(kReadChunk, '\0');
  while (stream.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) ||
         stream.gcount() > 0) {
    const auto count = static_cast<std::size_t>(stream.gcount());
    if (text.size() + count > limit) {
      why = too_large(limit);
      return false;
    }
    text.append(buffer.data(), count);
  }
  if (stream.bad()) {
    why = "read error";
    return false;
  }
  return true;
}

// How long a named pipe with no writer is given to get one.
constexpr int kPipeWriterWaitMs = 500;

// Reads an open descriptor to its end, at most `limit` bytes. It was opened non-blocking, so
// that opening a named pipe does not hang; a pipe whose writer is there but slow
// (`<(git show main:plan.yaml)`) is waited for as any reader of a pipe would, while one
// nobody opens for writing gets kPipeWriterWaitMs to find a writer and then is refused.
bool read_descriptor(int fd, bool pipe, std::uint64_t limit, std::string& text, std::string& why) {
  std::array<char, kReadChunk> buffer{};
  bool waited_for_writer = !pipe;
  for (;;) {
    const ssize_t count = ::read(fd, buffer.data(), buffer.size());
    if (count > 0) {
      if (text.size() + static_cast<std::size_t>(count) > limit) {
        why = too_large(limit);
        return false;
      }
      text.append(buffer.data(), static_cast<std::size_t>(count));
      waited_for_writer = true;
    } else if (count == 0 && waited_for_writer) {
      return true;
    } else if (count == 0) {
      // A pipe reads as ended both when its writer has closed it and before any writer has
      // opened it; poll tells them apart (a closed writer reports at once).
      waited_for_writer = true;
      pollfd wait{fd, POLLIN, 0};
      if (::poll(&wait, 1, kPipeWriterWaitMs) == 0) {
        why = "it is a named pipe that nobody writes to";
        return false;
      }
    } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
      pollfd wait{fd, POLLIN, 0};
      ::poll(&wait, 1, -1);
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

// Where a file to read came from: named on the command line, or found in a directory walk or
// a glob, where only regular files are plans (a FIFO called plan.yaml would block the run).
enum class Found { Named, Walked };

void read_file(const fs::path& path, const std::string& name, Found found, std::uint64_t limit,
               Inputs& inputs) {
  const auto fail = [&](std::string_view why) {
    inputs.errors.push_back(fmt::format("cannot read '{}': {}", name, why));
  };
  const FileDescriptor file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
  struct stat info {};
  if (file.fd < 0 || ::fstat(file.fd, &info) != 0) {
    fail(errno == ELOOP ? "a loop of symbolic links" : std::strerror(errno));
    return;
  }
  if (S_ISDIR(info.st_mode)) {
    fail("it is a directory");
    return;
  }
  const bool regular = S_ISREG(info.st_mode);
  if (!regular && found == Found::Walked) {
    fail(fmt::format("it is {}, not a plan file", file_kind(info.st_mode)));
    return;
  }
  // A regular file is measured before reading, so a huge one is refused at once. Pipes and
  // devices (/dev/zero) are cut off by the limit as they are read.
  if (regular && static_cast<std::uint64_t>(info.st_size) > limit) {
    fail(too_large(limit));
    return;
  }
  PlanInput plan{name, path.parent_path().empty() ? "." : path.parent_path().string(), {}};
  if (regular) {
    plan.text.reserve(static_cast<std::size_t>(info.st_size));
  }
  std::string why;
  if (!read_descriptor(file.fd, S_ISFIFO(info.st_mode), limit, plan.text, why)) {
    fail(why);
    return;
  }
  inputs.plans.push_back(std::move(plan));
  if (regular) {
    inputs.files.push_back({info.st_dev, info.st_ino});
  }
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
  read_file(path, path, Found::Named, max_bytes_, read);
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
