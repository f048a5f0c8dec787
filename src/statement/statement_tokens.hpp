#pragma once

// Private to the statement reader: a small tokenizer and the word tables the passes share.
// A hand-written scanner rather than std::regex keeps hostile statements linear and stack-safe.

#include <most/statement.hpp>

#include <array>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace most::statement_detail {

/// What a token is made of.
enum class TokenKind { Word, Number, Symbol };

/// One token of a statement; words are lower-cased, offsets point into the original text.
struct Token {
  TokenKind kind = TokenKind::Symbol;
  std::string text;    ///< Word: lower-cased (non-ASCII kept); Number: as written; Symbol: bytes
  std::string suffix;  ///< Number: letters glued on, lower-case ("k" in "50k", "th" in "30th")
  double value = 0;    ///< Number: its value, grouping commas removed
  double mantissa = 0; ///< Number: all its digits as one integer ("12.5" → 125), for exact scaling
  int int_digits = 0;  ///< Number: how many digits precede the decimal point
  int fraction_digits = 0; ///< Number: how many digits follow it
  bool fraction = false;   ///< Number: has a decimal part ("12.5")
  bool grouped = false;    ///< Number: has thousands separators ("50,000")
  bool glued = false;      ///< no whitespace between this token and the one before
  std::size_t begin = 0;
  std::size_t end = 0;
};

using Tokens = std::vector<Token>;

/// Splits a statement into words, numbers and symbols; any byte sequence is accepted.
Tokens tokenize(std::string_view text);

/// Bytes [begin, end) of `text` as the author wrote them, lower-cased, with runs of whitespace
/// made single spaces: a phrase to name in a finding ("in the coming months").
std::string as_written(std::string_view text, std::size_t begin, std::size_t end);

/// Counts whitespace-separated chunks that contain a letter or a digit.
int count_words(std::string_view text);

/// True when token `i` exists and is the word `word`.
bool is_word(const Tokens& tokens, std::size_t i, std::string_view word);

/// True when token `i` exists and is the symbol `symbol`.
bool is_symbol(const Tokens& tokens, std::size_t i, std::string_view symbol);

/// True when token `i` exists, is a word, and is one of `words`.
bool is_any_word(const Tokens& tokens, std::size_t i,
                 std::initializer_list<std::string_view> words);

/// True when token `i` is a whole number in [low, high] with no suffix, decimals or separators.
bool is_plain_int(const Tokens& tokens, std::size_t i, int low, int high);

/// The value of token `i` as an int; only meaningful after is_plain_int or a range check.
int int_value(const Tokens& tokens, std::size_t i);

/// A number token's value times `scale`, rounded once ("1.2" × 1e6 is exactly 1200000).
double scaled_value(const Token& token, double scale);

/// True when token `i` is a four-digit year we are willing to read (1900–2199).
bool is_year(const Tokens& tokens, std::size_t i);

/// An amount spelled in words: "twenty-five", "one hundred and fifty", "a dozen".
struct NumberWords {
  double value = 0;
  std::size_t last = 0; ///< index of the last token used
};

/// Reads number words starting at token `i`; nullopt when there are none.
std::optional<NumberWords> read_number_words(const Tokens& tokens, std::size_t i);

/// The scale a word or suffix stands for ("k" → 1e3, "million" → 1e6); nullopt when none.
std::optional<double> scale_of(std::string_view word);

/// Candidate base forms of an inflected word ("increasing" → "increase", "cutting" → "cut"),
/// built in a fixed buffer: the passes ask this of nearly every token, so it must not allocate.
class BaseForms {
public:
  explicit BaseForms(std::string_view word);

  /// How many forms there are; the word itself is always the first.
  std::size_t size() const { return count_; }

  /// Form `k`, valid while both this object and the word it was built from live.
  std::string_view operator[](std::size_t k) const;

  /// True when any form is one of `words`.
  template <typename Words> bool any_of(const Words& words) const {
    for (std::size_t k = 0; k < count_; ++k) {
      for (std::string_view word : words) {
        if ((*this)[k] == word) {
          return true;
        }
      }
    }
    return false;
  }

private:
  // No verb or unit we know is longer than this; longer words keep only their own form.
  static constexpr std::size_t kMaxLength = 24;
  static constexpr std::size_t kMaxForms = 10;

  void add(std::string_view stem, std::string_view tail, bool undouble);

  std::string_view word_;
  std::array<std::array<char, kMaxLength>, kMaxForms> buffer_{};
  std::array<std::size_t, kMaxForms> lengths_{};
  std::size_t count_ = 1;
};

/// A quantity with the tokens it covers, so later passes can see "from X to Y".
struct FoundQuantity {
  Quantity quantity;
  std::size_t first = 0;
  std::size_t last = 0;
};

/// Finds quantities in order; tokens marked in `claimed` (date phrases) are skipped.
std::vector<FoundQuantity> find_quantities(const Tokens& tokens, const std::vector<bool>& claimed);

/// A date phrase matched from some token up to `last`; `date` is empty for date-like text that
/// names no single day ("6/30", "February 30"), whose numbers still must not count as quantities.
/// A phrase that names a period ("in Q3", "by June", "within 6 months") also sets `first`.
struct DateMatch {
  DateMatch(std::optional<Date> day, std::size_t end, std::optional<Date> period_start = {})
      : date(day), last(end), first(period_start) {}

  std::optional<Date> date;
  std::size_t last = 0;
  std::optional<Date> first; ///< the first day a period allows ("in Q3" → Jul 1); empty: `date`
  bool relative = false;     ///< counted from the mission start ("within 6 months")
};

/// What statement dates are read against: the mission start and the fiscal year (SPEC §4.4).
struct Calendar {
  Date start;
  MonthDay fiscal;

  /// The last day of the fiscal year named `y` (named by the calendar year it ends in).
  Date fiscal_year_end(int y) const;
  /// The first day of the fiscal year named `y`.
  Date fiscal_year_first(int y) const;
  /// The name of the first fiscal year that ends on or after the start.
  int first_fiscal_year() const;
};

/// A fiscal year's name at token `i`: "FY27", "FY2027", "FY 27", "FY-2027", "FY'27"; sets `last`
/// to its last token.
std::optional<int> fiscal_year_number(const Tokens& tokens, std::size_t i, std::size_t& last);

/// The last day of month `m` of year `y`.
Date month_end(int y, unsigned m);

/// The day y-m-d when it exists.
std::optional<Date> make_date(int y, unsigned m, int d);

/// Skips a hyphen glued on both sides ("year-end", "mid-June"); returns `j` otherwise.
std::size_t after_hyphen(const Tokens& tokens, std::size_t j);

/// ISO, slash and dotted dates starting at token `i`.
std::optional<DateMatch> numeric_date(const Tokens& tokens, std::size_t i);

/// "Q3", "third quarter", "H1", "second half", "fiscal Q1", "FQ1", "Q1 FY27", each with an
/// optional year, starting at token `i`.
std::optional<DateMatch> quarter_or_half(const Tokens& tokens, std::size_t i,
                                         const Calendar& calendar);

/// "within 6 months", "in 90 days", "over the next year", starting at token `i`.
std::optional<DateMatch> relative_period(const Tokens& tokens, std::size_t i, Date start);

/// The time phrases of a statement, by what they say about the objective's deadline.
struct DateFindings {
  std::vector<DateMention> deadlines; ///< dates that bound the objective
  std::vector<DateMention> starts;    ///< "from February", "starting in March", "since Q1"
  std::vector<std::string> undated;   ///< "in the coming months", "soon": no day named
};

/// Finds time phrases in order; marks every token of a date-like phrase in `claimed`, including
/// dates that name what is measured ("customers who lapsed in 2025"), which are not kept.
DateFindings find_dates(std::string_view text, const Tokens& tokens, const Calendar& calendar,
                        std::vector<bool>& claimed);

/// One aim of a statement: its verb in base form, and the verb with what it moves.
struct FoundAim {
  std::string verb;   ///< "increase"
  std::string phrase; ///< "increase revenue", "recruit and train" (lower-case)
};

/// The aims of a statement and what they measure.
struct AimFindings {
  std::vector<FoundAim> aims;        ///< in order; a repeated aim (a stage) is not repeated
  std::vector<std::string> outcomes; ///< several measured outcomes of the one aim
  bool staged = false;               ///< one measure in stages
};

/// The aims of the statement, in order, given its quantities.
AimFindings find_aims(const Tokens& tokens, const std::vector<FoundQuantity>& quantities);

/// Whether the statement's aim keeps a level ("keep", "maintain", "stay above").
bool find_holds(const std::vector<std::string>& aims);

/// The change the statement names in its own words, when it names one.
std::optional<StatedChange> find_change(const Tokens& tokens, Direction direction,
                                        const std::vector<FoundQuantity>& quantities);

/// Which way the statement moves its metric, given its aims and quantities.
Direction find_direction(const Tokens& tokens, const std::vector<std::string>& aims,
                         const std::vector<FoundQuantity>& quantities);

/// The vague phrases, lower-case and as written; `has_quantity` decides whether a bare "more" is
/// vague.
std::vector<std::string> find_vague_words(std::string_view text, const Tokens& tokens,
                                          bool has_quantity);

} // namespace most::statement_detail
