#include "cli.hpp"

#include <iostream>

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const int status = most::cli::most_main(argc, argv, std::cin, std::cout, std::cerr);
  std::cout.flush();
  // A report that did not reach its reader (a full disk, a closed pipe) is a failed job.
  if (!std::cout) {
    std::cerr << "most: error: cannot write the output\n";
    return most::cli::kFailure;
  }
  return status;
}
