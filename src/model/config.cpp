#include <most/config.hpp>

namespace most {

std::optional<Severity> Config::severity_of(std::string_view rule) const {
  const auto found = severities.find(rule);
  if (found == severities.end()) {
    return std::nullopt;
  }
  return found->second;
}

} // namespace most
