// The Activities screen's quarter calendar and list, and the Volunteers screen's roster order: pure functions
// over a small dataset, checked against dates and orders worked out by hand.
#include <doctest/doctest.h>

#include "test_domain_fixture.h"
#include "ui/activity_calendar.h"
#include "ui/volunteer_list.h"

using namespace gj;
using namespace gj::ui;

namespace {

Activity activity(std::string title, std::string start, std::string end, bool weekly) {
  return Activity{.title = std::move(title), .type = ActivityType::policy_consultation, .community = "community/1",
                  .start = std::move(start), .end = std::move(end), .headcount = 2, .organisers = {"unit/2"},
                  .recurring_weekly = weekly};
}

// 2024Q3: a Friday service first recorded on 2024-07-05 (Friday) and again on 07-19, a one-off on 08-02, and a
// second weekly series that began in the previous quarter (2024-06-28, a Friday).
Dataset calendarStreet() {
  Dataset ds = test::smallStreet();
  ds.activities().clear();
  ds.put(test::made(activity("周五志愿服务", "2024-07-05T14:30:00+08:00", "2024-07-05T16:30:00+08:00", true), "activity/10"));
  ds.put(test::made(activity("周五志愿服务", "2024-07-19T14:30:00+08:00", "2024-07-19T16:30:00+08:00", true), "activity/11"));
  ds.put(test::made(activity("政策咨询服务日", "2024-08-02T09:00:00+08:00", "2024-08-02T11:00:00+08:00", false), "activity/12"));
  // Stored in UTC: 02:00Z is 10:00 in China.
  ds.put(test::made(activity("周五便民服务", "2024-06-28T02:00:00Z", "2024-06-28T04:00:00Z", true), "activity/9"));
  return ds;
}

const CalendarDay& dayOf(const QuarterCalendar& cal, const std::string& date) {
  for (const auto& m : cal.months)
    for (const auto& d : m.days)
      if (d.date == date) return d;
  FAIL("no day " << date);
  throw 0;
}

}  // namespace

TEST_CASE("activity calendar: three months, the first one the co-building month, every day once") {
  const QuarterCalendar cal = quarterCalendar(calendarStreet(), Quarter{2024, 3});
  REQUIRE(cal.months.size() == 3);
  CHECK(cal.months[0].month == 7);
  CHECK(cal.months[1].month == 8);
  CHECK(cal.months[2].month == 9);
  CHECK(cal.months[0].coBuilding);
  CHECK_FALSE(cal.months[1].coBuilding);
  CHECK_FALSE(cal.months[2].coBuilding);
  CHECK(cal.months[0].days.size() == 31);
  CHECK(cal.months[1].days.size() == 31);
  CHECK(cal.months[2].days.size() == 30);
  CHECK(cal.months[0].days.front().date == "2024-07-01");
  CHECK(cal.months[0].days.front().weekday == 1);  // a Monday
  CHECK(cal.months[1].days.front().weekday == 4);  // 2024-08-01, a Thursday
  CHECK(cal.months[2].days.back().date == "2024-09-30");
  CHECK(cal.months[2].days.back().weekday == 1);
  // Q1 2025: January is the co-building month.
  const QuarterCalendar q1 = quarterCalendar(calendarStreet(), Quarter{2025, 1});
  CHECK(q1.months[0].month == 1);
  CHECK(q1.months[0].coBuilding);
  CHECK(q1.months[1].days.size() == 28);
}

TEST_CASE("activity calendar: weekly services occur on every Friday after their first record") {
  const QuarterCalendar cal = quarterCalendar(calendarStreet(), Quarter{2024, 3});
  CHECK(cal.records == 3);
  // Fridays of 2024Q3: 13 (07-05 .. 09-27). The first series: 12 Fridays after 07-05, one of them (07-19)
  // recorded -> 11 projected. The second (from 06-28): all 13.
  CHECK(cal.projected == 24);
  const CalendarDay& first = dayOf(cal, "2024-07-05");
  REQUIRE(first.entries.size() == 2);
  CHECK(first.entries[0] == CalendarEntry{.activity = "activity/9", .start = "2024-07-05T10:00:00+08:00", .weekly = true, .projected = true});
  CHECK(first.entries[1] == CalendarEntry{.activity = "activity/10", .start = "2024-07-05T14:30:00+08:00", .weekly = true, .projected = false});
  const CalendarDay& twelfth = dayOf(cal, "2024-07-12");
  REQUIRE(twelfth.entries.size() == 2);
  CHECK(twelfth.entries[1] == CalendarEntry{.activity = "activity/10", .start = "2024-07-12T14:30:00+08:00", .weekly = true, .projected = true});
  const CalendarDay& nineteenth = dayOf(cal, "2024-07-19");
  REQUIRE(nineteenth.entries.size() == 2);
  CHECK(nineteenth.entries[1] == CalendarEntry{.activity = "activity/11", .start = "2024-07-19T14:30:00+08:00", .weekly = true, .projected = false});
  // After 07-19 the series is projected from its latest record.
  const CalendarDay& august = dayOf(cal, "2024-08-02");
  REQUIRE(august.entries.size() == 3);
  CHECK(august.entries[0].activity == "activity/12");
  CHECK(august.entries[0].start == "2024-08-02T09:00:00+08:00");
  CHECK(august.entries[1].activity == "activity/9");
  CHECK(august.entries[2] == CalendarEntry{.activity = "activity/11", .start = "2024-08-02T14:30:00+08:00", .weekly = true, .projected = true});
  CHECK(dayOf(cal, "2024-07-04").entries.empty());  // a Thursday
  CHECK(dayOf(cal, "2024-09-27").entries.size() == 2);
  // The list of the quarter: records only, by start.
  CHECK(quarterActivities(calendarStreet(), Quarter{2024, 3}) == std::vector<std::string>{"activity/10", "activity/11", "activity/12"});
  CHECK(quarterActivities(calendarStreet(), Quarter{2024, 2}) == std::vector<std::string>{"activity/9"});
  CHECK(latestActivityQuarter(calendarStreet(), Quarter{2000, 1}) == Quarter{2024, 3});
  CHECK(latestActivityQuarter(Dataset{}, Quarter{2000, 1}) == Quarter{2000, 1});
}

TEST_CASE("volunteer roster: filters and a total order with ties by id") {
  Dataset ds = test::smallStreet();  // volunteer/1 张伟, unit/2, legal, Friday
  ds.put(test::made(Volunteer{.name = "王芳", .unit = "unit/1", .party_member = false, .skills = {"health", "legal"},
                              .weekdays = {1, 3, 5}, .phone = "13900001111"},
                    "volunteer/2"));
  ds.put(test::made(Volunteer{.name = "李强", .unit = "unit/2", .skills = {}, .weekdays = {6, 7}, .phone = "13900002222"},
                    "volunteer/10"));
  ds.put(test::made(Volunteer{.name = "李强", .unit = "unit/1", .skills = {"health"}, .weekdays = {2}, .phone = "13900003333"},
                    "volunteer/3"));
  const std::map<std::string, std::int64_t, std::less<>> minutes{{"volunteer/1", 150}, {"volunteer/2", 600}, {"volunteer/3", 150}};
  using V = std::vector<std::string>;
  // Names by UTF-8 bytes: 张 (E5 BC A0) < 李 (E6 9D 8E) < 王 (E7 8E 8B); the two 李强 by id (3 before 10).
  CHECK(listVolunteers(ds, {}, {}, minutes) == V{"volunteer/1", "volunteer/3", "volunteer/10", "volunteer/2"});
  CHECK(listVolunteers(ds, {}, {.column = VolunteerColumn::name, .descending = true}, minutes) ==
        V{"volunteer/2", "volunteer/10", "volunteer/3", "volunteer/1"});
  // Hours: 0 (volunteer/10), then 150 twice (ids 1, 3), then 600.
  CHECK(listVolunteers(ds, {}, {.column = VolunteerColumn::hours}, minutes) == V{"volunteer/10", "volunteer/1", "volunteer/3", "volunteer/2"});
  CHECK(listVolunteers(ds, {}, {.column = VolunteerColumn::hours, .descending = true}, minutes) ==
        V{"volunteer/2", "volunteer/3", "volunteer/1", "volunteer/10"});
  // Units by name: 名山区司法局 (unit/2, 名 E5 90 8D) before 雅安市政务服务管理局 (unit/1, 雅 E9 9B 85).
  CHECK(listVolunteers(ds, {}, {.column = VolunteerColumn::unit}, minutes) == V{"volunteer/1", "volunteer/10", "volunteer/2", "volunteer/3"});
  CHECK(listVolunteers(ds, {}, {.column = VolunteerColumn::party}, minutes) == V{"volunteer/2", "volunteer/1", "volunteer/3", "volunteer/10"});
  CHECK(listVolunteers(ds, {}, {.column = VolunteerColumn::weekdays}, minutes) == V{"volunteer/1", "volunteer/3", "volunteer/10", "volunteer/2"});
  // Skills: none, then one ("health," < "legal,"), then two.
  CHECK(listVolunteers(ds, {}, {.column = VolunteerColumn::skills}, minutes) == V{"volunteer/10", "volunteer/3", "volunteer/1", "volunteer/2"});
  CHECK(listVolunteers(ds, {.unit = "unit/1"}, {}, minutes) == V{"volunteer/3", "volunteer/2"});
  CHECK(listVolunteers(ds, {.skill = "legal"}, {}, minutes) == V{"volunteer/1", "volunteer/2"});
  CHECK(listVolunteers(ds, {.search = "李"}, {}, minutes) == V{"volunteer/3", "volunteer/10"});
  CHECK(listVolunteers(ds, {.search = "司法"}, {}, minutes) == V{"volunteer/1", "volunteer/10"});  // the unit's name
  CHECK(listVolunteers(ds, {.unit = "unit/1", .skill = "legal", .search = "王"}, {}, minutes) == V{"volunteer/2"});
  CHECK(listVolunteers(ds, {.search = "赵"}, {}, minutes).empty());
}
