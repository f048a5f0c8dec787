#pragma once

// A plan file opened to be edited (SPEC §4.2): symbolic links followed to the real file, the
// text read under a lock that makes other `most` edits of the file wait, and the new text
// written atomically only while the file still holds what was read.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace most {

class PlanFile {
public:
  PlanFile(PlanFile&& other) noexcept;
  PlanFile& operator=(PlanFile&&) = delete;
  PlanFile(const PlanFile&) = delete;
  PlanFile& operator=(const PlanFile&) = delete;
  ~PlanFile();

  /// Opens `path` (a regular file, or a symbolic link to one), waits for other edits of it to
  /// end, and reads it whole. Nothing, and a one-line reason in `error`, when it is not a
  /// regular file, is larger than `max_bytes`, or cannot be read or locked.
  static std::optional<PlanFile> open(const std::string& path, std::uint64_t max_bytes,
                                      std::string& error);

  const std::string& text() const { return text_; }
  /// The file written: `path` with its symbolic links resolved.
  const std::string& real_path() const { return real_; }

  /// Replaces the file with `content` (atomically, keeping its mode). False, with nothing
  /// written and a one-line reason, when the file changed on disk since it was read (another
  /// program saved it) or cannot be written.
  bool replace(std::string_view content, std::string& error);

private:
  PlanFile(int fd, std::string shown, std::string real, std::string text)
      : fd_(fd), shown_(std::move(shown)), real_(std::move(real)), text_(std::move(text)) {}
  int fd_ = -1;
  std::string shown_; ///< as the user named it
  std::string real_;
  std::string text_;
};

} // namespace most
