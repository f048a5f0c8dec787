// Statement dates as sales managers write them (SPEC §3 "Dates in statements", §4.4): periods
// relative to a mission that does not start in January, fiscal years and quarters, time phrases
// that name no day, starts, and dates that name what is measured.

#include <most/statement.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <string>

using most::Date;
using most::MonthDay;
using most::read_statement;
using most::StatementReading;

namespace {

Date iso(const char* text) { return *most::parse_iso_date(text); }

// The mission of issue 19: 2026-09-01 → 2027-08-31.
const Date kSeptember = iso("2026-09-01");
const MonthDay kCalendarYear{1, 1};
const MonthDay kFiscalSeptember{9, 1};

// "2027-01-01..2027-06-30" for a period, "2027-06-30" for one day, "" without a deadline.
std::string allowed(std::string_view statement, Date start = kSeptember,
                    MonthDay fiscal = kCalendarYear) {
  const StatementReading reading = read_statement(statement, start, fiscal);
  const most::DateMention* mention = reading.deadline_mention();
  if (mention == nullptr) {
    return "";
  }
  if (mention->first == mention->date) {
    return most::format_date(mention->date);
  }
  return most::format_date(mention->first) + ".." + most::format_date(mention->date);
}

std::string fiscal(std::string_view statement) {
  return allowed(statement, kSeptember, kFiscalSeptember);
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) {
    out += (out.empty() ? "" : "|") + word;
  }
  return out;
}

std::string starts(std::string_view statement) {
  std::string out;
  for (const most::DateMention& d : read_statement(statement, kSeptember).starts) {
    out += (out.empty() ? "" : "; ") + most::format_date(d.date) + " <" +
           std::string(statement.substr(d.begin, d.end - d.begin)) + ">";
  }
  return out;
}

std::string undated(std::string_view statement) {
  return joined(read_statement(statement, kSeptember).undated_times);
}

struct Row {
  const char* statement;
  const char* expected;
};

} // namespace

TEST_CASE("periods without a year are their first occurrence ending on or after the start",
          "[statement][date][calendar]") {
  const auto rows = std::to_array<Row>({
      {"Increase sales volume by 10% by end of Q2", "2027-06-30"},
      {"Increase sales volume by 10% by the end of Q2", "2027-06-30"},
      {"Increase sales volume by 10% by June 30", "2027-06-30"},
      {"Increase sales volume by 10% by 30 June", "2027-06-30"},
      {"Double test drives by end of Q1", "2027-03-31"},
      {"Improve conversion from 18% to 22% by Q2", "2027-04-01..2027-06-30"},
      // Q3 2026 ends after the start, so it is the first Q3 that does.
      {"Win 12 fleet accounts in Q3", "2026-07-01..2026-09-30"},
      {"Win 12 fleet accounts in Q2", "2027-04-01..2027-06-30"},
      {"Win 12 fleet accounts in Q4", "2026-10-01..2026-12-31"},
      {"Win 12 fleet accounts by Q3-end", "2026-09-30"},
      {"Win 12 fleet accounts by Q1-end", "2027-03-31"},
      {"Win 12 fleet accounts in the second quarter", "2027-04-01..2027-06-30"},
      {"Win 12 fleet accounts in H1", "2027-01-01..2027-06-30"},
      {"Win 12 fleet accounts in the first half", "2027-01-01..2027-06-30"},
      {"Win 12 fleet accounts in H2", "2026-07-01..2026-12-31"},
      {"Win 12 fleet accounts by mid-year", "2027-06-30"},
      {"Win 12 fleet accounts by March", "2027-03-01..2027-03-31"},
      {"Win 12 fleet accounts by the end of May", "2027-05-31"},
      {"Win 12 fleet accounts by year end", "2026-12-31"},
      {"Win 12 fleet accounts within 6 months", "2026-09-01..2027-02-28"},
      // A year written keeps its year, even when that lies before the mission.
      {"Win 12 fleet accounts in Q2 2026", "2026-04-01..2026-06-30"},
      {"Win 12 fleet accounts by end of Q2 2027", "2027-06-30"},
  });
  for (const Row& row : rows) {
    CAPTURE(row.statement);
    CHECK(allowed(row.statement) == row.expected);
  }
}

TEST_CASE("a quarter and the day that ends it agree", "[statement][date][calendar]") {
  for (const char* start : {"2026-01-01", "2026-04-15", "2026-07-01", "2026-09-01", "2026-12-31"}) {
    CAPTURE(start);
    CHECK(allowed("Grow sales by 10% by end of Q2", iso(start)) ==
          allowed("Grow sales by 10% by June 30", iso(start)));
    CHECK(allowed("Grow sales by 10% by end of Q4", iso(start)) ==
          allowed("Grow sales by 10% by December 31", iso(start)));
    CHECK(allowed("Grow sales by 10% by the end of H1", iso(start)) ==
          allowed("Grow sales by 10% by the end of June", iso(start)));
  }
  // A quarter that ends on the start day is still that quarter.
  CHECK(allowed("Grow sales by 10% by end of Q2", iso("2026-06-30")) == "2026-06-30");
  CHECK(allowed("Grow sales by 10% by end of Q2", iso("2026-07-01")) == "2027-06-30");
}

TEST_CASE("fiscal years are named by the year they end in", "[statement][date][fiscal]") {
  const auto rows = std::to_array<Row>({
      {"Reach EUR 2.4M in fleet revenue by FY end", "2027-08-31"},
      {"Reach EUR 2.4M in fleet revenue by the end of the fiscal year", "2027-08-31"},
      {"Reach EUR 2.4M in fleet revenue by fiscal year-end", "2027-08-31"},
      {"Reach EUR 2.4M in fleet revenue by the end of the financial year", "2027-08-31"},
      {"Reach EUR 2.4M in fleet revenue by FYE", "2027-08-31"},
      {"Reach EUR 2.4M in fleet revenue by the close of the fiscal year", "2027-08-31"},
      {"Reach EUR 2.4M in fleet revenue in FY26/27", "2026-09-01..2027-08-31"},
      {"Win 10 fleet accounts in FY27 Q2", "2026-12-01..2027-02-28"},
      {"Reach EUR 2.4M in fleet revenue by the end of FY27", "2027-08-31"},
      {"Reach EUR 2.4M in fleet revenue by end of FY2027", "2027-08-31"},
      {"Reach EUR 2.4M in fleet revenue in FY27", "2026-09-01..2027-08-31"},
      {"Reach EUR 2.4M in fleet revenue in FY 2027", "2026-09-01..2027-08-31"},
      {"Reach EUR 2.4M in fleet revenue in FY'27", "2026-09-01..2027-08-31"},
      {"Reach EUR 2.4M in fleet revenue in fiscal 2027", "2026-09-01..2027-08-31"},
      {"Reach EUR 2.4M in fleet revenue in fiscal year 2027", "2026-09-01..2027-08-31"},
      {"Reach EUR 2.4M in fleet revenue this fiscal year", "2026-09-01..2027-08-31"},
      {"Reach EUR 2.4M in fleet revenue in the current fiscal year", "2026-09-01..2027-08-31"},
      {"Reach EUR 2.4M in fleet revenue by FY-end 2027", "2027-08-31"},
      {"Reach EUR 2.4M in fleet revenue by fiscal year end 2028", "2028-08-31"},
      {"Reach EUR 2.4M in fleet revenue next fiscal year", "2027-09-01..2028-08-31"},
      // Fiscal quarters count from the fiscal year's first day.
      {"Win 10 fleet accounts in fiscal Q1", "2026-09-01..2026-11-30"},
      {"Win 10 fleet accounts in FQ1", "2026-09-01..2026-11-30"},
      {"Win 10 fleet accounts by the end of FQ2", "2027-02-28"},
      {"Win 10 fleet accounts in the first fiscal quarter", "2026-09-01..2026-11-30"},
      {"Win 10 fleet accounts in fiscal Q4", "2027-06-01..2027-08-31"},
      {"Win 10 fleet accounts in Q3 FY27", "2027-03-01..2027-05-31"},
      {"Win 10 fleet accounts in Q1 of FY2028", "2027-09-01..2027-11-30"},
      {"Win 10 fleet accounts in fiscal H2", "2027-03-01..2027-08-31"},
      // Plain quarters stay calendar quarters.
      {"Win 10 fleet accounts in Q1", "2027-01-01..2027-03-31"},
      {"Win 10 fleet accounts by year end", "2026-12-31"},
  });
  for (const Row& row : rows) {
    CAPTURE(row.statement);
    CHECK(fiscal(row.statement) == row.expected);
  }
}

TEST_CASE("without a fiscal year start the fiscal year is the calendar year",
          "[statement][date][fiscal]") {
  CHECK(allowed("Reach EUR 2.4M by FY end") == "2026-12-31");
  CHECK(allowed("Reach EUR 2.4M in FY27") == "2027-01-01..2027-12-31");
  CHECK(allowed("Reach EUR 2.4M in fiscal Q1") == "2027-01-01..2027-03-31");
  // A fiscal year starting April 1: FY27 ends 2027-03-31.
  const MonthDay april{4, 1};
  CHECK(allowed("Reach EUR 2.4M by FY end", kSeptember, april) == "2027-03-31");
  CHECK(allowed("Reach EUR 2.4M by end of FY27", kSeptember, april) == "2027-03-31");
  CHECK(allowed("Win 5 deals in FQ3", kSeptember, april) == "2026-10-01..2026-12-31");
  // A fiscal year starting March 1 ends on the last day of February, leap years included.
  CHECK(allowed("Reach EUR 2.4M by FY end", iso("2027-09-01"), MonthDay{3, 1}) == "2028-02-29");
}

TEST_CASE("time phrases that name no day", "[statement][date][undated]") {
  const auto rows = std::to_array<Row>({
      {"Grow fleet revenue by 10% in the coming months", "in the coming months"},
      {"Grow fleet revenue by 10% in the coming weeks", "in the coming weeks"},
      {"Grow fleet revenue by 10% over the next few months", "over the next few months"},
      {"Grow fleet revenue by 10% in a few weeks", "in a few weeks"},
      {"Grow fleet revenue by 10% within the following quarters", "within the following quarters"},
      {"Grow fleet revenue by 10% soon", "soon"},
      {"Grow fleet revenue by 10% ASAP", "asap"},
      {"Grow fleet revenue by 10% as soon as possible", "as soon as possible"},
      {"Grow fleet revenue by 10% before the summer", "before the summer"},
      {"Grow fleet revenue by 10% by spring", "by spring"},
      {"Grow fleet revenue by 10% going forward", "going forward"},
      {"Grow fleet revenue by 10% in the near future", "in the near future"},
      {"Grow fleet revenue by 10% in the short term", "in the short term"},
      {"Grow fleet revenue by 10% eventually", "eventually"},
      {"Grow fleet revenue by 10% in the months ahead", "in the months ahead"},
      {"Grow fleet revenue by 10% as early as possible", "as early as possible"},
      {"Grow fleet revenue by 10% in the long run", "in the long run"},
  });
  for (const Row& row : rows) {
    CAPTURE(row.statement);
    CHECK(undated(row.statement) == row.expected);
    CHECK(allowed(row.statement).empty());
  }
  // A count makes a period: these name days.
  CHECK(allowed("Grow fleet revenue by 10% in the coming 6 months") == "2026-09-01..2027-02-28");
  CHECK(allowed("Grow fleet revenue by 10% within the next year") == "2026-09-01..2027-08-31");
  CHECK(undated("Grow fleet revenue by 10% within the next year").empty());
  // A named day next to a vague phrase still bounds the objective.
  CHECK(allowed("Launch the fleet offer soon, by March 31") == "2027-03-31");
}

TEST_CASE("start phrases are not deadlines", "[statement][date][start]") {
  CHECK(allowed("Close 12 deals per month from February").empty());
  CHECK(starts("Close 12 deals per month from February") == "2027-02-28 <from February>");
  CHECK(allowed("Close 12 deals per month starting in March").empty());
  CHECK(starts("Close 12 deals per month starting in March") == "2027-03-31 <starting in March>");
  CHECK(allowed("Keep 5 new leads a week coming in since Q1").empty());
  CHECK(allowed("Close 12 deals per month beginning April 1").empty());
  CHECK(allowed("Close 12 deals per month as of January").empty());
  // A start and a deadline: the deadline bounds the objective.
  CHECK(allowed("Close 12 deals per month from February to June") == "2027-06-01..2027-06-30");
  CHECK(allowed("Close 12 deals per month starting in March, by end of Q2") == "2027-06-30");
  CHECK(starts("Close 12 deals per month from Q1 until Q3") == "2027-03-31 <from Q1>");
}

TEST_CASE("a date that names what is measured is no deadline and no quantity",
          "[statement][date][measured]") {
  const auto none = std::to_array<const char*>({
      "Win back 40 customers who lapsed in 2025",
      "Win back 40 customers that we lost during Q1 2026",
      "Grow fleet revenue by 10% compared with Q1 2026",
      "Grow fleet revenue by 10% compared to 2025",
      "Grow fleet revenue by 10% versus 2025",
      "Grow fleet revenue by 10% vs. 2025",
      "Grow fleet revenue by 10% over 2025",
      "Grow fleet revenue by 10% above 2025 levels",
      "Sell 10% more cars than in 2025",
      "Win back 30 accounts lost in 2025",
      "Reactivate 50 customers churned during Q1 2026",
  });
  for (const char* statement : none) {
    CAPTURE(statement);
    const StatementReading reading = read_statement(statement, kSeptember);
    CHECK(reading.dates.empty());
    CHECK(reading.starts.empty());
    for (const most::Quantity& quantity : reading.quantities) {
      CHECK((quantity.value < 1900 || quantity.value > 2199));
    }
  }
  // A clause that is not in the past still names a deadline.
  CHECK(allowed("Sign 10 partners who go live in Q2") == "2027-04-01..2027-06-30");
  CHECK(allowed("Hire 2 salespeople that can start by March") == "2027-03-01..2027-03-31");
  CHECK(allowed("Close 20 deals opened in Q3 by end of Q1") == "2027-03-31");
  CHECK(allowed("Get the new hires onboarded in Q1") == "2027-01-01..2027-03-31");
  // The deadline next to them is still read.
  CHECK(allowed("Win back 40 customers who lapsed in 2025 by June 30") == "2027-06-30");
  CHECK(allowed("Grow fleet revenue by 10% compared with Q1 2026, by Q1 2027") ==
        "2027-01-01..2027-03-31");
}
