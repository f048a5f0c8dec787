#include <most/output.hpp>

#include <fmt/format.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace most {

namespace {

namespace fs = std::filesystem;

std::string reason() { return std::strerror(errno); }

bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0 && errno == EINTR) {
      continue;
    }
    if (written <= 0) {
      return false;
    }
    content.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

// Closes a descriptor when it goes out of scope.
struct Descriptor {
  explicit Descriptor(int descriptor) : fd(descriptor) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor() {
    if (fd >= 0) {
      ::close(fd);
    }
  }
  int fd;
};

// The signals after which a named temporary file is removed before the process ends; the
// default action of each ends the process.
constexpr std::array kCleanupSignals{SIGTERM, SIGINT, SIGHUP, SIGXFSZ};

// The named temporary file to remove when a signal ends the process (async-signal-safe: a
// fixed buffer, only unlink, signal and raise in the handler).
std::array<char, 4096> g_temporary{};
volatile std::sig_atomic_t g_have_temporary = 0;

extern "C" void remove_temporary_and_die(int sig) {
  if (g_have_temporary != 0) {
    ::unlink(g_temporary.data());
  }
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

// While alive, a signal that would end the process first removes the named temporary file.
// Signals that are ignored (`nohup`, `trap '' XFSZ`) stay ignored.
class CleanupOnSignal {
public:
  explicit CleanupOnSignal(const std::string& temporary) {
    if (temporary.size() >= g_temporary.size()) {
      return;
    }
    std::memcpy(g_temporary.data(), temporary.c_str(), temporary.size() + 1);
    g_have_temporary = 1;
    for (std::size_t i = 0; i < kCleanupSignals.size(); ++i) {
      struct sigaction action {};
      action.sa_handler = remove_temporary_and_die;
      sigemptyset(&action.sa_mask);
      ::sigaction(kCleanupSignals.at(i), nullptr, &previous_.at(i));
      if (previous_.at(i).sa_handler != SIG_IGN) {
        ::sigaction(kCleanupSignals.at(i), &action, nullptr);
      }
    }
    installed_ = true;
  }
  CleanupOnSignal(const CleanupOnSignal&) = delete;
  CleanupOnSignal& operator=(const CleanupOnSignal&) = delete;
  ~CleanupOnSignal() {
    if (!installed_) {
      return;
    }
    for (std::size_t i = 0; i < kCleanupSignals.size(); ++i) {
      ::sigaction(kCleanupSignals.at(i), &previous_.at(i), nullptr);
    }
    g_have_temporary = 0;
  }

private:
  std::array<struct sigaction, kCleanupSignals.size()> previous_{};
  bool installed_ = false;
};

// Holds off the signals of kCleanupSignals while alive: between linking the finished file
// under a temporary name and renaming it into place, only SIGKILL can stop most.
class BlockSignals {
public:
  BlockSignals() {
    sigset_t set;
    sigemptyset(&set);
    for (const int sig : kCleanupSignals) {
      sigaddset(&set, sig);
    }
    ::sigprocmask(SIG_BLOCK, &set, &previous_);
  }
  BlockSignals(const BlockSignals&) = delete;
  BlockSignals& operator=(const BlockSignals&) = delete;
  ~BlockSignals() { ::sigprocmask(SIG_SETMASK, &previous_, nullptr); }

private:
  sigset_t previous_{};
};

// What the file to replace was: its mode and owner are kept.
struct OldFile {
  mode_t mode = 0;
  uid_t owner = 0;
  gid_t group = 0;
};

// Gives the new file the old one's owner and mode, or a new file's usual mode.
bool set_mode(int fd, const std::optional<OldFile>& old) {
  if (!old) {
    // A report is for others to read too (subject to the umask).
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return ::fchmod(fd, 0666 & ~mask) == 0;
  }
  // As root any owner can be kept; otherwise at least the group, where we belong to it. Owner
  // first: changing it clears the set-id bits, which the mode then restores.
  if (::fchown(fd, old->owner, old->group) != 0 && ::geteuid() == 0) {
    return false;
  }
  return ::fchmod(fd, old->mode & 07777U) == 0;
}

// A name beside `target` for a temporary file: `.NAME.most-XXXXXX`.
std::string temporary_pattern(const fs::path& target) {
  const fs::path dir = target.parent_path();
  return (dir / ("." + target.filename().string() + ".most-XXXXXX")).string();
}

// Makes the directory entry of a file just published durable (best effort).
void sync_directory(const fs::path& target) {
  const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  const Descriptor fd{::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
  if (fd.fd >= 0) {
    ::fsync(fd.fd);
  }
}

// Puts the named temporary file at `path`; with Existing::Keep only if nothing is there.
bool publish_named(const std::string& temporary, const std::string& path, Existing existing) {
  if (existing == Existing::Replace) {
    return std::rename(temporary.c_str(), path.c_str()) == 0;
  }
  // link() refuses an existing name atomically; file systems without hard links get
  // renameat2's RENAME_NOREPLACE, which does the same.
  if (::link(temporary.c_str(), path.c_str()) == 0) {
    ::unlink(temporary.c_str());
    return true;
  }
  if (errno != EPERM && errno != EOPNOTSUPP && errno != ENOSYS) {
    return false;
  }
  return ::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) == 0;
}

std::string exists_error(const std::string& path) {
  return fmt::format("'{}' exists already; most never overwrites it (name a new file)", path);
}

// The fallback where the file system has no O_TMPFILE: a named temporary file, removed on
// failure and on the signals that usually end a process.
bool write_named(const std::string& path, std::string_view content,
                 const std::optional<OldFile>& old, Existing existing, std::string& error) {
  const std::string pattern = temporary_pattern(path);
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  std::optional<CleanupOnSignal> cleanup;
  int fd = -1;
  {
    const BlockSignals quiet; // no signal between creating the file and arranging its removal
    fd = ::mkstemp(name.data());
    if (fd >= 0) {
      cleanup.emplace(std::string(name.data()));
    }
  }
  if (fd < 0) {
    error = fmt::format("cannot write '{}': {}", path, reason());
    return false;
  }
  const std::string temporary(name.data());
  const bool ok = write_all(fd, content) && set_mode(fd, old) && ::fsync(fd) == 0;
  const std::string failure = ok ? std::string{} : reason();
  const bool closed = ::close(fd) == 0;
  if (!ok || !closed || !publish_named(temporary, path, existing)) {
    error = !ok || !closed || errno != EEXIST
                ? fmt::format("cannot write '{}': {}", path, failure.empty() ? reason() : failure)
                : exists_error(path);
    ::unlink(temporary.c_str());
    return false;
  }
  sync_directory(path);
  return true;
}

// Tests set this to take the named-temporary-file path on file systems that have O_TMPFILE.
bool named_temporary_forced() {
  const char* forced = std::getenv("MOST_TEST_NAMED_TEMPORARY");
  return forced != nullptr && *forced == '1';
}

enum class Unnamed { Written, Failed, Unsupported };

// An unnamed file (O_TMPFILE) that gets a name only once it is complete: a signal, even
// SIGKILL, leaves nothing behind (but for SIGKILL in the instant between link and rename).
// Unsupported where the file system or /proc does not allow it, before anything is written
// at `path`.
Unnamed write_unnamed(const std::string& path, std::string_view content,
                      const std::optional<OldFile>& old, Existing existing, std::string& error) {
  const fs::path dir =
      fs::path(path).parent_path().empty() ? fs::path(".") : fs::path(path).parent_path();
  const Descriptor fd{::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600)};
  if (fd.fd < 0) {
    if (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL) {
      return Unnamed::Unsupported;
    }
    error = fmt::format("cannot write '{}': {}", path, reason());
    return Unnamed::Failed;
  }
  if (!write_all(fd.fd, content) || !set_mode(fd.fd, old) || ::fsync(fd.fd) != 0) {
    error = fmt::format("cannot write '{}': {}", path, reason());
    return Unnamed::Failed;
  }
  const std::string self = fmt::format("/proc/self/fd/{}", fd.fd);
  if (existing == Existing::Keep) {
    if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, path.c_str(), AT_SYMLINK_FOLLOW) == 0) {
      sync_directory(path);
      return Unnamed::Written;
    }
    if (errno == EEXIST) {
      error = exists_error(path);
      return Unnamed::Failed;
    }
    return errno == ENOENT || errno == EPERM || errno == EOPNOTSUPP ? Unnamed::Unsupported
                                                                    : Unnamed::Failed;
  }
  // A name can only be linked where none is, so the file is linked beside the target and
  // renamed over it; signals wait meanwhile.
  const BlockSignals quiet;
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string temporary = temporary_pattern(path);
    temporary.replace(temporary.size() - 6, 6,
                      fmt::format("{:06x}", (static_cast<unsigned>(::getpid()) * 7919U +
                                             static_cast<unsigned>(attempt)) &
                                                0xffffffU));
    if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, temporary.c_str(), AT_SYMLINK_FOLLOW) != 0) {
      if (errno == EEXIST) {
        continue;
      }
      if (errno == ENOENT || errno == EPERM || errno == EOPNOTSUPP) {
        return Unnamed::Unsupported;
      }
      error = fmt::format("cannot write '{}': {}", path, reason());
      return Unnamed::Failed;
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
      error = fmt::format("cannot write '{}': {}", path, reason());
      ::unlink(temporary.c_str());
      return Unnamed::Failed;
    }
    sync_directory(path);
    return Unnamed::Written;
  }
  return Unnamed::Unsupported;
}

// Whether `path` leads through /proc or /dev (`/dev/stdout`, `/proc/self/fd/1`, a symbolic
// link to one): such a name stands for a descriptor or a device, never for a file to replace.
bool names_special_file(const std::string& path) {
  std::error_code ec;
  fs::path here = fs::absolute(path, ec).lexically_normal();
  constexpr int kMaxLinks = 40;
  for (int links = 0; links < kMaxLinks && !ec; ++links) {
    const std::string text = here.string();
    if (text.starts_with("/proc/") || text.starts_with("/dev/")) {
      return true;
    }
    if (!fs::is_symlink(fs::symlink_status(here, ec))) {
      return false;
    }
    const fs::path target = fs::read_symlink(here, ec);
    here = (target.is_absolute() ? target : here.parent_path() / target).lexically_normal();
  }
  return false;
}

// Writes straight into a device, a named pipe or a descriptor's name: there is no file to
// replace. A pipe nobody reads is an error rather than a wait without end.
bool write_through(const std::string& path, bool regular, std::string_view content,
                   std::string& error) {
  const int flags = O_WRONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK | (regular ? O_TRUNC : 0);
  const Descriptor fd{::open(path.c_str(), flags)};
  if (fd.fd < 0) {
    error = errno == ENXIO
                ? fmt::format("cannot write '{}': it is a named pipe that nobody reads", path)
                : fmt::format("cannot write '{}': {}", path, reason());
    return false;
  }
  const int status = ::fcntl(fd.fd, F_GETFL);
  if (status < 0 || ::fcntl(fd.fd, F_SETFL, status & ~O_NONBLOCK) != 0 ||
      !write_all(fd.fd, content)) {
    error = fmt::format("cannot write '{}': {}", path, reason());
    return false;
  }
  return true;
}

} // namespace

bool write_atomically(const std::string& path, std::string_view content, std::string& error,
                      Existing existing) {
  std::string target = path;
  std::optional<OldFile> old;
  if (existing == Existing::Replace) {
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0) {
      if (S_ISDIR(info.st_mode)) {
        error = fmt::format("cannot write '{}': it is a directory; name a file", path);
        return false;
      }
      if (S_ISBLK(info.st_mode)) { // a disk: a report written there would destroy it
        error = fmt::format("cannot write '{}': it is a block device; name a file", path);
        return false;
      }
      if (!S_ISREG(info.st_mode) || names_special_file(path)) {
        return write_through(path, S_ISREG(info.st_mode), content, error);
      }
      // A symbolic link to a report: the report is replaced, the link kept.
      std::error_code ec;
      if (fs::is_symlink(fs::symlink_status(path, ec))) {
        target = fs::canonical(path, ec).string();
        if (ec) {
          target = path;
        }
      }
      old = OldFile{info.st_mode, info.st_uid, info.st_gid};
    } else if (errno != ENOENT) {
      error = fmt::format("cannot write '{}': {}", path,
                          errno == ELOOP ? "a loop of symbolic links" : reason());
      return false;
    }
  }
  if (!named_temporary_forced()) {
    switch (write_unnamed(target, content, old, existing, error)) {
    case Unnamed::Written:
      return true;
    case Unnamed::Failed:
      return false;
    case Unnamed::Unsupported:
      break;
    }
  }
  return write_named(target, content, old, existing, error);
}

} // namespace most
