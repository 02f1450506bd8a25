// This week's volunteer activities (本周活动) for the dashboard: what starts in the ISO week (Monday to Sunday,
// China Standard Time) of a reference date, and the week's occurrence of every weekly activity.
//
// A weekly activity (recurring_weekly, e.g. the Friday volunteer service) repeats every 7 days from its start,
// with no end date recorded. Weekly activities are often recorded once per week anyway (the demo does), so the
// occurrences of one series — same title, community, organisers, weekday and time of day — are merged: a record
// starting in the week stands for itself, otherwise the series' latest earlier record is shown moved by whole
// weeks into the week ("projected").
//
// When nothing falls in the week, the next activities after it are listed instead. The date is a parameter, so
// the lists are the same on every machine for the same records and date.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/dataset.h"

namespace gj::report {

inline constexpr int kUpcomingActivities = 5;

struct WeekActivity {
  std::string activity;   // id of the record; when projected, the series' latest record before the week
  std::string title;
  std::string community;  // id
  std::string place;
  std::string start;      // this occurrence in China Standard Time, "2024-08-02T14:30:00+08:00"
  std::string end;
  bool weekly = false;     // recurring_weekly
  bool projected = false;  // this week's occurrence of a weekly activity, moved from an earlier record
  bool operator==(const WeekActivity&) const = default;
};

struct WeekActivities {
  std::string monday;  // the ISO week of the reference date; both "" when the date is not a date
  std::string sunday;
  std::vector<WeekActivity> this_week;  // by start, then activity id (IdLess)
  std::vector<WeekActivity> upcoming;   // only when this_week is empty: the first ones after Sunday, same order
  bool operator==(const WeekActivities&) const = default;
};

WeekActivities weekActivities(const Dataset& ds, std::string_view date, int upcomingCount = kUpcomingActivities);

// The instant of a timestamp as China Standard Time text, "2024-08-02T06:30:00Z" -> "2024-08-02T14:30:00+08:00".
std::string chinaTimestamp(std::int64_t epochSeconds);
int isoWeekday(int dayNumber);  // 1 = Monday .. 7 = Sunday, of a day number (dates.h)

}  // namespace gj::report
