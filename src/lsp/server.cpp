// The server's lifecycle and dispatch: one message in, the messages to send out. Documents are
// checked when a batch of messages has been handled, so a burst of changes is checked once.

#include "protocol.hpp"

#include <most/inputs.hpp>
#include <most/lsp.hpp>

#include <fmt/format.h>

#include <set>
#include <unordered_set>

namespace most {

using lsp::Json;

struct LanguageServer::State {
  LspOptions options;
  bool initialized = false;
  bool shutdown = false;
  bool exited = false;
  std::optional<Date> as_of; ///< from the options or initializationOptions.asOf
  lsp::Documents documents;
  lsp::ReferenceGuard guard = reference_boundary("");
  std::set<std::string> dirty; ///< URIs to check and publish at the end of the batch
  std::vector<std::string> out;

  void send(const Json& message) { out.push_back(lsp::serialise(message)); }
  Date today() const { return as_of ? *as_of : local_today(); }

  // The document's findings, checked now if a change came since the last check.
  const lsp::Document& checked(const std::string& uri) {
    lsp::Document* document = documents.find(uri);
    if (document == nullptr) {
      throw lsp::InvalidParams(fmt::format("'{}' is not open", uri));
    }
    if (!document->analysis && !document->too_large) {
      document->analysis = lsp::analyse(*document, documents, today(), guard, options.read_files);
      document->reading = document->analysis->checked.readings.at(0);
    }
    return *document;
  }

  void publish_dirty() {
    for (const std::string& uri : dirty) {
      if (documents.find(uri) != nullptr) {
        send(lsp::notification("textDocument/publishDiagnostics",
                               lsp::publish_params(checked(uri))));
      }
    }
    dirty.clear();
  }

  Json initialize(const Json& params);
  void set_text(const Json& params, bool opening);
  void process(const Json& message, const std::unordered_set<std::string>& cancelled);
  Json answer(const std::string& method, const Json& params);
  void notify(const std::string& method, const Json& params);
};

Json LanguageServer::State::initialize(const Json& params) {
  if (params.is_object() && params.contains("initializationOptions")) {
    const Json& init = params["initializationOptions"];
    if (init.is_object() && init.contains("asOf") && init["asOf"].is_string()) {
      if (const std::optional<Date> day = parse_iso_date(init["asOf"].get<std::string>())) {
        as_of = day;
      } else {
        throw lsp::InvalidParams("initializationOptions.asOf is not a YYYY-MM-DD day");
      }
    }
  }
  initialized = true;
  return Json{{"capabilities", lsp::capabilities()},
              {"serverInfo", Json{{"name", "most"}, {"version", MOST_VERSION}}}};
}

void LanguageServer::State::set_text(const Json& params, bool opening) {
  const std::string uri = lsp::document_uri(params);
  lsp::Document* document = opening ? &documents.open(uri) : documents.find(uri);
  if (document == nullptr) {
    return; // a change to a document never opened: nothing to check it against
  }
  const Json& item = params.at("textDocument");
  if (item.contains("version") && item["version"].is_number_integer()) {
    document->version = item["version"].get<long long>();
  }
  std::string text;
  if (opening) {
    text = item.at("text").get<std::string>();
  } else {
    text = document->text;
    for (const Json& change : params.at("contentChanges")) {
      std::string fresh = change.at("text").get<std::string>();
      if (change.contains("range")) {
        // Not advertised, but applied rather than misread if a client sends it.
        const lsp::LineMap lines(text);
        const std::size_t from = lines.offset(lsp::position_of(change["range"].at("start")));
        const std::size_t to = lines.offset(lsp::position_of(change["range"].at("end")));
        text.replace(from, to > from ? to - from : 0, fresh);
      } else {
        text = std::move(fresh);
      }
    }
  }
  document->too_large = text.size() > options.max_document_bytes;
  document->text = document->too_large ? std::string() : std::move(text);
  document->analysis.reset();
  if (document->too_large) {
    document->reading.reset();
  }
  dirty.insert(uri);
  // Open plans that read this one through `aligns_with:` read it from this buffer: check
  // them again too.
  const std::string& changed = document->path;
  for (const auto& [other_uri, other] : documents.all()) {
    if (other.analysis && other_uri != uri && lsp::reads_file(*other.analysis, changed)) {
      documents.find(other_uri)->analysis.reset();
      dirty.insert(other_uri);
    }
  }
}

void LanguageServer::State::notify(const std::string& method, const Json& params) {
  if (method == "textDocument/didOpen") {
    set_text(params, true);
  } else if (method == "textDocument/didChange") {
    set_text(params, false);
  } else if (method == "textDocument/didSave") {
    // A saved plan may be one that others align with, a saved `.most.yaml` may change them
    // all: every open document is checked again.
    for (const auto& [uri, document] : documents.all()) {
      documents.find(uri)->analysis.reset();
      dirty.insert(uri);
    }
  } else if (method == "textDocument/didClose") {
    const std::string uri = lsp::document_uri(params);
    documents.close(uri);
    dirty.erase(uri);
    send(lsp::notification("textDocument/publishDiagnostics",
                           Json{{"uri", uri}, {"diagnostics", Json::array()}}));
  }
  // `initialized`, `$/…` and notifications the server does not know are ignored, as LSP asks.
}

Json LanguageServer::State::answer(const std::string& method, const Json& params) {
  if (method == "shutdown") {
    shutdown = true;
    return nullptr;
  }
  if (method == "textDocument/hover") {
    return lsp::hover(checked(lsp::document_uri(params)), lsp::position_of(params.at("position")));
  }
  if (method == "textDocument/completion") {
    return lsp::completion(checked(lsp::document_uri(params)),
                           lsp::position_of(params.at("position")), documents);
  }
  if (method == "textDocument/codeAction") {
    const Json& range = params.at("range");
    const Json only = params.contains("context") && params["context"].is_object()
                          ? params["context"].value("only", Json())
                          : Json();
    return lsp::code_actions(checked(lsp::document_uri(params)),
                             lsp::position_of(range.at("start")), lsp::position_of(range.at("end")),
                             only);
  }
  if (method == "textDocument/definition") {
    return lsp::definition(checked(lsp::document_uri(params)),
                           lsp::position_of(params.at("position")), documents);
  }
  throw lsp::MethodNotFound(method);
}

void LanguageServer::State::process(const Json& message,
                                    const std::unordered_set<std::string>& cancelled) {
  if (!message.is_object()) {
    send(lsp::error_response(nullptr, lsp::kInvalidRequest, "a message must be a JSON object"));
    return;
  }
  const bool is_request = message.contains("id");
  const Json id = is_request ? message["id"] : Json();
  if (is_request && !id.is_string() && !id.is_number_integer()) {
    send(lsp::error_response(nullptr, lsp::kInvalidRequest, "an id must be a string or integer"));
    return;
  }
  if (!message.contains("method") || !message["method"].is_string()) {
    if (!(is_request && (message.contains("result") || message.contains("error")))) {
      send(lsp::error_response(id, lsp::kInvalidRequest, "a request needs a method"));
    }
    return; // a response: the server sends no requests, so there is nothing to match it to
  }
  const std::string method = message["method"].get<std::string>();
  const Json params = message.contains("params") ? message["params"] : Json::object();
  if (method == "exit") {
    exited = true;
    return;
  }
  if (!is_request) {
    if (initialized && !shutdown) {
      try {
        notify(method, params);
      } catch (const std::exception&) {
        // A notification has no answer; a malformed one changes nothing.
      }
    }
    return;
  }
  if (cancelled.contains(id.dump())) {
    send(lsp::error_response(id, lsp::kRequestCancelled, "cancelled"));
    return;
  }
  if (method == "initialize") {
    if (initialized) {
      send(lsp::error_response(id, lsp::kInvalidRequest, "the server is initialized already"));
      return;
    }
  } else if (!initialized) {
    send(lsp::error_response(id, lsp::kServerNotInitialized, "initialize comes first"));
    return;
  } else if (shutdown) {
    send(lsp::error_response(id, lsp::kInvalidRequest, "the server is shutting down"));
    return;
  }
  try {
    send(lsp::response(id, method == "initialize" ? initialize(params) : answer(method, params)));
  } catch (const lsp::InvalidParams& error) {
    send(lsp::error_response(id, lsp::kInvalidParams, error.what()));
  } catch (const Json::exception& error) {
    send(lsp::error_response(id, lsp::kInvalidParams,
                             fmt::format("the params of {} are malformed", method)));
  } catch (const lsp::MethodNotFound&) {
    send(lsp::error_response(id, lsp::kMethodNotFound, fmt::format("no method {}", method)));
  } catch (const std::exception& error) {
    send(lsp::error_response(id, lsp::kInternalError, error.what()));
  }
}

LanguageServer::LanguageServer(LspOptions options) : state_(std::make_unique<State>()) {
  state_->options = options;
  state_->as_of = options.as_of;
}
LanguageServer::LanguageServer(LanguageServer&&) noexcept = default;
LanguageServer& LanguageServer::operator=(LanguageServer&&) noexcept = default;
LanguageServer::~LanguageServer() = default;

std::vector<std::string> LanguageServer::handle(std::string_view body) {
  return handle_batch({std::string(body)});
}

std::vector<std::string> LanguageServer::handle_batch(const std::vector<std::string>& bodies) {
  State& s = *state_;
  s.out.clear();
  std::vector<Json> messages(bodies.size());
  std::vector<bool> parsed(bodies.size(), false);
  std::unordered_set<std::string> cancelled;
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    std::string error;
    parsed[i] = lsp::parse_message(bodies[i], messages[i], error);
    if (!parsed[i]) {
      messages[i] = error;
    }
    const Json& m = messages[i];
    if (parsed[i] && m.is_object() && m.value("method", Json()) == "$/cancelRequest" &&
        m.contains("params") && m["params"].is_object() && m["params"].contains("id")) {
      cancelled.insert(m["params"]["id"].dump());
    }
  }
  for (std::size_t i = 0; i < bodies.size() && !s.exited; ++i) {
    if (!parsed[i]) {
      s.send(lsp::error_response(nullptr, lsp::kParseError, messages[i].get<std::string>()));
      continue;
    }
    try {
      s.process(messages[i], cancelled);
    } catch (const std::exception& error) {
      s.send(lsp::error_response(nullptr, lsp::kInternalError, error.what()));
    }
  }
  try {
    s.publish_dirty();
  } catch (const std::exception& error) {
    s.dirty.clear();
    s.send(lsp::error_response(nullptr, lsp::kInternalError, error.what()));
  }
  return std::move(s.out);
}

std::string LanguageServer::frame_error(int code, std::string_view message) {
  return lsp::serialise(lsp::error_response(nullptr, code, message));
}

bool LanguageServer::exited() const { return state_->exited; }

int LanguageServer::exit_status() const { return state_->shutdown ? 0 : 1; }

} // namespace most
