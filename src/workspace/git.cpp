#include "git_process.hpp"

#include <most/git.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <string_view>
#include <sys/wait.h>
#include <unistd.h>

namespace most {

namespace {

// The environment git runs in: ours, with prompts, pagers and translations turned off, and
// without the variables that point git at another repository (`git rev-parse
// --local-env-vars`; a hook or a CI step may have set GIT_DIR), so `-C DIR` alone decides.
std::vector<std::string> git_environment() {
  static constexpr auto kOverrides = std::to_array<std::string_view>(
      {"GIT_TERMINAL_PROMPT=0", "GIT_PAGER=cat", "PAGER=cat", "LC_ALL=C", "LANGUAGE="});
  static constexpr auto kRepositoryVariables = std::to_array<std::string_view>(
      {"GIT_ALTERNATE_OBJECT_DIRECTORIES=", "GIT_CONFIG=", "GIT_CONFIG_PARAMETERS=",
       "GIT_CONFIG_COUNT=", "GIT_OBJECT_DIRECTORY=", "GIT_DIR=", "GIT_WORK_TREE=",
       "GIT_IMPLICIT_WORK_TREE=", "GIT_GRAFT_FILE=", "GIT_INDEX_FILE=", "GIT_NO_REPLACE_OBJECTS=",
       "GIT_REPLACE_REF_BASE=", "GIT_PREFIX=", "GIT_SHALLOW_FILE=", "GIT_COMMON_DIR="});
  std::vector<std::string> env;
  for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
    const std::string_view variable(*entry);
    const std::string_view name = variable.substr(0, variable.find('=') + 1);
    const auto named = [&](std::string_view listed) { return listed.starts_with(name); };
    if (std::none_of(kOverrides.begin(), kOverrides.end(), named) &&
        std::none_of(kRepositoryVariables.begin(), kRepositoryVariables.end(), named)) {
      env.emplace_back(variable);
    }
  }
  env.insert(env.end(), kOverrides.begin(), kOverrides.end());
  return env;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
  std::vector<char*> list;
  list.reserve(strings.size() + 1);
  for (std::string& text : strings) {
    list.push_back(text.data());
  }
  list.push_back(nullptr);
  return list;
}

// Reads git's stdout (up to `max_bytes`) and stderr until both close; false when git has to
// be stopped: too much output, or past the deadline.
bool drain(int out_fd, int err_fd, std::uint64_t max_bytes,
           std::chrono::steady_clock::time_point deadline, GitOutput& result) {
  constexpr std::size_t kMaxErrBytes = std::size_t{64} * 1024;
  std::array<pollfd, 2> fds{pollfd{out_fd, POLLIN, 0}, pollfd{err_fd, POLLIN, 0}};
  std::array<char, 65536> buffer{};
  while (fds[0].fd >= 0 || fds[1].fd >= 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      result.timed_out = true;
      return false;
    }
    const int ready = ::poll(fds.data(), fds.size(), static_cast<int>(left.count()));
    if (ready < 0 && errno != EINTR) {
      return false;
    }
    for (std::size_t i = 0; i < fds.size() && ready > 0; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) {
        continue;
      }
      const ssize_t got = ::read(fds[i].fd, buffer.data(), buffer.size());
      if (got < 0 && errno == EINTR) {
        continue;
      }
      if (got <= 0) {
        fds[i].fd = -1; // closed by the caller
        continue;
      }
      std::string& sink = i == 0 ? result.out : result.err;
      const std::size_t limit = i == 0 ? max_bytes : kMaxErrBytes;
      const std::size_t room = sink.size() < limit ? limit - sink.size() : 0;
      sink.append(buffer.data(), std::min<std::size_t>(room, static_cast<std::size_t>(got)));
      if (i == 0 && static_cast<std::size_t>(got) > room) {
        result.too_large = true;
        return false;
      }
    }
  }
  return true;
}

} // namespace

namespace detail {

GitChild spawn_git(const std::string& dir, const std::vector<std::string>& args, bool with_input,
                   bool with_errors) {
  GitChild child;
  std::array<int, 2> in_pipe{-1, -1};
  std::array<int, 2> out_pipe{-1, -1};
  std::array<int, 2> err_pipe{-1, -1};
  const auto close_all = [&] {
    for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) {
      if (fd >= 0) {
        ::close(fd);
      }
    }
  };
  if ((with_input && ::pipe2(in_pipe.data(), O_CLOEXEC) != 0) ||
      ::pipe2(out_pipe.data(), O_CLOEXEC) != 0 ||
      (with_errors && ::pipe2(err_pipe.data(), O_CLOEXEC) != 0)) {
    close_all();
    return child;
  }
  std::vector<std::string> argv{"git", "-C", dir};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<std::string> env = git_environment();
  std::vector<char*> argv_pointers = pointers(argv);
  std::vector<char*> env_pointers = pointers(env);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (with_input) {
    posix_spawn_file_actions_adddup2(&actions, in_pipe[0], STDIN_FILENO);
  } else {
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  }
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);
  if (with_errors) {
    posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);
  } else {
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  }
  pid_t pid = 0;
  const int spawned =
      posix_spawnp(&pid, "git", &actions, nullptr, argv_pointers.data(), env_pointers.data());
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    close_all();
    return child;
  }
  // Our ends stay open; git's ends close here so that EOF reaches whoever reads.
  ::close(out_pipe[1]);
  if (with_input) {
    ::close(in_pipe[0]);
  }
  if (with_errors) {
    ::close(err_pipe[1]);
  }
  child.pid = pid;
  child.in = in_pipe[1];
  child.out = out_pipe[0];
  child.err = err_pipe[0];
  return child;
}

} // namespace detail

GitOutput run_git(const std::string& dir, const std::vector<std::string>& args,
                  std::uint64_t max_bytes, int seconds) {
  GitOutput result;
  const detail::GitChild child = detail::spawn_git(dir, args, false, true);
  if (child.pid < 0) {
    return result;
  }
  result.started = true;
  const bool finished =
      drain(child.out, child.err, max_bytes,
            std::chrono::steady_clock::now() + std::chrono::seconds(seconds), result);
  if (!finished) {
    ::kill(child.pid, SIGKILL);
  }
  int wait_status = 0;
  while (::waitpid(child.pid, &wait_status, 0) < 0 && errno == EINTR) {
  }
  result.status = WIFEXITED(wait_status) && finished ? WEXITSTATUS(wait_status) : -1;
  ::close(child.out);
  ::close(child.err);
  return result;
}

} // namespace most
