#include <most/date.hpp>

#include <catch2/catch.hpp>

using namespace most;
using namespace std::chrono;

namespace {
Date d(int y, unsigned m, unsigned day) { return Date{year{y}, month{m}, std::chrono::day{day}}; }
} // namespace

TEST_CASE("parse_iso_date accepts real days only", "[date]") {
  CHECK(parse_iso_date("2026-01-01") == d(2026, 1, 1));
  CHECK(parse_iso_date("2024-02-29") == d(2024, 2, 29)); // leap year
  CHECK(parse_iso_date("2000-02-29") == d(2000, 2, 29)); // divisible by 400
  CHECK_FALSE(parse_iso_date("1900-02-29"));             // divisible by 100, not 400
  CHECK_FALSE(parse_iso_date("2026-02-29"));
  CHECK_FALSE(parse_iso_date("2026-02-30"));
  CHECK_FALSE(parse_iso_date("2026-04-31"));
  CHECK_FALSE(parse_iso_date("2026-13-01"));
  CHECK_FALSE(parse_iso_date("2026-00-10"));
  CHECK_FALSE(parse_iso_date("2026-01-00"));
  CHECK_FALSE(parse_iso_date("2026-1-01"));
  CHECK_FALSE(parse_iso_date("2026-01-01T00:00"));
  CHECK_FALSE(parse_iso_date(" 2026-01-01"));
  CHECK_FALSE(parse_iso_date("June 30"));
  CHECK_FALSE(parse_iso_date(""));
  CHECK(looks_like_iso_date("2026-02-30"));
  CHECK_FALSE(looks_like_iso_date("2026/02/20"));
}

TEST_CASE("format_date pads to YYYY-MM-DD", "[date]") {
  CHECK(format_date(d(2026, 3, 5)) == "2026-03-05");
  CHECK(format_date(d(987, 12, 31)) == "0987-12-31");
}

TEST_CASE("add_months keeps the day and clamps to the month's end", "[date]") {
  CHECK(add_months(d(2026, 1, 1), 6) == d(2026, 7, 1));
  CHECK(add_months(d(2026, 1, 31), 1) == d(2026, 2, 28));
  CHECK(add_months(d(2024, 1, 31), 1) == d(2024, 2, 29));
  CHECK(add_months(d(2026, 8, 31), 6) == d(2027, 2, 28));
  CHECK(add_months(d(2026, 3, 31), -1) == d(2026, 2, 28));
  CHECK(add_months(d(2026, 12, 15), 1) == d(2027, 1, 15));
  CHECK(add_months(d(2024, 2, 29), 12) == d(2025, 2, 28));
}

TEST_CASE("add_days and days_between cross months, years and leap days", "[date]") {
  CHECK(add_days(d(2026, 12, 31), 1) == d(2027, 1, 1));
  CHECK(add_days(d(2024, 2, 28), 1) == d(2024, 2, 29));
  CHECK(add_days(d(2026, 3, 1), -1) == d(2026, 2, 28));
  CHECK(days_between(d(2026, 1, 1), d(2026, 12, 31)) == 364);
  CHECK(days_between(d(2024, 1, 1), d(2025, 1, 1)) == 366);
  CHECK(days_between(d(2026, 6, 1), d(2026, 11, 27)) == 179);
  CHECK(days_between(d(2026, 11, 27), d(2026, 6, 1)) == -179);
}
