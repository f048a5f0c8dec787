// `most init` and `most schema`: what a new plan starts from, and what editors check it with.

#include "commands.hpp"

#include <most/authoring.hpp>
#include <most/output.hpp>
#include <most/utf8.hpp>

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

// `most init plans/` writes plans/plan.yaml, as `cp` copies into a directory.
std::filesystem::path plan_path(const std::string& file) {
  namespace fs = std::filesystem;
  std::error_code error;
  fs::path path(file);
  if (!path.has_filename() || fs::is_directory(path, error)) {
    return path / "plan.yaml";
  }
  return path;
}

bool has_blank(const std::string& text) {
  return text.find_first_of(" \t\r\n") != std::string::npos;
}

// A plan written by a binary that is not installed names a schema that is not there.
void warn_if_unusable(const std::string& schema, std::ostream& err) {
  std::error_code error;
  if (has_blank(schema) || !std::filesystem::is_regular_file(schema, error)) {
    err << fmt::format("most: warning: the modeline names {}, {}; editors will not find the "
                       "schema there (install most, or pass --schema PATH|URL)\n",
                       printable(schema),
                       has_blank(schema) ? "a path with a blank" : "which does not exist");
  }
}

} // namespace

int run_init(const InitOptions& options, Streams io) {
  Date today;
  if (!resolve_as_of(options.as_of, today, io.err)) {
    return kFailure;
  }
  if (add_months(today, 12).year() > std::chrono::year{9999}) {
    print_error(io.err, "--as-of is too late: the plan's mission would end after 9999");
    return kFailure;
  }
  // The modeline's reference ends at the first blank.
  if (has_blank(options.schema)) {
    print_error(io.err, "--schema must not hold blanks: the modeline would end at the first "
                        "one (write a space as %20 in a URL)");
    return kFailure;
  }
  const std::string schema = options.schema.empty() ? installed_schema() : options.schema;
  std::ostringstream plan;
  render_starter_plan(plan, today, schema);
  if (options.file == "-") {
    io.out << plan.str();
  } else {
    const std::filesystem::path path = plan_path(options.file);
    std::error_code ignored; // a directory that cannot be made fails the write, which says why
    if (path.has_parent_path()) {
      std::filesystem::create_directories(path.parent_path(), ignored);
    }
    std::string error;
    if (!write_atomically(path.string(), plan.str(), error, Existing::Keep)) {
      print_error(io.err, error);
      return kFailure;
    }
    io.out << fmt::format("wrote {}; edit it, then run: most check {}\n", path.string(),
                          path.string());
  }
  if (options.schema.empty()) {
    warn_if_unusable(schema, io.err);
  }
  return kSuccess;
}

int run_schema(Streams io) {
  render_plan_schema(io.out);
  return kSuccess;
}

} // namespace most::cli
