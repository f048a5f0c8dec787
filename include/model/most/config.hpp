#pragma once

#include <most/date.hpp>
#include <most/diagnostic.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace most {

/// How many open tactics one owner may have due in 14 days before `owner-overload` reports.
inline constexpr int kDefaultOverloadThreshold = 8;

/// How many days may pass between check-ins before `stale-checkin` reports (SPEC §4.1).
inline constexpr int kDefaultCheckinEvery = 14;

/// Per-rule severity overrides and rule settings from a `.most.yaml`.
struct Config {
  std::string source; ///< the file it came from; empty for built-in defaults
  std::map<std::string, Severity, std::less<>> severities;
  /// `overload: open_tactics_due_within_14_days`: at least 1.
  int overload_threshold = kDefaultOverloadThreshold;
  /// `checkin_every: DAYS`: the cadence `stale-checkin` expects; at least 1.
  int checkin_every = kDefaultCheckinEvery;
  /// `fiscal_year_start: MM-DD`: the fiscal year of plans whose mission does not name one.
  std::optional<MonthDay> fiscal_year_start;

  /// The configured severity of `rule`, or nullopt when the default applies.
  std::optional<Severity> severity_of(std::string_view rule) const;
};

} // namespace most
