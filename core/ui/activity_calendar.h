// The quarter's calendar behind the Activities screen: three month grids, the co-building activity month (the
// quarter's first month, 共建活动月) marked, and every day's activities — the records starting that day and the
// day's occurrence of each weekly activity (recurring_weekly, e.g. the Friday service), which repeats every 7
// days from its first record with no end date. Occurrences of one series (same title, community, organisers,
// weekday and time) are merged as in report/week_activities.h: a record on the day stands for itself, otherwise
// the series' latest earlier record is shown on that day as "projected". Pure, so it can be tested.
#pragma once
#include <string>
#include <vector>

#include "domain/dataset.h"

namespace gj::ui {

struct CalendarEntry {
  std::string activity;  // the record; when projected, the series' latest record before the day
  std::string start;     // this occurrence, China Standard Time "2024-08-02T14:30:00+08:00"
  bool weekly = false;
  bool projected = false;
  bool operator==(const CalendarEntry&) const = default;
};

struct CalendarDay {
  std::string date;  // "2024-07-05"
  int weekday = 1;   // ISO: 1 = Monday .. 7 = Sunday
  std::vector<CalendarEntry> entries;  // by start, then activity id
};

struct CalendarMonth {
  int year = 0;
  int month = 1;            // 1..12
  bool coBuilding = false;  // the quarter's first month
  std::vector<CalendarDay> days;  // 1st .. last day
};

struct QuarterCalendar {
  Quarter quarter;
  std::vector<CalendarMonth> months;  // the quarter's three months
  int records = 0;    // activity records starting in the quarter
  int projected = 0;  // occurrences of weekly activities added by projection
};

QuarterCalendar quarterCalendar(const Dataset& ds, Quarter quarter);

// The activity records starting in the quarter (China Standard Time date), by start then id.
std::vector<std::string> quarterActivities(const Dataset& ds, Quarter quarter);

// The latest quarter in which any activity starts; `fallback` when there is none.
Quarter latestActivityQuarter(const Dataset& ds, Quarter fallback);

}  // namespace gj::ui
