#pragma once

// Writing a report to a file so that readers only ever see the old file or the whole new one.

#include <string>
#include <string_view>

namespace most {

/// What to do when the file to write exists already.
enum class Existing {
  Replace, ///< reports: the new one takes the old one's place
  Keep,    ///< `most init`: never overwrite; fail instead
};

/// Writes `content` to `path` atomically: a temporary file in the same directory, flushed to
/// disk, then renamed over `path` (or, with `Existing::Keep`, linked to `path`, which fails if
/// it exists, even when another process creates it meanwhile). False (and a one-line reason in
/// `error`) on failure, with the temporary file removed and `path` untouched.
bool write_atomically(const std::string& path, std::string_view content, std::string& error,
                      Existing existing = Existing::Replace);

} // namespace most
