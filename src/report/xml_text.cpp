#include "xml_text.hpp"

#include <most/utf8.hpp>

#include <fmt/format.h>

namespace most {

namespace {

enum class XmlContext { Text, Attribute };

void append_byte_escapes(std::string& out, std::string_view bytes) {
  for (const char c : bytes) {
    out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
  }
}

std::string xml_escape(std::string_view text, XmlContext context) {
  const bool attribute = context == XmlContext::Attribute;
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto byte = static_cast<unsigned char>(c);
    switch (c) {
    case '&':
      out += "&amp;";
      continue;
    case '<':
      out += "&lt;";
      continue;
    // `>` is only required after `]]`, but escaping it always keeps the rule simple.
    case '>':
      out += "&gt;";
      continue;
    // Quotes only matter inside attribute values; left alone in text, messages stay readable.
    case '"':
      out += attribute ? "&quot;" : "\"";
      continue;
    case '\'':
      out += attribute ? "&apos;" : "'";
      continue;
    case '\t':
      out += attribute ? "&#9;" : "\t";
      continue;
    case '\n':
      out += attribute ? "&#10;" : "\n";
      continue;
    // Parsers turn a raw CR into LF (in attributes into a space); the reference survives.
    case '\r':
      out += "&#13;";
      continue;
    default:
      break;
    }
    if (byte < 0x20) {
      append_byte_escapes(out, text.substr(i, 1));
      continue;
    }
    if (byte < 0x80) {
      out += c;
      continue;
    }
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      // The document declares UTF-8, so one stray byte would make all of it unreadable.
      append_byte_escapes(out, text.substr(i, 1));
      continue;
    }
    const std::string_view sequence = text.substr(i, length);
    // U+FFFE and U+FFFF are valid UTF-8 but outside XML 1.0's Char production.
    if (sequence == "\xEF\xBF\xBE" || sequence == "\xEF\xBF\xBF") {
      append_byte_escapes(out, sequence);
    } else {
      out.append(sequence);
    }
    i += length - 1;
  }
  return out;
}

} // namespace

std::string xml_text(std::string_view text) { return xml_escape(text, XmlContext::Text); }

std::string xml_attribute(std::string_view text) { return xml_escape(text, XmlContext::Attribute); }

} // namespace most
