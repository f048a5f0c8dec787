// `most init` and `most schema`: what a new plan starts from, and what editors check it with.

#include "cli/commands.hpp"
#include "cli/output.hpp"

#include <most/authoring.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <ostream>
#include <sstream>
#include <system_error>

namespace most::cli {

namespace {

// The installed schema: beside the binary's prefix when installed somewhere else than it was
// built for (`cmake --install --prefix`, an unpacked .deb), else where CMake put it.
std::string installed_schema() {
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::path self = fs::read_symlink("/proc/self/exe", error);
  if (!error) {
    const fs::path beside = self.parent_path().parent_path() / MOST_SCHEMA_SUBPATH;
    if (fs::is_regular_file(beside, error)) {
      return beside.string();
    }
  }
  return MOST_SCHEMA_PATH;
}

} // namespace

int run_init(const InitOptions& options, Streams io) {
  Date today;
  if (!resolve_as_of(options.as_of, today, io.err)) {
    return kFailure;
  }
  const std::string schema = options.schema.empty() ? installed_schema() : options.schema;
  if (schema.find_first_of("\r\n") != std::string::npos) {
    print_error(io.err, "--schema must be one line: it goes into a YAML comment");
    return kFailure;
  }
  std::ostringstream plan;
  render_starter_plan(plan, today, schema);
  if (options.file == "-") {
    io.out << plan.str();
    return kSuccess;
  }
  std::error_code exists_error;
  if (std::filesystem::symlink_status(options.file, exists_error).type() !=
      std::filesystem::file_type::not_found) {
    print_error(io.err, fmt::format("'{}' exists already; most init never overwrites a file "
                                    "(name a new one: most init FILE)",
                                    options.file));
    return kFailure;
  }
  std::string error;
  if (!write_atomically(options.file, plan.str(), error, Existing::Keep)) {
    print_error(io.err, error);
    return kFailure;
  }
  io.out << fmt::format("wrote {}; edit it, then run: most check {}\n", options.file, options.file);
  return kSuccess;
}

int run_schema(Streams io) {
  render_plan_schema(io.out);
  return kSuccess;
}

} // namespace most::cli
