// `most calendar`: tactics and milestones as all-day events of an iCalendar feed (RFC 5545).

#include "ical_text.hpp"
#include "markup_text.hpp"

#include <most/calendar.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>
#include <vector>

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

// One all-day event, before it is written.
struct Event {
  std::string item; ///< `tactic/ID` or `milestone/OBJECTIVE.Mn`, percent-encoded
  std::string file; ///< the plan's path, percent-encoded; the UID is `ITEM@FILE`
  Date day;
  std::string summary;
  std::string description;
  std::string_view category;
};

// Collects the events of all plans, one per item in the source: a tactic or milestone that
// YAML aliases place under several objectives is one event that names every place.
class Calendar {
public:
  explicit Calendar(const CalendarOptions& options) : options_(options) {}

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
          this->tactic(
              plan, tactic,
              fmt::format("under strategy {} of objective {}", strategy.info.id, objective.info.id),
              context);
        }
      }
    }
  }

  void write(std::ostream& out, Date stamp) const {
    const std::string dtstamp = "DTSTAMP:" + ical_date(stamp) + "T000000Z";
    std::set<std::string> uids;
    for (const Event& event : events_) {
      // Ids are unique within a valid plan; an invalid one must still give unique UIDs.
      std::string uid = event.item + "@" + event.file;
      for (int copy = 2; !uids.insert(uid).second; ++copy) {
        uid = fmt::format("{}~{}@{}", event.item, copy, event.file);
      }
      write_ical_line(out, "BEGIN:VEVENT");
      write_ical_line(out, "UID:" + uid);
      write_ical_line(out, dtstamp);
      write_ical_line(out, "DTSTART;VALUE=DATE:" + ical_date(event.day));
      // Without DTEND an all-day event lasts one day (RFC 5545 §3.6.1); 9999-12-31 has no
      // next day to name.
      if (event.day != kLastDay) {
        write_ical_line(out, "DTEND;VALUE=DATE:" + ical_date(add_days(event.day, 1)));
      }
      write_ical_line(out, "SUMMARY:" + ical_text(event.summary));
      write_ical_line(out, "DESCRIPTION:" + ical_text(event.description));
      write_ical_line(out, fmt::format("CATEGORIES:{}", event.category));
      // A deadline is a day to remember, not a day taken: free/busy stays free.
      write_ical_line(out, "TRANSP:TRANSPARENT");
      write_ical_line(out, "END:VEVENT");
    }
  }

private:
  static constexpr Date kLastDay{std::chrono::year{9999}, std::chrono::December,
                                 std::chrono::day{31}};

  void milestone(const Plan& plan, const Objective& objective, const Milestone& milestone,
                 std::size_t index, const std::string& objective_line) {
    if (!milestone.due || again(plan, milestone.location, "of objective " + objective.info.id)) {
      return;
    }
    add(fmt::format("milestone/{}.M{}", objective.info.id, index + 1), *milestone.due,
        fmt::format("{}Milestone: {}", milestone.done ? "[done] " : "",
                    milestone.name.value.value_or("")),
        fmt::format("Milestone {} of objective {}\n{}\nPlan: {}:{}", index + 1, objective.info.id,
                    objective_line, plan.file, milestone.location.line),
        "milestone");
  }

  void tactic(const Plan& plan, const Tactic& tactic, const std::string& place,
              const std::string& context) {
    const Status status = tactic.effective_status();
    if (!tactic.due || status == Status::Dropped || !wanted(tactic) ||
        again(plan, tactic.info.location, place)) {
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
    add("tactic/" + tactic.info.id, *tactic.due, std::move(summary), std::move(description),
        "tactic");
  }

  bool wanted(const Tactic& tactic) const {
    return options_.owners.empty() ||
           (tactic.owner && std::find(options_.owners.begin(), options_.owners.end(),
                                      *tactic.owner) != options_.owners.end());
  }

  // True for an item already met at this place in the source (through an alias, or the same
  // file given twice): its event then also names `where`, the new place it is reached from.
  bool again(const Plan& plan, SourceLocation at, const std::string& where) {
    const std::string source = fmt::format("{}:{}:{}", plan.file, at.line, at.column);
    const bool new_place = places_.insert(source + "\n" + where).second;
    const auto [seen, added] = by_source_.try_emplace(source, events_.size());
    if (added) {
      return false;
    }
    if (new_place) {
      events_[seen->second].description += "\nAlso " + where;
    }
    return true;
  }

  void add(const std::string& item, Date day, std::string summary, std::string description,
           std::string_view category) {
    events_.push_back(
        Event{uid_part(item), file_, day, std::move(summary), std::move(description), category});
  }

  const CalendarOptions& options_;
  std::string file_;
  std::vector<Event> events_;
  std::map<std::string, std::size_t> by_source_; ///< file:line:col → index in events_
  std::set<std::string> places_;                 ///< source and place, each seen once
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
  write_ical_line(out, "X-WR-CALNAME:" + ical_text(calendar_name(plans, options.owners)));
  Calendar calendar(options);
  for (const Plan& plan : plans) {
    calendar.plan(plan);
  }
  calendar.write(out, options.stamp);
  write_ical_line(out, "END:VCALENDAR");
}

} // namespace most
