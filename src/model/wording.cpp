#include <most/wording.hpp>

#include <fmt/format.h>

#include <cmath>

namespace most {

std::string count_of(long long count, std::string_view noun) {
  return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

std::string format_percent(std::optional<double> value) {
  if (!value || !std::isfinite(*value)) {
    return "—";
  }
  std::string out = fmt::format("{:.1f}%", *value);
  return out == "-0.0%" ? "0.0%" : out;
}

std::string format_amount(double value) {
  if (!std::isfinite(value)) {
    return "—";
  }
  if (value == std::floor(value) && std::fabs(value) < 1e15) {
    return fmt::format("{}", static_cast<long long>(value));
  }
  std::string out = fmt::format("{:.4f}", value);
  while (out.back() == '0') {
    out.pop_back();
  }
  if (out.back() == '.') {
    out.pop_back();
  }
  return out;
}

std::string format_number(double value) { return fmt::format("{:.10g}", value); }

std::string quoted_list(std::span<const std::string> words) {
  std::string list;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) {
      list += i + 1 == words.size() ? " and " : ", ";
    }
    list += fmt::format("'{}'", words[i]);
  }
  return list;
}

} // namespace most
