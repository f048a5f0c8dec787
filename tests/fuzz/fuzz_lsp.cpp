// libFuzzer target: random bytes through the language server, in-process, under ASan/UBSan.
// The first byte picks how the rest is used: as a raw protocol stream (frames, headers,
// garbage), as one JSON-RPC message to a server with a plan open, or as a plan's text that is
// opened, changed, hovered, completed, fixed and closed at positions the bytes choose.
// Build: CXX=clang++ cmake -S . -B build/fuzz -DMOST_FUZZ=ON && cmake --build build/fuzz
// Run:   build/fuzz/fuzz_lsp CORPUS tests/lsp/plans/ examples/

#include <most/lsp.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>

namespace {

using Json = nlohmann::json;

constexpr const char* kUri = "file:///most-fuzz/plan.yaml";

most::LspOptions options() {
  most::LspOptions result;
  result.as_of = most::Date{std::chrono::year{2026}, std::chrono::month{4}, std::chrono::day{1}};
  result.max_document_bytes = 1U << 20U;
  result.read_files = false; // random references must not read random files
  return result;
}

std::string body(const Json& message) {
  return message.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// Every message the server sends must be a JSON object with "jsonrpc": "2.0".
void expect_json(const std::vector<std::string>& replies) {
  for (const std::string& reply : replies) {
    const Json parsed = Json::parse(reply, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object() || parsed.value("jsonrpc", "") != "2.0") {
      std::fprintf(stderr, "not a JSON-RPC message: %s\n", reply.c_str());
      __builtin_trap();
    }
  }
}

Json request(int id, const std::string& method, Json params) {
  return Json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}};
}

Json note(const std::string& method, Json params) {
  return Json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

Json at(std::size_t line, std::size_t character) {
  return Json{{"textDocument", {{"uri", kUri}}},
              {"position", {{"line", line}, {"character", character}}}};
}

void open_plan(most::LanguageServer& server, std::string_view text) {
  expect_json(server.handle(body(request(1, "initialize", Json::object()))));
  expect_json(
      server.handle(body(note("textDocument/didOpen", Json{{"textDocument",
                                                            {{"uri", kUri},
                                                             {"languageId", "yaml"},
                                                             {"version", 1},
                                                             {"text", std::string(text)}}}}))));
}

// The plan is the input; positions come from its bytes.
void features(std::string_view text) {
  most::LanguageServer server(options());
  open_plan(server, text);
  for (std::size_t i = 0; i + 1 < text.size() && i < 8; i += 2) {
    const auto line = static_cast<unsigned char>(text[i]) % 64U;
    const auto character = static_cast<unsigned char>(text[i + 1]) % 80U;
    expect_json(server.handle(body(request(10, "textDocument/hover", at(line, character)))));
    expect_json(server.handle(body(request(11, "textDocument/completion", at(line, character)))));
    expect_json(server.handle(body(request(12, "textDocument/definition", at(line, character)))));
    Json range{{"start", {{"line", 0}, {"character", 0}}},
               {"end", {{"line", line}, {"character", character}}}};
    expect_json(server.handle(body(request(
        13, "textDocument/codeAction",
        Json{{"textDocument", {{"uri", kUri}}}, {"range", range}, {"context", Json::object()}}))));
  }
  const std::string changed(text.substr(text.size() / 2));
  expect_json(server.handle(body(note(
      "textDocument/didChange", Json{{"textDocument", {{"uri", kUri}, {"version", 2}}},
                                     {"contentChanges", Json::array({{{"text", changed}}})}}))));
  expect_json(server.handle(body(note("textDocument/didClose", at(0, 0)))));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) {
    return 0;
  }
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 3U) {
  case 0: {
    std::istringstream in{std::string(input)};
    std::ostringstream out;
    std::ostringstream log;
    most::serve_lsp(in, out, log, options());
    break;
  }
  case 1: {
    most::LanguageServer server(options());
    open_plan(server, "most: 1\nmission:\n  statement: x\n");
    expect_json(server.handle(input));
    break;
  }
  default:
    features(input);
    break;
  }
  return 0;
}
