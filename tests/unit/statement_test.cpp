// The objective-statement reader: quantities, dates, direction, aims, vague words, word count.

#include <most/statement.hpp>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <array>
#include <cmath>
#include <string>
#include <vector>

using most::Date;
using most::Direction;
using most::read_statement;
using most::StatementReading;

namespace {

Date iso(const char* text) { return *most::parse_iso_date(text); }

const Date kJanuaryStart = iso("2026-01-01");
const Date kJulyStart = iso("2026-07-01");

std::string number_text(double value) {
  if (std::floor(value) == value && std::abs(value) < 1e15) {
    return fmt::format("{}", static_cast<long long>(value));
  }
  return fmt::format("{}", value);
}

// "10 %; 50000 EUR; 20": every quantity's value and unit, in order.
std::string quantities(std::string_view statement, Date start = kJanuaryStart) {
  std::string out;
  for (const most::Quantity& q : read_statement(statement, start).quantities) {
    out += (out.empty() ? "" : "; ") + number_text(q.value) + (q.unit.empty() ? "" : " " + q.unit);
  }
  return out;
}

// "2026-06-30 <June 30>": every date with the phrase it was read from, in order.
std::string dates(std::string_view statement, Date start = kJanuaryStart) {
  std::string out;
  for (const most::DateMention& d : read_statement(statement, start).dates) {
    out += (out.empty() ? "" : "; ") + most::format_date(d.date) + " <" +
           std::string(statement.substr(d.begin, d.end - d.begin)) + ">";
  }
  return out;
}

// Just the days, for tables that only care about resolution.
std::string days(std::string_view statement, Date start = kJanuaryStart) {
  std::string out;
  for (const most::DateMention& d : read_statement(statement, start).dates) {
    out += (out.empty() ? "" : "; ") + most::format_date(d.date);
  }
  return out;
}

// "2026-07-01..2026-09-30": the period the deadline mention allows, or one day when exact.
std::string allowed(std::string_view statement, Date start = kJanuaryStart) {
  const StatementReading reading = read_statement(statement, start);
  const most::DateMention* mention = reading.deadline_mention();
  if (mention == nullptr) {
    return "";
  }
  if (mention->first == mention->date) {
    return most::format_date(mention->date);
  }
  return most::format_date(mention->first) + ".." + most::format_date(mention->date);
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) {
    out += (out.empty() ? "" : "|") + word;
  }
  return out;
}

std::string aims(std::string_view statement) {
  return joined(read_statement(statement, kJanuaryStart).aims);
}

std::string aim_phrases(std::string_view statement) {
  return joined(read_statement(statement, kJanuaryStart).aim_phrases);
}

std::string vague(std::string_view statement) {
  return joined(read_statement(statement, kJanuaryStart).vague_words);
}

Direction direction(std::string_view statement) {
  return read_statement(statement, kJanuaryStart).direction;
}

struct Row {
  const char* statement;
  const char* expected;
};

} // namespace

TEST_CASE("percentages in all their spellings", "[statement][quantity]") {
  const auto rows = std::to_array<Row>({
      {"Increase sales by 10%", "10 %"},
      {"Increase sales by 10 %", "10 %"},
      {"Increase sales by 10 percent", "10 %"},
      {"Increase sales by 10 per cent", "10 %"},
      {"Increase sales by ten percent", "10 %"},
      {"Increase sales by five percent", "5 %"},
      {"Increase sales by twenty-five percent", "25 %"},
      {"Raise margin by 12.5%", "12.5 %"},
      {"Lift NPS by 15 points", "15 %"},
      {"Lift conversion by 3 percentage points", "3 %"},
      {"Lift conversion by 2pp", "2 %"},
      {"Lift yield by 50 basis points", "0.5 %"},
      {"INCREASE SALES BY TEN PERCENT", "10 %"},
      {"Increase sales by 10\xC2\xA0%", "10 %"}, // a no-break space, as French typography writes it
  });
  for (const Row& row : rows) {
    CAPTURE(row.statement);
    CHECK(quantities(row.statement) == row.expected);
  }
}

TEST_CASE("money with symbols, codes, words and scales", "[statement][quantity]") {
  const auto rows = std::to_array<Row>({
      {"Win EUR 50k in new business", "50000 EUR"},
      {"Win \xE2\x82\xAC"
       "50k in new business",
       "50000 EUR"},
      {"Win \xE2\x82\xAC 50k in new business", "50000 EUR"},
      {"Close $1.2M in deals", "1200000 USD"},
      {"Generate 50,000 EUR in revenue", "50000 EUR"},
      {"Sell USD 2 million of licences", "2000000 USD"},
      {"Generate \xC2\xA3"
       "300k of pipeline",
       "300000 GBP"},
      {"Generate 50k euros of pipeline", "50000 EUR"},
      {"Sell 1.5m dollars of services", "1500000 USD"},
      {"Grow revenue by CHF 300k", "300000 CHF"},
      {"Grow revenue by \xC2\xA5"
       "5bn",
       "5000000000 JPY"},
      {"Grow revenue by 2 million pounds sterling", "2000000 GBP"},
      {"Grow revenue by 40 US dollars per seat", "40 USD"},
      {"Grow revenue by 1,200,000 EUR", "1200000 EUR"},
      {"Grow revenue by 50\xE2\x82\xAC per order", "50 EUR"},
  });
  for (const Row& row : rows) {
    CAPTURE(row.statement);
    CHECK(quantities(row.statement) == row.expected);
  }
}

TEST_CASE("counts in digits and in words", "[statement][quantity]") {
  const auto rows = std::to_array<Row>({
      {"Win 20 new accounts", "20"},
      {"Win twenty new accounts", "20"},
      {"Hire three salespeople", "3"},
      {"Sign a dozen new partners", "12"},
      {"Sign two dozen new partners", "24"},
      {"Win one hundred and fifty new leads", "150"},
      {"Win a hundred new leads", "100"},
      {"Open five hundred thousand doors", "500000"},
      {"Win ninety-nine accounts", "99"},
      {"Achieve zero defects", "0"},
      {"Win one new account", "1"},
      {"Be one of the top five dealers", "5"},
      {"Grow from 20 to 30 dealers", "20; 30"},
  });
  for (const Row& row : rows) {
    CAPTURE(row.statement);
    CHECK(quantities(row.statement) == row.expected);
  }
}

TEST_CASE("multipliers and ranges", "[statement][quantity]") {
  // A multiplier is reported as the change it asks for, in percent: "double" is +100%.
  CHECK(quantities("Double the number of key accounts") == "100 %");
  CHECK(quantities("Triple inbound leads") == "200 %");
  CHECK(quantities("Grow pipeline 2x") == "100 %");
  CHECK(quantities("Grow pipeline 3x") == "200 %");
  CHECK(quantities("Halve the churn rate") == "50 %");
  CHECK(quantities("Cut churn in half") == "50 %");
  CHECK(quantities("Reduce churn from 10% to 6%") == "10 %; 6 %");
  // The first end of a range borrows the unit named after the second.
  CHECK(quantities("Reduce churn from 10 to 6 percent") == "10 %; 6 %");
  CHECK(quantities("Grow revenue from EUR 1M to EUR 1.2M") == "1000000 EUR; 1200000 EUR");
  CHECK(quantities("Lift margin by 2 to 3 points") == "2 %; 3 %");
  CHECK(quantities("Lift margin by 10-15%") == "10 %; 15 %");
  CHECK(quantities("Lift margin by 10\xE2\x80\x93"
                   "15%") == "10 %; 15 %");
  CHECK(quantities("Keep churn between 5 and 8%") == "5 %; 8 %");
  CHECK(quantities("Aim for double-digit growth").empty());
}

TEST_CASE("numbers that are not amounts", "[statement][quantity]") {
  CHECK(quantities("Increase sales by June 30").empty());
  CHECK(quantities("Increase sales volume by 10% by June 30") == "10 %");
  CHECK(quantities("Hire two salespeople by Q3") == "2");
  CHECK(quantities("Grow revenue by 10% by 2027") == "10 %");
  CHECK(quantities("Grow revenue by 10% by 30 June 2026") == "10 %");
  CHECK(quantities("Grow revenue by 10% within six months") == "10 %");
  CHECK(quantities("Grow revenue by 10% in 90 days") == "10 %");
  CHECK(quantities("Grow revenue by 10% by 2026-06-30") == "10 %");
  CHECK(quantities("Grow revenue by 10% by 6/30") == "10 %");
  CHECK(quantities("Grow revenue by 10% by February 30") == "10 %");
  CHECK(quantities("Grow revenue by 10% in Q3 and Q4 2027") == "10 %");
  CHECK(quantities("Grow the 2026 revenue target by 10%") == "10 %");
  CHECK(quantities("Win the 1st prize at the fair").empty());
  CHECK(quantities("Call every lead by 5pm").empty());
  CHECK(quantities("Open 3 stores in a 12-month period") == "3");
  CHECK(quantities("Run version 1.2.3 of the playbook").empty());
  // A number after "by" followed by a noun is an amount, not a year.
  CHECK(quantities("Increase output by 2000 units by 2027") == "2000");
  CHECK(quantities("Win 2000 accounts in 2026") == "2000");
  CHECK(quantities("Win 2,000 accounts") == "2000");
  CHECK(quantities("Grow revenue from 2000 to 2500 units") == "2000; 2500");
  CHECK(quantities("Increase output by 2000 to 2500 units") == "2000; 2500");
  CHECK(quantities("Win a total of 2000.") == "2000");
}

TEST_CASE("quantity offsets cover the whole phrase", "[statement][quantity]") {
  const std::string statement = "Win \xE2\x82\xAC"
                                "50k and USD 2 million by Q3";
  const StatementReading reading = read_statement(statement, kJanuaryStart);
  REQUIRE(reading.quantities.size() == 2);
  CHECK(statement.substr(reading.quantities[0].begin,
                         reading.quantities[0].end - reading.quantities[0].begin) == "\xE2\x82\xAC"
                                                                                     "50k");
  CHECK(statement.substr(reading.quantities[1].begin,
                         reading.quantities[1].end - reading.quantities[1].begin) ==
        "USD 2 million");
}

TEST_CASE("month and day phrases", "[statement][date]") {
  const auto rows = std::to_array<Row>({
      {"Grow sales by 10% by June 30", "2026-06-30 <June 30>"},
      {"Grow sales by 10% June 30", "2026-06-30 <June 30>"},
      {"Grow sales by 10% by 30 June", "2026-06-30 <30 June>"},
      {"Grow sales by 10% by 30 June 2026", "2026-06-30 <30 June 2026>"},
      {"Grow sales by 10% by June 30, 2026", "2026-06-30 <June 30, 2026>"},
      {"Grow sales by 10% by June 30th", "2026-06-30 <June 30th>"},
      {"Grow sales by 10% by the 30th of June", "2026-06-30 <30th of June>"},
      {"Grow sales by 10% by the end of June", "2026-06-30 <the end of June>"},
      {"Grow sales by 10% by end of March", "2026-03-31 <end of March>"},
      {"Grow sales by 10% by March", "2026-03-31 <March>"},
      {"Grow sales by 10% by Jun 30", "2026-06-30 <Jun 30>"},
      {"Grow sales by 10% by Sept 30", "2026-09-30 <Sept 30>"},
      {"Grow sales by 10% by Dec. 31", "2026-12-31 <Dec. 31>"},
      {"Grow sales by 10% by 31 Dec", "2026-12-31 <31 Dec>"},
      {"Grow sales by 10% by Dec 2026", "2026-12-31 <Dec 2026>"},
      {"Grow sales by 10% by the end of June 2027", "2027-06-30 <the end of June 2027>"},
      {"Grow sales by 10% by December 31st 2026", "2026-12-31 <December 31st 2026>"},
      {"Grow sales by 10% by mid-June", "2026-06-15 <mid-June>"},
      {"Grow sales by 10% by late September", "2026-09-30 <late September>"},
      {"GROW SALES BY 10% BY JUNE 30TH", "2026-06-30 <JUNE 30TH>"},
  });
  for (const Row& row : rows) {
    CAPTURE(row.statement);
    CHECK(dates(row.statement) == row.expected);
  }
}

TEST_CASE("quarters, halves, years and periods", "[statement][date]") {
  const auto rows = std::to_array<Row>({
      {"Grow sales by 10% by end of Q3", "2026-09-30 <end of Q3>"},
      {"Grow sales by 10% in Q3", "2026-09-30 <Q3>"},
      {"Grow sales by 10% in Q3 and Q4", "2026-09-30 <Q3>; 2026-12-31 <Q4>"},
      {"Grow sales by 10% in Q3 2027", "2027-09-30 <Q3 2027>"},
      {"Grow sales by 10% by Q3 of 2027", "2027-09-30 <Q3 of 2027>"},
      {"Grow sales by 10% in the third quarter", "2026-09-30 <third quarter>"},
      {"Grow sales by 10% by H1", "2026-06-30 <H1>"},
      {"Grow sales by 10% in the first half", "2026-06-30 <first half>"},
      {"Grow sales by 10% in the second half", "2026-12-31 <second half>"},
      {"Grow sales by 10% in H2 2027", "2027-12-31 <H2 2027>"},
      {"Grow sales by 10% within 6 months", "2026-06-30 <within 6 months>"},
      {"Grow sales by 10% within six months", "2026-06-30 <within six months>"},
      {"Grow sales by 10% in 90 days", "2026-03-31 <in 90 days>"},
      {"Grow sales by 10% within 2 weeks", "2026-01-14 <within 2 weeks>"},
      {"Grow sales by 10% within a year", "2026-12-31 <within a year>"},
      {"Grow sales by 10% within the next 12 months", "2026-12-31 <within the next 12 months>"},
      {"Grow sales by 10% in six months' time", "2026-06-30 <in six months' time>"},
      {"Grow sales by 10% in 2 quarters", "2026-06-30 <in 2 quarters>"},
      {"Grow sales by 10% by year end", "2026-12-31 <year end>"},
      {"Grow sales by 10% by year-end", "2026-12-31 <year-end>"},
      {"Grow sales by 10% by end of year", "2026-12-31 <end of year>"},
      {"Grow sales by 10% by the end of the year", "2026-12-31 <the end of the year>"},
      {"Grow sales by 10% this year", "2026-12-31 <this year>"},
      {"Grow sales by 10% by end of 2026", "2026-12-31 <end of 2026>"},
      {"Grow sales by 10% by 2027", "2027-12-31 <2027>"},
      {"Grow sales by 10% in 2026, then hold", "2026-12-31 <2026>"},
      {"Grow sales by 10% by 2027 to stay ahead", "2027-12-31 <2027>"},
  });
  for (const Row& row : rows) {
    CAPTURE(row.statement);
    CHECK(dates(row.statement) == row.expected);
  }
}

TEST_CASE("numeric dates: ISO, and slash or dot forms only when unambiguous", "[statement][date]") {
  CHECK(dates("Grow sales by 10% by 2026-06-30") == "2026-06-30 <2026-06-30>");
  CHECK(dates("Grow sales by 10% by 30/06/2026") == "2026-06-30 <30/06/2026>");
  CHECK(dates("Grow sales by 10% by 6/30/2026") == "2026-06-30 <6/30/2026>");
  CHECK(dates("Grow sales by 10% by 2026/06/30") == "2026-06-30 <2026/06/30>");
  CHECK(dates("Grow sales by 10% by 30.06.2026") == "2026-06-30 <30.06.2026>");
  // Both sides could be the month, or the year is missing or short: no date is read.
  CHECK(dates("Grow sales by 10% by 06/07/2026").empty());
  CHECK(dates("Grow sales by 10% by 6/30").empty());
  CHECK(dates("Grow sales by 10% by 30/06").empty());
  CHECK(dates("Grow sales by 10% by 30/06/26").empty());
  CHECK(dates("Grow sales by 10% on 2026-02-30").empty());
}

TEST_CASE("days that do not exist are not dates", "[statement][date]") {
  CHECK(dates("Grow sales by 10% by February 30").empty());
  CHECK(dates("Grow sales by 10% by 31 June").empty());
  CHECK(dates("Grow sales by 10% by June 31 2026").empty());
  CHECK(dates("Grow sales by 10% by February 29 2027").empty());
}

TEST_CASE("words that only look like months", "[statement][date]") {
  CHECK(dates("We may grow revenue by 5%").empty());
  CHECK(dates("March into new markets by March") == "2026-03-31 <March>");
  CHECK(dates("Grow revenue by 5% in May") == "2026-05-31 <May>");
  CHECK(days("Increase sales in May and June by 5%") == "2026-05-31; 2026-06-30");
  CHECK(days("Increase sales by 5% in May, June and July") == "2026-05-31; 2026-06-30; 2026-07-31");
}

TEST_CASE("dates resolve against a mid-year mission start", "[statement][date]") {
  // "June 30" is the next June 30 on or after the start; a month alone, its next month end.
  CHECK(days("Grow sales by 10% by June 30", kJulyStart) == "2027-06-30");
  CHECK(days("Grow sales by 10% by July 1", kJulyStart) == "2026-07-01");
  CHECK(days("Grow sales by 10% by March", kJulyStart) == "2027-03-31");
  CHECK(days("Grow sales by 10% within 6 months", kJulyStart) == "2026-12-31");
  CHECK(days("Grow sales by 10% in 90 days", kJulyStart) == "2026-09-28");
  CHECK(days("Grow sales by 10% by year end", kJulyStart) == "2026-12-31");
  // A quarter without a year is its first occurrence that ends on or after the start (SPEC §3).
  CHECK(days("Grow sales by 10% in Q1", kJulyStart) == "2027-03-31");
  CHECK(days("Grow sales by 10% by Q3", kJulyStart) == "2026-09-30");
  // Months clamp: one month from January 31 ends on February 27.
  CHECK(days("Win 5 accounts within 1 month", iso("2026-01-31")) == "2026-02-27");
}

TEST_CASE("February 29 is the next one that exists", "[statement][date]") {
  CHECK(days("Win 5 accounts by February 29", iso("2027-01-01")) == "2028-02-29");
  CHECK(days("Win 5 accounts by February 29", iso("2028-02-29")) == "2028-02-29");
  CHECK(days("Win 5 accounts by February 29", iso("2028-03-01")) == "2032-02-29");
  CHECK(days("Win 5 accounts by February 29", iso("2096-03-01")) == "2104-02-29");
  CHECK(days("Win 5 accounts by 29 Feb 2028", iso("2027-01-01")) == "2028-02-29");
}

TEST_CASE("the deadline is the latest date named", "[statement][date]") {
  const StatementReading both = read_statement("Grow sales in Q3 and Q4", kJanuaryStart);
  REQUIRE(both.deadline());
  CHECK(most::format_date(*both.deadline()) == "2026-12-31");
  const StatementReading backwards =
      read_statement("Win 5 deals by Q4, 3 by June 30", kJanuaryStart);
  REQUIRE(backwards.deadline());
  CHECK(most::format_date(*backwards.deadline()) == "2026-12-31");
  CHECK_FALSE(read_statement("Grow sales by 10%", kJanuaryStart).deadline());
}

TEST_CASE("a period allows every day from its first to its last", "[statement][date]") {
  // Months: a bare month is the whole month; a day in it, or "mid"/"early", is one day.
  CHECK(allowed("Grow sales by 10% by June") == "2026-06-01..2026-06-30");
  CHECK(allowed("Grow sales by 10% in June") == "2026-06-01..2026-06-30");
  CHECK(allowed("Grow sales by 10% by June 2027") == "2027-06-01..2027-06-30");
  CHECK(allowed("Grow sales by 10% by late June") == "2026-06-21..2026-06-30");
  CHECK(allowed("Grow sales by 10% by late June 2027") == "2027-06-21..2027-06-30");
  CHECK(allowed("Grow sales by 10% by mid-June") == "2026-06-15");
  CHECK(allowed("Grow sales by 10% by early June") == "2026-06-10");
  CHECK(allowed("Grow sales by 10% by June 30") == "2026-06-30");
  CHECK(allowed("Grow sales by 10% by 30 June 2026") == "2026-06-30");
  CHECK(allowed("Grow sales by 10% by 2026-06-30") == "2026-06-30");
  CHECK(allowed("Grow sales by 10% by the end of June") == "2026-06-30");
  CHECK(allowed("Grow sales by 10% by March", kJulyStart) == "2027-03-01..2027-03-31");
  // Quarters and halves, unless their end is named.
  CHECK(allowed("Grow sales by 10% in Q3") == "2026-07-01..2026-09-30");
  CHECK(allowed("Grow sales by 10% in the third quarter") == "2026-07-01..2026-09-30");
  CHECK(allowed("Grow sales by 10% in Q1 2027") == "2027-01-01..2027-03-31");
  CHECK(allowed("Grow sales by 10% in H2") == "2026-07-01..2026-12-31");
  CHECK(allowed("Grow sales by 10% in the first half") == "2026-01-01..2026-06-30");
  CHECK(allowed("Grow sales by 10% by the end of Q3") == "2026-09-30");
  CHECK(allowed("Grow sales by 10% by Q3-end") == "2026-09-30");
  // Years.
  CHECK(allowed("Grow sales by 10% in 2026") == "2026-01-01..2026-12-31");
  CHECK(allowed("Grow sales by 10% this year") == "2026-01-01..2026-12-31");
  CHECK(allowed("Grow sales by 10% next year") == "2027-01-01..2027-12-31");
  CHECK(allowed("Grow sales by 10% by the end of 2026") == "2026-12-31");
  CHECK(allowed("Grow sales by 10% by year end") == "2026-12-31");
  // Relative periods run from the mission start: "within 6 months" of 2026-01-01 ends on
  // 2026-06-30, so 2026-07-01 is already outside.
  CHECK(allowed("Grow sales by 10% within 6 months") == "2026-01-01..2026-06-30");
  CHECK(allowed("Grow sales by 10% within six months") == "2026-01-01..2026-06-30");
  CHECK(allowed("Grow sales by 10% in 90 days") == "2026-01-01..2026-03-31");
  CHECK(allowed("Grow sales by 10% over the next year", kJulyStart) == "2026-07-01..2027-06-30");
  // The latest date decides; a day beats a period that ends the same day.
  CHECK(allowed("Grow sales in Q3 and Q4") == "2026-10-01..2026-12-31");
  CHECK(allowed("Grow sales by 10% by June, no later than June 30") == "2026-06-30");
  CHECK(allowed("Grow sales by 10%").empty());
  // deadline() still names the last day.
  CHECK(most::format_date(*read_statement("Grow sales in Q3", kJanuaryStart).deadline()) ==
        "2026-09-30");
}

TEST_CASE("mid-year and fiscal year end", "[statement][date]") {
  CHECK(dates("Grow sales by 10% by mid-year") == "2026-06-30 <mid-year>");
  CHECK(dates("Grow sales by 10% by midyear") == "2026-06-30 <midyear>");
  CHECK(dates("Grow sales by 10% by mid year") == "2026-06-30 <mid year>");
  CHECK(dates("Grow sales by 10% by the mid-year") == "2026-06-30 <mid-year>");
  CHECK(dates("Grow sales by 10% by mid-2027") == "2027-06-30 <mid-2027>");
  // The first mid-year on or after the start, like a quarter (SPEC §3).
  CHECK(days("Grow sales by 10% by mid-year", kJulyStart) == "2027-06-30");
  CHECK(allowed("Grow sales by 10% by mid-year") == "2026-06-30");
  // Not a date without a date word before it: a review is not a deadline.
  CHECK(dates("Hold the mid-year review with 10 dealers").empty());
  // Without a fiscal_year_start the fiscal year is the calendar year (SPEC §4.4).
  CHECK(dates("Grow sales by 10% by the end of the fiscal year") ==
        "2026-12-31 <the end of the fiscal year>");
  CHECK(dates("Grow sales by 10% by the end of the financial year 2027") ==
        "2027-12-31 <the end of the financial year 2027>");
  CHECK(dates("Grow sales by 10% by fiscal year end") == "2026-12-31 <fiscal year end>");
  CHECK(dates("Grow sales by 10% by fiscal year-end") == "2026-12-31 <fiscal year-end>");
  CHECK(dates("Grow sales by 10% by FY end") == "2026-12-31 <FY end>");
  CHECK(dates("Grow sales by 10% by FY-end 2027") == "2027-12-31 <FY-end 2027>");
  CHECK(dates("Grow sales by 10% by end of FY") == "2026-12-31 <end of FY>");
  CHECK(allowed("Grow sales by 10% by fiscal year end") == "2026-12-31");
  CHECK(quantities("Grow sales by 10% by FY-end 2027") == "10 %");
}

TEST_CASE("direction follows the first aim verb", "[statement][direction]") {
  CHECK(direction("Increase sales by 10%") == Direction::Increase);
  CHECK(direction("Increasing sales by 10%") == Direction::Increase);
  CHECK(direction("Sales increased by 10%") == Direction::Increase);
  CHECK(direction("Grow revenue by 10%") == Direction::Increase);
  CHECK(direction("Boost revenue by 10%") == Direction::Increase);
  CHECK(direction("Double the number of key accounts") == Direction::Increase);
  CHECK(direction("Win 20 more accounts") == Direction::Increase);
  CHECK(direction("Add 20 new accounts") == Direction::Increase);
  CHECK(direction("Reduce churn to 5%") == Direction::Decrease);
  CHECK(direction("Cutting costs by 5%") == Direction::Decrease);
  CHECK(direction("Lowered costs by 5%") == Direction::Decrease);
  CHECK(direction("Shrink the backlog by 20%") == Direction::Decrease);
  CHECK(direction("Bring down costs by 5%") == Direction::Decrease);
  CHECK(direction("Halve the churn rate") == Direction::Decrease);
  CHECK(direction("Increase revenue and reduce churn") == Direction::Increase);
  CHECK(direction("A 10% increase in sales by June 30") == Direction::Increase);
  CHECK(direction("Achieve a 10% reduction in costs") == Direction::Decrease);
  CHECK(direction("Sales growth of 10%") == Direction::Increase);
}

TEST_CASE("\"from X to Y\" decides when the verb does not", "[statement][direction]") {
  CHECK(direction("Improve churn from 10% to 6%") == Direction::Decrease);
  CHECK(direction("Improve win rate from 20% to 25%") == Direction::Increase);
  CHECK(direction("Move churn from 10 to 6 percent") == Direction::Decrease);
  // "improve" alone names no direction: improving churn means lowering it.
  CHECK(direction("Improve customer satisfaction") == Direction::None);
  CHECK(direction("Hold churn at 5%") == Direction::None);
  CHECK(direction("Keep churn down") == Direction::Decrease);
  CHECK(direction("Get more leads") == Direction::Increase);
  CHECK(direction("") == Direction::None);
}

TEST_CASE("aims, and statements that bundle several", "[statement][aims]") {
  CHECK(aims("Increase revenue and reduce churn") == "increase|reduce");
  CHECK(aims("Increase revenue by 10% and win 5 accounts") == "increase|win");
  CHECK(aims("Increase revenue & cut costs") == "increase|cut");
  CHECK(aims("Increase revenue plus cut costs") == "increase|cut");
  CHECK(aims("Reduce costs by 5% as well as increasing margin") == "reduce|increase");
  CHECK(aims("Grow revenue while reducing churn") == "grow|reduce");
  CHECK(aims("Reduce costs by 5%; increase margin by 2%") == "reduce|increase");
  CHECK(aims("Win 12 new customers, grow upsell by 5% by Q3") == "win|grow");
  CHECK(aims("Revenue grows 10% and churn drops 2 points") == "grow|drop");
  CHECK(aims("Achieve a 10% increase in sales and a 5% reduction in churn") == "achieve|reduce");
  CHECK(aims("Grow sales by 10% and cut costs by 5%") == "grow|cut");
  CHECK(aims("Increase revenue by 5% and increase margin by 2 points") == "increase|increase");
  CHECK(aims("Recruit and train 4 new salespeople and reduce churn by 2 points") ==
        "recruit|reduce");
}

TEST_CASE("each aim is named with what it moves", "[statement][aims]") {
  CHECK(aim_phrases("Increase revenue by 5% and increase margin by 2 points") ==
        "increase revenue|increase margin");
  CHECK(aim_phrases("Increase gross margin to 18% and increase average deal size by 10%") ==
        "increase gross margin|increase average deal size");
  CHECK(aim_phrases("Grow after-sales revenue by 5%, grow parts revenue by 3%") ==
        "grow after-sales revenue|grow parts revenue");
  CHECK(aim_phrases("Revenue grows 10% and margin grows 2 points") == "revenue grows|margin grows");
  CHECK(aim_phrases("Recruit and train 4 new salespeople") == "recruit and train");
  CHECK(aim_phrases("Recruit, hire and onboard 4 new salespeople") == "recruit, hire and onboard");
  CHECK(aim_phrases("").empty());
}

TEST_CASE("two verbs that share one object are one aim", "[statement][aims]") {
  CHECK(aims("Recruit and train 4 new salespeople by June 30") == "recruit");
  CHECK(aims("Hire and onboard two additional salespeople by Q2") == "hire");
  CHECK(aims("Recruit, hire and train 4 new salespeople") == "recruit");
  CHECK(aims("Attract and retain 20 key accounts") == "attract");
  CHECK(aims("Identify and win 20 new accounts") == "win");
  CHECK(direction("Recruit and train 4 new salespeople") == Direction::Increase);
}

TEST_CASE("a limit on how the aim is reached is not a second aim", "[statement][aims]") {
  CHECK(aims("Grow gross margin to 18% while keeping discounts below 5%") == "grow");
  CHECK(aims("Grow revenue while keeping costs flat") == "grow");
  CHECK(aims("Increase revenue by 10% while maintaining a 20% margin") == "increase");
  CHECK(aims("Increase revenue by 10% whilst we hold prices") == "increase");
  CHECK(aims("Increase revenue by 10% while sustaining margin") == "increase");
  CHECK(aims("Increase revenue by 10% without increasing headcount") == "increase");
  CHECK(aims("Increase revenue by 10%, without increasing headcount") == "increase");
  CHECK(aims("Revenue grows by 10%, without adding headcount") == "grow");
  CHECK(aims("Revenue grows by 10% while margin is kept at 20%") == "grow");
}

TEST_CASE("one aim, however many nouns", "[statement][aims]") {
  CHECK(aims("Grow sales in the north and south regions") == "grow");
  CHECK(aims("Increase revenue and profit by 10%") == "increase");
  CHECK(aims("Increase revenue, margin and market share by 10%") == "increase");
  CHECK(aims("Achieve a 10% increase in sales") == "achieve");
  CHECK(aims("A 10% increase in sales by June 30") == "increase");
  CHECK(aims("Increase deal size and close rate by 10%") == "increase");
  CHECK(aims("Increase sales in Q3 and Q4") == "increase");
  CHECK(aims("By June 30, increase sales by 10%") == "increase");
  CHECK(aims("The team will increase sales by 10%") == "increase");
  CHECK(aims("Work with partners to increase sales by 10%") == "increase");
  CHECK(aims("Significantly increase revenue") == "increase");
  CHECK(aims("Become a top-five dealer; double-digit growth") == "become");
  CHECK(aims("Lower prices by 5% to win 20 accounts") == "lower");
  CHECK(aims("").empty());
}

TEST_CASE("vague words", "[statement][vague]") {
  CHECK(vague("Significantly increase revenue") == "significantly");
  CHECK(vague("Substantially grow the pipeline") == "substantially");
  CHECK(vague("Provide better service") == "better");
  CHECK(vague("Be a World-Class dealer") == "world-class");
  CHECK(vague("Be a world class dealer") == "world class");
  CHECK(vague("Become best-in-class") == "best-in-class");
  CHECK(vague("Sell as much as possible") == "as much as possible");
  CHECK(vague("Close deals as soon as possible") == "as soon as possible");
  CHECK(vague("Close deals ASAP") == "asap");
  CHECK(vague("Greatly improve margins") == "greatly");
  CHECK(vague("Grow a lot") == "a lot");
  CHECK(vague("Sell shoes, bags, etc.") == "etc.");
  CHECK(vague("Win various accounts") == "various");
  CHECK(vague("Win some accounts") == "some");
  CHECK(vague("Win many accounts") == "many");
  CHECK(vague("Optimise pricing") == "optimise");
  CHECK(vague("Optimizing pricing and maximizing margin") == "optimizing|maximizing");
  CHECK(vague("Significantly increase revenue and be world-class as soon as possible etc.") ==
        "significantly|world-class|as soon as possible|etc.");
  // A bare "more" is vague only when the statement names no quantity.
  CHECK(vague("Sell more") == "more");
  CHECK(vague("Win 20 more accounts by Q3").empty());
  // "improve" names a direction; it is not vague by itself.
  CHECK(vague("Improve win rate from 20% to 25% by Q3").empty());
  CHECK(vague("Increase sales volume by 10% by June 30").empty());
  CHECK(vague("Win 20 new accounts and more referrals").empty());
}

TEST_CASE("amount words are vague only without a quantity", "[statement][vague]") {
  CHECK(vague("Raise the share of customers who buy multiple products to 30%").empty());
  CHECK(vague("Sell service plans to many of the 400 fleet customers").empty());
  CHECK(vague("Win 10 new accounts across several regions").empty());
  CHECK(vague("Grow revenue from various channels by 10%").empty());
  CHECK(vague("Win a few of the 20 largest fleets by Q3").empty());
  CHECK(vague("Win a number of new accounts").empty() == false);
  CHECK(vague("Win a number of new accounts") == "a number of");
  CHECK(vague("Sell multiple products to each customer") == "multiple");
  CHECK(vague("Win several accounts in various regions") == "several|various");
  // A date is no quantity.
  CHECK(vague("Win many accounts by June 30") == "many");
  // Intensity, praise, limits and time stay vague next to a number (see statement_vague.cpp).
  CHECK(vague("Significantly increase sales by 10%") == "significantly");
  CHECK(vague("Significantly improve NPS to 60") == "significantly");
  CHECK(vague("Become a world-class dealer with 20% share") == "world-class");
  CHECK(vague("Win 20 accounts as soon as possible") == "as soon as possible");
  CHECK(vague("Provide better service to 500 customers") == "better");
}

TEST_CASE("hyphenated compounds are not vague", "[statement][vague]") {
  CHECK(vague("Increase sales of the best-selling model by 15%").empty());
  CHECK(vague("Increase sales of the best-selling model").empty());
  CHECK(vague("Win 5 accounts from better-known brands").empty());
  CHECK(vague("Sell 200 many-seat vans").empty());
  CHECK(vague("Win 5 accounts from our second-best region").empty());
  CHECK(vague("Be the best dealer in the region") == "best");
  CHECK(vague("Become best-in-class") == "best-in-class");
  CHECK(vague("Be a world-class dealer") == "world-class");
  CHECK(vague("Be a best - dealer") == "best");
}

TEST_CASE("word count", "[statement][words]") {
  CHECK(read_statement("Increase sales volume by 10% by June 30", kJanuaryStart).word_count == 8);
  CHECK(read_statement("Grow sales", kJanuaryStart).word_count == 2);
  CHECK(read_statement("  Grow   sales  \t now ", kJanuaryStart).word_count == 3);
  CHECK(read_statement("Grow sales - & 10 %", kJanuaryStart).word_count == 3);
  CHECK(read_statement("Win \xE2\x82\xAC"
                       "50k \xE2\x80\x94 Z\xC3\xBCrich",
                       kJanuaryStart)
            .word_count == 3);
  CHECK(read_statement("", kJanuaryStart).word_count == 0);
}

TEST_CASE("hostile input neither crashes nor stalls", "[statement][robust]") {
  const StatementReading empty = read_statement("", kJanuaryStart);
  CHECK(empty.quantities.empty());
  CHECK(empty.dates.empty());
  CHECK(empty.aims.empty());
  CHECK(empty.vague_words.empty());

  // A number too long for a double is not an amount anyone can check.
  const StatementReading digits = read_statement(std::string(100000, '9'), kJanuaryStart);
  CHECK(digits.quantities.empty());
  CHECK(digits.word_count == 1);

  // Only the first kStatementReadLimit bytes are read: 4096 / 48 bytes per repeat = 85 whole
  // repeats (the 86th is cut inside "increase").
  std::string long_text;
  for (int i = 0; i < 20000; ++i) {
    long_text += "increase and by June 30, 2026 twenty-five \xE2\x82\xAC"
                 "5k ";
  }
  REQUIRE(long_text.size() == 20000U * 48U);
  const StatementReading repeated = read_statement(long_text, kJanuaryStart);
  CHECK(repeated.dates.size() == 85);
  CHECK(repeated.quantities.size() == 170);
  CHECK(repeated.dates.back().end <= most::kStatementReadLimit);

  // Malformed UTF-8: a truncated euro sign, an overlong "A", a lone continuation byte.
  const std::string broken = "Grow \xE2\x82 sales \xC1\x81 by \x80 10% \xF0\x9F";
  const StatementReading reading = read_statement(broken, kJanuaryStart);
  CHECK(quantities(broken) == "10 %");
  CHECK(reading.word_count == 4);

  CHECK(quantities(std::string(50000, '-')).empty());
  CHECK(quantities("1/2/3/4/5/6/7/8/9").empty());
  CHECK(days("Q3 Q3 Q3") == "2026-09-30; 2026-09-30; 2026-09-30");
}

TEST_CASE("a huge statement is read only up to the limit", "[statement][robust]") {
  // A 10 MB paste: the real objective comes first, the rest is never read.
  std::string huge = "Increase revenue by 10% by June 30 and reduce churn. ";
  while (huge.size() < 10'000'000) {
    huge += "Significantly grow sales in Q3 and cut costs by 5% \xE2\x82\xAC"
            "5k, etc. ";
  }
  // No timing assertion (tests never fail on wall-clock time): the word count below proves
  // that only the first 4096 bytes were read.
  const StatementReading reading = read_statement(huge, kJanuaryStart);
  CHECK(reading.quantities.front().value == 10);
  CHECK(most::format_date(reading.dates.front().date) == "2026-06-30");
  CHECK(reading.aims.front() == "increase");
  CHECK(reading.word_count < 1000);
  for (const most::DateMention& date : reading.dates) {
    CHECK(date.end <= most::kStatementReadLimit);
  }

  // The cut never splits a character: a statement of euro signs (3 bytes each) is cut at 4095.
  std::string euros;
  for (int i = 0; i < 5000; ++i) {
    euros += "\xE2\x82\xAC";
  }
  CHECK(read_statement(euros, kJanuaryStart).word_count == 0);
  std::string wide = std::string(4094, 'a') + "\xC3\xBC" + "b";
  CHECK(read_statement(wide, kJanuaryStart).word_count == 1);

  // Text exactly at the limit is read whole; past it, "10%" loses its "0%".
  const std::string at_limit = std::string(most::kStatementReadLimit - 3, ' ') + "10%";
  CHECK(quantities(at_limit) == "10 %");
  const std::string past_limit = std::string(most::kStatementReadLimit - 1, ' ') + "10%";
  CHECK(quantities(past_limit) == "1");
}
