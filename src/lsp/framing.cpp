// Frames of the LSP base protocol, read from a stream that may hold anything.

#include "framing.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <istream>
#include <optional>
#include <ostream>

namespace most::lsp {

namespace {

// A header line longer than this is not a header; the rest of it is skipped.
constexpr std::size_t kMaxHeaderLine = 8192;
// Headers in one block beyond this: the block is not a header block.
constexpr int kMaxHeaders = 32;

enum class LineStatus { Line, TooLong, End };

// One line without its "\r\n" or "\n"; at most kMaxHeaderLine bytes are kept.
LineStatus read_line(std::istream& in, std::string& line) {
  line.clear();
  bool too_long = false;
  for (;;) {
    const int c = in.get();
    if (c == std::char_traits<char>::eof()) {
      return LineStatus::End;
    }
    if (c == '\n') {
      break;
    }
    if (line.size() < kMaxHeaderLine) {
      line.push_back(static_cast<char>(c));
    } else {
      too_long = true;
    }
  }
  if (line.ends_with('\r')) {
    line.pop_back();
  }
  return too_long ? LineStatus::TooLong : LineStatus::Line;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
    text.remove_suffix(1);
  }
  return text;
}

// Skips `count` bytes of `in`; false when the stream ends first.
bool skip(std::istream& in, std::uint64_t count) {
  constexpr std::uint64_t kChunk = 1U << 20U;
  while (count > 0) {
    const std::uint64_t step = std::min(count, kChunk);
    in.ignore(static_cast<std::streamsize>(step));
    if (static_cast<std::uint64_t>(in.gcount()) != step) {
      return false;
    }
    count -= step;
  }
  return true;
}

} // namespace

FrameStatus read_frame(std::istream& in, std::string& body, std::string& error,
                       std::uint64_t max_bytes) {
  body.clear();
  std::string line;
  std::optional<std::uint64_t> length;
  bool bad_header = false;
  int headers = 0;
  for (;;) {
    const LineStatus status = read_line(in, line);
    if (status == LineStatus::End) {
      return FrameStatus::End;
    }
    if (line.empty()) {
      if (headers == 0) {
        continue; // blank lines between frames are tolerated
      }
      break;
    }
    ++headers;
    const std::size_t colon = line.find(':');
    if (status == LineStatus::TooLong || colon == std::string::npos || headers > kMaxHeaders) {
      bad_header = true;
      continue;
    }
    if (equals_ignoring_case(trimmed(std::string_view(line).substr(0, colon)), "Content-Length")) {
      const std::string_view value = trimmed(std::string_view(line).substr(colon + 1));
      std::uint64_t n = 0;
      const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
      if (ec != std::errc() || end != value.data() + value.size() || value.empty()) {
        bad_header = true;
      } else {
        length = n;
      }
    }
  }
  if (!length) {
    error = bad_header ? "a header block without a valid Content-Length"
                       : "a header block without Content-Length";
    return FrameStatus::Bad;
  }
  if (*length > max_bytes) {
    error = fmt::format("a message of {} bytes, over the limit of {} bytes", *length, max_bytes);
    return skip(in, *length) ? FrameStatus::Bad : FrameStatus::End;
  }
  body.resize(static_cast<std::size_t>(*length));
  in.read(body.data(), static_cast<std::streamsize>(body.size()));
  if (static_cast<std::uint64_t>(in.gcount()) != *length) {
    body.clear();
    return FrameStatus::End;
  }
  return FrameStatus::Message;
}

void write_frame(std::ostream& out, std::string_view body) {
  out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out.flush();
}

} // namespace most::lsp
