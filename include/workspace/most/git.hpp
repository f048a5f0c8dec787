#pragma once

// Reading old versions of plans from git: `git` run as a subprocess, its output bounded.

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace most {

/// What one git command did.
struct GitOutput {
  bool started = false;   ///< false when git could not be run at all
  int status = -1;        ///< exit status; -1 when killed
  bool too_large = false; ///< stdout passed the limit and git was stopped
  bool timed_out = false; ///< git took longer than the time limit and was stopped
  std::string out;
  std::string err; ///< at most 64 KiB
};

/// Runs `git -C dir ARGS…` with no terminal prompts, no pager and messages in English, reading
/// at most `max_bytes` of its output and waiting at most `seconds`.
GitOutput run_git(const std::string& dir, const std::vector<std::string>& args,
                  std::uint64_t max_bytes, int seconds = 60);

/// What reading one object through `GitBlobs` gave.
enum class BlobStatus {
  read,      ///< the blob's bytes are in the text
  missing,   ///< no such object, or not a blob
  too_large, ///< larger than the limit: its bytes were skipped, never held
  failed,    ///< git could not be started, stopped answering in time or answered garbage
};

/// One `git cat-file --batch` for a repository, so reading every blob of a run starts one
/// process. Requests are written while answers are read (one poll on both pipes), so neither
/// side waits on a full pipe and a run does not pay a round trip per blob.
class GitBlobs {
public:
  /// Starts nothing yet: git is started by the first read. Blobs over `max_bytes` are refused.
  GitBlobs(std::string dir, std::uint64_t max_bytes, int seconds = 60);
  ~GitBlobs();
  GitBlobs(const GitBlobs&) = delete;
  GitBlobs& operator=(const GitBlobs&) = delete;
  GitBlobs(GitBlobs&&) = delete;
  GitBlobs& operator=(GitBlobs&&) = delete;

  /// Reads the blob named by `oid` (hexadecimal only) into `text`; after a failure git is
  /// stopped and every later read fails too.
  BlobStatus read(std::string_view oid, std::string& text);
  /// Reads every blob of `oids` in one stream of requests; `texts` gets one text per name.
  std::vector<BlobStatus> read_all(const std::vector<std::string>& oids,
                                   std::vector<std::string>& texts);

private:
  bool start();
  void stop(bool kill);
  BlobStatus answer(std::string& text);
  bool pump(std::chrono::steady_clock::time_point deadline);
  bool receive(char* into, std::size_t size, std::chrono::steady_clock::time_point deadline);
  bool receive_line(std::string& line, std::chrono::steady_clock::time_point deadline);

  std::string dir_;
  std::uint64_t max_bytes_;
  int seconds_;
  pid_t pid_ = -1;
  int in_ = -1;
  int out_ = -1;
  bool broken_ = false;
  std::string buffer_; ///< read from git and not yet used
  std::size_t used_ = 0;
  std::string requests_; ///< names not yet written to git, one a line
  std::size_t sent_ = 0;
};

} // namespace most
