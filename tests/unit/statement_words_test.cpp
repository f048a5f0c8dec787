// Words as sales managers write them (SPEC §4.5): shares as quantities, numbers that are names,
// hedges, one verb with several measured outcomes, stages of one measure, holding a level, and
// the change a statement asks for in its own words.

#include <most/statement.hpp>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <array>
#include <cmath>
#include <string>

using most::Date;
using most::read_statement;
using most::StatementReading;

namespace {

const Date kStart = *most::parse_iso_date("2026-09-01");

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) {
    out += (out.empty() ? "" : "|") + word;
  }
  return out;
}

// "25 %; 600": every quantity's value (rounded to 0.1) and unit.
std::string quantities(std::string_view statement) {
  std::string out;
  for (const most::Quantity& q : read_statement(statement, kStart).quantities) {
    out += (out.empty() ? "" : "; ") + fmt::format("{}", std::round(q.value * 10) / 10) +
           (q.unit.empty() ? "" : " " + q.unit);
  }
  return out;
}

std::string vague(std::string_view statement) {
  return joined(read_statement(statement, kStart).vague_words);
}

std::string outcomes(std::string_view statement) {
  return joined(read_statement(statement, kStart).outcomes);
}

// "from 2000000 to 7000000, 250 %" / "150 %" / "": the change the words ask for.
std::string change(std::string_view statement) {
  const StatementReading reading = read_statement(statement, kStart);
  if (!reading.change) {
    return "";
  }
  std::string out;
  if (reading.change->from && reading.change->to) {
    out = fmt::format("from {} to {}", *reading.change->from, *reading.change->to);
  }
  if (reading.change->percent) {
    out += fmt::format("{}{} %", out.empty() ? "" : ", ",
                       std::round(*reading.change->percent * 10) / 10);
  }
  return out;
}

struct Row {
  const char* statement;
  const char* expected;
};

} // namespace

TEST_CASE("a quarter, a third and half are quantities", "[statement][quantity][words]") {
  const auto rows = std::to_array<Row>({
      {"Grow e-commerce revenue by a quarter", "25 %"},
      {"Cut quote turnaround time by a third", "33.3 %"},
      {"Reduce churn by half", "50 %"},
      {"Cut churn in half", "50 %"},
      {"Raise the share of repeat buyers to a third of all buyers", "33.3 %"},
      {"Make a quarter of revenue come from services", "25 %"},
      {"Cut lost deals by two thirds", "66.7 %"},
      {"Lift service attach rate by one fifth", "20 %"},
      {"Grow leasing revenue by three quarters", "75 %"},
      {"Turn twice as many booked demos into signed deals", "100 %"},
      {"Increase fleet revenue by one-third", "33.3 %"},
      // A share after a count is a rate, and a period is a period.
      {"Close 12 deals a quarter", "12"},
      {"Hire 2 salespeople within a quarter", "2"},
  });
  for (const Row& row : rows) {
    CAPTURE(row.statement);
    CHECK(quantities(row.statement) == row.expected);
  }
}

TEST_CASE("version numbers, years and labels are not quantities", "[statement][quantity][words]") {
  const auto none = std::to_array<const char*>({
      "Roll out version 2.4 of the quoting tool",
      "Roll out v2.4 of the quoting tool",
      "Launch release 3 of the dealer portal",
      "Complete phase 2 of the CRM migration",
      "Get ISO 9001 certified by March",
      "Offer 24/7 roadside support to fleet customers",
      "Make 2026 our best year ever",
      "2026 will be the year of the fleet business",
      "Grow revenue from our Top 20 accounts",
      "Win back customers who lapsed in 2025",
      "Grow revenue above 2025 levels",
  });
  for (const char* statement : none) {
    CAPTURE(statement);
    CHECK(quantities(statement).empty());
  }
  // Ranks to reach, and counts, still are.
  CHECK(quantities("Be one of the top five dealers") == "5");
  CHECK(quantities("Get into the top 3 dealers of the region") == "3");
  CHECK(quantities("Grow revenue from our Top 20 accounts by 10%") == "10 %");
  CHECK(quantities("Sell 2000 cars") == "2000");
  // "Make 2026 our best year ever" names the year it is about.
  const StatementReading best = read_statement("Make 2026 our best year ever", kStart);
  REQUIRE(best.deadline());
  CHECK(most::format_date(*best.deadline()) == "2026-12-31");
  CHECK(joined(best.vague_words) == "best");
}

TEST_CASE("hedges are vague", "[statement][vague][words]") {
  const auto rows = std::to_array<Row>({
      {"Try to sell around 600 cars this year", "try to|around"},
      {"Improve sales a bit by June 30", "a bit"},
      {"Have a great Q1", "great"},
      {"Sell roughly 600 cars by June 30", "roughly"},
      {"Sell approximately 600 cars by June 30", "approximately"},
      {"Win some 20 fleet accounts by Q3", "some"},
      {"Sell about 600 cars by June 30", "about"},
      {"Attempt to win 20 fleet accounts by Q3", "attempt to"},
      {"Slightly raise margin by Q3", "slightly"},
      {"Have a good year in fleet sales", "good"},
      {"Win 20 fleet accounts, ideally by Q3", "ideally"},
      {"We will try and win 20 fleet accounts by Q3", "try"},
  });
  for (const Row& row : rows) {
    CAPTURE(row.statement);
    CHECK(vague(row.statement) == row.expected);
  }
  // Not hedges: words about a topic, and a number after "about" that is no amount.
  CHECK(vague("Train the team about pricing and win 20 accounts by Q3").empty());
  CHECK(vague("Sell 600 cars around Munich by June 30").empty());
}

TEST_CASE("one verb with several measured outcomes", "[statement][aims][words]") {
  const auto rows = std::to_array<Row>({
      {"Increase revenue and margin in the DACH region by 5%", "revenue|margin"},
      {"Increase revenue and profit by 10%", "revenue|profit"},
      {"Increase revenue, margin and market share by 10%", "revenue|margin|market share"},
      {"Increase deal size and close rate by 10%", "deal size|close rate"},
      {"Sell 600 new cars and 200 used cars by June 30", "600 new cars|200 used cars"},
      {"Hire 2 account executives and 3 sales engineers by Q2",
       "2 account executives|3 sales engineers"},
      {"Increase revenue by 10% and margin by 2 points", "revenue|margin"},
      {"Grow fleet revenue by 8% by June 30 and service revenue to EUR 2M",
       "fleet revenue|service revenue"},
  });
  for (const Row& row : rows) {
    CAPTURE(row.statement);
    CHECK(outcomes(row.statement) == row.expected);
    CHECK(read_statement(row.statement, kStart).aims.size() == 1);
  }
  // One outcome, however it is qualified; two aims are bundled aims, not outcomes.
  const auto single = std::to_array<const char*>({
      "Grow sales in the north and south regions by 10%",
      "Increase sales of new and used cars by 10%",
      "Increase new and used car sales by 10%",
      "Increase revenue by 10% in Q3 and Q4",
      "Recruit and train 4 new salespeople by June 30",
      "Increase revenue and margin",
      "Increase revenue by 10% and reduce churn by 2 points",
      "Increase sales volume by 10% by June 30",
  });
  for (const char* statement : single) {
    CAPTURE(statement);
    CHECK(outcomes(statement).empty());
  }
}

TEST_CASE("one measure in stages is not bundled", "[statement][aims][words]") {
  const auto staged = std::to_array<const char*>({
      "Increase sales volume by 10% by June 30 and increase sales volume by 15% in Q3 and Q4",
      "Increase sales volume by 10% by June 30 and by 15% in Q3 and Q4",
      "Win 5 deals by Q4, 3 by June 30",
      "Close 20 deals by March and 40 deals by June",
  });
  for (const char* statement : staged) {
    CAPTURE(statement);
    const StatementReading reading = read_statement(statement, kStart);
    CHECK(reading.staged);
    CHECK(reading.aims.size() == 1);
    CHECK(reading.outcomes.empty());
  }
  CHECK_FALSE(
      read_statement("Increase revenue by 5% and increase margin by 2 points", kStart).staged);
  CHECK(read_statement("Increase revenue by 5% and increase margin by 2 points", kStart)
            .aims.size() == 2);
}

TEST_CASE("holding a level", "[statement][aims][words]") {
  for (const char* statement :
       {"Keep the renewal rate at 92%", "Maintain CSAT at 8.5 or higher",
        "Hold market share at 18% through the year", "Protect gross margin at 14%",
        "Sustain 95% on-time delivery", "Stay above 90% customer retention",
        "Remain below 5% churn all year"}) {
    CAPTURE(statement);
    CHECK(read_statement(statement, kStart).holds);
  }
  CHECK_FALSE(read_statement("Increase the renewal rate to 92%", kStart).holds);
  CHECK_FALSE(read_statement("Grow revenue while keeping costs flat", kStart).holds);
}

TEST_CASE("the change a statement asks for in its own words", "[statement][change][words]") {
  const auto rows = std::to_array<Row>({
      {"Grow ARR from \xE2\x82\xAC"
       "2M to \xE2\x82\xAC"
       "7M",
       "from 2000000 to 7000000, 250 %"},
      {"Increase fleet revenue by 150%", "150 %"},
      {"Improve conversion from 18% to 22% by Q2", "from 18 to 22, 22.2 %"},
      {"Double test drives by end of Q1", "100 %"},
      {"Triple inbound leads", "200 %"},
      {"Halve the churn rate", "-50 %"},
      {"Reduce churn by 20%", "-20 %"},
      {"Grow pipeline 3x", "200 %"},
      {"Grow e-commerce revenue by a quarter", "25 %"},
      {"Grow fleet revenue 150% by June 30", "150 %"},
      {"Grow ARR to EUR 7M from EUR 2M", "from 2000000 to 7000000, 250 %"},
      // Points move a rate, not a share of it; a level is no change.
      {"Lift conversion by 3 percentage points", ""},
      {"Raise NPS to 60", ""},
      {"Reduce churn to 5%", ""},
      {"Keep the renewal rate at 92%", ""},
  });
  for (const Row& row : rows) {
    CAPTURE(row.statement);
    CHECK(change(row.statement) == row.expected);
  }
}
