// `most site -o DIR`: a whole folder replaced at once, so that a web server (or a person)
// sees the old site or the new one, never half of each, and nothing but a folder we wrote
// is ever replaced.

#include <most/output.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace most {

namespace {

namespace fs = std::filesystem;

std::string reason() { return std::strerror(errno); }

// A path below the folder that cannot leave it or name a hidden file the marker could be.
bool contained(std::string_view path) {
  if (path.empty() || path.front() == '/') {
    return false;
  }
  const fs::path parts(path);
  return std::ranges::all_of(parts, [](const fs::path& part) {
    return !part.empty() && part != "." && part != ".." && part.string().front() != '.';
  });
}

bool write_file(const fs::path& path, std::string_view content, std::string& error) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) {
    error = fmt::format("cannot write '{}': {}", path.string(), reason());
    return false;
  }
  bool ok = true;
  while (ok && !content.empty()) {
    const ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0 && errno == EINTR) {
      continue;
    }
    ok = written > 0;
    if (ok) {
      content.remove_prefix(static_cast<std::size_t>(written));
    }
  }
  ok = ::fsync(fd) == 0 && ok;
  ok = ::close(fd) == 0 && ok;
  if (!ok) {
    error = fmt::format("cannot write '{}': {}", path.string(), reason());
  }
  return ok;
}

// Whether `path` may be (re)written; says why not in `error`. `exists` tells whether there is
// an old folder to replace.
bool may_write(const std::string& path, bool& exists, std::string& error) {
  struct stat info {};
  if (::lstat(path.c_str(), &info) != 0) {
    exists = false;
    if (errno == ENOENT) {
      return true;
    }
    error = fmt::format("cannot write the site to '{}': {}", path, reason());
    return false;
  }
  exists = true;
  if (S_ISLNK(info.st_mode)) {
    error = fmt::format("not writing the site to '{}': it is a symbolic link; name the folder "
                        "itself",
                        path);
    return false;
  }
  if (!S_ISDIR(info.st_mode)) {
    error = fmt::format("not writing the site to '{}': it exists and is not a folder", path);
    return false;
  }
  std::error_code ec;
  if (fs::is_empty(path, ec) && !ec) {
    return true; // an empty folder loses nothing (`mkdir public` before the first run)
  }
  struct stat marker {};
  const std::string marker_path = (fs::path(path) / kFolderMarker).string();
  if (::lstat(marker_path.c_str(), &marker) != 0 || !S_ISREG(marker.st_mode)) {
    error = fmt::format("not replacing '{}': it is a folder that 'most site' did not write (it "
                        "has no {} file); choose a new or empty folder",
                        path, kFolderMarker);
    return false;
  }
  return true;
}

bool fill(const fs::path& folder, std::span<const FolderFile> files, std::string& error) {
  for (const FolderFile& file : files) {
    if (!contained(file.path)) {
      error = fmt::format("cannot write '{}' into the site: not a path inside it", file.path);
      return false;
    }
    const fs::path target = folder / file.path;
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    if (ec) {
      error = fmt::format("cannot create '{}': {}", target.parent_path().string(), ec.message());
      return false;
    }
    if (!write_file(target, file.content, error)) {
      return false;
    }
  }
  return write_file(folder / kFolderMarker,
                    "This folder was written by 'most site'; the next 'most site -o' with this "
                    "folder replaces it whole.\n",
                    error);
}

// Puts `fresh` where `path` is: exchanged with the old folder where the kernel can, else by
// moving the old one aside first. The old folder ends up at `fresh`'s name, to be removed.
bool move_into_place(const std::string& fresh, const std::string& path, bool exists,
                     std::string& error) {
  if (!exists) {
    if (std::rename(fresh.c_str(), path.c_str()) == 0) {
      return true;
    }
  } else if (::renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, path.c_str(), RENAME_EXCHANGE) == 0) {
    return true;
  } else if (errno == EINVAL || errno == ENOSYS) {
    const std::string aside = fresh + ".old";
    if (std::rename(path.c_str(), aside.c_str()) == 0) {
      if (std::rename(fresh.c_str(), path.c_str()) == 0 &&
          std::rename(aside.c_str(), fresh.c_str()) == 0) {
        return true;
      }
      const int saved = errno;
      std::rename(aside.c_str(), path.c_str()); // put the old site back
      errno = saved;
    }
  }
  error = fmt::format("cannot write the site to '{}': {}", path, reason());
  return false;
}

} // namespace

bool write_folder_atomically(const std::string& path, std::span<const FolderFile> files,
                             std::string& error) {
  std::string target = path;
  while (target.size() > 1 && target.back() == '/') {
    target.pop_back();
  }
  bool exists = false;
  if (target.empty() || !may_write(target, exists, error)) {
    if (target.empty()) {
      error = "no folder given for the site";
    }
    return false;
  }
  const fs::path parent = fs::path(target).parent_path();
  std::string pattern = ((parent.empty() ? fs::path(".") : parent) /
                         fmt::format(".{}.most-new-XXXXXX", fs::path(target).filename().string()))
                            .string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    error = fmt::format("cannot write the site beside '{}': {}", target, reason());
    return false;
  }
  const std::string fresh = pattern;
  std::error_code ec;
  // mkdtemp makes a private folder; a site is for reading.
  fs::permissions(fresh,
                  fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                      fs::perms::others_read | fs::perms::others_exec,
                  ec);
  const bool ok = fill(fresh, files, error) && move_into_place(fresh, target, exists, error);
  fs::remove_all(fresh, ec); // what was built on failure, or the old site on success
  return ok;
}

} // namespace most
