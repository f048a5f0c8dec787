#pragma once

// A minimal parallel for: enough for checking independent plans on every core.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace most {

/// Calls `task(i)` for every i in [0, count) on up to `jobs` threads (0: one per core).
/// Tasks must not touch each other's data; the first exception is rethrown here.
inline void run_in_parallel(std::size_t count, unsigned jobs,
                            const std::function<void(std::size_t)>& task) {
  unsigned threads = jobs == 0 ? std::max(1U, std::thread::hardware_concurrency()) : jobs;
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, count));
  if (threads <= 1) {
    for (std::size_t i = 0; i < count; ++i) {
      task(i);
    }
    return;
  }
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  const auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      try {
        task(i);
      } catch (...) {
        const std::lock_guard lock(failure_mutex);
        failure = failure ? failure : std::current_exception();
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) {
    pool.emplace_back(worker);
  }
  worker();
  for (std::thread& thread : pool) {
    thread.join();
  }
  if (failure) {
    std::rethrow_exception(failure);
  }
}

} // namespace most
