#include <most/rules.hpp>

#include <cassert>
#include <utility>

namespace most {

void Reporter::report(std::string_view rule, const ItemInfo& item, SourceLocation where,
                      std::string message) {
  const RuleInfo* info = find_rule(rule);
  // A rule name missing from the table is a programming error, not a user's problem.
  assert(info != nullptr);
  report(rule, info != nullptr ? info->severity : Severity::Error, item, where, std::move(message));
}

void Reporter::report(std::string_view rule, Severity severity, const ItemInfo& item,
                      SourceLocation where, std::string message) {
  Diagnostic diagnostic;
  diagnostic.rule = std::string(rule);
  diagnostic.severity = severity;
  diagnostic.message = std::move(message);
  // Rules pass `{}` when the finding is about the item as a whole.
  diagnostic.location = where.line == 0 ? item.location : where;
  diagnostic.item = item.id;
  out_.push_back(std::move(diagnostic));
}

} // namespace most
