// JSON-RPC messages made and read with nlohmann-json; nothing here trusts the peer.

#include "protocol.hpp"

namespace most::lsp {

namespace {

// Deeper than any message of the protocol; refused before parsing so that no recursion over a
// hostile `[[[[…` can exhaust the stack.
constexpr int kMaxDepth = 64;

bool too_deep(std::string_view body) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxDepth) {
        return true;
      }
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

} // namespace

Json capabilities() {
  // Full text sync, and the five requests of features.hpp; nothing else is claimed.
  return Json{{"positionEncoding", "utf-16"},
              {"textDocumentSync",
               Json{{"openClose", true}, {"change", 1}, {"save", Json{{"includeText", false}}}}},
              {"hoverProvider", true},
              {"completionProvider", Json{{"triggerCharacters", Json::array({" ", "#", "/"})}}},
              {"codeActionProvider",
               Json{{"codeActionKinds", Json::array({"quickfix", "source.fixAll.most"})}}},
              {"definitionProvider", true}};
}

Json response(const Json& id, Json result) {
  return Json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

Json error_response(const Json& id, int code, std::string_view message) {
  return Json{{"jsonrpc", "2.0"},
              {"id", id},
              {"error", Json{{"code", code}, {"message", std::string(message)}}}};
}

Json notification(std::string_view method, Json params) {
  return Json{{"jsonrpc", "2.0"}, {"method", std::string(method)}, {"params", std::move(params)}};
}

std::string serialise(const Json& message) {
  return message.dump(-1, ' ', false, Json::error_handler_t::replace);
}

bool parse_message(std::string_view body, Json& message, std::string& error) {
  if (too_deep(body)) {
    error = "the message nests deeper than the protocol does";
    return false;
  }
  message = Json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (message.is_discarded()) {
    error = "the message is not JSON";
    return false;
  }
  return true;
}

std::string document_uri(const Json& params) {
  const Json& uri = params.at("textDocument").at("uri");
  if (!uri.is_string()) {
    throw InvalidParams("textDocument.uri is not a string");
  }
  return uri.get<std::string>();
}

Position position_of(const Json& position) {
  const Json& line = position.at("line");
  const Json& character = position.at("character");
  if (!line.is_number_unsigned() || !character.is_number_unsigned()) {
    throw InvalidParams("a position's line and character must be numbers of 0 or more");
  }
  return {line.get<std::size_t>(), character.get<std::size_t>()};
}

} // namespace most::lsp
