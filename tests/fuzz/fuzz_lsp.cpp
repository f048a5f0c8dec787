// libFuzzer target: random bytes through the language server, in-process, under ASan/UBSan
// (tests/fuzz/exercise_lsp.hpp says how the bytes are used). A crash, a hang, or a reply that
// is not a JSON-RPC message is a finding.
// Build: CXX=clang++ cmake -S . -B build/fuzz -DMOST_FUZZ=ON && cmake --build build/fuzz
// Run:   build/fuzz/fuzz_lsp CORPUS tests/lsp/plans/ tests/fuzz/lsp-seeds/

#include "exercise_lsp.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string problem = most::fuzz::exercise_lsp(data, size);
  if (!problem.empty()) {
    std::fprintf(stderr, "%s\n", problem.c_str());
    __builtin_trap();
  }
  return 0;
}
