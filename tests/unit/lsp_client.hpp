#pragma once

// A client for the language server in tests: it sends JSON messages through the server's
// in-process API and collects what comes back, parsed.

#include <most/lsp.hpp>

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace most::test {

using Json = nlohmann::json;

inline Date lsp_day(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

class LspClient {
public:
  LspClient() : server_(LspOptions{lsp_day(2026, 4, 1)}) {}
  explicit LspClient(LspOptions options) : server_(options) {}

  /// Sends messages as one batch and returns every message the server sends back.
  std::vector<Json> send_all(const std::vector<Json>& messages) {
    std::vector<std::string> bodies;
    for (const Json& message : messages) {
      bodies.push_back(message.dump());
    }
    std::vector<Json> replies;
    for (const std::string& reply : server_.handle_batch(bodies)) {
      replies.push_back(Json::parse(reply));
    }
    return replies;
  }
  std::vector<Json> send(const Json& message) { return send_all({message}); }
  std::vector<Json> raw(const std::string& body) {
    std::vector<Json> replies;
    for (const std::string& reply : server_.handle(body)) {
      replies.push_back(Json::parse(reply));
    }
    return replies;
  }

  /// The reply to request `id` among `replies`.
  static Json reply_to(const std::vector<Json>& replies, int id) {
    for (const Json& reply : replies) {
      if (reply.contains("id") && reply["id"] == id) {
        return reply;
      }
    }
    return nullptr;
  }
  /// The diagnostics published for `uri` among `replies` (null when none were).
  static Json published(const std::vector<Json>& replies, const std::string& uri) {
    Json found;
    for (const Json& reply : replies) {
      if (reply.value("method", "") == "textDocument/publishDiagnostics" &&
          reply["params"]["uri"] == uri) {
        found = reply["params"]["diagnostics"];
      }
    }
    return found;
  }

  Json request(int id, const std::string& method, Json params) {
    return reply_to(
        send(Json{
            {"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}}),
        id);
  }
  std::vector<Json> notify(const std::string& method, Json params) {
    return send(Json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
  }
  void initialize() {
    request(1, "initialize", Json{{"capabilities", Json::object()}});
    notify("initialized", Json::object());
  }
  std::vector<Json> open(const std::string& uri, const std::string& text) {
    return notify("textDocument/didOpen",
                  Json{{"textDocument",
                        {{"uri", uri}, {"languageId", "yaml"}, {"version", 1}, {"text", text}}}});
  }
  static Json at(const std::string& uri, int line, int character) {
    return Json{{"textDocument", {{"uri", uri}}},
                {"position", {{"line", line}, {"character", character}}}};
  }
  LanguageServer& server() { return server_; }

private:
  LanguageServer server_;
};

/// A plan with a roster, one objective with a check-in and one tactic with `tactic_line` as its
/// owner line (line 27, 0-based 26).
inline std::string lsp_plan(const std::string& tactic_line = "            owner: anaa") {
  return "most: 1\n"
         "mission:\n"
         "  statement: To be one of the top five dealers in the region\n"
         "  start: 2026-01-01\n"
         "  deadline: 2026-12-31\n"
         "team:\n"
         "  - id: anna\n"
         "    name: Anna de Vries\n"
         "    role: Account manager\n"
         "objectives:\n"
         "  - id: O1\n"
         "    statement: Increase sales volume by 10% by June 30\n"
         "    metric:\n"
         "      name: Sales volume\n"
         "      unit: EUR\n"
         "      baseline: 1200000\n"
         "      target: 1320000\n"
         "    checkins:\n"
         "      - date: 2026-03-31\n"
         "        value: 1250000\n"
         "    strategies:\n"
         "      - id: S1\n"
         "        statement: Increase sales coverage by hiring two salespeople\n"
         "        tactics:\n"
         "          - id: T1\n"
         "            action: Post two job openings\n" +
         tactic_line +
         "\n"
         "            due: 2026-06-15\n"
         "            ignore: [tactic-after-deadline]\n";
}

} // namespace most::test
