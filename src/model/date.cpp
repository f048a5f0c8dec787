#include <most/date.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <ctime>

namespace most {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int digits(std::string_view text) {
  int value = 0;
  for (char c : text) {
    value = value * 10 + (c - '0');
  }
  return value;
}

} // namespace

bool looks_like_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return false;
  }
  constexpr std::array<std::size_t, 8> kDigits{0, 1, 2, 3, 5, 6, 8, 9};
  return std::all_of(kDigits.begin(), kDigits.end(),
                     [&](std::size_t i) { return is_digit(text[i]); });
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (!looks_like_iso_date(text)) {
    return std::nullopt;
  }
  const Date day{std::chrono::year{digits(text.substr(0, 4))},
                 std::chrono::month{static_cast<unsigned>(digits(text.substr(5, 2)))},
                 std::chrono::day{static_cast<unsigned>(digits(text.substr(8, 2)))}};
  if (!day.ok()) {
    return std::nullopt;
  }
  return day;
}

std::optional<MonthDay> parse_month_day(std::string_view text) {
  const std::size_t dash = text.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash > 2 || text.size() - dash - 1 == 0 ||
      text.size() - dash - 1 > 2) {
    return std::nullopt;
  }
  const std::string_view month = text.substr(0, dash);
  const std::string_view day = text.substr(dash + 1);
  if (!std::all_of(month.begin(), month.end(), is_digit) ||
      !std::all_of(day.begin(), day.end(), is_digit)) {
    return std::nullopt;
  }
  const MonthDay result{static_cast<unsigned>(digits(month)), static_cast<unsigned>(digits(day))};
  // A common year has every day a fiscal year can start on; February 29 would move.
  const Date probe{std::chrono::year{2026}, std::chrono::month{result.month},
                   std::chrono::day{result.day}};
  if (result.month < 1 || result.month > 12 || result.day < 1 || !probe.ok()) {
    return std::nullopt;
  }
  return result;
}

std::string format_month_day(MonthDay day) {
  return fmt::format("{:02}-{:02}", day.month, day.day);
}

std::string format_date(Date day) {
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(day.year()),
                     static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
}

Date add_months(Date day, int months) {
  const Date first = std::chrono::year_month_day{day.year(), day.month(), std::chrono::day{1}} +
                     std::chrono::months{months};
  const auto last =
      std::chrono::year_month_day_last{first.year(), std::chrono::month_day_last{first.month()}};
  const auto clamped = day.day() > last.day() ? last.day() : day.day();
  return Date{first.year(), first.month(), clamped};
}

Date add_days(Date day, int days) {
  return Date{std::chrono::sys_days{day} + std::chrono::days{days}};
}

int days_between(Date from, Date to) {
  return static_cast<int>((std::chrono::sys_days{to} - std::chrono::sys_days{from}).count());
}

Date local_today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{std::chrono::year{local.tm_year + 1900},
              std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)},
              std::chrono::day{static_cast<unsigned>(local.tm_mday)}};
}

} // namespace most
