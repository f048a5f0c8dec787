#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace most {

/// A calendar day; always a valid date once it leaves the loader.
using Date = std::chrono::year_month_day;

/// The last day YYYY-MM-DD can write. Days that reports reckon past it (a quarter after a
/// mission that starts on it) are not read as days, so every day printed has four digits.
inline constexpr Date kLastDay{std::chrono::year{9999}, std::chrono::December,
                               std::chrono::day{31}};

/// Parses a strict ISO `YYYY-MM-DD` day; nullopt when malformed or not a real calendar day.
std::optional<Date> parse_iso_date(std::string_view text);

/// True when `text` has the `YYYY-MM-DD` shape, whether or not the day exists.
bool looks_like_iso_date(std::string_view text);

/// Formats a day as `YYYY-MM-DD`.
std::string format_date(Date day);

/// Adds calendar months, keeping the day of month and clamping it to the month's end.
Date add_months(Date day, int months);

/// Adds (or subtracts) whole days.
Date add_days(Date day, int days);

/// The number of days from `from` to `to` (negative when `to` is earlier).
int days_between(Date from, Date to);

/// A day of the year without a year, such as the first day of a fiscal year ("09-01").
struct MonthDay {
  unsigned month = 1;
  unsigned day = 1;
  friend bool operator==(const MonthDay&, const MonthDay&) = default;
};

/// Parses `MM-DD` (one or two digits each) naming a day every year has: "09-01", "4-1"; nullopt
/// for "02-29", "13-01" or anything else.
std::optional<MonthDay> parse_month_day(std::string_view text);

/// Formats a day of the year as `MM-DD`.
std::string format_month_day(MonthDay day);

/// Today's date in the local time zone.
Date local_today();

} // namespace most
