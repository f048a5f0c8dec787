// `most check --fix`: the fixes findings carry (a misspelt key, a status synonym, an owner
// typo), made as text edits at their positions and proved like every other edit.

#include "plan_text.hpp"
#include "proof.hpp"

#include <most/edit.hpp>
#include <most/load.hpp>

#include <algorithm>

namespace most {

namespace {

using edit::PlanText;
using edit::Splice;

// Fixes proved one by one when they fail together: each proof loads the plan again.
constexpr std::size_t kMaxSingleProofs = 64;

// Whether `offset` lies inside a flow collection on its line ("{action: x, owner: anaa}").
bool in_flow(const PlanText& text, std::size_t offset) {
  const std::size_t start = text.line_start(text.line_of(offset));
  int depth = 0;
  for (std::size_t i = start; i < offset; ++i) {
    const char c = text.body()[i];
    if (c == '"' || c == '\'') {
      const std::optional<std::size_t> end = text.scalar_end(i, true);
      if (!end || *end > offset) {
        return depth > 0;
      }
      i = *end - 1;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      depth = std::max(0, depth - 1);
    }
  }
  return depth > 0;
}

// The splice a fix makes, if its position can be read.
std::optional<Splice> splice_of(const PlanText& text, const Fix& fix) {
  const std::optional<std::size_t> at = text.offset(fix.at);
  if (!at) {
    return std::nullopt;
  }
  const std::string_view body = text.body();
  std::optional<std::size_t> end;
  if (fix.key && body[*at] != '"' && body[*at] != '\'') {
    // A plain key ends at the ':' that a space, a line end or a flow indicator follows.
    const std::size_t line_end = text.content_end(text.line_of(*at));
    for (std::size_t i = *at; i < line_end; ++i) {
      if (body[i] == ':' && (i + 1 == line_end || body[i + 1] == ' ' || body[i + 1] == '\t' ||
                             body[i + 1] == ',' || body[i + 1] == '}')) {
        end = i;
        break;
      }
    }
    if (!end) {
      return std::nullopt;
    }
    return Splice{*at, *end - *at,
                  edit::scalar_like(body.substr(*at, *end - *at), fix.replacement)};
  }
  const std::size_t start = text.skip_properties(*at); // `&anchor`, `!tag` stay
  end = text.scalar_end(start, in_flow(text, start));
  if (!end || *end <= start) {
    return std::nullopt;
  }
  return Splice{start, *end - start,
                edit::scalar_like(body.substr(start, *end - start), fix.replacement)};
}

// Whether `splices` give a text that loads as a plan with no finding of the loader `old` did
// not have; `fresh` receives the text and `loaded` what it loads to.
bool proved(const PlanText& text, const LoadResult& old, const std::vector<Splice>& splices,
            std::string_view name, std::string& fresh, LoadResult& loaded) {
  fresh = text.apply(splices);
  loaded = load_plan(fresh, name);
  return loaded.ok && !edit::new_load_finding(old, loaded).has_value();
}

} // namespace

EditOutcome apply_fixes(std::string_view raw, std::string_view name,
                        std::span<const Diagnostic> findings, bool unsafe,
                        std::vector<Diagnostic>& applied) {
  EditOutcome outcome;
  outcome.ok = true;
  outcome.text = std::string(raw);
  const PlanText text(raw);
  std::vector<std::pair<Splice, const Diagnostic*>> candidates;
  for (const Diagnostic& finding : findings) {
    if (!finding.fix || (!finding.fix->safe && !unsafe)) {
      continue;
    }
    std::optional<Splice> splice = splice_of(text, *finding.fix);
    const bool taken = std::any_of(candidates.begin(), candidates.end(), [&](const auto& c) {
      return splice && c.first.offset == splice->offset;
    });
    if (splice && !taken) {
      candidates.emplace_back(*std::move(splice), &finding);
    }
  }
  if (candidates.empty()) {
    return outcome;
  }
  const LoadResult old = load_plan(raw, name);
  std::vector<Splice> splices;
  splices.reserve(candidates.size());
  for (const auto& [splice, finding] : candidates) {
    splices.push_back(splice);
  }
  std::string fresh;
  LoadResult loaded;
  if (!proved(text, old, splices, name, fresh, loaded)) {
    // Keep the fixes that pass alone, then prove them together once more. Each is a whole load
    // of the plan, so past kMaxSingleProofs fixes the batch is given up instead.
    if (candidates.size() > kMaxSingleProofs) {
      return outcome;
    }
    splices.clear();
    std::vector<std::pair<Splice, const Diagnostic*>> kept;
    for (const auto& candidate : candidates) {
      if (proved(text, old, {candidate.first}, name, fresh, loaded)) {
        kept.push_back(candidate);
        splices.push_back(candidate.first);
      }
    }
    candidates = std::move(kept);
    if (splices.empty() || !proved(text, old, splices, name, fresh, loaded)) {
      return outcome;
    }
  }
  for (const auto& [splice, finding] : candidates) {
    applied.push_back(*finding);
  }
  outcome.text = std::move(fresh);
  return outcome;
}

} // namespace most
