#pragma once

// The documents the client has open, and what checking each one found: the server's state
// between messages.

#include "text_position.hpp"

#include <most/date.hpp>
#include <most/workspace.hpp>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace most::lsp {

/// One document checked: the plans of the run (the document's first), its findings, and the
/// configuration errors met on the way.
struct Analysis {
  CheckedPlans checked;
  Date as_of;
  std::vector<std::string> errors; ///< `.most.yaml` problems, one sentence each

  /// The document's plan, or nullptr when its text is not a plan.
  const Plan* plan() const;
  /// The document's findings.
  const std::vector<Diagnostic>& diagnostics() const;
};

/// A document as the client last sent it.
struct Document {
  std::string uri;
  std::string path; ///< the file it is, or the URI when it is not a file
  std::string text;
  long long version = 0;
  bool too_large = false;                   ///< over the size limit: not kept and not checked
  std::shared_ptr<const Analysis> analysis; ///< nullptr until checked after the last change
  /// How the text was last read: the next check parses only the entries that changed since.
  std::shared_ptr<const PlanReading> reading;
};

/// The open documents by URI.
class Documents {
public:
  /// The document at `uri`, or nullptr.
  Document* find(const std::string& uri);
  /// The open document that is the file `path`, or nullptr.
  const Document* find_path(const std::string& path) const;
  Document& open(const std::string& uri);
  void close(const std::string& uri);
  const std::map<std::string, Document>& all() const { return by_uri_; }

private:
  std::map<std::string, Document> by_uri_;
};

/// The path a document's URI names, normalised so references to it compare equal.
std::string document_path(const std::string& uri);

/// Whether checking a document read the plan file `path` (through a reference, say).
bool reads_file(const Analysis& analysis, const std::string& path);

/// Says why a reference may not lead to a path (empty: it may): the CLI's limit, the git work
/// tree that holds the plan.
using ReferenceGuard = std::function<std::string(const std::string&, const std::string&)>;

/// Checks `document` as `most check` would, reading aligned plans from open documents first
/// and then from disk, with the `.most.yaml` that applies to its folder.
std::shared_ptr<const Analysis> analyse(const Document& document, const Documents& documents,
                                        Date as_of, const ReferenceGuard& guard,
                                        bool read_files = true);

} // namespace most::lsp
