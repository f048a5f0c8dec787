// `most calendar`: tactics and milestones as all-day events of an iCalendar feed (RFC 5545).

#include "report/ical_text.hpp"
#include "report/markup_text.hpp"

#include <most/calendar.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <set>

namespace most {

namespace {

// 20260215, the form of DATE values (§3.3.4).
std::string ical_date(Date day) {
  return fmt::format("{:04}{:02}{:02}", static_cast<int>(day.year()),
                     static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
}

// UIDs keep letters, digits and `._~/-` and percent-encode the rest, so that no calendar
// program trips over a space, a comma or a non-ASCII id.
std::string uid_part(std::string_view text) {
  std::string part;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((std::isalnum(byte) != 0 && byte < 0x80) || c == '.' || c == '_' || c == '~' || c == '/' ||
        c == '-') {
      part += c;
    } else {
      part += fmt::format("%{:02X}", byte);
    }
  }
  return part;
}

class Calendar {
public:
  Calendar(std::ostream& out, const CalendarOptions& options)
      : out_(out), options_(options), stamp_(ical_date(options.stamp) + "T000000Z") {}

  void plan(const Plan& plan) {
    file_ = uid_part(std::filesystem::path(plan.file).lexically_normal().string());
    for (const Objective& objective : plan.objectives) {
      const std::string objective_line = fmt::format("Objective {}: {}", objective.info.id,
                                                     objective.statement.value.value_or(""));
      if (options_.owners.empty()) {
        for (std::size_t i = 0; i < objective.milestones.size(); ++i) {
          milestone(plan, objective, objective.milestones[i], i, objective_line);
        }
      }
      for (const Strategy& strategy : objective.strategies) {
        const std::string context =
            fmt::format("Strategy {}: {}\n{}", strategy.info.id,
                        strategy.statement.value.value_or(""), objective_line);
        for (const Tactic& tactic : strategy.tactics) {
          this->tactic(plan, tactic, context);
        }
      }
    }
  }

private:
  void milestone(const Plan& plan, const Objective& objective, const Milestone& milestone,
                 std::size_t index, const std::string& objective_line) {
    if (!milestone.due) {
      return;
    }
    event(fmt::format("milestone/{}.M{}", objective.info.id, index + 1), *milestone.due,
          fmt::format("{}Milestone: {}", milestone.done ? "[done] " : "",
                      milestone.name.value.value_or("")),
          fmt::format("Milestone {} of objective {}\n{}\nPlan: {}:{}", index + 1, objective.info.id,
                      objective_line, plan.file, milestone.location.line),
          "milestone");
  }

  void tactic(const Plan& plan, const Tactic& tactic, const std::string& context) {
    const Status status = tactic.effective_status();
    if (!tactic.due || status == Status::Dropped || !wanted(tactic)) {
      return;
    }
    const std::string prefix = status == Status::Done      ? "[done] "
                               : status == Status::Blocked ? "[blocked] "
                                                           : "";
    std::string summary = prefix + tactic.action.value.value_or("tactic " + tactic.info.id);
    if (tactic.owner) {
      summary += fmt::format(" ({})", *tactic.owner);
    }
    std::string description = fmt::format("Tactic {}, {}", tactic.info.id, status_name(status));
    if (tactic.budget) {
      description += fmt::format(", budget {}", format_amount(*tactic.budget));
    }
    description += "\n" + context;
    if (tactic.start) {
      description += "\nStarts " + format_date(*tactic.start);
    }
    if (!tactic.resources.empty()) {
      description += "\nResources: " + fmt::format("{}", fmt::join(tactic.resources, ", "));
    }
    if (!tactic.notes.empty()) {
      description += "\nNotes: " + tactic.notes;
    }
    description += fmt::format("\nPlan: {}:{}", plan.file, tactic.info.location.line);
    event("tactic/" + tactic.info.id, *tactic.due, summary, description, "tactic");
  }

  bool wanted(const Tactic& tactic) const {
    return options_.owners.empty() ||
           (tactic.owner && std::find(options_.owners.begin(), options_.owners.end(),
                                      *tactic.owner) != options_.owners.end());
  }

  void event(const std::string& item, Date day, std::string_view summary,
             std::string_view description, std::string_view category) {
    // Ids are unique within a valid plan; an invalid one (or a plan given twice) must still
    // give a calendar whose UIDs are unique.
    const std::string base = uid_part(item) + "@" + file_;
    std::string uid = base;
    for (int copy = 2; !uids_.insert(uid).second; ++copy) {
      uid = fmt::format("{}-{}", base, copy);
    }
    write_ical_line(out_, "BEGIN:VEVENT");
    write_ical_line(out_, "UID:" + uid);
    write_ical_line(out_, "DTSTAMP:" + stamp_);
    write_ical_line(out_, "DTSTART;VALUE=DATE:" + ical_date(day));
    write_ical_line(out_, "DTEND;VALUE=DATE:" + ical_date(add_days(day, 1)));
    write_ical_line(out_, "SUMMARY:" + ical_text(summary));
    write_ical_line(out_, "DESCRIPTION:" + ical_text(description));
    write_ical_line(out_, fmt::format("CATEGORIES:{}", category));
    // A deadline is a day to remember, not a day taken: free/busy stays free.
    write_ical_line(out_, "TRANSP:TRANSPARENT");
    write_ical_line(out_, "END:VEVENT");
  }

  std::ostream& out_;
  const CalendarOptions& options_;
  std::string stamp_;
  std::string file_;
  std::set<std::string> uids_;
};

std::string calendar_name(std::span<const Plan> plans, const std::vector<std::string>& owners) {
  std::string name = plans.size() == 1 && plans.front().mission.statement
                         ? *plans.front().mission.statement
                         : fmt::format("{} sales plans", plans.size());
  if (!owners.empty()) {
    name += fmt::format(" ({})", fmt::join(owners, ", "));
  }
  return name;
}

} // namespace

void render_calendar_ics(std::ostream& out, std::span<const Plan> plans,
                         const CalendarOptions& options) {
  write_ical_line(out, "BEGIN:VCALENDAR");
  write_ical_line(out, "VERSION:2.0");
  write_ical_line(out, "PRODID:-//most//most " MOST_VERSION "//EN");
  write_ical_line(out, "CALSCALE:GREGORIAN");
  write_ical_line(out, "METHOD:PUBLISH");
  write_ical_line(out, "X-WR-CALNAME:" + ical_text(calendar_name(plans, options.owners)));
  Calendar calendar(out, options);
  for (const Plan& plan : plans) {
    calendar.plan(plan);
  }
  write_ical_line(out, "END:VCALENDAR");
}

} // namespace most
