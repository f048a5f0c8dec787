// The language server's fuzz seeds (and any input the fuzzer once broke it with) replayed on
// every build, the sanitizer build included, through the fuzz target's own code.

#include "../fuzz/exercise_lsp.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

TEST_CASE("the language server's fuzz seeds run clean", "[fuzz]") {
  std::size_t replayed = 0;
  for (const char* folder : {"/tests/fuzz/lsp-seeds", "/tests/lsp/plans"}) {
    for (const auto& entry : fs::directory_iterator(std::string(MOST_SOURCE_DIR) + folder)) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream bytes;
      bytes << in.rdbuf();
      const std::string input = bytes.str();
      // Each seed in all three modes: as it is, and with each other first byte.
      for (const char mode : {'\0', '\1', '\2'}) {
        std::string variant = input;
        variant.insert(variant.begin(), mode);
        INFO(entry.path().string() << " in mode " << int(mode));
        CHECK(most::fuzz::exercise_lsp(reinterpret_cast<const std::uint8_t*>(variant.data()),
                                       variant.size()) == "");
        ++replayed;
      }
    }
  }
  CHECK(replayed >= 12);
}
