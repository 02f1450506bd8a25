// Volunteer activities as steps: create one from the form's fields, accept volunteers from the staffing plan,
// record attendance after it — each returns exactly the activity as it will be stored (history stamped), refuses
// with a message naming the field otherwise, and never changes the dataset it reads. Hours and stars follow the
// minutes recorded.
#include <doctest/doctest.h>

#include "domain/activity_workflow.h"
#include "report/volunteer_honours.h"
#include "test_domain_fixture.h"

using namespace gj;

namespace {

const Edit kEdit = test::edit("2024-09-01T10:00:00+08:00", "李明");

ActivityDraft draft() {
  return ActivityDraft{.title = "  法律援助进社区 ", .type = ActivityType::legal_aid, .community = "community/1",
                       .date = "2024-09-06", .from = "09:30", .to = "12:30", .place = "新城社区调解室", .headcount = 3,
                       .organisers = {"unit/2"}};
}

// The sample street plus two more volunteers of unit/2.
Dataset street() {
  Dataset ds = test::smallStreet();
  ds.put(test::made(Volunteer{.name = "王芳", .unit = "unit/2", .skills = {"legal"}, .weekdays = {5}, .phone = "13900001111"},
                    "volunteer/2"));
  ds.put(test::made(Volunteer{.name = "李强", .unit = "unit/2", .weekdays = {5}, .phone = "13900002222"}, "volunteer/3"));
  return ds;
}

void refusedWith(const ActivityChange& c, const char* key, const char* field) {
  CHECK_FALSE(c.outcome.applied);
  CHECK(c.outcome.reason.key == key);
  CHECK(c.field == field);
  CHECK_FALSE(c.activity.has_value());
}

}  // namespace

TEST_CASE("activity workflow: create builds the activity in China Standard Time, stamped with the operator") {
  const Dataset ds = street();
  const Dataset before = ds;
  const ActivityChange c = createActivity(ds, draft(), "activity/2", kEdit);
  REQUIRE(c.outcome.applied);
  CHECK(c.field.empty());
  REQUIRE(c.activity);
  const Activity& a = *c.activity;
  CHECK(a.id == "activity/2");
  CHECK(a.title == "法律援助进社区");
  CHECK(a.type == ActivityType::legal_aid);
  CHECK(a.start == "2024-09-06T09:30:00+08:00");
  CHECK(a.end == "2024-09-06T12:30:00+08:00");
  CHECK(a.place == "新城社区调解室");
  CHECK(a.headcount == 3);
  CHECK(a.organisers == std::vector<std::string>{"unit/2"});
  CHECK(a.attendance.empty());
  CHECK(a.rev == 1);
  CHECK(a.created == "2024-09-01T10:00:00+08:00");
  REQUIRE(a.history.size() == 1);
  CHECK(a.history[0].by == "李明");
  CHECK(a.history[0].field == "*");
  CHECK(activityMinutes(a) == 180);
  CHECK(ds == before);
}

TEST_CASE("activity workflow: create refuses each bad field with a message that names it") {
  const Dataset ds = street();
  auto with = [](auto change) {
    ActivityDraft d = draft();
    change(d);
    return d;
  };
  refusedWith(createActivity(ds, with([](auto& d) { d.title = "  "; }), "activity/2", kEdit), "activity.create.no_title", "title");
  refusedWith(createActivity(ds, with([](auto& d) { d.community = "community/9"; }), "activity/2", kEdit),
              "activity.create.no_community", "community");
  refusedWith(createActivity(ds, with([](auto& d) { d.date = "2024-02-30"; }), "activity/2", kEdit), "activity.create.bad_date", "date");
  refusedWith(createActivity(ds, with([](auto& d) { d.from = "9:30"; }), "activity/2", kEdit), "activity.create.bad_start", "start");
  refusedWith(createActivity(ds, with([](auto& d) { d.to = "24:00"; }), "activity/2", kEdit), "activity.create.bad_end", "end");
  const ActivityChange endFirst = createActivity(ds, with([](auto& d) { d.to = "08:00"; }), "activity/2", kEdit);
  refusedWith(endFirst, "activity.create.end_before_start", "end");
  CHECK(endFirst.outcome.reason.en == "End: must be after the start (09:30)");
  CHECK(endFirst.outcome.reason.zh == "结束时间：须晚于开始时间（09:30）");
  refusedWith(createActivity(ds, with([](auto& d) { d.to = "09:30"; }), "activity/2", kEdit), "activity.create.end_before_start", "end");
  refusedWith(createActivity(ds, with([](auto& d) { d.place = ""; }), "activity/2", kEdit), "activity.create.no_place", "place");
  refusedWith(createActivity(ds, with([](auto& d) { d.headcount = 0; }), "activity/2", kEdit), "activity.create.bad_headcount", "headcount");
  refusedWith(createActivity(ds, with([](auto& d) { d.headcount = 201; }), "activity/2", kEdit), "activity.create.bad_headcount", "headcount");
  CHECK(createActivity(ds, with([](auto& d) { d.headcount = 200; }), "activity/2", kEdit).outcome.applied);
  refusedWith(createActivity(ds, with([](auto& d) { d.organisers = {}; }), "activity/2", kEdit), "activity.create.no_organiser", "organisers");
  refusedWith(createActivity(ds, with([](auto& d) { d.organisers = {"unit/7"}; }), "activity/2", kEdit),
              "activity.create.bad_organiser", "organisers");
  refusedWith(createActivity(ds, with([](auto& d) { d.organisers = {"unit/2", "unit/2"}; }), "activity/2", kEdit),
              "activity.create.organiser_twice", "organisers");
  refusedWith(createActivity(ds, draft(), "activity/1", kEdit), "activity.id_taken", "");
  CHECK_FALSE(createActivity(ds, draft(), "activity/2", test::edit("2024-09-01T10:00:00+08:00", "")).outcome.applied);
}

TEST_CASE("activity workflow: accepting staff signs volunteers up with 0 minutes, within the headcount") {
  const Dataset ds = street();  // activity/1: headcount 3, volunteer/1 attended 150 minutes
  const ActivityChange c = acceptStaffing(ds, "activity/1", {"volunteer/3", "volunteer/2"}, kEdit);
  REQUIRE(c.outcome.applied);
  const Activity& a = *c.activity;
  REQUIRE(a.attendance.size() == 3);
  CHECK(a.attendance[1] == Attendance{.volunteer = "volunteer/3", .minutes = 0});
  CHECK(a.attendance[2] == Attendance{.volunteer = "volunteer/2", .minutes = 0});
  CHECK(a.rev == 2);
  REQUIRE(a.history.size() == 3);
  CHECK(a.history[1].field == "attendance[1]");
  CHECK(a.history[1].after == Json{{"minutes", 0}, {"volunteer", "volunteer/3"}});
  CHECK(a.history[2].by == "李明");

  Dataset full = ds;
  full.put(a);
  const ActivityChange over = acceptStaffing(full, "activity/1", {"volunteer/2"}, kEdit);
  refusedWith(over, "activity.staff.twice", "volunteers");
  const ActivityChange tooMany = acceptStaffing(ds, "activity/1", {"volunteer/2", "volunteer/3", "volunteer/1"}, kEdit);
  refusedWith(tooMany, "activity.staff.twice", "volunteers");  // volunteer/1 is checked before the count
  Dataset one = ds;
  Activity small = ds.activities().at("activity/1");
  small.headcount = 2;
  one.put(small);
  const ActivityChange overCount = acceptStaffing(one, "activity/1", {"volunteer/2", "volunteer/3"}, kEdit);
  refusedWith(overCount, "activity.staff.over_headcount", "volunteers");
  CHECK(overCount.outcome.reason.en == "Volunteers: only 1 of 2 places are left");
  refusedWith(acceptStaffing(ds, "activity/1", {"volunteer/8"}, kEdit), "activity.staff.no_volunteer", "volunteers");
  refusedWith(acceptStaffing(ds, "activity/1", {}, kEdit), "activity.staff.none", "volunteers");
  refusedWith(acceptStaffing(ds, "activity/5", {"volunteer/2"}, kEdit), "activity.no_activity", "");
}

TEST_CASE("activity workflow: attendance is recorded once the activity has started, within its length") {
  Dataset ds = street();
  ds.put(*acceptStaffing(ds, "activity/1", {"volunteer/2"}, kEdit).activity);
  const AttendanceRecord record{.attendance = {{.volunteer = "volunteer/1", .minutes = 120}, {.volunteer = "volunteer/2", .minutes = 150},
                                               {.volunteer = "volunteer/3", .minutes = 30}},
                                .people_served = 60, .children_served = 10};
  // activity/1 runs 09:00-11:30 on 2024-07-05: 150 minutes.
  refusedWith(recordAttendance(ds, "activity/1", record, test::edit("2024-07-05T08:59:59+08:00", "李明")),
              "activity.attend.not_started", "attendance");
  const ActivityChange c = recordAttendance(ds, "activity/1", record, test::edit("2024-07-05T11:30:00+08:00", "李明"));
  INFO(c.outcome.reason.en);
  REQUIRE(c.outcome.applied);
  const Activity& a = *c.activity;
  CHECK(a.attendance == std::vector<Attendance>{{.volunteer = "volunteer/1", .minutes = 120},
                                                {.volunteer = "volunteer/2", .minutes = 150},
                                                {.volunteer = "volunteer/3", .minutes = 30}});
  CHECK(a.people_served == 60);
  CHECK(a.children_served == 10);
  CHECK(a.volunteerMinutes() == 300);

  AttendanceRecord tooLong = record;
  tooLong.attendance[1].minutes = 151;
  const ActivityChange longer = recordAttendance(ds, "activity/1", tooLong, kEdit);
  refusedWith(longer, "activity.attend.bad_minutes", "minutes");
  CHECK(longer.outcome.reason.en == "Minutes of 王芳: from 0 to the activity's 150 minutes");
  AttendanceRecord negative = record;
  negative.attendance[0].minutes = -1;
  refusedWith(recordAttendance(ds, "activity/1", negative, kEdit), "activity.attend.bad_minutes", "minutes");
  AttendanceRecord children = record;
  children.children_served = 61;
  refusedWith(recordAttendance(ds, "activity/1", children, kEdit), "activity.attend.bad_children", "children_served");
  AttendanceRecord people = record;
  people.people_served = -1;
  people.children_served = 0;
  refusedWith(recordAttendance(ds, "activity/1", people, kEdit), "activity.attend.bad_people", "people_served");
}

TEST_CASE("activity workflow: minutes recorded move a volunteer's hours and star level exactly") {
  Dataset ds = street();
  // volunteer/2 served 99 h 30 min earlier in the year (four whole days and 210 minutes): 30 minutes short of
  // the first star (100 h = 6000 minutes).
  const int served[] = {1440, 1440, 1440, 1440, 210};
  for (int i = 0; i < 5; ++i) {
    const std::string day = "2024-03-0" + std::to_string(i + 1);
    ds.put(test::made(Activity{.title = "普法宣传周", .type = ActivityType::legal_aid, .community = "community/1",
                               .start = day + "T00:00:00+08:00", .end = "2024-03-0" + std::to_string(i + 2) + "T00:00:00+08:00",
                               .headcount = 1, .organisers = {"unit/2"},
                               .attendance = {{.volunteer = "volunteer/2", .minutes = served[i]}}},
                      "activity/" + std::to_string(i + 3)));
  }
  auto hours = [&](const std::string& v) {
    for (const auto& h : report::computeVolunteerReport(ds).honour_roll)
      if (h.volunteer == v) return h;
    return report::VolunteerHours{};
  };
  CHECK(hours("volunteer/2").minutes == 5970);
  CHECK(hours("volunteer/2").stars == 0);
  CHECK(hours("volunteer/2").minutes_to_next_star == 30);
  ds.put(*acceptStaffing(ds, "activity/1", {"volunteer/2"}, kEdit).activity);
  const ActivityChange c = recordAttendance(
      ds, "activity/1", {.attendance = {{.volunteer = "volunteer/2", .minutes = 30}}, .people_served = 40, .children_served = 5}, kEdit);
  REQUIRE(c.outcome.applied);
  ds.put(*c.activity);
  CHECK(hours("volunteer/2").minutes == 6000);
  CHECK(hours("volunteer/2").stars == 1);
  CHECK(hours("volunteer/2").minutes_to_next_star == 12000);  // 300 h - 100 h
  CHECK(hours("volunteer/1").minutes == 150);                 // kept: not in the record
}
