#pragma once

// What the server answers, one function per request, over an open document and what checking
// it found. Each returns the JSON of the protocol's result (null when there is nothing).

#include "documents.hpp"
#include "text_position.hpp"

#include <nlohmann/json.hpp>

namespace most::lsp {

using Json = nlohmann::json;

/// A protocol position as JSON.
Json position_json(Position at);

/// The range a finding underlines: from its position to the end of the scalar there.
Json finding_range(const LineMap& lines, const Diagnostic& diagnostic);

/// One finding as a protocol diagnostic: the rule as code, `most` as source.
Json diagnostic_json(const LineMap& lines, const Diagnostic& diagnostic);

/// `textDocument/publishDiagnostics` params for `document`: every finding `most check` reports,
/// and each `.most.yaml` problem at the top of the file.
Json publish_params(const Document& document);

/// `textDocument/hover`: the objective's figures, the tactic's owner and due day, the rule's
/// summary, or the mission's span.
Json hover(const Document& document, Position at);

/// `textDocument/completion`: owner ids, statuses, rule names or `aligns_with` targets, by the
/// key the position is the value of.
Json completion(const Document& document, Position at, const Documents& documents);

/// `textDocument/codeAction`: a quick fix for every finding with a fix in `range` (the safe
/// ones preferred), and one action for all the safe fixes of the file.
Json code_actions(const Document& document, Position from, Position to, const Json& only);

/// `textDocument/definition` on an `aligns_with` reference: where the objective is, counted in
/// the text it was read from (an open document's, else the file's).
Json definition(const Document& document, Position at, const Documents& documents);

} // namespace most::lsp
