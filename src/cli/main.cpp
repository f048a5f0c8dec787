#include "cli/cli.hpp"

#include <iostream>

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const int status = most::cli::most_main(argc, argv, std::cin, std::cout, std::cerr);
  std::cout.flush();
  return status;
}
