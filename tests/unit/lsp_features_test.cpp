// The language server's features through its in-process API: diagnostics (positioned in UTF-16
// code units), hover, completion, code actions, go to definition, and open buffers read before
// disk.

#include "lsp_client.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace most;
using most::test::Json;
using most::test::lsp_plan;
using most::test::LspClient;

namespace {

const std::string kUri = "file:///tmp/most-lsp-test/plan.yaml";

Json finding(const Json& diagnostics, const std::string& rule) {
  for (const Json& d : diagnostics) {
    if (d.value("code", "") == rule) {
      return d;
    }
  }
  return nullptr;
}

std::string hover_text(LspClient& client, int line, int character) {
  const Json reply = client.request(20, "textDocument/hover", LspClient::at(kUri, line, character));
  return reply["result"].is_null() ? "" : reply["result"]["contents"]["value"].get<std::string>();
}

std::vector<std::string> labels(const Json& reply) {
  std::vector<std::string> result;
  for (const Json& item : reply["result"]["items"]) {
    result.push_back(item["label"].get<std::string>());
  }
  return result;
}

// `text` with one text edit applied (positions as the protocol counts them, ASCII lines).
std::string applied(const std::string& text, const Json& edit) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      starts.push_back(i + 1);
    }
  }
  const auto offset = [&](const Json& p) {
    return starts.at(p["line"].get<std::size_t>()) + p["character"].get<std::size_t>();
  };
  const std::size_t from = offset(edit["range"]["start"]);
  const std::size_t to = offset(edit["range"]["end"]);
  return text.substr(0, from) + edit["newText"].get<std::string>() + text.substr(to);
}

} // namespace

TEST_CASE("every finding is published with the rule as code and most as source") {
  LspClient client;
  client.initialize();
  const Json diagnostics = LspClient::published(client.open(kUri, lsp_plan()), kUri);
  const Json owner = finding(diagnostics, "tactic-owner");
  REQUIRE(owner.is_object());
  CHECK(owner["source"] == "most");
  CHECK(owner["severity"] == 1);
  CHECK(owner["range"]["start"] == Json{{"line", 26}, {"character", 19}});
  CHECK(owner["range"]["end"] == Json{{"line", 26}, {"character", 23}});
  // didClose clears them.
  const std::vector<Json> closed =
      client.notify("textDocument/didClose", Json{{"textDocument", {{"uri", kUri}}}});
  CHECK(LspClient::published(closed, kUri) == Json::array());
}

TEST_CASE("positions count UTF-16 code units: non-ASCII text before a finding") {
  LspClient client;
  client.initialize();
  // "Zoë" is 3 units, "😀" 2 (a surrogate pair): the owner value starts at unit 59.
  const std::string line = "          - {action: \"Zoë 😀 café\", due: 2026-06-15, owner: anaa}";
  std::string text = lsp_plan();
  const std::size_t start = text.find("          - id: T1");
  text = text.substr(0, start) + line + "\n";
  const Json owner = finding(LspClient::published(client.open(kUri, text), kUri), "tactic-owner");
  REQUIRE(owner.is_object());
  const std::size_t units = std::string_view("          - {action: \"Zo").size() + 1 +
                            std::string_view(" ").size() + 2 + std::string_view(" caf").size() + 1 +
                            std::string_view("\", due: 2026-06-15, owner: ").size();
  CHECK(owner["range"]["start"]["character"] == units);
  CHECK(owner["range"]["end"]["character"] == units + 4);
  // And back: hover at that position lands on the tactic.
  CHECK(hover_text(client, 24, static_cast<int>(units)).find("**Tactic S1.T1**: Zoë 😀 café") !=
        std::string::npos);
}

TEST_CASE("didChange checks the new text, and the diagnostics follow it") {
  LspClient client;
  client.initialize();
  client.open(kUri, lsp_plan());
  const std::vector<Json> replies = client.notify(
      "textDocument/didChange",
      Json{{"textDocument", {{"uri", kUri}, {"version", 2}}},
           {"contentChanges", Json::array({{{"text", lsp_plan("            owner: anna")}}})}});
  CHECK(finding(LspClient::published(replies, kUri), "tactic-owner").is_null());
}

TEST_CASE("hover shows an objective's state and progress, a tactic's owner, a rule's summary") {
  LspClient client;
  client.initialize();
  client.open(kUri, lsp_plan());
  const std::string objective = hover_text(client, 11, 8);
  CHECK(objective.find("state: **on-track**") != std::string::npos);
  CHECK(objective.find("progress: 41.7 %, expected 50.0 %") != std::string::npos);
  CHECK(objective.find("forecast:") != std::string::npos);
  const std::string tactic = hover_text(client, 26, 14);
  CHECK(tactic.find("owner: anaa (not on the team)") != std::string::npos);
  CHECK(tactic.find("due: 2026-06-15 (in 75 days)") != std::string::npos);
  CHECK(hover_text(client, 28, 22).find("**tactic-after-deadline**") != std::string::npos);
  CHECK(hover_text(client, 7, 4).find("Anna de Vries, Account manager") != std::string::npos);
}

TEST_CASE("completion offers owners, statuses, rules and aligns_with targets") {
  LspClient client;
  client.initialize();
  std::string text = lsp_plan() + "            status: \n";
  text.replace(text.find("  - id: O1\n"), 11, "  - id: O1\n    aligns_with: \n");
  client.open(kUri, text);
  const auto complete = [&](int line, int character) {
    return labels(
        client.request(30, "textDocument/completion", LspClient::at(kUri, line, character)));
  };
  CHECK(complete(27, 19) == std::vector<std::string>{"anna"});
  CHECK(complete(30, 20).size() == 5);
  const std::vector<std::string> rules = complete(29, 21);
  CHECK(std::find(rules.begin(), rules.end(), "tactic-owner") != rules.end());
  const std::vector<std::string> targets = complete(11, 17);
  CHECK(std::find(targets.begin(), targets.end(), "#O1") != targets.end());
}

TEST_CASE("code actions are the --fix fixes; only the safe ones are preferred") {
  LspClient client;
  client.initialize();
  const std::string text = lsp_plan() + "            status: Done\n";
  client.open(kUri, text);
  const Json owner = client.request(40, "textDocument/codeAction",
                                    Json{{"textDocument", {{"uri", kUri}}},
                                         {"range",
                                          {{"start", {{"line", 26}, {"character", 0}}},
                                           {"end", {{"line", 26}, {"character", 0}}}}},
                                         {"context", {{"diagnostics", Json::array()}}}});
  REQUIRE(owner["result"].size() >= 1);
  const Json& fix = owner["result"][0];
  CHECK(fix["kind"] == "quickfix");
  CHECK(fix["isPreferred"] == false);
  CHECK(fix["diagnostics"][0]["code"] == "tactic-owner");
  const std::string fixed = applied(text, fix["edit"]["changes"][kUri][0]);
  CHECK(fixed.find("owner: anna\n") != std::string::npos);
  const Json status = client.request(
      41, "textDocument/codeAction",
      Json{{"textDocument", {{"uri", kUri}}},
           {"range",
            {{"start", {{"line", 29}, {"character", 0}}},
             {"end", {{"line", 29}, {"character", 3}}}}},
           {"context", {{"diagnostics", Json::array()}, {"only", Json::array({"quickfix"})}}}});
  REQUIRE(status["result"].size() == 1);
  CHECK(status["result"][0]["isPreferred"] == true);
  CHECK(applied(text, status["result"][0]["edit"]["changes"][kUri][0]).find("status: done\n") !=
        std::string::npos);
}

TEST_CASE("definition follows aligns_with, and an open buffer is read before the disk") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "most-lsp-definition";
  fs::create_directories(dir);
  std::string org = lsp_plan();
  org.replace(org.find("id: O1"), 6, "id: ORG");
  std::ofstream(dir / "org.yaml") << org;
  std::string team = lsp_plan("            owner: anna");
  team.replace(team.find("  - id: O1\n"), 11, "  - id: O1\n    aligns_with: org.yaml#ORG\n");
  const std::string team_uri = "file://" + (dir / "team.yaml").string();
  const std::string org_uri = "file://" + (dir / "org.yaml").string();
  LspClient client;
  client.initialize();
  CHECK(
      finding(LspClient::published(client.open(team_uri, team), team_uri), "alignment").is_null());
  const Json target =
      client.request(50, "textDocument/definition", LspClient::at(team_uri, 11, 20));
  CHECK(target["result"]["uri"] == org_uri);
  CHECK(target["result"]["range"]["start"]["line"] == 10);
  // The organisation's plan open with the objective renamed: the buffer wins over the file.
  std::string renamed = org;
  renamed.replace(renamed.find("id: ORG"), 7, "id: OTHER");
  // Opening it checks the plans that read it again, at once.
  CHECK(finding(LspClient::published(client.open(org_uri, renamed), team_uri), "alignment")
            .is_object());
  const std::vector<Json> saved =
      client.notify("textDocument/didSave", Json{{"textDocument", {{"uri", org_uri}}}});
  CHECK(finding(LspClient::published(saved, team_uri), "alignment").is_object());
  fs::remove_all(dir);
}
