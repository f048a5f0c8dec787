#pragma once

// Random bytes through the language server, in-process: what the libFuzzer target fuzz_lsp
// runs on each input, and what the unit tests replay on the seeds. The first byte picks how
// the rest is used: as a raw protocol stream (frames, headers,
// garbage), as one JSON-RPC message to a server with a plan open, or as a plan's text that is
// opened, changed, hovered, completed, fixed and closed at positions the bytes choose.

#include <most/lsp.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace most::fuzz {

using Json = nlohmann::json;

inline constexpr const char* kUri = "file:///most-fuzz/plan.yaml";

inline most::LspOptions lsp_options() {
  most::LspOptions result;
  result.as_of = most::Date{std::chrono::year{2026}, std::chrono::month{4}, std::chrono::day{1}};
  result.max_document_bytes = 1U << 20U;
  result.read_files = false; // random references must not read random files
  return result;
}

inline std::string body(const Json& message) {
  return message.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// Every message the server sends must be a JSON object with "jsonrpc": "2.0"; the first
// that is not is kept in `problem`.
inline void expect_json(const std::vector<std::string>& replies, std::string& problem) {
  for (const std::string& reply : replies) {
    const Json parsed = Json::parse(reply, nullptr, false);
    if (problem.empty() &&
        (parsed.is_discarded() || !parsed.is_object() || parsed.value("jsonrpc", "") != "2.0")) {
      problem = "not a JSON-RPC message: " + reply;
    }
  }
}

inline Json request(int id, const std::string& method, Json params) {
  return Json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}};
}

inline Json note(const std::string& method, Json params) {
  return Json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

inline Json at(std::size_t line, std::size_t character) {
  return Json{{"textDocument", {{"uri", kUri}}},
              {"position", {{"line", line}, {"character", character}}}};
}

inline void open_plan(most::LanguageServer& server, std::string_view text, std::string& problem) {
  expect_json(server.handle(body(request(1, "initialize", Json::object()))), problem);
  expect_json(
      server.handle(body(note("textDocument/didOpen", Json{{"textDocument",
                                                            {{"uri", kUri},
                                                             {"languageId", "yaml"},
                                                             {"version", 1},
                                                             {"text", std::string(text)}}}}))),
      problem);
}

// The plan is the input; positions come from its bytes.
inline void features(std::string_view text, std::string& problem) {
  most::LanguageServer server(lsp_options());
  open_plan(server, text, problem);
  for (std::size_t i = 0; i + 1 < text.size() && i < 8; i += 2) {
    const auto line = static_cast<unsigned char>(text[i]) % 64U;
    const auto character = static_cast<unsigned char>(text[i + 1]) % 80U;
    expect_json(server.handle(body(request(10, "textDocument/hover", at(line, character)))),
                problem);
    expect_json(server.handle(body(request(11, "textDocument/completion", at(line, character)))),
                problem);
    expect_json(server.handle(body(request(12, "textDocument/definition", at(line, character)))),
                problem);
    Json range{{"start", {{"line", 0}, {"character", 0}}},
               {"end", {{"line", line}, {"character", character}}}};
    expect_json(server.handle(body(request(13, "textDocument/codeAction",
                                           Json{{"textDocument", {{"uri", kUri}}},
                                                {"range", range},
                                                {"context", Json::object()}}))),
                problem);
  }
  const std::string changed(text.substr(text.size() / 2));
  expect_json(
      server.handle(body(note("textDocument/didChange",
                              Json{{"textDocument", {{"uri", kUri}, {"version", 2}}},
                                   {"contentChanges", Json::array({{{"text", changed}}})}}))),
      problem);
  expect_json(server.handle(body(note("textDocument/didClose", at(0, 0)))), problem);
}

/// Runs one input; returns the first reply that is not a JSON-RPC message (empty: none).
inline std::string exercise_lsp(const std::uint8_t* data, std::size_t size) {
  std::string problem;
  if (size == 0) {
    return problem;
  }
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 3U) {
  case 0: {
    std::istringstream in{std::string(input)};
    std::ostringstream out;
    std::ostringstream log;
    most::serve_lsp(in, out, log, lsp_options());
    break;
  }
  case 1: {
    most::LanguageServer server(lsp_options());
    open_plan(server, "most: 1\nmission:\n  statement: x\n", problem);
    expect_json(server.handle(input), problem);
    break;
  }
  default:
    features(input, problem);
    break;
  }
  return problem;
}

} // namespace most::fuzz
