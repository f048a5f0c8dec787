// `GitBlobs`: every blob of a run read through one `git cat-file --batch`. The requests are
// written as git takes them while the answers are read, each answer within a deadline; a
// blob over the limit is skipped by reading its bytes in pieces, never held whole.

#include "git_process.hpp"

#include <most/git.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <fcntl.h>
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
  ::fcntl(in_, F_SETFL, ::fcntl(in_, F_GETFL) | O_NONBLOCK); // written only when poll says so
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

// Waits for an answer's bytes, writing the requests not yet sent whenever git can take
// them; false past the deadline, when git closed its output, or could not be written to.
bool GitBlobs::pump(Clock::time_point deadline) {
  for (;;) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) {
      return false;
    }
    const bool writing = sent_ < requests_.size();
    std::array<pollfd, 2> fds{pollfd{out_, POLLIN, 0}, pollfd{writing ? in_ : -1, POLLOUT, 0}};
    const int ready = ::poll(fds.data(), fds.size(), static_cast<int>(left));
    if (ready < 0 && errno != EINTR) {
      return false;
    }
    if (ready > 0 && fds[1].revents != 0) {
      // Non-blocking, and SIGPIPE is blocked around the whole read: a git that died gives
      // EPIPE here instead of ending most.
      const ssize_t wrote = ::write(in_, requests_.data() + sent_, requests_.size() - sent_);
      if (wrote > 0) {
        sent_ += static_cast<std::size_t>(wrote);
      } else if (errno != EINTR && errno != EAGAIN) {
        return false;
      }
    }
    if (ready > 0 && fds[0].revents != 0) {
      return true; // readable, or closed: read() tells which
    }
  }
}

// Copies `size` bytes of the answer into `into` (or drops them when `into` is null).
bool GitBlobs::receive(char* into, std::size_t size, Clock::time_point deadline) {
  while (size > 0) {
    if (used_ == buffer_.size()) {
      buffer_.resize(kChunk);
      used_ = 0;
      if (!pump(deadline)) {
        buffer_.clear();
        return false;
      }
      const ssize_t got = ::read(out_, buffer_.data(), buffer_.size());
      buffer_.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
      if (got == 0 || (got < 0 && errno != EINTR && errno != EAGAIN)) {
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
  std::vector<std::string> texts;
  const BlobStatus status = read_all({std::string(oid)}, texts).front();
  text = std::move(texts.front());
  return status;
}

std::vector<BlobStatus> GitBlobs::read_all(const std::vector<std::string>& oids,
                                           std::vector<std::string>& texts) {
  texts.assign(oids.size(), std::string());
  std::vector<BlobStatus> statuses(oids.size(), BlobStatus::missing);
  requests_.clear();
  sent_ = 0;
  for (const std::string& oid : oids) {
    if (is_object_name(oid)) { // nothing else may reach git's input: one name, one line
      requests_ += oid + "\n";
    }
  }
  if (requests_.empty()) {
    return statuses;
  }
  if (!start()) {
    std::fill(statuses.begin(), statuses.end(), BlobStatus::failed);
    return statuses;
  }
  sigset_t pipe_signal;
  sigset_t previous;
  sigemptyset(&pipe_signal);
  sigaddset(&pipe_signal, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe_signal, &previous);
  for (std::size_t i = 0; i < oids.size(); ++i) {
    if (is_object_name(oids[i])) {
      statuses[i] = broken_ ? BlobStatus::failed : answer(texts[i]);
    }
  }
  // A SIGPIPE raised while blocked is taken back, so that unblocking does not deliver it.
  const timespec now{0, 0};
  while (sigtimedwait(&pipe_signal, nullptr, &now) == SIGPIPE) {
  }
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  return statuses;
}

// Reads the next answer: "<oid> <type> <size>\n<bytes>\n", or "<name> missing\n".
BlobStatus GitBlobs::answer(std::string& text) {
  const Clock::time_point deadline = Clock::now() + std::chrono::seconds(seconds_);
  const auto fail = [&] {
    broken_ = true;
    stop(true);
    return BlobStatus::failed;
  };
  std::string header;
  if (!receive_line(header, deadline)) {
    return fail();
  }
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
      const auto piece = static_cast<std::size_t>(std::min<std::uint64_t>(size, kChunk));
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
