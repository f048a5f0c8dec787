#include <most/output.hpp>
#include <most/plan_file.hpp>

#include <fmt/format.h>

#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/file.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace most {

namespace {

namespace fs = std::filesystem;

// How long an edit waits for another edit of the same file before giving up.
constexpr auto kLockWait = std::chrono::seconds(20);

// Reads what `fd` holds, up to `max_bytes` (false past it or on a read error).
bool read_all(int fd, std::uint64_t max_bytes, std::string& text) {
  text.clear();
  std::array<char, 65536> buffer{};
  while (true) {
    const ssize_t got = ::read(fd, buffer.data(), buffer.size());
    if (got < 0 && errno == EINTR) {
      continue;
    }
    if (got < 0) {
      return false;
    }
    if (got == 0) {
      return true;
    }
    text.append(buffer.data(), static_cast<std::size_t>(got));
    if (text.size() > max_bytes) {
      return false;
    }
  }
}

} // namespace

PlanFile::PlanFile(PlanFile&& other) noexcept
    : fd_(other.fd_), shown_(std::move(other.shown_)), real_(std::move(other.real_)),
      text_(std::move(other.text_)) {
  other.fd_ = -1;
}

PlanFile::~PlanFile() {
  if (fd_ >= 0) {
    ::close(fd_); // releases the lock
  }
}

std::optional<PlanFile> PlanFile::open(const std::string& path, std::uint64_t max_bytes,
                                       std::string& error) {
  const auto deadline = std::chrono::steady_clock::now() + kLockWait;
  while (true) {
    std::error_code ec;
    const fs::path real = fs::canonical(path, ec);
    if (ec) {
      error =
          fmt::format("cannot edit '{}': {}", path,
                      ec == std::errc::too_many_symbolic_link_levels ? "a loop of symbolic links"
                                                                     : ec.message());
      return std::nullopt;
    }
    const int fd = ::open(real.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0) {
      error = fmt::format("cannot edit '{}': {}", path, std::strerror(errno));
      return std::nullopt;
    }
    PlanFile file(fd, path, real.string(), "");
    struct stat opened {};
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode)) {
      error = fmt::format("cannot edit '{}': it is not a regular file", path);
      return std::nullopt;
    }
    if (static_cast<std::uint64_t>(opened.st_size) > max_bytes) {
      error = fmt::format("cannot edit '{}': it is larger than {} bytes (--max-file-size)", path,
                          max_bytes);
      return std::nullopt;
    }
    // Another `most` edit holds the lock while it reads, proves and writes.
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      if (errno != EWOULDBLOCK && errno != EINTR) {
        error = fmt::format("cannot lock '{}': {}", path, std::strerror(errno));
        return std::nullopt;
      }
      if (std::chrono::steady_clock::now() > deadline) {
        error = fmt::format("another edit of '{}' has not finished in {} seconds; try again", path,
                            kLockWait.count());
        return std::nullopt;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    // The edit that held the lock replaced the file: lock the new one instead.
    struct stat now {};
    if (::stat(real.c_str(), &now) != 0 || now.st_ino != opened.st_ino ||
        now.st_dev != opened.st_dev) {
      continue;
    }
    if (!read_all(fd, max_bytes, file.text_)) {
      error = fmt::format("cannot read '{}': {}", path,
                          file.text_.size() > max_bytes ? "it grew past --max-file-size"
                                                        : std::strerror(errno));
      return std::nullopt;
    }
    return file;
  }
}

bool PlanFile::replace(std::string_view content, std::string& error) {
  // Another program (an editor) may have saved the file meanwhile: never overwrite its work.
  std::string now;
  const int fd = ::open(real_.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  struct stat info {};
  const bool same = fd >= 0 && ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) &&
                    read_all(fd, text_.size(), now) && now == text_;
  if (fd >= 0) {
    ::close(fd);
  }
  if (!same) {
    error = fmt::format("'{}' changed on disk while most was editing it; nothing was written — "
                        "run the command again",
                        shown_);
    return false;
  }
  if (!write_atomically(real_, content, error)) {
    return false;
  }
  text_ = std::string(content);
  return true;
}

} // namespace most
