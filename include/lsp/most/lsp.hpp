#pragma once

// `most lsp` (SPEC §4.7): a Language Server Protocol server over the check pipeline. The core
// takes one message and gives the messages to send back, so tests and the fuzz target drive it
// in-process; `serve_lsp` adds the `Content-Length` framing of a byte stream around it.

#include <most/date.hpp>
#include <most/inputs.hpp>

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace most {

/// How the server checks: the day "today" means (default: the local date at each check) and
/// the largest document it checks (the CLI's `--max-file-size`).
struct LspOptions {
  std::optional<Date> as_of;
  std::uint64_t max_document_bytes = kMaxPlanBytes;
  /// false: aligned plans and `.most.yaml` come only from open documents, never from disk
  /// (the fuzz target, which must not read whatever files random references name).
  bool read_files = true;
};

class LanguageServer {
public:
  explicit LanguageServer(LspOptions options = {});
  LanguageServer(const LanguageServer&) = delete;
  LanguageServer& operator=(const LanguageServer&) = delete;
  LanguageServer(LanguageServer&&) noexcept;
  LanguageServer& operator=(LanguageServer&&) noexcept;
  ~LanguageServer();

  /// Handles one JSON-RPC message (the body of a frame) and returns the messages to send, in
  /// order; malformed input becomes a JSON-RPC error, never an exception.
  std::vector<std::string> handle(std::string_view body);

  /// Handles several messages that arrived together: a request cancelled later in the batch is
  /// answered RequestCancelled, and a document changed several times is checked once.
  std::vector<std::string> handle_batch(const std::vector<std::string>& bodies);

  /// An answer for a message that could not be read at all (a bad frame): a JSON-RPC error.
  static std::string frame_error(int code, std::string_view message);

  /// True after the `exit` notification: the server must stop reading.
  bool exited() const;

  /// The process exit status LSP asks for: 0 when `shutdown` came before the end, else 1.
  int exit_status() const;

private:
  struct State;
  std::unique_ptr<State> state_;
};

/// Serves LSP on `in`/`out` until `exit` or the end of `in`; logs go to `log`, never to `out`.
/// Returns the process exit status.
int serve_lsp(std::istream& in, std::ostream& out, std::ostream& log, LspOptions options = {});

} // namespace most
