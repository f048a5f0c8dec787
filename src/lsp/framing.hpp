#pragma once

// The base protocol of LSP: a header block (`Content-Length: N`, other headers ignored), a blank
// line, then N bytes of JSON. Read without trusting the peer: header lines and bodies are
// bounded, and a bad frame is reported without losing the stream.

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

namespace most::lsp {

/// What reading one frame gave.
enum class FrameStatus {
  Message, ///< `body` holds a whole message
  Bad,     ///< a frame that cannot be used; `error` says why, the stream goes on after it
  End,     ///< the stream ended (or broke) before a whole frame
};

/// Reads the next frame of `in` into `body`; a body over `max_bytes` is skipped (not stored).
FrameStatus read_frame(std::istream& in, std::string& body, std::string& error,
                       std::uint64_t max_bytes);

/// Writes `body` as one frame and flushes it, so the client sees it at once.
void write_frame(std::ostream& out, std::string_view body);

} // namespace most::lsp
