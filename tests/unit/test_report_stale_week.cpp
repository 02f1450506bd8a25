// The dashboard's lists: stale claims (report::findStaleClaims, shared with the meeting pack) and this week's
// activities (report/week_activities.h). Exact lists from the demo dataset for fixed dates, and the definitions
// on small hand-built streets — the 30-day rule, ties by id, China time, weekly series merged and projected into
// the week, the next activities when the week is empty.
#include <doctest/doctest.h>

#include "demo_fixture.h"
#include "report/meeting_pack.h"
#include "report/week_activities.h"
#include "report_fixture.h"

using namespace gj;

namespace {

using test::at;

Dataset staleStreet() {
  using namespace gj::test;
  Dataset ds = emptyStreet();
  addUnit(ds, "unit/1", "名山区司法局", UnitLevel::district, {"community/1"});
  addUnit(ds, "unit/2", "雅安市政务服务管理局", UnitLevel::city, {"community/2"});
  claimedProject(ds, "project/1", "unit/1", "2024-05-15");  // no progress since the claim
  claimedProject(ds, "project/2", "unit/2", "2024-05-01", "community/2");
  progress(ds, "project/2", "2024-05-20", 20, 100'000);
  progress(ds, "project/2", "2024-06-20", 40, 50'000);       // the latest entry counts, not the claim
  claimedProject(ds, "project/3", "unit/1", "2024-07-01");  // claimed recently
  claimedProject(ds, "project/9", "unit/1", "2024-06-01");
  claimedProject(ds, "project/10", "unit/1", "2024-06-01"); // same days as project/9: ids decide, 9 before 10
  claimedProject(ds, "project/4", "unit/1", "2024-01-10");
  progress(ds, "project/4", "2024-02-01", 100, 10'000);
  complete(ds, "project/4", "2024-02-10", 2);                // completed: no longer a claim to chase
  ds.put(madeEarly(Project{.title = "待认领项目", .community = "community/1", .category = "housing"}, "project/5"));
  return ds;
}

std::vector<std::string> staleIds(const std::vector<report::StaleClaim>& list) {
  std::vector<std::string> ids;
  for (const auto& s : list) ids.push_back(s.project + " " + std::to_string(s.days_since));
  return ids;
}

// An activity with its own start and end timestamps (any offset), by unit/1 unless told.
void activity(Dataset& ds, const std::string& id, const std::string& start, const std::string& end, bool weekly = false,
              const std::string& title = "义诊", const std::string& community = "community/1") {
  ds.put(test::made(Activity{.title = title, .type = ActivityType::free_clinic, .community = community,
                             .start = start, .end = end, .place = "党群服务中心", .organisers = {"unit/1"},
                             .people_served = 10, .recurring_weekly = weekly},
                    id));
}

std::vector<std::string> rows(const std::vector<report::WeekActivity>& list) {
  std::vector<std::string> out;
  for (const auto& a : list) out.push_back(a.activity + " " + a.start + (a.projected ? " projected" : ""));
  return out;
}

}  // namespace

TEST_CASE("stale claims: claimed or in progress, no progress for more than 30 days, most days first") {
  const Dataset ds = staleStreet();
  const auto list = report::findStaleClaims(ds, "2024-07-20");
  // project/2's last entry is 30 days old: not stale yet. project/9 and project/10 tie: ids decide.
  CHECK(staleIds(list) == std::vector<std::string>{"project/1 66", "project/9 49", "project/10 49"});
  REQUIRE(list.size() == 3);
  CHECK(list[0] == report::StaleClaim{.project = "project/1", .title = "微项目 project/1", .lead_unit = "unit/1",
                                      .community = "community/1", .status = ProjectStatus::claimed,
                                      .last_progress = "2024-05-15", .days_since = 66});

  // A day later it is; its latest timeline entry counts, not the claim.
  const auto next = report::findStaleClaims(ds, "2024-07-21");
  CHECK(staleIds(next) == std::vector<std::string>{"project/1 67", "project/9 50", "project/10 50", "project/2 31"});
  REQUIRE(next.size() == 4);
  CHECK(next[3].last_progress == "2024-06-20");
  CHECK(next[3].status == ProjectStatus::in_progress);
  CHECK(next[3].community == "community/2");
  CHECK(next[3].lead_unit == "unit/2");

  // Completed and proposed projects never are; a recent claim becomes one in time.
  CHECK(staleIds(report::findStaleClaims(ds, "2024-09-01")) ==
        std::vector<std::string>{"project/1 109", "project/9 92", "project/10 92", "project/2 73", "project/3 62"});
}

TEST_CASE("stale claims: nothing for a date before the claims or a date that is not one") {
  const Dataset ds = staleStreet();
  CHECK(report::findStaleClaims(ds, "2024-05-01").empty());
  CHECK(report::findStaleClaims(ds, "2024-13-01").empty());
  CHECK(report::findStaleClaims(ds, "").empty());
  CHECK(report::findStaleClaims(ds, "2024-07-20T10:00:00+08:00").empty());  // a date, not a timestamp
  CHECK(report::findStaleClaims(test::emptyStreet(), "2024-07-20").empty());
}

TEST_CASE("week activities: the ISO week in China time, weekly series once, in start order") {
  Dataset ds = test::emptyStreet();
  test::addUnit(ds, "unit/1", "名山区卫生健康局", UnitLevel::district, {"community/1", "community/2"});
  activity(ds, "activity/1", "2024-07-01T09:00:00+08:00", "2024-07-01T11:00:00+08:00");  // Monday
  activity(ds, "activity/2", "2024-06-30T16:30:00Z", "2024-06-30T18:00:00Z");            // Monday 00:30 in China
  activity(ds, "activity/3", "2024-07-07T16:30:00Z", "2024-07-07T18:00:00Z");            // next Monday in China
  activity(ds, "activity/4", "2024-07-07T21:00:00+08:00", "2024-07-07T22:00:00+08:00");  // Sunday evening
  activity(ds, "activity/5", "2024-06-30T20:00:00+08:00", "2024-06-30T21:00:00+08:00");  // the Sunday before
  // Weekly legal service on Fridays, recorded for two weeks in June: this week's occurrence from the later record.
  activity(ds, "activity/6", "2024-06-07T14:30:00+08:00", "2024-06-07T17:00:00+08:00", true, "每周五法律服务");
  activity(ds, "activity/7", "2024-06-14T14:30:00+08:00", "2024-06-14T17:00:00+08:00", true, "每周五法律服务");
  // Weekly health service, recorded this week too: the record stands, nothing is projected.
  activity(ds, "activity/8", "2024-06-21T09:00:00+08:00", "2024-06-21T11:30:00+08:00", true, "每周五健康服务",
           "community/2");
  activity(ds, "activity/9", "2024-07-05T09:00:00+08:00", "2024-07-05T11:30:00+08:00", true, "每周五健康服务",
           "community/2");
  // A weekly service that begins after the week.
  activity(ds, "activity/10", "2024-07-12T10:00:00+08:00", "2024-07-12T11:00:00+08:00", true, "每周五政策宣讲");

  const auto week = report::weekActivities(ds, "2024-07-03");  // a Wednesday
  CHECK(week.monday == "2024-07-01");
  CHECK(week.sunday == "2024-07-07");
  CHECK(rows(week.this_week) == std::vector<std::string>{
                                    "activity/2 2024-07-01T00:30:00+08:00",
                                    "activity/1 2024-07-01T09:00:00+08:00",
                                    "activity/9 2024-07-05T09:00:00+08:00",
                                    "activity/7 2024-07-05T14:30:00+08:00 projected",
                                    "activity/4 2024-07-07T21:00:00+08:00",
                                });
  CHECK(week.upcoming.empty());  // only listed when the week has nothing
  REQUIRE(week.this_week.size() == 5);
  CHECK(week.this_week[0].end == "2024-07-01T02:00:00+08:00");
  CHECK(week.this_week[3] == report::WeekActivity{.activity = "activity/7", .title = "每周五法律服务",
                                                  .community = "community/1", .place = "党群服务中心",
                                                  .start = "2024-07-05T14:30:00+08:00",
                                                  .end = "2024-07-05T17:00:00+08:00", .weekly = true,
                                                  .projected = true});
  CHECK_FALSE(week.this_week[2].projected);
  CHECK(week.this_week[2].weekly);

  // Any day of the week gives the same week.
  CHECK(report::weekActivities(ds, "2024-07-01") == week);
  CHECK(report::weekActivities(ds, "2024-07-07") == week);

  // The week after: the Friday services both come from their latest records, the new one stands for itself.
  CHECK(rows(report::weekActivities(ds, "2024-07-08").this_week) ==
        std::vector<std::string>{"activity/3 2024-07-08T00:30:00+08:00",
                                 "activity/9 2024-07-12T09:00:00+08:00 projected",
                                 "activity/10 2024-07-12T10:00:00+08:00",
                                 "activity/7 2024-07-12T14:30:00+08:00 projected"});
}

TEST_CASE("week activities: an empty week lists the next five, ties by id") {
  Dataset ds = test::emptyStreet();
  test::addUnit(ds, "unit/1", "名山区卫生健康局", UnitLevel::district, {"community/1"});
  auto on = [&](const std::string& id, const std::string& date) {
    activity(ds, id, at(date), at(date, "11:00:00"));
  };
  on("activity/1", "2024-06-20");  // past
  on("activity/2", "2024-07-08");
  on("activity/3", "2024-07-20");
  on("activity/4", "2024-07-10");
  on("activity/9", "2024-07-15");
  on("activity/10", "2024-07-15");  // same start as activity/9: "activity/10" sorts first as text, not as an id
  on("activity/5", "2024-08-01");
  on("activity/6", "2024-09-01");

  const auto week = report::weekActivities(ds, "2024-07-03");
  CHECK(week.this_week.empty());
  CHECK(rows(week.upcoming) == std::vector<std::string>{
                                   "activity/2 2024-07-08T09:00:00+08:00", "activity/4 2024-07-10T09:00:00+08:00",
                                   "activity/9 2024-07-15T09:00:00+08:00", "activity/10 2024-07-15T09:00:00+08:00",
                                   "activity/3 2024-07-20T09:00:00+08:00"});
  CHECK(rows(report::weekActivities(ds, "2024-07-03", 2).upcoming) ==
        std::vector<std::string>{"activity/2 2024-07-08T09:00:00+08:00", "activity/4 2024-07-10T09:00:00+08:00"});

  const auto later = report::weekActivities(ds, "2024-12-01");  // a Sunday, after everything
  CHECK(later.monday == "2024-11-25");
  CHECK(later.sunday == "2024-12-01");
  CHECK(later.this_week.empty());
  CHECK(later.upcoming.empty());

  const auto bad = report::weekActivities(ds, "2024-02-30");
  CHECK(bad == report::WeekActivities{});
}

TEST_CASE("week activities: China time and weekdays") {
  CHECK(report::chinaTimestamp(0) == "1970-01-01T08:00:00+08:00");
  CHECK(report::chinaTimestamp(*epochSeconds("2024-08-02T06:30:00Z")) == "2024-08-02T14:30:00+08:00");
  CHECK(report::chinaTimestamp(*epochSeconds("2024-12-31T23:59:59-05:00")) == "2025-01-01T12:59:59+08:00");
  CHECK(report::isoWeekday(0) == 4);                        // 1970-01-01, a Thursday
  CHECK(report::isoWeekday(*dayNumber("2024-07-01")) == 1);  // Monday
  CHECK(report::isoWeekday(*dayNumber("2024-12-01")) == 7);  // Sunday
  CHECK(report::isoWeekday(-1) == 3);                       // 1969-12-31, a Wednesday
}

namespace {

std::vector<std::string> staleTitles(const std::vector<report::StaleClaim>& list) {
  std::vector<std::string> out;
  for (const auto& s : list) out.push_back(s.title + " " + s.last_progress + " " + std::to_string(s.days_since));
  return out;
}

std::vector<std::string> titled(const std::vector<report::WeekActivity>& list) {
  std::vector<std::string> out;
  for (const auto& a : list) out.push_back(a.title + " " + a.start + (a.projected ? " projected" : ""));
  return out;
}

}  // namespace

TEST_CASE("stale claims: the demo dataset on its last day and today") {
  const Dataset& ds = test::demoDataset();
  // On 2024-08-05, the demo's as-of date, three of the ten open projects have gone quiet.
  const auto asOf = report::findStaleClaims(ds, "2024-08-05");
  CHECK(staleTitles(asOf) == std::vector<std::string>{"新城社区“邻里学堂” 2024-03-25 133",
                                                       "城东社区“一老一小”综合服务站 2024-05-22 75",
                                                       "香水湾小区防汛排涝改造 2024-05-28 69"});
  REQUIRE(asOf.size() == 3);
  CHECK(ds.find<Community>(asOf[0].community)->name == "新城社区");
  CHECK(asOf[0].status == ProjectStatus::in_progress);
  CHECK(asOf[0].lead_unit == ds.find<Project>(asOf[0].project)->lead_unit);

  // Long after the data ends, every claimed or in-progress project is stale: the 9 co-building ones and the
  // children's station.
  CHECK(staleTitles(report::findStaleClaims(ds, "2026-11-27")) ==
        std::vector<std::string>{"新城社区“邻里学堂” 2024-03-25 977",
                                 "城东社区“一老一小”综合服务站 2024-05-22 919",
                                 "香水湾小区防汛排涝改造 2024-05-28 913",
                                 "学府佳苑“平安小区”创建 2024-07-12 868",
                                 "西城小区背街环境整治 2024-07-18 862",
                                 "金茶苑加装电梯协调服务 2024-07-22 858",
                                 "东苑小区电动车充电桩安装 2024-07-24 856",
                                 "清漪苑雨污管网改造 2024-07-28 852",
                                 "永兴社区暑期托管班 2024-07-30 850",
                                 "壹基金“儿童服务站” 2024-08-02 847"});
  int open = 0;
  for (const auto& [id, p] : ds.projects())
    if (p.status == ProjectStatus::claimed || p.status == ProjectStatus::in_progress) ++open;
  CHECK(open == 10);
}

TEST_CASE("week activities: the demo dataset") {
  const Dataset& ds = test::demoDataset();
  // The demo's last week: the Friday services were recorded through 2024-08-02, so the week after shows their
  // next Friday, projected from the last records.
  const auto after = report::weekActivities(ds, "2024-08-05");
  CHECK(after.monday == "2024-08-05");
  CHECK(after.sunday == "2024-08-11");
  CHECK(titled(after.this_week) ==
        std::vector<std::string>{"每周五健康服务志愿活动 2024-08-09T09:00:00+08:00 projected",
                                 "每周五法律服务志愿活动 2024-08-09T14:30:00+08:00 projected"});
  REQUIRE(after.this_week.size() == 2);
  CHECK(after.this_week[0].end == "2024-08-09T11:30:00+08:00");
  CHECK(after.this_week[0].place == "蒙泉社区党群服务中心健康小屋");
  CHECK(ds.find<Community>(after.this_week[0].community)->name == "蒙泉社区");
  CHECK(datePart(ds.find<Activity>(after.this_week[0].activity)->start) == "2024-08-02");
  CHECK(after.upcoming.empty());

  // The week before: everything is recorded, nothing projected.
  CHECK(titled(report::weekActivities(ds, "2024-07-31").this_week) ==
        std::vector<std::string>{"“童”心协力夏令营 2024-07-30T16:30:00+08:00",
                                 "每周五健康服务志愿活动 2024-08-02T09:00:00+08:00",
                                 "每周五法律服务志愿活动 2024-08-02T14:30:00+08:00",
                                 "“童”创家园：小小社区规划师 2024-08-02T16:30:00+08:00"});

  // The co-building activity month (the first month of a quarter) fills a week.
  const auto busy = report::weekActivities(ds, "2024-07-10");
  CHECK(busy.this_week.size() == 17);
  int projected = 0, weekly = 0;
  for (const auto& a : busy.this_week) projected += a.projected, weekly += a.weekly;
  CHECK(projected == 0);
  CHECK(weekly == 2);
  CHECK(titled(busy.this_week).front() == "社保医保政策咨询 2024-07-08T09:00:00+08:00");
  CHECK(titled(busy.this_week).back() == "“童”学之旅：茶马古道研学 2024-07-14T09:30:00+08:00");

  // Today, years later, the weekly services still meet this Friday.
  CHECK(titled(report::weekActivities(ds, "2026-11-27").this_week) ==
        std::vector<std::string>{"每周五健康服务志愿活动 2026-11-27T09:00:00+08:00 projected",
                                 "每周五法律服务志愿活动 2026-11-27T14:30:00+08:00 projected"});

  // Before the first record, the week is empty and the first five activities come next.
  const auto before = report::weekActivities(ds, "2019-06-01");
  CHECK(before.this_week.empty());
  CHECK(titled(before.upcoming) == std::vector<std::string>{"四点半课堂 2020-03-16T16:30:00+08:00",
                                                            "绘本共读 2020-03-19T16:30:00+08:00",
                                                            "儿童安全教育课 2020-03-22T09:30:00+08:00",
                                                            "手工创意课 2020-03-25T16:30:00+08:00",
                                                            "亲子运动会 2020-03-28T09:30:00+08:00"});
}
