// Findings as protocol diagnostics: the same findings `most check` prints, positioned in
// UTF-16 code units.

#include "features.hpp"

namespace most::lsp {

namespace {

int severity_code(Severity severity) {
  switch (severity) {
  case Severity::Error:
    return 1;
  case Severity::Warning:
    return 2;
  case Severity::Note:
  case Severity::Off:
    break;
  }
  return 3;
}

// Whether a flow collection is open on `line` before byte `at`.
bool in_flow(std::string_view line, std::size_t at) {
  int depth = 0;
  char quote = 0;
  for (std::size_t i = 0; i < at && i < line.size(); ++i) {
    const char c = line[i];
    if (quote != 0) {
      if (c == quote) {
        quote = '\0';
      }
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return depth > 0;
}

// Where the scalar starting at byte `at` of `line` ends: a key at its ':', a value at a
// comment, at the end of the line, or in a flow collection at ',' ']' '}'.
std::size_t scalar_end(std::string_view line, std::size_t at) {
  const bool flow = in_flow(line, at);
  const char quote = at < line.size() && (line[at] == '"' || line[at] == '\'') ? line[at] : '\0';
  std::size_t end = at;
  for (std::size_t i = at + (quote != 0 ? 1 : 0); i < line.size(); ++i) {
    const char c = line[i];
    if (quote != 0) {
      if (c == quote) {
        return i + 1;
      }
      continue;
    }
    const bool space_after = i + 1 == line.size() || line[i + 1] == ' ' || line[i + 1] == '\t';
    if ((c == ':' && space_after) || (c == '#' && i > at && line[i - 1] == ' ') ||
        (flow && (c == ',' || c == ']' || c == '}'))) {
      break;
    }
    end = i + 1;
  }
  while (end > at && (line[end - 1] == ' ' || line[end - 1] == '\t')) {
    --end;
  }
  return quote != 0 ? line.size() : end;
}

} // namespace

Json position_json(Position at) { return Json{{"line", at.line}, {"character", at.character}}; }

Json finding_range(const LineMap& lines, const Diagnostic& diagnostic) {
  const Position start = lines.position(diagnostic.location);
  Position end = start;
  if (diagnostic.location.line > 0) {
    const std::string_view line = lines.line(start.line);
    const std::size_t at = lines.offset(start) - lines.line_start(start.line);
    std::size_t stop = scalar_end(line, at);
    if (stop <= at) {
      // Nothing to underline here (a missing value): the rest of the line, or one character.
      stop = line.size() > at ? line.size() : at;
    }
    end.character = start.character + utf16_length(line.substr(at, stop - at));
  }
  return Json{{"start", position_json(start)}, {"end", position_json(end)}};
}

Json diagnostic_json(const LineMap& lines, const Diagnostic& diagnostic) {
  Json result{{"range", finding_range(lines, diagnostic)},
              {"severity", severity_code(diagnostic.severity)},
              {"code", diagnostic.rule},
              {"source", "most"},
              {"message", diagnostic.message}};
  return result;
}

Json publish_params(const Document& document) {
  Json diagnostics = Json::array();
  if (document.too_large) {
    diagnostics.push_back(
        Json{{"range", Json{{"start", position_json({})}, {"end", position_json({})}}},
             {"severity", 1},
             {"source", "most"},
             {"message", "the document is larger than most checks (the "
                         "limit of 'most check --max-file-size'); not checked"}});
  } else if (document.analysis) {
    const LineMap lines(document.text);
    for (const std::string& error : document.analysis->errors) {
      diagnostics.push_back(
          Json{{"range", Json{{"start", position_json({})}, {"end", position_json({})}}},
               {"severity", 1},
               {"code", "config"},
               {"source", "most"},
               {"message", error}});
    }
    for (const Diagnostic& diagnostic : document.analysis->diagnostics()) {
      diagnostics.push_back(diagnostic_json(lines, diagnostic));
    }
  }
  Json params{{"uri", document.uri}, {"diagnostics", std::move(diagnostics)}};
  if (!document.too_large) {
    params["version"] = document.version;
  }
  return params;
}

} // namespace most::lsp
