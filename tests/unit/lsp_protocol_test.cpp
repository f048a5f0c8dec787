// The language server at the protocol level: framing, the lifecycle, and every error a client
// (or a stream of garbage) can provoke.

#include "cli/cli.hpp"
#include "lsp/framing.hpp"
#include "lsp_client.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace most;
using most::test::Json;
using most::test::LspClient;

namespace {

std::string frame(const std::string& body) {
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

std::string frame(const Json& message) { return frame(message.dump()); }

// Every message in a stream of frames, parsed.
std::vector<Json> frames_of(const std::string& stream) {
  std::istringstream in(stream);
  std::vector<Json> messages;
  std::string body;
  std::string error;
  while (lsp::read_frame(in, body, error, 1U << 20U) == lsp::FrameStatus::Message) {
    messages.push_back(Json::parse(body));
  }
  return messages;
}

Json request(int id, const std::string& method, Json params = Json::object()) {
  return Json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}};
}

int error_code(const Json& reply) {
  return reply.is_object() && reply.contains("error") ? reply["error"]["code"].get<int>() : 0;
}

} // namespace

TEST_CASE("frames are read by Content-Length, whatever else the headers say") {
  std::istringstream in("Content-Type: application/vscode-jsonrpc\r\ncontent-length: 2\r\n\r\n{}"
                        "\r\nContent-Length:  3 \n\n[1]");
  std::string body;
  std::string error;
  REQUIRE(lsp::read_frame(in, body, error, 100) == lsp::FrameStatus::Message);
  CHECK(body == "{}");
  REQUIRE(lsp::read_frame(in, body, error, 100) == lsp::FrameStatus::Message);
  CHECK(body == "[1]");
  CHECK(lsp::read_frame(in, body, error, 100) == lsp::FrameStatus::End);
}

TEST_CASE("a bad frame is reported and the stream goes on after it") {
  std::istringstream in("Content-Length: twelve\r\n\r\nContent-Length: 999\r\n\r\n" +
                        std::string(999, ' ') + "Content-Length: 2\r\n\r\n{}");
  std::string body;
  std::string error;
  CHECK(lsp::read_frame(in, body, error, 100) == lsp::FrameStatus::Bad);
  CHECK(error == "a header block without a valid Content-Length");
  CHECK(lsp::read_frame(in, body, error, 100) == lsp::FrameStatus::Bad);
  CHECK(error == "a message of 999 bytes, over the limit of 100 bytes");
  CHECK(lsp::read_frame(in, body, error, 100) == lsp::FrameStatus::Message);
  CHECK(body == "{}");
  std::istringstream cut("Content-Length: 10\r\n\r\n{\"a\"");
  CHECK(lsp::read_frame(cut, body, error, 100) == lsp::FrameStatus::End);
}

TEST_CASE("requests before initialize are refused, then initialize advertises what is there") {
  LspClient client;
  CHECK(error_code(client.request(7, "textDocument/hover",
                                  LspClient::at("file:///p.yaml", 0, 0))) == -32002);
  const Json init = client.request(1, "initialize", Json{{"capabilities", Json::object()}});
  const Json& caps = init["result"]["capabilities"];
  CHECK(caps["textDocumentSync"]["change"] == 1);
  CHECK(caps["textDocumentSync"]["openClose"] == true);
  CHECK(caps["hoverProvider"] == true);
  CHECK(caps["definitionProvider"] == true);
  CHECK(caps["codeActionProvider"]["codeActionKinds"][0] == "quickfix");
  CHECK(caps.contains("completionProvider"));
  CHECK_FALSE(caps.contains("documentFormattingProvider"));
  CHECK(init["result"]["serverInfo"]["name"] == "most");
  CHECK(error_code(client.request(2, "initialize", Json::object())) == -32600);
}

TEST_CASE("every malformed message gets the JSON-RPC error for it") {
  LspClient client;
  client.initialize();
  CHECK(error_code(client.raw("{not json").at(0)) == -32700);
  CHECK(error_code(client.raw(std::string(10000, '[')).at(0)) == -32700);
  CHECK(error_code(client.raw("[1, 2]").at(0)) == -32600);
  CHECK(
      error_code(client.raw(R"({"jsonrpc": "2.0", "id": {"x": 1}, "method": "shutdown"})").at(0)) ==
      -32600);
  CHECK(error_code(client.raw(R"({"jsonrpc": "2.0", "id": 3})").at(0)) == -32600);
  CHECK(error_code(client.request(4, "textDocument/rename", Json::object())) == -32601);
  CHECK(error_code(client.request(5, "textDocument/hover", Json{{"textDocument", 5}})) == -32602);
  CHECK(error_code(client.request(6, "textDocument/hover",
                                  LspClient::at("file:///not-open.yaml", 0, 0))) == -32602);
  Json negative = LspClient::at("file:///p.yaml", -1, 0);
  CHECK(error_code(client.request(7, "textDocument/hover", negative)) == -32602);
  // Notifications get no answer, even unknown or malformed ones; responses are ignored.
  CHECK(client.notify("$/setTrace", Json{{"value", "off"}}).empty());
  CHECK(client.notify("textDocument/didOpen", Json{{"textDocument", 1}}).empty());
  CHECK(client.raw(R"({"jsonrpc": "2.0", "id": 9, "result": null})").empty());
}

TEST_CASE("a request cancelled in the same batch is answered RequestCancelled") {
  LspClient client;
  client.initialize();
  client.open("file:///tmp/cancel.yaml", most::test::lsp_plan());
  const std::vector<Json> replies = client.send_all(
      {request(11, "textDocument/hover", LspClient::at("file:///tmp/cancel.yaml", 11, 6)),
       Json{{"jsonrpc", "2.0"}, {"method", "$/cancelRequest"}, {"params", {{"id", 11}}}},
       request(12, "textDocument/hover", LspClient::at("file:///tmp/cancel.yaml", 11, 6))});
  CHECK(error_code(LspClient::reply_to(replies, 11)) == -32800);
  CHECK(LspClient::reply_to(replies, 12).contains("result"));
}

TEST_CASE("shutdown, then exit: later requests are refused and the status is 0") {
  LspClient client;
  client.initialize();
  CHECK(client.request(2, "shutdown", nullptr)["result"].is_null());
  CHECK(error_code(client.request(3, "textDocument/hover",
                                  LspClient::at("file:///p.yaml", 0, 0))) == -32600);
  CHECK_FALSE(client.server().exited());
  client.notify("exit", nullptr);
  CHECK(client.server().exited());
  CHECK(client.server().exit_status() == 0);
  LspClient abrupt;
  abrupt.notify("exit", nullptr);
  CHECK(abrupt.server().exit_status() == 1);
}

TEST_CASE("serve_lsp answers on the stream, survives garbage and ends at the end of input") {
  const Json open{
      {"jsonrpc", "2.0"},
      {"method", "textDocument/didOpen"},
      {"params",
       {{"textDocument",
         {{"uri", "file:///tmp/s.yaml"}, {"version", 1}, {"text", most::test::lsp_plan()}}}}}};
  const std::string input = "garbage\r\n\r\n" + frame(std::string("{oops")) +
                            "Content-Length: 99999999999\r\n\r\n" +
                            frame(request(1, "initialize")) + frame(open);
  std::istringstream in(input);
  std::ostringstream out;
  std::ostringstream log;
  LspOptions options;
  options.as_of = most::test::lsp_day(2026, 4, 1);
  CHECK(serve_lsp(in, out, log, options) == 1); // no shutdown: the client vanished
  const std::vector<Json> replies = frames_of(out.str());
  REQUIRE(replies.size() == 2);
  CHECK(error_code(replies[0]) == -32700); // no Content-Length
  CHECK(error_code(replies[1]) == -32700); // not JSON
  // The huge frame claimed the rest of the stream, which then ended: the server stops.
  CHECK(log.str().find("the client closed the connection") != std::string::npos);
  CHECK(out.str().find("Content-Length") == 0); // nothing but frames on the output
}

TEST_CASE("a frame or a document over the limits is refused and the server goes on") {
  LspOptions options;
  options.as_of = most::test::lsp_day(2026, 4, 1);
  options.max_document_bytes = 100;
  const std::string big(3U << 20U, ' ');
  const Json open{
      {"jsonrpc", "2.0"},
      {"method", "textDocument/didOpen"},
      {"params",
       {{"textDocument",
         {{"uri", "file:///tmp/big.yaml"}, {"version", 1}, {"text", most::test::lsp_plan()}}}}}};
  std::istringstream in(frame(request(1, "initialize")) + frame(big) + frame(open));
  std::ostringstream out;
  std::ostringstream log;
  serve_lsp(in, out, log, options);
  const std::vector<Json> replies = frames_of(out.str());
  CHECK(error_code(replies.at(1)) == -32700);
  CHECK(replies.at(1)["error"]["message"].get<std::string>().find("over the limit") !=
        std::string::npos);
  const Json diagnostics = LspClient::published(replies, "file:///tmp/big.yaml");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0]["message"].get<std::string>().find("larger than most checks") !=
        std::string::npos);
}

TEST_CASE("serve_lsp stops at exit and publishes diagnostics on open") {
  const Json open{
      {"jsonrpc", "2.0"},
      {"method", "textDocument/didOpen"},
      {"params",
       {{"textDocument",
         {{"uri", "file:///tmp/s.yaml"}, {"version", 1}, {"text", most::test::lsp_plan()}}}}}};
  std::istringstream in(
      frame(request(1, "initialize")) + frame(open) + frame(request(2, "shutdown")) +
      frame(Json{{"jsonrpc", "2.0"}, {"method", "exit"}}) + frame(request(3, "shutdown")));
  std::ostringstream out;
  std::ostringstream log;
  CHECK(serve_lsp(in, out, log) == 0);
  const std::vector<Json> replies = frames_of(out.str());
  CHECK(LspClient::reply_to(replies, 3).is_null()); // nothing read after exit
  CHECK(LspClient::published(replies, "file:///tmp/s.yaml").size() >= 1);
}

TEST_CASE("most lsp on the command line speaks only the protocol on its output") {
  std::istringstream in(frame(request(1, "initialize")) + frame(request(2, "shutdown")) +
                        frame(Json{{"jsonrpc", "2.0"}, {"method", "exit"}}));
  std::ostringstream out;
  std::ostringstream err;
  const char* const argv[] = {"most", "lsp", "--as-of", "2026-04-01", "--stdio"};
  CHECK(cli::most_main(5, argv, in, out, err) == 0);
  const std::vector<Json> replies = frames_of(out.str());
  REQUIRE(replies.size() == 2);
  CHECK(replies[0]["result"]["serverInfo"]["name"] == "most");
  CHECK(replies[1]["result"].is_null());
  std::istringstream none;
  const char* const bad[] = {"most", "lsp", "--as-of", "2026-02-30"};
  CHECK(cli::most_main(4, bad, none, out, err) == 2);
}
