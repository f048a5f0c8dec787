#pragma once

// JSON-RPC 2.0 as LSP uses it: error codes, messages, and reading the parameters of a request
// without trusting them.

#include "features.hpp"

#include <stdexcept>
#include <string>
#include <string_view>

namespace most::lsp {

// The error codes of JSON-RPC and LSP that the server answers with.
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
inline constexpr int kServerNotInitialized = -32002;
inline constexpr int kRequestCancelled = -32800;

/// Thrown by a handler for parameters it cannot use; answered InvalidParams.
class InvalidParams : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

/// Thrown by the dispatcher for a method it does not implement; answered MethodNotFound. Its
/// own type, so an out_of_range from a handler's own work is not mistaken for it.
class MethodNotFound : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

/// The server's capabilities for `initialize`: exactly what is implemented.
Json capabilities();

/// `{"jsonrpc": "2.0", "id": ID, "result": RESULT}`.
Json response(const Json& id, Json result);
/// `{"jsonrpc": "2.0", "id": ID, "error": {"code": CODE, "message": MESSAGE}}`.
Json error_response(const Json& id, int code, std::string_view message);
/// `{"jsonrpc": "2.0", "method": METHOD, "params": PARAMS}`.
Json notification(std::string_view method, Json params);

/// A message as text; text that is not UTF-8 is replaced, never thrown about.
std::string serialise(const Json& message);

/// Parses a message; false, with the reason, for text that is not JSON or nests deeper than a
/// protocol message ever does.
bool parse_message(std::string_view body, Json& message, std::string& error);

/// The `textDocument.uri` of a request's params.
std::string document_uri(const Json& params);
/// A position object (`params.position`, `range.start`…) as numbers.
Position position_of(const Json& position);

} // namespace most::lsp
