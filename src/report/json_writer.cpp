#include "json_writer.hpp"

#include <most/utf8.hpp>

#include <fmt/format.h>

#include <cmath>

namespace most {

std::optional<double> one_decimal(std::optional<double> value) {
  return value ? std::optional<double>(std::round(*value * 10) / 10) : std::nullopt;
}

void write_json_string(std::ostream& out, std::string_view text) {
  out << '"';
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      // JSON is UTF-8: a byte that is not (a file named "bad\xff.yaml") shows as `\xff`.
      const std::size_t length = utf8_sequence_length(text, i);
      if (length == 0) {
        out << fmt::format("\\\\x{:02x}", static_cast<unsigned char>(c));
      } else {
        out << text.substr(i, length);
        i += length - 1;
      }
      continue;
    }
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

std::ostream& JsonObject::key(std::string_view key) {
  out_ << (first_ ? "" : ", ");
  first_ = false;
  write_json_string(out_, key);
  return out_ << ": ";
}

JsonObject& JsonObject::text(std::string_view key, std::string_view value) {
  write_json_string(this->key(key), value);
  return *this;
}

JsonObject& JsonObject::text_or_null(std::string_view key, std::string_view value) {
  if (value.empty()) {
    this->key(key) << "null";
  } else {
    write_json_string(this->key(key), value);
  }
  return *this;
}

JsonObject& JsonObject::number(std::string_view key, std::optional<double> value) {
  write_json_number(this->key(key), value);
  return *this;
}

JsonObject& JsonObject::integer(std::string_view key, long long value) {
  this->key(key) << value;
  return *this;
}

JsonObject& JsonObject::date(std::string_view key, std::optional<Date> value) {
  write_json_date(this->key(key), value);
  return *this;
}

JsonObject& JsonObject::boolean(std::string_view key, bool value) {
  this->key(key) << (value ? "true" : "false");
  return *this;
}

} // namespace most
