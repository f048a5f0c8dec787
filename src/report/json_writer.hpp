#pragma once

// A small streaming JSON writer: correct escaping, no dependencies, deterministic output.

#include <most/date.hpp>

#include <optional>
#include <ostream>
#include <string_view>

namespace most {

/// Writes `text` as a JSON string literal, escaping quotes, backslashes and control characters.
void write_json_string(std::ostream& out, std::string_view text);

/// Writes a number the way JSON and people expect: integers without a fraction, others with
/// up to 10 significant digits.
void write_json_number(std::ostream& out, double value);

/// Writes a number, or `null` when there is none.
void write_json_number(std::ostream& out, std::optional<double> value);

/// A percentage rounded to one decimal, as people read them; nullopt stays nullopt.
std::optional<double> one_decimal(std::optional<double> value);

/// Writes a day as "YYYY-MM-DD", or `null` when there is none.
void write_json_date(std::ostream& out, std::optional<Date> day);

/// Writes one JSON object field by field: `{"file": "plan.yaml", "line": 14}`; call close().
class JsonObject {
public:
  explicit JsonObject(std::ostream& out) : out_(out) { out_ << '{'; }

  JsonObject& text(std::string_view key, std::string_view value);
  /// A text field that is `null` when `value` is empty (an optional name, such as an owner).
  JsonObject& text_or_null(std::string_view key, std::string_view value);
  JsonObject& number(std::string_view key, std::optional<double> value);
  JsonObject& integer(std::string_view key, long long value);
  JsonObject& date(std::string_view key, std::optional<Date> value);
  JsonObject& boolean(std::string_view key, bool value);

  /// Writes the key of a field whose value the caller writes to the returned stream.
  std::ostream& key(std::string_view key);

  /// Ends the object.
  void close() { out_ << '}'; }

private:
  std::ostream& out_;
  bool first_ = true;
};

} // namespace most
