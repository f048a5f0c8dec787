#pragma once

// Writing a report to a file so that readers only ever see the old file or the whole new one.

#include <string>
#include <string_view>

namespace most::cli {

/// Writes `content` to `path` atomically: a temporary file in the same directory, flushed to
/// disk, then renamed over `path`. False (and a one-line reason in `error`) on failure, with
/// the temporary file removed and `path` untouched.
bool write_atomically(const std::string& path, std::string_view content, std::string& error);

} // namespace most::cli
