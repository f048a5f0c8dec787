// The server on a byte stream: frames in, frames out. Messages that have already arrived are
// handled together, so a cancellation can overtake its request and a burst of changes to a
// document is checked once; then the server blocks in a read, never in a loop.

#include "framing.hpp"

#include <most/lsp.hpp>

#include <istream>
#include <ostream>

namespace most {

namespace {

// Messages handled together at most, so a client that never pauses still gets answers.
constexpr std::size_t kMaxBatch = 64;
// A frame may hold a whole document (up to the document limit) escaped as JSON.
constexpr std::uint64_t kFrameOverhead = std::uint64_t{1} << 20U;

// Whether bytes are waiting in `in` that can be read without blocking.
bool more_waiting(std::istream& in) {
  std::streambuf* buffer = in.rdbuf();
  return buffer != nullptr && buffer->in_avail() > 0;
}

} // namespace

int serve_lsp(std::istream& in, std::ostream& out, std::ostream& log, LspOptions options) {
  // Escaping can double a document's bytes (every newline becomes "\n").
  const std::uint64_t max_frame = 2 * options.max_document_bytes + kFrameOverhead;
  LanguageServer server(options);
  std::vector<std::string> batch;
  const auto flush = [&] {
    for (const std::string& message : server.handle_batch(batch)) {
      lsp::write_frame(out, message);
    }
    batch.clear();
  };
  bool ended = false;
  while (!ended && !server.exited() && out) {
    std::string body;
    std::string error;
    const lsp::FrameStatus status = lsp::read_frame(in, body, error, max_frame);
    if (status == lsp::FrameStatus::End) {
      ended = true;
    } else if (status == lsp::FrameStatus::Bad) {
      flush(); // answered in the order the frames came
      log << "most lsp: " << error << '\n';
      lsp::write_frame(out, LanguageServer::frame_error(-32700, error));
      continue;
    } else {
      batch.push_back(std::move(body));
    }
    if (ended || batch.size() >= kMaxBatch || !more_waiting(in)) {
      flush();
    }
  }
  if (!out) {
    log << "most lsp: standard output is closed; stopping\n";
  }
  if (ended && !server.exited()) {
    log << "most lsp: the client closed the connection; stopping\n";
  }
  return server.exit_status();
}

} // namespace most
