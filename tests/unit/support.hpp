#pragma once

// Helpers shared by the tests that compare files with golden outputs.

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace most::test {

/// The whole file, bytes as they are.
inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// MOST_UPDATE_GOLDEN=1: rewrite golden files instead of comparing (review the diff!).
inline bool updating_golden() {
  const char* value = std::getenv("MOST_UPDATE_GOLDEN");
  return value != nullptr && std::string_view(value) == "1";
}

/// The entries of `dir`, sorted, so tests run and report in a stable order.
inline std::vector<std::filesystem::path> sorted_entries(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> entries;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    entries.push_back(entry.path());
  }
  std::sort(entries.begin(), entries.end());
  return entries;
}

} // namespace most::test
