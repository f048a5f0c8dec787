// `most lsp`: the language server of SPEC §4.7 on the process's standard input and output.

#include "commands.hpp"

#include <most/lsp.hpp>

#include <csignal>
#include <iostream>

namespace most::cli {

int run_lsp(const LspCommandOptions& options, Streams io) {
  LspOptions server;
  if (!options.as_of.empty()) {
    Date day;
    if (!resolve_as_of(options.as_of, day, io.err)) {
      return kFailure;
    }
    server.as_of = day;
  }
  server.max_document_bytes = options.max_file_size;
  if (&io.in == &std::cin) {
    // Buffered reads let the server see which messages have already arrived (a cancellation
    // behind its request); nothing else reads standard input in this process.
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
  }
  // A client that goes away closes the pipe: a write then fails and the server stops with a
  // line on standard error, instead of being killed by SIGPIPE mid-message.
  std::signal(SIGPIPE, SIG_IGN);
  std::ostream& out = io.direct_out != nullptr ? *io.direct_out : io.out;
  return serve_lsp(io.in, out, io.err, server);
}

} // namespace most::cli
