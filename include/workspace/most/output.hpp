#pragma once

// Writing a report to a file so that readers only ever see the old file or the whole new one.

#include <span>
#include <string>
#include <string_view>

namespace most {

/// What to do when the file to write exists already.
enum class Existing {
  Replace, ///< reports: the new one takes the old one's place
  Keep,    ///< `most init`: never overwrite; fail instead
};

/// Writes `content` to `path` so that readers see the old file or the whole new one: the new
/// file is written unnamed (O_TMPFILE; where the file system lacks it, under a temporary name
/// that is removed on failure and on SIGTERM, SIGINT, SIGHUP and SIGXFSZ), flushed to disk,
/// then renamed over `path` (or, with `Existing::Keep`, linked to `path`, which fails if it
/// exists, even when another process creates it meanwhile). A file replaced keeps its mode
/// (and owner, as root); a symbolic link to a regular file keeps pointing at the new one; the
/// name is replaced, so other hard links to the old file keep the old content. A character
/// device, a named pipe or a name under /dev or /proc (`/dev/stdout`) is written straight
/// through; a directory or a block device is refused. False (and a one-line reason in `error`) on
/// failure, with nothing left behind and `path` untouched.
bool write_atomically(const std::string& path, std::string_view content, std::string& error,
                      Existing existing = Existing::Replace);

/// One file of a folder written whole: its path below the folder ('/'-separated, relative,
/// without "..") and its content.
struct FolderFile {
  std::string path;
  std::string content;
};

/// The file that marks a folder as written by `write_folder_atomically`, so that a later run
/// may replace it; a folder without it is never replaced.
inline constexpr std::string_view kFolderMarker = ".most-site";

/// Writes `files` as the folder `path`: built in a hidden sibling folder, then renamed into
/// place (exchanged with the old folder where the kernel can, so the name never lacks a
/// folder), the old one removed. Refused, with nothing written: a `path` that is a symbolic
/// link, exists and is not a folder (a file, a device), or is a folder that is neither empty nor
/// marked. False (and a one-line reason in `error`) on failure, with `path` untouched.
bool write_folder_atomically(const std::string& path, std::span<const FolderFile> files,
                             std::string& error);

} // namespace most
