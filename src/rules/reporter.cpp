#include <most/rules.hpp>

#include <utility>

namespace most {

void Reporter::report(const ItemInfo& item, SourceLocation where, std::string message) {
  report(rule_.severity, item, where, std::move(message));
}

void Reporter::report(Severity severity, const ItemInfo& item, SourceLocation where,
                      std::string message) {
  Diagnostic diagnostic;
  diagnostic.rule = std::string(rule_.name);
  diagnostic.severity = severity;
  diagnostic.message = std::move(message);
  // Rules pass `{}` when the finding is about the item as a whole.
  diagnostic.location = where.line == 0 ? item.location : where;
  diagnostic.item = item.id;
  out_.push_back(std::move(diagnostic));
}

void Reporter::report(const ItemInfo& item, SourceLocation where, std::string message, Fix fix) {
  report(rule_.severity, item, where, std::move(message));
  out_.back().fix = std::move(fix);
}

} // namespace most
