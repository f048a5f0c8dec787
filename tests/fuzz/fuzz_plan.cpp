// libFuzzer target: arbitrary bytes through load → rules → every renderer, under ASan/UBSan.
// Build: CXX=clang++ cmake -S . -B build/fuzz -DMOST_FUZZ=ON && cmake --build build/fuzz
// Run:   build/fuzz/fuzz_plan -dict=tests/fuzz/yaml.dict CORPUS tests/fixtures/rules/*/
// A crash, leak, timeout or out-of-memory it finds goes into tests/fuzz/regressions/ (see
// the README there), where the unit tests replay it on every build.

#include "exercise.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const most::fuzz::Exercised result =
      most::fuzz::exercise(std::string_view(reinterpret_cast<const char*>(data), size));
  // A calendar that breaks RFC 5545's line rules is a finding of the fuzzer, like a crash.
  if (!result.calendar_problem.empty()) {
    std::fprintf(stderr, "calendar: %s\n", result.calendar_problem.c_str());
    __builtin_trap();
  }
  // A plan compared with itself has not changed.
  if (result.self_changes != 0) {
    std::fprintf(stderr, "diff: %zu changes between a plan and itself\n", result.self_changes);
    __builtin_trap();
  }
  // An edit that is accepted gives a plan (SPEC 4.2: proved before written).
  if (!result.edit_problem.empty()) {
    std::fprintf(stderr, "edit: %s\n", result.edit_problem.c_str());
    __builtin_trap();
  }
  // A version read from the one before gives what a whole read gives.
  if (!result.version_problem.empty()) {
    std::fprintf(stderr, "versions: %s\n", result.version_problem.c_str());
    __builtin_trap();
  }
  // Every report is UTF-8, and every JSON report parses (issue 16, item 7).
  if (!result.format_problem.empty()) {
    std::fprintf(stderr, "format: %s\n", result.format_problem.c_str());
    __builtin_trap();
  }
  // The model holds at most a small multiple of the input's text: aliases are budgeted in
  // bytes and inherited text is shared, not copied per item (issue 16, item 2).
  if (result.model_bytes > most::fuzz::kMaxModelBytesPerByte * size + most::fuzz::kModelSlack) {
    std::fprintf(stderr, "memory: %zu bytes of model text from %zu bytes of input\n",
                 result.model_bytes, size);
    __builtin_trap();
  }
  return 0;
}
