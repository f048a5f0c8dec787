// `GitBlobs`: every blob of a run read through one `git cat-file --batch`. Its answers are
// `<oid> <type> <size>\n<bytes>\n` or `<name> missing\n`; each one is read within a deadline,
// and a blob over the limit is skipped by reading its bytes in pieces, never held whole.

#include "git_process.hpp"

#include <most/git.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <poll.h>
#include <pthread.h>
#include <sys/wait.h>
#include <unistd.h>

namespace most {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kMaxHeader = 1024; ///< "<oid> blob <size>": far below this
constexpr std::size_t kChunk = 65536;

// Waits until `fd` is ready for `events`; false past the deadline or on an error.
bool wait_for(int fd, short events, Clock::time_point deadline) {
  for (;;) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) {
      return false;
    }
    pollfd entry{fd, events, 0};
    const int ready = ::poll(&entry, 1, static_cast<int>(left));
    if (ready > 0) {
      return true; // readable, or closed: read() tells which
    }
    if (ready < 0 && errno != EINTR) {
      return false;
    }
  }
}

bool is_object_name(std::string_view oid) {
  return !oid.empty() && oid.size() <= 64 && std::all_of(oid.begin(), oid.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  });
}

} // namespace

GitBlobs::GitBlobs(std::string dir, std::uint64_t max_bytes, int seconds)
    : dir_(std::move(dir)), max_bytes_(max_bytes), seconds_(seconds) {}

GitBlobs::~GitBlobs() { stop(false); }

bool GitBlobs::start() {
  if (pid_ >= 0 || broken_) {
    return !broken_;
  }
  const detail::GitChild child = detail::spawn_git(dir_, {"cat-file", "--batch"}, true, false);
  if (child.pid < 0) {
    broken_ = true;
    return false;
  }
  pid_ = child.pid;
  in_ = child.in;
  out_ = child.out;
  return true;
}

// Closing git's input ends it; one that does not end in time, or after an error, is killed.
void GitBlobs::stop(bool kill) {
  if (pid_ < 0) {
    return;
  }
  ::close(in_);
  in_ = -1;
  if (!kill) {
    const Clock::time_point deadline = Clock::now() + std::chrono::seconds(5);
    std::array<char, 4096> sink{};
    while (wait_for(out_, POLLIN, deadline)) {
      const ssize_t got = ::read(out_, sink.data(), sink.size());
      if (got == 0 || (got < 0 && errno != EINTR)) {
        break;
      }
    }
  }
  ::kill(pid_, SIGKILL); // a no-op when git already ended; it is reaped below either way
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  ::close(out_);
  out_ = -1;
  pid_ = -1;
}

// A write to a git that died must fail with EPIPE, not end most with SIGPIPE: the signal is
// blocked on this thread for the write and a pending one taken back before unblocking.
bool GitBlobs::send(std::string_view request, Clock::time_point deadline) {
  sigset_t pipe_signal;
  sigset_t previous;
  sigemptyset(&pipe_signal);
  sigaddset(&pipe_signal, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe_signal, &previous);
  bool sent = true;
  while (!request.empty() && sent) {
    sent = wait_for(in_, POLLOUT, deadline);
    const ssize_t wrote = sent ? ::write(in_, request.data(), request.size()) : -1;
    if (wrote > 0) {
      request.remove_prefix(static_cast<std::size_t>(wrote));
    } else if (sent && !(wrote < 0 && (errno == EINTR || errno == EAGAIN))) {
      sent = false;
    }
  }
  if (!sent) {
    const timespec now{0, 0};
    while (sigtimedwait(&pipe_signal, nullptr, &now) == SIGPIPE) {
    }
  }
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  return sent;
}

// Copies `size` bytes of the answer into `into` (or drops them when `into` is null).
bool GitBlobs::receive(char* into, std::size_t size, Clock::time_point deadline) {
  while (size > 0) {
    if (used_ == buffer_.size()) {
      buffer_.resize(kChunk);
      used_ = 0;
      if (!wait_for(out_, POLLIN, deadline)) {
        buffer_.clear();
        return false;
      }
      const ssize_t got = ::read(out_, buffer_.data(), buffer_.size());
      buffer_.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
      if (got == 0 || (got < 0 && errno != EINTR)) {
        return false;
      }
      continue;
    }
    const std::size_t take = std::min(size, buffer_.size() - used_);
    if (into != nullptr) {
      std::copy_n(buffer_.data() + used_, take, into);
      into += take;
    }
    used_ += take;
    size -= take;
  }
  return true;
}

bool GitBlobs::receive_line(std::string& line, Clock::time_point deadline) {
  line.clear();
  char c = 0;
  while (line.size() < kMaxHeader) {
    if (!receive(&c, 1, deadline)) {
      return false;
    }
    if (c == '\n') {
      return true;
    }
    line.push_back(c);
  }
  return false;
}

BlobStatus GitBlobs::read(std::string_view oid, std::string& text) {
  text.clear();
  if (!is_object_name(oid)) {
    return BlobStatus::missing; // nothing else may reach git's input: one name, one line
  }
  if (!start()) {
    return BlobStatus::failed;
  }
  const Clock::time_point deadline = Clock::now() + std::chrono::seconds(seconds_);
  std::string header;
  const auto fail = [&] {
    broken_ = true;
    stop(true);
    return BlobStatus::failed;
  };
  if (!send(std::string(oid) + "\n", deadline) || !receive_line(header, deadline)) {
    return fail();
  }
  // "<oid> missing" (or "ambiguous"): no bytes follow.
  const std::size_t first = header.find(' ');
  const std::size_t second = header.find(' ', first == std::string::npos ? first : first + 1);
  if (first == std::string::npos || second == std::string::npos) {
    return header.ends_with(" missing") || header.ends_with(" ambiguous") ? BlobStatus::missing
                                                                          : fail();
  }
  std::uint64_t size = 0;
  const char* digits = header.data() + second + 1;
  const auto [end, error] = std::from_chars(digits, header.data() + header.size(), size);
  if (error != std::errc{} || end != header.data() + header.size()) {
    return fail();
  }
  const bool blob = header.compare(first + 1, second - first - 1, "blob") == 0;
  if (!blob || size > max_bytes_) {
    // Skipped in pieces: a huge object costs time, never memory.
    while (size > 0) {
      const std::size_t piece = static_cast<std::size_t>(std::min<std::uint64_t>(size, kChunk));
      if (!receive(nullptr, piece, deadline)) {
        return fail();
      }
      size -= piece;
    }
    char newline = 0;
    if (!receive(&newline, 1, deadline) || newline != '\n') {
      return fail();
    }
    return blob ? BlobStatus::too_large : BlobStatus::missing;
  }
  text.resize(static_cast<std::size_t>(size));
  char newline = 0;
  if (!receive(text.data(), text.size(), deadline) || !receive(&newline, 1, deadline) ||
      newline != '\n') {
    text.clear();
    return fail();
  }
  return BlobStatus::read;
}

} // namespace most
