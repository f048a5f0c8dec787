#include <most/output.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace most {

namespace {

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

// Puts the finished temporary file at `path`; with Existing::Keep only if nothing is there.
bool publish(const std::string& temporary, const std::string& path, Existing existing) {
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

} // namespace

bool write_atomically(const std::string& path, std::string_view content, std::string& error,
                      Existing existing) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  // Same directory, so the final rename never crosses a file system and is atomic.
  std::string pattern = (dir / ("." + target.filename().string() + ".most-XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) {
    error = fmt::format("cannot write '{}': {}", path, reason());
    return false;
  }
  const std::string temporary(name.data());
  const bool ok = write_all(fd, content) && ::fsync(fd) == 0;
  const std::string failure = ok ? std::string{} : reason();
  // mkstemp creates 0600; a report is for others to read too (subject to the umask).
  const mode_t mask = ::umask(0);
  ::umask(mask);
  const bool permitted = ::fchmod(fd, 0666 & ~mask) == 0;
  const bool closed = ::close(fd) == 0 && permitted;
  if (!ok || !closed || !publish(temporary, path, existing)) {
    error =
        !ok || !closed || errno != EEXIST
            ? fmt::format("cannot write '{}': {}", path, failure.empty() ? reason() : failure)
            : fmt::format("'{}' exists already; most never overwrites it (name a new file)", path);
    ::unlink(temporary.c_str());
    return false;
  }
  return true;
}

} // namespace most
