// This week's activities; the definitions are in week_activities.h.
#include "report/week_activities.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <set>

namespace gj::report {

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kChinaOffset = 8 * 3600;  // UTC+8 all year since 1991

std::int64_t floorDiv(std::int64_t a, std::int64_t b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }

int chinaDay(std::int64_t epoch) { return static_cast<int>(floorDiv(epoch + kChinaOffset, kDay)); }

// Occurrences of one weekly series share this: title, community, organisers, weekday and time of day.
std::string seriesKey(const Activity& a, std::int64_t start) {
  const std::int64_t local = start + kChinaOffset;
  const std::int64_t day = floorDiv(local, kDay);
  std::string key = a.title + '\x1f' + a.community + '\x1f';
  for (const auto& o : a.organisers) key += o + ',';
  return key + '\x1f' + std::to_string(isoWeekday(static_cast<int>(day))) + ':' + std::to_string(local - day * kDay);
}

struct Occurrence {
  std::int64_t start = 0;
  WeekActivity row;
};

Occurrence occurrence(const Activity& a, std::int64_t start, std::int64_t shift, bool projected) {
  const auto end = epochSeconds(a.end);
  return Occurrence{start + shift,
                    WeekActivity{.activity = a.id, .title = a.title, .community = a.community, .place = a.place,
                                 .start = chinaTimestamp(start + shift),
                                 .end = end ? chinaTimestamp(*end + shift) : std::string(),
                                 .weekly = a.recurring_weekly, .projected = projected}};
}

std::vector<WeekActivity> ordered(std::vector<Occurrence> list, std::size_t limit) {
  std::sort(list.begin(), list.end(), [](const Occurrence& a, const Occurrence& b) {
    return a.start != b.start ? a.start < b.start : idLess(a.row.activity, b.row.activity);
  });
  std::vector<WeekActivity> out;
  for (std::size_t i = 0; i < list.size() && i < limit; ++i) out.push_back(std::move(list[i].row));
  return out;
}

}  // namespace

std::string chinaTimestamp(std::int64_t epochSeconds) {
  const std::int64_t local = epochSeconds + kChinaOffset;
  const std::int64_t day = floorDiv(local, kDay);
  const int secs = static_cast<int>(local - day * kDay);
  char time[32];
  std::snprintf(time, sizeof time, "T%02d:%02d:%02d+08:00", secs / 3600, secs / 60 % 60, secs % 60);
  return dateOfDayNumber(static_cast<int>(day)) + time;
}

int isoWeekday(int dayNumber) { return ((dayNumber % 7 + 7) % 7 + 3) % 7 + 1; }  // day 0 was a Thursday

WeekActivities weekActivities(const Dataset& ds, std::string_view date, int upcomingCount) {
  WeekActivities out;
  const auto today = dayNumber(date);
  if (!today) return out;
  const int monday = *today - (isoWeekday(*today) - 1), sunday = monday + 6;
  out.monday = dateOfDayNumber(monday);
  out.sunday = dateOfDayNumber(sunday);

  std::vector<Occurrence> inWeek, later;
  std::set<std::string> recordedSeries;  // series with a record starting in the week
  std::map<std::string, std::pair<const Activity*, std::int64_t>> latestBefore;  // series key -> latest record
  for (const auto& [id, a] : ds.activities()) {
    const auto start = epochSeconds(a.start);
    if (!start) continue;
    const int day = chinaDay(*start);
    if (day > sunday) {
      later.push_back(occurrence(a, *start, 0, false));
    } else if (day >= monday) {
      inWeek.push_back(occurrence(a, *start, 0, false));
      recordedSeries.insert(seriesKey(a, *start));
    } else if (a.recurring_weekly) {
      auto& latest = latestBefore[seriesKey(a, *start)];
      // ds.activities() runs in IdLess order, so on equal starts the higher id wins.
      if (!latest.first || *start >= latest.second) latest = {&a, *start};
    }
  }
  for (const auto& [key, latest] : latestBefore) {
    if (recordedSeries.count(key)) continue;
    const int weeks = (monday - chinaDay(latest.second) + 6) / 7;  // the first week-step landing on or after Monday
    inWeek.push_back(occurrence(*latest.first, latest.second, std::int64_t{weeks} * 7 * kDay, true));
  }
  out.this_week = ordered(std::move(inWeek), SIZE_MAX);
  if (out.this_week.empty()) out.upcoming = ordered(std::move(later), static_cast<std::size_t>(std::max(0, upcomingCount)));
  return out;
}

}  // namespace gj::report
