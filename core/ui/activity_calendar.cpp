// See activity_calendar.h.
#include "ui/activity_calendar.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "report/week_activities.h"

namespace gj::ui {

namespace {

// The start as China Standard Time text (records may carry another offset); "" when not a timestamp.
std::string chinaStart(const Activity& a) {
  const auto s = epochSeconds(a.start);
  return s ? report::chinaTimestamp(*s) : "";
}

using SeriesKey = std::tuple<std::string, std::string, std::vector<std::string>, int, std::string>;

SeriesKey seriesOf(const Activity& a, const std::string& start) {
  const int day = dayNumber(start).value_or(0);
  return {a.title, a.community, a.organisers, report::isoWeekday(day), start.substr(11, 8)};
}

bool entryLess(const CalendarEntry& a, const CalendarEntry& b) {
  if (a.start != b.start) return a.start < b.start;
  return idLess(a.activity, b.activity);
}

}  // namespace

std::vector<std::string> quarterActivities(const Dataset& ds, Quarter quarter) {
  std::vector<std::pair<std::string, std::string>> found;  // start, id
  for (const auto& [id, a] : ds.activities()) {
    const std::string start = chinaStart(a);
    if (!start.empty() && quarter.contains(datePart(start))) found.emplace_back(start, id);
  }
  std::sort(found.begin(), found.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first < y.first : idLess(x.second, y.second);
  });
  std::vector<std::string> ids;
  for (auto& f : found) ids.push_back(std::move(f.second));
  return ids;
}

Quarter latestActivityQuarter(const Dataset& ds, Quarter fallback) {
  std::optional<Quarter> latest;
  for (const auto& [id, a] : ds.activities()) {
    const std::string start = chinaStart(a);
    auto q = start.empty() ? std::nullopt : Quarter::ofDate(datePart(start));
    if (q && (!latest || *latest < *q)) latest = q;
  }
  return latest.value_or(fallback);
}

QuarterCalendar quarterCalendar(const Dataset& ds, Quarter quarter) {
  QuarterCalendar cal{.quarter = quarter};
  const auto first = dayNumber(quarter.firstDay()), last = dayNumber(quarter.lastDay());
  if (!quarter.valid() || !first || !last) return cal;
  for (int m = 0; m < 3; ++m) cal.months.push_back(CalendarMonth{.year = quarter.year, .month = (quarter.q - 1) * 3 + 1 + m, .coBuilding = m == 0});
  std::map<int, CalendarDay*> byDay;
  for (int d = *first; d <= *last; ++d) {
    const std::string date = dateOfDayNumber(d);
    CalendarMonth& month = cal.months[static_cast<std::size_t>(std::stoi(date.substr(5, 2)) - cal.months[0].month)];
    month.days.push_back(CalendarDay{.date = date, .weekday = report::isoWeekday(d)});
  }
  for (CalendarMonth& m : cal.months)
    for (CalendarDay& d : m.days) byDay[*dayNumber(d.date)] = &d;

  // Records in the quarter, and every weekly series' records (from any quarter) by start.
  std::map<SeriesKey, std::vector<std::pair<std::string, const Activity*>>> series;
  for (const auto& [id, a] : ds.activities()) {
    const std::string start = chinaStart(a);
    if (start.empty()) continue;
    const int day = *dayNumber(start);
    if (day >= *first && day <= *last) {
      byDay[day]->entries.push_back(CalendarEntry{.activity = id, .start = start, .weekly = a.recurring_weekly});
      ++cal.records;
    }
    if (a.recurring_weekly) series[seriesOf(a, start)].emplace_back(start, &a);
  }
  for (auto& [key, records] : series) {
    std::sort(records.begin(), records.end(), [](const auto& x, const auto& y) {
      return x.first != y.first ? x.first < y.first : idLess(x.second->id, y.second->id);
    });
    std::size_t next = 0;  // records[0..next) start before the day looked at
    const int firstDay = *dayNumber(records.front().first);
    for (int d = std::max(*first, firstDay + 1); d <= *last; ++d) {
      while (next < records.size() && *dayNumber(records[next].first) < d) ++next;
      if ((d - firstDay) % 7 != 0) continue;
      if (next < records.size() && *dayNumber(records[next].first) == d) continue;  // a record stands for itself
      const auto& [start, latest] = records[next - 1];
      const std::string moved = dateOfDayNumber(d) + start.substr(10);
      byDay[d]->entries.push_back(CalendarEntry{.activity = latest->id, .start = moved, .weekly = true, .projected = true});
      ++cal.projected;
    }
  }
  for (CalendarMonth& m : cal.months)
    for (CalendarDay& d : m.days) std::sort(d.entries.begin(), d.entries.end(), entryLess);
  return cal;
}

}  // namespace gj::ui
