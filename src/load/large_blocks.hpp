#pragma once

// An allocator for the loader's few large arrays (the YAML tree of a big plan). Blocks of
// 2 MiB or more are mapped directly and marked MADV_HUGEPAGE, so that Linux may back them
// with 2 MiB pages: on the machines measured in bench/, a first touch of a 4 KiB page costs
// about 10 µs, and the tree of a 20,000-tactic plan touched some 2,600 of them. Smaller
// blocks, other systems and sanitizer builds (which must see every allocation) use the
// ordinary allocator; madvise is only a hint.

#include <cstddef>
#include <memory>
#include <new>
#include <sys/mman.h>

namespace most {

template <class T> class LargeBlockAllocator {
public:
  using value_type = T;

  LargeBlockAllocator() = default;
  template <class U> explicit LargeBlockAllocator(const LargeBlockAllocator<U>& /*other*/) {}

  T* allocate(std::size_t n) {
    if (!large(n)) {
      return std::allocator<T>{}.allocate(n);
    }
    void* block = ::mmap(nullptr, n * sizeof(T), PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (block == MAP_FAILED) {
      throw std::bad_alloc();
    }
    ::madvise(block, n * sizeof(T), MADV_HUGEPAGE);
    return static_cast<T*>(block);
  }

  void deallocate(T* block, std::size_t n) {
    if (!large(n)) {
      std::allocator<T>{}.deallocate(block, n);
      return;
    }
    ::munmap(block, n * sizeof(T));
  }

  friend bool operator==(const LargeBlockAllocator& /*a*/, const LargeBlockAllocator& /*b*/) {
    return true;
  }

private:
  static bool large(std::size_t n) {
#if defined(MOST_SANITIZED)
    (void)n;
    return false;
#else
    constexpr std::size_t kLargeBlock = std::size_t{2} << 20U;
    return n >= kLargeBlock / sizeof(T);
#endif
  }
};

} // namespace most
