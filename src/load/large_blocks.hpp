#pragma once

// An allocator for the loader's few large arrays (the YAML tree of a big plan). Blocks of
// 2 MiB or more are mapped directly, rounded up to whole 2 MiB, and marked MADV_HUGEPAGE, so
// that Linux may back them with 2 MiB pages: on the machines measured in bench/, a first touch
// of a 4 KiB page costs about 10 µs, and the tree of a 20,000-tactic plan touched some 2,600
// of them. Smaller blocks, other systems and sanitizer builds (which must see every
// allocation) use the ordinary allocator; madvise is only a hint.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <sys/mman.h>
#include <type_traits>

// CMake defines MOST_SANITIZED for its sanitizer and fuzz builds; a build that adds
// -fsanitize=address by hand is recognised here.
#if !defined(MOST_SANITIZED)
#if defined(__SANITIZE_ADDRESS__)
#define MOST_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MOST_SANITIZED 1
#endif
#endif
#endif

namespace most {

template <class T> class LargeBlockAllocator {
public:
  using value_type = T; // NOLINT(readability-identifier-naming): the allocator requirements name it
  // Stateless: any instance frees what another allocated, so containers move without copying
  // (and their move assignment cannot throw).
  using is_always_equal = std::true_type; // NOLINT(readability-identifier-naming): as above

  LargeBlockAllocator() = default;
  template <class U> explicit LargeBlockAllocator(const LargeBlockAllocator<U>& /*other*/) {}

  T* allocate(std::size_t n) {
    if (n > SIZE_MAX / sizeof(T)) {
      throw std::bad_array_new_length();
    }
    if (!large(n)) {
      return std::allocator<T>{}.allocate(n);
    }
    void* block = ::mmap(nullptr, mapped_bytes(n), PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (block == MAP_FAILED) {
      throw std::bad_alloc();
    }
    ::madvise(block, mapped_bytes(n), MADV_HUGEPAGE);
    return static_cast<T*>(block);
  }

  void deallocate(T* block, std::size_t n) {
    if (!large(n)) {
      std::allocator<T>{}.deallocate(block, n);
      return;
    }
    ::munmap(block, mapped_bytes(n));
  }

  template <class U>
  friend bool operator==(const LargeBlockAllocator& /*a*/, const LargeBlockAllocator<U>& /*b*/) {
    return true;
  }

private:
  static constexpr std::size_t kHugePage = std::size_t{2} << 20U;

  // Whole huge pages, so that the kernel can map every part of the block with them.
  static std::size_t mapped_bytes(std::size_t n) {
    return (n * sizeof(T) + kHugePage - 1) / kHugePage * kHugePage;
  }

  static bool large(std::size_t n) {
#if defined(MOST_SANITIZED)
    (void)n;
    return false;
#else
    return n >= kHugePage / sizeof(T);
#endif
  }
};

} // namespace most
