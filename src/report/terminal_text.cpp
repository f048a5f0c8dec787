#include "terminal_text.hpp"

#include <most/utf8.hpp>

#include <fmt/format.h>

#include <cmath>

namespace most {

std::string_view state_color(ObjectiveState state) {
  switch (state) {
  case ObjectiveState::Achieved:
  case ObjectiveState::OnTrack:
    return "\x1b[32m";
  case ObjectiveState::AtRisk:
    return "\x1b[33m";
  case ObjectiveState::OffTrack:
  case ObjectiveState::Missed:
    return "\x1b[31m";
  case ObjectiveState::NoData:
    return "\x1b[2m";
  }
  return "";
}

std::string fit(std::string_view text, std::size_t width) {
  std::string clean = printable(text);
  std::size_t chars = 0;
  for (std::size_t i = 0; i < clean.size(); ++i) {
    if ((static_cast<unsigned char>(clean[i]) & 0xC0) != 0x80 && ++chars == width) {
      std::size_t end = i + 1;
      while (end < clean.size() && (static_cast<unsigned char>(clean[end]) & 0xC0) == 0x80) {
        ++end;
      }
      return end < clean.size() ? clean.substr(0, i) + "…" : clean;
    }
  }
  return clean;
}

std::size_t display_width(std::string_view text) {
  std::size_t chars = 0;
  for (const char c : text) {
    chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  }
  return chars;
}

std::string grouped_amount(double value) {
  if (!std::isfinite(value)) {
    return "—";
  }
  // Cents are rounded off only where they exist: value × 100 would overflow near the limits.
  const double rounded = std::fabs(value) < 1e15 ? std::round(value * 100) / 100 : value;
  if (rounded != std::floor(rounded) || std::fabs(rounded) >= 1e15) {
    return fmt::format("{:.10g}", rounded);
  }
  std::string digits = fmt::format("{}", static_cast<long long>(std::fabs(rounded)));
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) {
    digits.insert(static_cast<std::size_t>(i), ",");
  }
  return (rounded < 0 ? "-" : "") + digits;
}

} // namespace most
