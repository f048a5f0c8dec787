#include "report/json_writer.hpp"

#include <fmt/format.h>

#include <cmath>

namespace most {

void write_json_string(std::ostream& out, std::string_view text) {
  out << '"';
  for (const char c : text) {
    switch (c) {
    case '"':
      out << "\\\"";
      break;
    case '\\':
      out << "\\\\";
      break;
    case '\n':
      out << "\\n";
      break;
    case '\r':
      out << "\\r";
      break;
    case '\t':
      out << "\\t";
      break;
    default:
      if (static_cast<unsigned char>(c) < 0x20 || c == '\x7F') {
        out << fmt::format("\\u{:04x}", static_cast<unsigned char>(c));
      } else {
        out << c;
      }
    }
  }
  out << '"';
}

void write_json_number(std::ostream& out, double value) {
  if (!std::isfinite(value)) {
    out << "null";
  } else if (value == std::floor(value) && std::fabs(value) < 1e15) {
    out << fmt::format("{}", static_cast<long long>(value));
  } else {
    out << fmt::format("{:.10g}", value);
  }
}

void write_json_number(std::ostream& out, std::optional<double> value) {
  if (value) {
    write_json_number(out, *value);
  } else {
    out << "null";
  }
}

void write_json_date(std::ostream& out, std::optional<Date> day) {
  if (day) {
    write_json_string(out, format_date(*day));
  } else {
    out << "null";
  }
}

} // namespace most
