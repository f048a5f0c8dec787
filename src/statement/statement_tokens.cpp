// The statement tokenizer: words, numbers (with glued suffixes) and symbols, plus number words.

#include "statement_tokens.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <utility>

namespace most::statement_detail {

namespace {

struct CodePoint {
  char32_t value = 0;
  std::size_t length = 1;
};

// Malformed UTF-8 decodes as a one-byte U+FFFD so a stray byte never stalls or crashes the scan.
CodePoint decode(std::string_view text, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) {
    return {lead, 1};
  }
  std::size_t length = 0;
  char32_t value = 0;
  if ((lead & 0xE0U) == 0xC0U) {
    length = 2;
    value = lead & 0x1FU;
  } else if ((lead & 0xF0U) == 0xE0U) {
    length = 3;
    value = lead & 0x0FU;
  } else if ((lead & 0xF8U) == 0xF0U) {
    length = 4;
    value = lead & 0x07U;
  } else {
    return {0xFFFD, 1};
  }
  if (pos + length > text.size()) {
    return {0xFFFD, 1};
  }
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[pos + k]);
    if ((next & 0xC0U) != 0x80U) {
      return {0xFFFD, 1};
    }
    value = (value << 6U) | (next & 0x3FU);
  }
  // Overlong forms ("\xC1\x81" for "A"), surrogates and values past U+10FFFF are malformed too.
  static constexpr std::array<char32_t, 5> kMinimum{0, 0, 0x80, 0x800, 0x10000};
  if (value < kMinimum[length] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    return {0xFFFD, 1};
  }
  return {value, length};
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Whitespace includes the no-break spaces French and German typography put before "%" and "€".
bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || cp == 0x2009 || cp == 0x202F || cp == 0x2007;
}

// A rough letter test for non-ASCII text: Latin letters and the scripts above Greek, minus the
// punctuation, symbol and CJK-punctuation blocks (dashes, quotes, currency signs are not letters).
bool is_letter(char32_t cp) {
  if (cp < 0x80) {
    return is_ascii_letter(static_cast<char>(cp));
  }
  if (cp == 0xFFFD || cp == 0xD7 || cp == 0xF7) {
    return false;
  }
  if (cp >= 0xC0 && cp <= 0x24F) {
    return true;
  }
  if (cp < 0x370) {
    return false;
  }
  return !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F) &&
         !(cp >= 0xFE00 && cp <= 0xFE6F) && !(cp >= 0xFF00 && cp <= 0xFF20);
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::size_t scan_word(std::string_view text, std::size_t pos, Token& token) {
  while (pos < text.size()) {
    const char c = text[pos];
    if (is_ascii_letter(c) || is_ascii_digit(c)) {
      token.text += lower(c);
      ++pos;
      continue;
    }
    // "don't", "company's": an apostrophe between letters stays inside the word.
    if (c == '\'' && pos + 1 < text.size() && is_ascii_letter(text[pos + 1]) &&
        !token.text.empty()) {
      token.text += c;
      ++pos;
      continue;
    }
    const CodePoint cp = decode(text, pos);
    if (cp.value < 0x80 || !is_letter(cp.value)) {
      break;
    }
    token.text.append(text.substr(pos, cp.length));
    pos += cp.length;
  }
  return pos;
}

std::size_t scan_digits(std::string_view text, std::size_t pos, Token& token) {
  while (pos < text.size() && is_ascii_digit(text[pos])) {
    token.mantissa = token.mantissa * 10 + (text[pos] - '0');
    if (token.fraction) {
      ++token.fraction_digits;
    } else {
      ++token.int_digits;
    }
    token.text += text[pos];
    ++pos;
  }
  return pos;
}

bool digits_at(std::string_view text, std::size_t pos, std::size_t count) {
  for (std::size_t k = 0; k < count; ++k) {
    if (pos + k >= text.size() || !is_ascii_digit(text[pos + k])) {
      return false;
    }
  }
  return true;
}

double power_of_ten(int exponent) {
  double result = 1;
  for (int k = 0; k < exponent && result < 1e308; ++k) {
    result *= 10;
  }
  return result;
}

std::size_t scan_number(std::string_view text, std::size_t start, Token& token) {
  std::size_t pos = scan_digits(text, start, token);
  // "50,000" groups thousands; "June 30, 2026" does not (a space follows the comma).
  while (pos < text.size() && text[pos] == ',' && digits_at(text, pos + 1, 3) &&
         !digits_at(text, pos + 4, 1)) {
    token.grouped = true;
    token.text += ',';
    pos = scan_digits(text, pos + 1, token);
  }
  // The middle or last part of "30.06.2026" is never a decimal either.
  const bool after_dot = start >= 2 && text[start - 1] == '.' && is_ascii_digit(text[start - 2]);
  if (!after_dot && pos + 1 < text.size() && text[pos] == '.' && is_ascii_digit(text[pos + 1])) {
    // "30.06.2026" is a dotted date, not the decimal 30.06: leave its dots as symbols.
    std::size_t after = pos + 1;
    while (after < text.size() && is_ascii_digit(text[after])) {
      ++after;
    }
    const bool dotted_date = after + 1 < text.size() && text[after] == '.' &&
                             is_ascii_digit(text[after + 1]) && !token.grouped;
    if (!dotted_date) {
      token.fraction = true;
      token.text += '.';
      pos = scan_digits(text, pos + 1, token);
    }
  }
  // Dividing once by a power of ten keeps "1.2" as close to 1.2 as a double gets.
  token.value = token.mantissa / power_of_ten(token.fraction_digits);
  while (pos < text.size() && is_ascii_letter(text[pos])) {
    token.suffix += lower(text[pos]);
    ++pos;
  }
  return pos;
}

} // namespace

Tokens tokenize(std::string_view text) {
  Tokens tokens;
  std::size_t pos = 0;
  bool space_before = true;
  while (pos < text.size()) {
    const CodePoint cp = decode(text, pos);
    if (is_space(cp.value)) {
      pos += cp.length;
      space_before = true;
      continue;
    }
    Token token;
    token.begin = pos;
    token.glued = !space_before && !tokens.empty();
    if (is_ascii_digit(text[pos])) {
      token.kind = TokenKind::Number;
      pos = scan_number(text, pos, token);
    } else if (is_letter(cp.value)) {
      token.kind = TokenKind::Word;
      pos = scan_word(text, pos, token);
      assert(pos > token.begin && "a word always consumes its first letter");
    } else {
      token.kind = TokenKind::Symbol;
      token.text = std::string(text.substr(pos, cp.length));
      pos += cp.length;
    }
    token.end = pos;
    tokens.push_back(std::move(token));
    space_before = false;
  }
  return tokens;
}

int count_words(std::string_view text) {
  int count = 0;
  bool in_chunk = false;
  bool counted = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const CodePoint cp = decode(text, pos);
    pos += cp.length;
    if (is_space(cp.value)) {
      in_chunk = false;
      continue;
    }
    if (!in_chunk) {
      in_chunk = true;
      counted = false;
    }
    const bool alnum = is_letter(cp.value) || (cp.value >= '0' && cp.value <= '9');
    if (alnum && !counted) {
      ++count;
      counted = true;
    }
  }
  return count;
}

bool is_word(const Tokens& tokens, std::size_t i, std::string_view word) {
  return i < tokens.size() && tokens[i].kind == TokenKind::Word && tokens[i].text == word;
}

bool is_symbol(const Tokens& tokens, std::size_t i, std::string_view symbol) {
  return i < tokens.size() && tokens[i].kind == TokenKind::Symbol && tokens[i].text == symbol;
}

bool is_any_word(const Tokens& tokens, std::size_t i,
                 std::initializer_list<std::string_view> words) {
  if (i >= tokens.size() || tokens[i].kind != TokenKind::Word) {
    return false;
  }
  return std::ranges::any_of(words, [&](std::string_view word) { return tokens[i].text == word; });
}

bool is_plain_int(const Tokens& tokens, std::size_t i, int low, int high) {
  if (i >= tokens.size()) {
    return false;
  }
  const Token& token = tokens[i];
  return token.kind == TokenKind::Number && token.suffix.empty() && !token.fraction &&
         !token.grouped && token.int_digits <= 9 && token.value >= low && token.value <= high;
}

int int_value(const Tokens& tokens, std::size_t i) {
  // Callers range-check first, so the conversion cannot overflow.
  return static_cast<int>(tokens[i].value);
}

double scaled_value(const Token& token, double scale) {
  return token.mantissa * scale / power_of_ten(token.fraction_digits);
}

bool is_year(const Tokens& tokens, std::size_t i) {
  return is_plain_int(tokens, i, 1900, 2199) && tokens[i].int_digits == 4;
}

std::optional<double> scale_of(std::string_view word) {
  if (word == "k" || word == "thousand") {
    return 1e3;
  }
  if (word == "m" || word == "mn" || word == "mio" || word == "million") {
    return 1e6;
  }
  if (word == "bn" || word == "b" || word == "billion") {
    return 1e9;
  }
  return std::nullopt;
}

BaseForms::BaseForms(std::string_view word) : word_(word) {
  if (word.size() >= kMaxLength) {
    return;
  }
  const auto ends_with = [&](std::string_view tail) {
    return word.size() > tail.size() + 1 && word.substr(word.size() - tail.size()) == tail;
  };
  const auto stem = [&](std::size_t cut) { return word.substr(0, word.size() - cut); };
  if (ends_with("ies") || ends_with("ied")) {
    add(stem(3), "y", false);
  }
  if (ends_with("es")) {
    add(stem(2), "", false);
  }
  if (ends_with("s")) {
    add(stem(1), "", false);
  }
  // "cutting" → "cutt" → "cut"; "dropped" → "dropp" → "drop".
  if (ends_with("ed")) {
    add(stem(2), "", false);
    add(stem(1), "", false);
    add(stem(2), "", true);
  }
  if (ends_with("ing")) {
    add(stem(3), "", false);
    add(stem(3), "e", false);
    add(stem(3), "", true);
  }
}

std::string_view BaseForms::operator[](std::size_t k) const {
  assert(k < count_);
  return k == 0 ? word_ : std::string_view(buffer_[k].data(), lengths_[k]);
}

void BaseForms::add(std::string_view stem, std::string_view tail, bool undouble) {
  const std::size_t n = stem.size();
  if (undouble && n >= 3 && stem[n - 1] == stem[n - 2]) {
    stem.remove_suffix(1);
  }
  assert(count_ < kMaxForms && stem.size() + tail.size() <= kMaxLength);
  std::array<char, kMaxLength>& out = buffer_[count_];
  std::copy(stem.begin(), stem.end(), out.begin());
  std::copy(tail.begin(), tail.end(), out.begin() + static_cast<std::ptrdiff_t>(stem.size()));
  lengths_[count_] = stem.size() + tail.size();
  ++count_;
}

std::string as_written(std::string_view text, std::size_t begin, std::size_t end) {
  std::string out;
  bool space = false;
  for (std::size_t k = begin; k < end; ++k) {
    const char c = text[k];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) {
      out += ' ';
    }
    space = false;
    out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

} // namespace most::statement_detail
