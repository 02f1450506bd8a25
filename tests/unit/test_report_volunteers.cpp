// Volunteer hours from attendance (exact minutes), star levels at 100/300/600/1000/1500 hours, the honour roll
// order, people served per volunteer, hours per unit, and periods.
#include <doctest/doctest.h>

#include "report/volunteer_honours.h"
#include "report_fixture.h"

using namespace gj;
using namespace gj::test;
using namespace gj::report;

namespace {

// `minutes` of service for `volunteer`, as activities of at most 8 hours from `firstDay` on, one a day.
void serve(Dataset& ds, int& nextActivity, const std::string& volunteer, std::int64_t minutes,
           const std::string& firstDay = "2024-01-01", int peopleEach = 0) {
  int day = *dayNumber(firstDay);
  while (minutes > 0) {
    const int m = static_cast<int>(std::min<std::int64_t>(minutes, 8 * 60));
    addActivity(ds, makeId("activity", nextActivity++), dateOfDayNumber(day++), {"unit/1"}, {{volunteer, m}},
                peopleEach);
    minutes -= m;
  }
}

std::vector<std::string> rollOrder(const VolunteerReport& r) {
  std::vector<std::string> out;
  for (const VolunteerHours& v : r.honour_roll) out.push_back(v.volunteer);
  return out;
}

}  // namespace

TEST_CASE("volunteers: star levels at 100, 300, 600, 1000 and 1500 hours, counted in whole minutes") {
  CHECK(starLevel(0) == 0);
  CHECK(starLevel(99 * 60 + 59) == 0);
  CHECK(starLevel(100 * 60) == 1);
  CHECK(starLevel(300 * 60 - 1) == 1);
  CHECK(starLevel(300 * 60) == 2);
  CHECK(starLevel(600 * 60) == 3);
  CHECK(starLevel(1000 * 60) == 4);
  CHECK(starLevel(1500 * 60 - 1) == 4);
  CHECK(starLevel(1500 * 60) == 5);
  CHECK(starLevel(100000 * 60) == 5);
  CHECK(minutesToNextStar(99 * 60 + 59) == 1);
  CHECK(minutesToNextStar(100 * 60) == 200 * 60);
  CHECK(minutesToNextStar(1500 * 60) == 0);
  CHECK(hoursText(99 * 60 + 59, Language::en) == "99 h 59 min");
  CHECK(hoursText(99 * 60 + 59, Language::zh) == "99小时59分");
  CHECK(hoursText(6000, Language::en) == "100 h");
  CHECK(hoursText(45, Language::zh) == "0小时45分");
}

TEST_CASE("volunteers: hours from attendance, 99 h 59 min is not a star, 100 h is") {
  Dataset ds = emptyStreet();
  addUnit(ds, "unit/1", "名山区卫健局", UnitLevel::district);
  addVolunteer(ds, "volunteer/1", "unit/1", "张伟");
  addVolunteer(ds, "volunteer/2", "unit/1", "李娜");
  int next = 1;
  serve(ds, next, "volunteer/1", 99 * 60 + 59);
  serve(ds, next, "volunteer/2", 100 * 60);
  const VolunteerReport r = computeVolunteerReport(ds);
  REQUIRE(r.honour_roll.size() == 2);
  CHECK(r.honour_roll[0].volunteer == "volunteer/2");
  CHECK(r.honour_roll[0].minutes == 6000);
  CHECK(r.honour_roll[0].stars == 1);
  CHECK(r.honour_roll[0].activities == 13);  // 12 x 8 h + 4 h
  CHECK(r.honour_roll[1].name == "张伟");
  CHECK(r.honour_roll[1].minutes == 5999);
  CHECK(r.honour_roll[1].stars == 0);
  CHECK(r.honour_roll[1].minutes_to_next_star == 1);
  CHECK(r.total_minutes == 11999);
  CHECK(r.stars_count == std::array<int, 6>{1, 1, 0, 0, 0, 0});
}

TEST_CASE("volunteers: five stars at 1500 hours") {
  Dataset ds = emptyStreet();
  addUnit(ds, "unit/1", "名山区卫健局", UnitLevel::district);
  addVolunteer(ds, "volunteer/1", "unit/1");
  int next = 1;
  serve(ds, next, "volunteer/1", 1500 * 60, "2020-01-01");
  const VolunteerReport r = computeVolunteerReport(ds);
  REQUIRE(r.honour_roll.size() == 1);
  CHECK(r.honour_roll[0].stars == 5);
  CHECK(r.honour_roll[0].minutes_to_next_star == 0);
  CHECK(hoursText(r.honour_roll[0].minutes, Language::en) == "1500 h");
}

TEST_CASE("volunteers: honour roll by minutes, ties by id with a shared rank; people served; per unit") {
  Dataset ds = emptyStreet();
  addUnit(ds, "unit/1", "名山区卫健局", UnitLevel::district);
  addUnit(ds, "unit/2", "名山区司法局", UnitLevel::district);
  addUnit(ds, "unit/3", "名山区文旅局", UnitLevel::district);
  addVolunteer(ds, "volunteer/1", "unit/1");
  addVolunteer(ds, "volunteer/2", "unit/2");
  addVolunteer(ds, "volunteer/9", "unit/1");
  addVolunteer(ds, "volunteer/10", "unit/1");
  addVolunteer(ds, "volunteer/11", "unit/3");  // never served: not on the roll
  addActivity(ds, "activity/1", "2024-03-01", {"unit/1"},
              {{"volunteer/1", 90}, {"volunteer/9", 120}, {"volunteer/10", 120}}, 40);
  addActivity(ds, "activity/2", "2024-03-08", {"unit/2"}, {{"volunteer/2", 150}, {"volunteer/1", 30}}, 25);
  addActivity(ds, "activity/3", "2024-03-15", {"unit/1"}, {{"volunteer/11", 0}}, 5);
  addActivity(ds, "activity/4", "2024-03-22", {"unit/1"}, {{"volunteer/1", 0}}, 12);  // signed up, not served
  ds.put(made(Award{.target_kind = AwardTarget::volunteer, .target = "volunteer/9", .title = "优秀志愿者",
                    .date = "2024-12-20"},
              "award/1"));

  const VolunteerReport r = computeVolunteerReport(ds);
  CHECK(rollOrder(r) == std::vector<std::string>{"volunteer/2", "volunteer/1", "volunteer/9", "volunteer/10"});
  CHECK(r.honour_roll[0].rank == 1);
  CHECK(r.honour_roll[1].rank == 2);  // 90 + 30 = 120 minutes
  CHECK(r.honour_roll[2].rank == 2);
  CHECK(r.honour_roll[3].rank == 2);
  CHECK(r.honour_roll[1].people_served == 65);  // at both activities served, not activity/4's 12
  CHECK(r.honour_roll[1].activities == 2);
  CHECK(r.honour_roll[2].awards == std::vector<std::string>{"award/1"});
  CHECK(r.honour_roll[0].awards.empty());

  REQUIRE(r.units.size() == 3);
  CHECK(r.units[0].unit == "unit/1");
  CHECK(r.units[0].minutes == 360);
  CHECK(r.units[0].volunteers == 3);
  CHECK(r.units[0].activities == 2);
  CHECK(r.units[1].minutes == 150);
  CHECK(r.units[1].activities == 1);
  CHECK(r.units[2] == UnitVolunteerHours{.unit = "unit/3", .name = "名山区文旅局"});
  CHECK(r.total_minutes == 510);
  CHECK(computeVolunteerReport(ds) == r);
}

TEST_CASE("volunteers: a period counts activities by their start date") {
  Dataset ds = emptyStreet();
  addUnit(ds, "unit/1", "名山区卫健局", UnitLevel::district);
  addVolunteer(ds, "volunteer/1", "unit/1");
  addActivity(ds, "activity/1", "2023-12-31", {"unit/1"}, {{"volunteer/1", 60}}, 10);
  addActivity(ds, "activity/2", "2024-01-01", {"unit/1"}, {{"volunteer/1", 45}}, 10);
  addActivity(ds, "activity/3", "2024-12-31", {"unit/1"}, {{"volunteer/1", 30}}, 10);
  ds.put(made(Award{.target_kind = AwardTarget::volunteer, .target = "volunteer/1", .title = "优秀志愿者",
                    .date = "2023-12-20"},
              "award/1"));
  CHECK(computeVolunteerReport(ds).honour_roll[0].minutes == 135);
  const VolunteerReport y2024 = computeVolunteerReport(ds, DateSpan::ofYear(2024));
  CHECK(y2024.honour_roll[0].minutes == 75);
  CHECK(y2024.honour_roll[0].activities == 2);
  CHECK(y2024.honour_roll[0].awards.empty());  // awarded in 2023
  CHECK(computeVolunteerReport(ds, DateSpan::ofQuarter({2024, 2})).honour_roll.empty());
  CHECK(computeVolunteerReport(ds, DateSpan::ofQuarter({2024, 4})).honour_roll[0].minutes == 30);
}
