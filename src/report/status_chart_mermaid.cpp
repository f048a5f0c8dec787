// The Mermaid `xychart-beta` of an objective in `most status --format markdown`. Mermaid's xy
// chart has categories, not a time axis, so the chart samples every series at month ends.

#include "markup_text.hpp"
#include "status_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace most {

namespace {

// Figures past this size print with exponents Mermaid does not read, and are no metric.
constexpr double kLargest = 1e15;
constexpr int kMostCategories = 14;

constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string number(double value) {
  std::string text = fmt::format("{:.4f}", value);
  while (text.back() == '0') {
    text.pop_back();
  }
  if (text.back() == '.') {
    text.pop_back();
  }
  return text == "-0" ? "0" : text;
}

// Text for a quoted Mermaid string: controls become spaces, and the quote, which would end the
// string, and the characters Mermaid reads as entities or markup are left out.
std::string quoted_text(std::string_view text, std::size_t max_bytes) {
  std::string out;
  for (const char c : truncate_utf8(text, max_bytes)) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) {
      out += ' ';
    } else if (c != '"' && c != '#' && c != ';' && c != '<' && c != '>' && c != '`' && c != '\\') {
      out += c;
    }
  }
  return out;
}

// The days the chart samples: the start, then month ends (every `step` months) up to the
// deadline, which is always the last.
std::vector<Date> sample_days(Date start, Date deadline) {
  using namespace std::chrono;
  const int months_total =
      (static_cast<int>(deadline.year()) - static_cast<int>(start.year())) * 12 +
      static_cast<int>(static_cast<unsigned>(deadline.month())) -
      static_cast<int>(static_cast<unsigned>(start.month()));
  const int step = std::max(1, (months_total + kMostCategories - 2) / (kMostCategories - 1));
  std::vector<Date> days{start};
  year_month month{start.year(), start.month()};
  for (int i = 0; i <= months_total; ++i, month += months{1}) {
    const Date end{month / last};
    if (end > start && end < deadline && (i + 1) % step == 0) {
      days.push_back(end);
    }
  }
  days.push_back(deadline);
  return days;
}

std::string label(Date day) {
  return fmt::format("{} {}", kMonths.at(static_cast<unsigned>(day.month()) - 1),
                     static_cast<unsigned>(day.day()));
}

// Axis bounds on round numbers: half a power of ten below the span's order of magnitude.
std::pair<double, double> round_bounds(double low, double high) {
  const double step = std::pow(10.0, std::floor(std::log10(high - low))) / 2;
  if (!std::isfinite(step) || step <= 0) {
    return {low, high};
  }
  return {std::floor(low / step) * step, std::ceil(high / step) * step};
}

} // namespace

bool chartable(const ObjectiveStatus& o, std::optional<Date> start) {
  if (!start || !o.deadline || *o.deadline <= *start || !o.baseline || !o.target) {
    return false;
  }
  const auto fits = [](double v) { return std::isfinite(v) && std::abs(v) < kLargest; };
  if (!fits(*o.baseline) || !fits(*o.target)) {
    return false;
  }
  if (!std::all_of(o.checkins.begin(), o.checkins.end(),
                   [&](const ForecastPoint& p) { return fits(p.value); })) {
    return false;
  }
  return !o.forecast || (fits(o.forecast->at(*start)) && fits(o.forecast->at(*o.deadline)));
}

void write_mermaid_chart(std::ostream& out, const ObjectiveStatus& o, std::optional<Date> start,
                         Date as_of) {
  if (!chartable(o, start)) {
    return;
  }
  const std::vector<Date> days = sample_days(*start, *o.deadline);
  const double baseline = *o.baseline;
  const double target = *o.target;
  const double span = days_between(*start, *o.deadline);
  std::vector<std::string> labels;
  std::vector<std::string> figures;
  std::vector<std::string> pace;
  std::vector<std::string> forecast;
  std::vector<std::string> targets;
  double low = std::min(baseline, target);
  double high = std::max(baseline, target);
  std::vector<std::optional<double>> known;
  for (const Date day : days) {
    std::optional<double> latest;
    if (day <= as_of) {
      latest = baseline;
      for (const ForecastPoint& p : o.checkins) {
        if (p.day <= day) {
          latest = p.value;
        }
      }
    }
    known.push_back(latest);
    if (latest) {
      low = std::min(low, *latest);
      high = std::max(high, *latest);
    }
    if (o.forecast) {
      low = std::min(low, o.forecast->at(day));
      high = std::max(high, o.forecast->at(day));
    }
  }
  // Room above and below, so no line runs along the frame.
  const double margin = high > low ? (high - low) * 0.05 : std::max(1.0, std::abs(high) * 0.05);
  std::tie(low, high) = round_bounds(low - margin, high + margin);
  for (std::size_t i = 0; i < days.size(); ++i) {
    const Date day = days[i];
    labels.push_back('"' + label(day) + '"');
    if (known[i]) { // days after the as-of day have no figure yet: their bars are left out
      figures.push_back(number(*known[i]));
    }
    pace.push_back(number(baseline + (target - baseline) * days_between(*start, day) / span));
    targets.push_back(number(target));
    if (o.forecast) {
      forecast.push_back(number(o.forecast->at(day)));
    }
  }
  const auto list = [](const std::vector<std::string>& items) {
    std::string text = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
      text += (i == 0 ? "" : ", ") + items[i];
    }
    return text + "]";
  };
  out << "```mermaid\nxychart-beta\n";
  out << "  title \"" << quoted_text(o.id + " " + o.statement, 80) << "\"\n";
  out << "  x-axis " << list(labels) << '\n';
  out << "  y-axis \"" << quoted_text(o.unit.empty() ? "value" : o.unit, 30) << "\" " << number(low)
      << " --> " << number(high) << '\n';
  if (!figures.empty()) {
    out << "  bar " << list(figures) << '\n';
  }
  out << "  line " << list(targets) << '\n';
  out << "  line " << list(pace) << '\n';
  if (o.forecast) {
    out << "  line " << list(forecast) << '\n';
  }
  out << "```\n\n";
}

} // namespace most
