// Code actions: the fixes of `most check --fix` (SPEC §4.2), each made by the edit layer's own
// `apply_fixes` (so it is proved like every other edit) and sent as the smallest text edit
// that turns the old text into the new.

#include "features.hpp"

#include <most/edit.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace most::lsp {

namespace {

bool continues_character(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

// The one edit from `before` to `after`: the bytes between their common prefix and suffix,
// widened to whole characters so that UTF-16 positions exist for both ends.
Json text_edit(std::string_view before, std::string_view after) {
  std::size_t prefix = 0;
  const std::size_t shorter = std::min(before.size(), after.size());
  while (prefix < shorter && before[prefix] == after[prefix]) {
    ++prefix;
  }
  while (prefix > 0 && prefix < before.size() && continues_character(before[prefix])) {
    --prefix;
  }
  std::size_t suffix = 0;
  while (suffix < shorter - prefix &&
         before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix]) {
    ++suffix;
  }
  while (suffix > 0 && continues_character(before[before.size() - suffix])) {
    --suffix;
  }
  const LineMap lines(before);
  const Json range{{"start", position_json(lines.position_of(prefix))},
                   {"end", position_json(lines.position_of(before.size() - suffix))}};
  return Json{{"range", range},
              {"newText", std::string(after.substr(prefix, after.size() - suffix - prefix))}};
}

bool overlaps(const Json& range, Position from, Position to) {
  const auto line_of = [&](const char* end) { return range[end]["line"].get<std::size_t>(); };
  return line_of("start") <= to.line && line_of("end") >= from.line;
}

bool wanted(const Json& only, std::string_view kind) {
  if (!only.is_array()) {
    return true;
  }
  return std::any_of(only.begin(), only.end(), [kind](const Json& k) {
    if (!k.is_string()) {
      return false;
    }
    const std::string asked = k.get<std::string>();
    return kind == asked || kind.starts_with(asked + ".");
  });
}

std::string title(const Fix& fix) {
  return fmt::format("{} '{}'{}", fix.key ? "Rename the key to" : "Change to", fix.replacement,
                     fix.safe ? "" : " (check it is the one meant)");
}

} // namespace

Json code_actions(const Document& document, Position from, Position to, const Json& only) {
  Json actions = Json::array();
  if (!document.analysis || document.too_large) {
    return actions;
  }
  const LineMap lines(document.text);
  const std::vector<Diagnostic>& findings = document.analysis->diagnostics();
  if (wanted(only, "quickfix")) {
    for (const Diagnostic& finding : findings) {
      if (!finding.fix) {
        continue;
      }
      Json diagnostic = diagnostic_json(lines, finding);
      if (!overlaps(diagnostic["range"], from, to)) {
        continue;
      }
      std::vector<Diagnostic> applied;
      const EditOutcome fixed =
          apply_fixes(document.text, document.path, {&finding, 1}, /*unsafe=*/true, applied);
      if (!fixed.ok || applied.empty() || fixed.text == document.text) {
        continue; // the fix would not prove: the CLI would not make it either
      }
      Json edit{
          {"changes", Json{{document.uri, Json::array({text_edit(document.text, fixed.text)})}}}};
      actions.push_back(Json{{"title", title(*finding.fix)},
                             {"kind", "quickfix"},
                             {"diagnostics", Json::array({diagnostic})},
                             {"isPreferred", finding.fix->safe},
                             {"edit", std::move(edit)}});
    }
  }
  if (wanted(only, "source.fixAll.most")) {
    std::vector<Diagnostic> applied;
    const EditOutcome fixed =
        apply_fixes(document.text, document.path, findings, /*unsafe=*/false, applied);
    if (fixed.ok && !applied.empty() && fixed.text != document.text) {
      Json edit{
          {"changes", Json{{document.uri, Json::array({text_edit(document.text, fixed.text)})}}}};
      actions.push_back(Json{{"title", fmt::format("Fix all safe problems ({})", applied.size())},
                             {"kind", "source.fixAll.most"},
                             {"edit", std::move(edit)}});
    }
  }
  return actions;
}

} // namespace most::lsp
