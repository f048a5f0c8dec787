// The chart of an objective in `most status --format html`: an inline SVG on a time axis. The
// plot area and its scales are written as data attributes, so tests (and scripts) can find
// where each figure must appear.

#include "forecast_text.hpp"
#include "markup_text.hpp"
#include "status_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <tuple>

namespace most {

namespace {

constexpr double kWidth = 720;
constexpr double kHeight = 260;
constexpr double kLeft = 96;
constexpr double kRight = 700;
constexpr double kTop = 16;
constexpr double kBottom = 214;

constexpr std::string_view kTargetColor = "#1a7f37";
constexpr std::string_view kBaselineColor = "#8c959f";
constexpr std::string_view kPaceColor = "#bf8700";
constexpr std::string_view kForecastColor = "#0969da";
constexpr std::string_view kCheckinColor = "#cf222e";
constexpr std::string_view kAsOfColor = "#8250df";

std::string num(double value) { return fmt::format("{:.1f}", value); }

struct Scale {
  Date start;
  Date end;
  double low = 0;
  double high = 1;

  double x(Date day) const {
    const double span = std::max(1, days_between(start, end));
    const double offset = std::clamp(days_between(start, day), 0, days_between(start, end));
    return kLeft + (kRight - kLeft) * offset / span;
  }
  double y(double value) const {
    return kBottom - (kBottom - kTop) * (std::clamp(value, low, high) - low) / (high - low);
  }
};

void line(std::ostream& out, double x1, double y1, double x2, double y2, std::string_view colour,
          std::string_view extra = "") {
  out << fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="2"{}/>)",
                     num(x1), num(y1), num(x2), num(y2), colour, extra)
      << '\n';
}

void legend_item(std::ostream& out, double& x, std::string_view colour, std::string_view text,
                 std::string_view extra) {
  const double y = kHeight - 12;
  out << fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="2"{}/>)",
                     num(x), num(y - 4), num(x + 18), num(y - 4), colour, extra);
  out << fmt::format(R"(<text x="{}" y="{}">{}</text>)", num(x + 22), num(y), text) << '\n';
  x += 30 + 6.5 * static_cast<double>(text.size());
}

// A faint line at the first of each month, named above the plot (every other month, or
// fewer, on a long span).
void write_month_grid(std::ostream& out, const Scale& scale) {
  using namespace std::chrono;
  static constexpr std::array<std::string_view, 12> kMonths = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  year_month first{scale.start.year(), scale.start.month()};
  first += months{1};
  int count = 0;
  for (year_month m = first; Date{m / 1} < scale.end; m += months{1}) {
    ++count;
  }
  const int step = std::max(1, (count + 11) / 12);
  int index = 0;
  for (year_month m = first; Date{m / 1} < scale.end; m += months{1}, ++index) {
    if (index % step != 0) {
      continue;
    }
    const double x = scale.x(Date{m / 1});
    out << fmt::format(R"(<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" stroke="#d0d7de"/>)", num(x),
                       num(kTop), num(kBottom))
        << fmt::format(R"(<text x="{}" y="{}" fill="#57606a">{}</text>)", num(x + 2), num(kTop - 4),
                       kMonths.at(static_cast<unsigned>(m.month()) - 1))
        << '\n';
  }
}

} // namespace

void write_svg_chart(std::ostream& out, const ObjectiveStatus& o, std::optional<Date> start,
                     Date as_of) {
  if (!chartable(o, start)) {
    return;
  }
  Scale scale{*start, *o.deadline};
  scale.low = std::min(*o.baseline, *o.target);
  scale.high = std::max(*o.baseline, *o.target);
  for (const ForecastPoint& p : o.checkins) {
    scale.low = std::min(scale.low, p.value);
    scale.high = std::max(scale.high, p.value);
  }
  if (o.forecast) {
    for (const Date day : {*start, *o.deadline}) {
      scale.low = std::min(scale.low, o.forecast->at(day));
      scale.high = std::max(scale.high, o.forecast->at(day));
    }
  }
  const double margin = scale.high > scale.low ? (scale.high - scale.low) * 0.06
                                               : std::max(1.0, std::abs(scale.high) * 0.06);
  scale.low -= margin;
  scale.high += margin;

  const std::string title = o.id + " " + o.statement;
  out << fmt::format(
      "<svg class=\"chart\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" role=\"img\" "
      "aria-label=\"{2}\" data-left=\"{3}\" data-right=\"{4}\" data-top=\"{5}\" "
      "data-bottom=\"{6}\" data-start=\"{7}\" data-end=\"{8}\" data-low=\"{9}\" "
      "data-high=\"{10}\">\n",
      kWidth, kHeight, html_escape("Chart of " + title), kLeft, kRight, kTop, kBottom,
      format_date(*start), format_date(*o.deadline), fmt::format("{}", scale.low),
      fmt::format("{}", scale.high));
  out << "<title>" << html_escape(title) << "</title>\n";
  out << fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="#f6f8fa"/>)", num(kLeft),
                     num(kTop), num(kRight - kLeft), num(kBottom - kTop))
      << '\n';
  write_month_grid(out, scale);
  // Baseline and target, labelled on the left.
  for (const auto& [value, colour, name] : {std::tuple{*o.baseline, kBaselineColor, "baseline"},
                                            std::tuple{*o.target, kTargetColor, "target"}}) {
    const double y = scale.y(value);
    line(out, kLeft, y, kRight, y, colour,
         std::string_view(name) == "baseline" ? R"( stroke-dasharray="2 3")" : "");
    out << fmt::format(R"(<text x="{}" y="{}" text-anchor="end" fill="{}">{}</text>)",
                       num(kLeft - 6), num(y + 4), colour,
                       html_escape(amount_with_unit(value, o.unit == "%" ? "%" : "")))
        << '\n';
  }
  // The pace: from the baseline on the start to the target on the deadline.
  line(out, kLeft, scale.y(*o.baseline), kRight, scale.y(*o.target), kPaceColor,
       R"( stroke-opacity="0.7")");
  // The forecast: solid through the figures so far, dashed from the as-of day to the deadline.
  if (o.forecast) {
    const Date from = o.forecast->points.front().day;
    const Date now = std::clamp(as_of, *start, *o.deadline);
    if (from < now) {
      line(out, scale.x(from), scale.y(o.forecast->at(from)), scale.x(now),
           scale.y(o.forecast->at(now)), kForecastColor);
    }
    line(out, scale.x(std::max(from, now)), scale.y(o.forecast->at(std::max(from, now))), kRight,
         scale.y(o.forecast->at(*o.deadline)), kForecastColor,
         R"( stroke-dasharray="6 4" class="forecast")");
  }
  // The as-of day, when it falls within the chart.
  if (as_of >= *start && as_of <= *o.deadline) {
    const double x = scale.x(as_of);
    line(out, x, kTop, x, kBottom, kAsOfColor, R"( stroke-dasharray="4 3")");
    out << fmt::format(R"(<text x="{}" y="{}" fill="{}" text-anchor="{}">as of {}</text>)",
                       num(x + (x > (kLeft + kRight) / 2 ? -4 : 4)), num(kBottom - 6), kAsOfColor,
                       x > (kLeft + kRight) / 2 ? "end" : "start", format_date(as_of))
        << '\n';
  }
  // Check-ins, drawn last so no line covers them.
  for (const ForecastPoint& p : o.checkins) {
    if (p.day < *start || p.day > *o.deadline) {
      continue;
    }
    out << fmt::format(R"(<circle class="checkin" cx="{}" cy="{}" r="5" fill="{}" )"
                       R"(stroke="#ffffff" stroke-width="1.5"><title>{}: {}</title></circle>)",
                       num(scale.x(p.day)), num(scale.y(p.value)), kCheckinColor,
                       format_date(p.day), html_escape(amount_with_unit(p.value, o.unit)))
        << '\n';
  }
  // The time axis: the start and the deadline.
  out << fmt::format(R"(<text x="{}" y="{}">{}</text>)", num(kLeft), num(kBottom + 16),
                     format_date(*start))
      << fmt::format(R"(<text x="{}" y="{}" text-anchor="end">deadline {}</text>)", num(kRight),
                     num(kBottom + 16), format_date(*o.deadline))
      << '\n';
  double x = kLeft;
  legend_item(out, x, kTargetColor, "target", "");
  legend_item(out, x, kPaceColor, "pace", "");
  legend_item(out, x, kForecastColor, "forecast", R"( stroke-dasharray="6 4")");
  legend_item(out, x, kAsOfColor, "as of", R"( stroke-dasharray="4 3")");
  out << fmt::format(R"(<circle cx="{}" cy="{}" r="5" fill="{}"/>)", num(x + 9), num(kHeight - 16),
                     kCheckinColor)
      << fmt::format(R"(<text x="{}" y="{}">check-in</text>)", num(x + 22), num(kHeight - 12))
      << "\n</svg>\n";
}

} // namespace most
