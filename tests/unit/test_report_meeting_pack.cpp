// The quarterly joint-meeting pack: what counts in a quarter (first and last day), who is credited, progress at
// the quarter's end, the 30-day stale-claim rule, deterministic row order.
#include <doctest/doctest.h>

#include "demo_fixture.h"
#include "report/dashboard.h"
#include "report/date_span.h"
#include "report/meeting_pack.h"
#include "report_fixture.h"

using namespace gj;
using namespace gj::test;
using namespace gj::report;

namespace {

// Two units and four projects around the edges of 2024Q3 (2024-07-01 .. 2024-09-30).
Dataset quarterStreet() {
  Dataset ds = emptyStreet();
  addUnit(ds, "unit/1", "名山区司法局", UnitLevel::district, {"community/1"});
  addUnit(ds, "unit/2", "雅安市政务服务管理局", UnitLevel::city, {"community/2"});
  addVolunteer(ds, "volunteer/1", "unit/1", "张伟");
  addVolunteer(ds, "volunteer/2", "unit/2", "李娜");

  claimedProject(ds, "project/1", "unit/1", "2024-06-30", "community/1");  // Q2's last day
  progress(ds, "project/1", "2024-07-01", 40, 100000);
  progress(ds, "project/1", "2024-09-30", 80, 200000);
  progress(ds, "project/1", "2024-10-05", 90, 50000);                      // after Q3
  claimedProject(ds, "project/2", "unit/1", "2024-07-01", "community/2");  // Q3's first day
  progress(ds, "project/2", "2024-07-15", 100, 500000);
  complete(ds, "project/2", "2024-09-30", 3);
  claimedProject(ds, "project/3", "unit/2", "2024-10-01", "community/2");  // Q4
  claimedProject(ds, "project/4", "unit/2", "2024-01-10", "community/1");  // done before Q3
  progress(ds, "project/4", "2024-02-01", 50, 1000);
  complete(ds, "project/4", "2024-06-30", 2);
  ds.put(made(Project{.title = "未认领", .community = "community/1", .category = "housing"}, "project/5"));

  addActivity(ds, "activity/1", "2024-07-01", {"unit/1", "unit/2"}, {{"volunteer/1", 120}, {"volunteer/2", 90}}, 40);
  addActivity(ds, "activity/2", "2024-09-30", {"unit/1"}, {{"volunteer/1", 60}}, 25, "community/2");
  addActivity(ds, "activity/3", "2024-06-30", {"unit/2"}, {{"volunteer/2", 30}}, 10);
  addActivity(ds, "activity/4", "2024-10-01", {"unit/1"}, {{"volunteer/1", 45}}, 5);

  addMeeting(ds, "meeting/1", "2024-07-10", {"unit/1", "unit/2"});
  addMeeting(ds, "meeting/2", "2024-04-08", {"unit/1"}, "community/1");
  addMeeting(ds, "meeting/3", "2024-10-09", {"unit/2"});
  return ds;
}

PackFigures figures(int claimed, int completed, std::int64_t fen, int activities, std::int64_t minutes,
                    std::int64_t served, int problems, int meetings) {
  return PackFigures{claimed, completed, fen, activities, minutes, served, problems, meetings};
}

}  // namespace

TEST_CASE("date span: a quarter runs from its first to its last day, timestamps on their local date") {
  const DateSpan q3 = DateSpan::ofQuarter({2024, 3});
  CHECK_FALSE(q3.contains("2024-06-30"));
  CHECK(q3.contains("2024-07-01"));
  CHECK(q3.contains("2024-09-30"));
  CHECK(q3.contains("2024-09-30T23:59:59+08:00"));
  CHECK_FALSE(q3.contains("2024-10-01"));
  CHECK_FALSE(q3.contains("2024-10-01T00:00:00+08:00"));
  CHECK_FALSE(q3.contains(""));
  CHECK_FALSE(DateSpan::ofQuarter({}).contains("2024-07-01"));
  CHECK(DateSpan::through("2024-09-30").contains("1999-01-01"));
  CHECK_FALSE(DateSpan::through("2024-09-30").contains("2024-10-01"));
  CHECK(DateSpan{}.contains("2024-10-01"));
  CHECK(DateSpan::ofYear(2024).contains("2024-12-31"));
  CHECK_FALSE(DateSpan::ofYear(2024).contains("2025-01-01"));
  CHECK(roundedQuotient(5, 2) == 3);  // half up
  CHECK(roundedQuotient(4, 3) == 1);
  CHECK(roundedQuotient(5, 3) == 2);
  CHECK(roundedQuotient(7, 0) == 0);
}

TEST_CASE("meeting pack: unit rows count the quarter and the cumulative figures") {
  const MeetingPack pack = computeMeetingPack(quarterStreet(), {2024, 3}, "2024-11-15");
  REQUIRE(pack.error.empty());
  REQUIRE(pack.units.size() == 2);
  const PackRow& u1 = pack.units[0];
  CHECK(u1.id == "unit/1");
  CHECK(u1.name == "名山区司法局");
  // project/2 claimed on Q3's first day; 300000 (project/1) + 500000 (project/2) spent in Q3.
  CHECK(u1.quarter == figures(1, 1, 800000, 2, 180, 65, 3, 1));
  CHECK(u1.cumulative == figures(2, 1, 800000, 2, 180, 65, 3, 2));
  REQUIRE(u1.projects.size() == 2);
  CHECK(u1.projects[0].project == "project/1");
  CHECK(u1.projects[0].percent == 80);  // the 90% entry is dated after the quarter
  CHECK(u1.projects[0].last_progress == "2024-09-30");
  CHECK(u1.projects[0].status == ProjectStatus::in_progress);
  CHECK(u1.projects[0].funds_quarter_fen == 300000);
  CHECK(u1.projects[1].project == "project/2");
  CHECK(u1.projects[1].percent == 100);
  CHECK(u1.progress_average == 90);

  const PackRow& u2 = pack.units[1];
  CHECK(u2.id == "unit/2");
  // Organised activity/1 (40 served) in Q3; its volunteer served 90 minutes there (and 30 in Q2).
  CHECK(u2.quarter == figures(0, 0, 0, 1, 90, 40, 0, 1));
  CHECK(u2.cumulative == figures(1, 1, 1000, 2, 120, 50, 2, 1));
  CHECK(u2.projects.empty());  // project/4 was finished before Q3, project/3 claimed after it
  CHECK(u2.progress_average == 0);
}

TEST_CASE("meeting pack: community rows and the street row count each record once") {
  const MeetingPack pack = computeMeetingPack(quarterStreet(), {2024, 3}, "2024-11-15");
  REQUIRE(pack.communities.size() == 2);
  const PackRow& c1 = pack.communities[0];
  CHECK(c1.id == "community/1");
  CHECK(c1.name == "新城社区");
  CHECK(c1.quarter == figures(0, 0, 300000, 1, 210, 40, 0, 1));   // street-wide meeting/1 counts here too
  CHECK(c1.cumulative == figures(2, 1, 301000, 2, 240, 50, 2, 2));
  REQUIRE(c1.projects.size() == 1);
  CHECK(c1.progress_average == 80);
  const PackRow& c2 = pack.communities[1];
  CHECK(c2.quarter == figures(1, 1, 500000, 1, 60, 25, 3, 1));
  CHECK(c2.cumulative == figures(1, 1, 500000, 1, 60, 25, 3, 1));

  CHECK(pack.street.name == "蒙阳街道");
  CHECK(pack.street.quarter == figures(1, 1, 800000, 2, 270, 65, 3, 1));
  CHECK(pack.street.cumulative == figures(3, 2, 801000, 3, 300, 75, 5, 2));
  CHECK(pack.street.progress_average == 90);
}

TEST_CASE("meeting pack: an earlier quarter is not changed by later records") {
  const MeetingPack q2 = computeMeetingPack(quarterStreet(), {2024, 2}, "2024-11-15");
  CHECK(q2.units[0].quarter == figures(1, 0, 0, 0, 0, 0, 0, 1));      // project/1 claimed 06-30
  CHECK(q2.units[0].projects.size() == 1);
  CHECK(q2.units[0].projects[0].percent == 0);                        // no progress by 06-30
  CHECK(q2.units[0].projects[0].last_progress.empty());
  CHECK(q2.units[1].quarter == figures(0, 1, 0, 1, 30, 10, 2, 0));    // project/4 completed 06-30
  CHECK(q2.units[1].projects[0].percent == 100);
  CHECK(q2.street.cumulative == figures(2, 1, 1000, 1, 30, 10, 2, 1));
}

TEST_CASE("meeting pack: a project claimed at the end of Q2 for Q3 counts in Q3, as on the dashboard") {
  Dataset ds = emptyStreet();
  addUnit(ds, "unit/1", "名山区民政局", UnitLevel::district);
  claimedProject(ds, "project/1", "unit/1", "2024-06-25", "community/1", {}, Quarter{2024, 3});
  const MeetingPack q2 = computeMeetingPack(ds, {2024, 2}, "2024-06-30");
  CHECK(q2.units[0].quarter.projects_claimed == 0);
  CHECK(q2.units[0].cumulative.projects_claimed == 0);
  CHECK(q2.units[0].projects.empty());
  const MeetingPack q3 = computeMeetingPack(ds, {2024, 3}, "2024-07-25");
  CHECK(q3.units[0].quarter.projects_claimed == 1);
  REQUIRE(q3.units[0].projects.size() == 1);
  CHECK(q3.units[0].projects[0].percent == 0);
  CHECK(q3.stale.empty());  // 30 days since the claim
  CHECK(computeMeetingPack(ds, {2024, 3}, "2024-07-26").stale.at(0).days_since == 31);
}

TEST_CASE("meeting pack: a unit outside co-building relations counts on its own row only, not the street's") {
  Dataset ds = emptyStreet();
  addUnit(ds, "unit/1", "名山区司法局", UnitLevel::district, {"community/1"});
  addUnit(ds, "unit/2", "区妇联", UnitLevel::district, {});  // paired with no community
  addVolunteer(ds, "volunteer/1", "unit/2", "王芳");
  claimedProject(ds, "project/1", "unit/2", "2024-07-02", "community/1");
  progress(ds, "project/1", "2024-07-20", 50, 60000);
  addActivity(ds, "activity/1", "2024-07-05", {"unit/2"}, {{"volunteer/1", 90}}, 14);
  addActivity(ds, "activity/2", "2024-07-06", {"unit/1", "unit/2"}, {{"volunteer/1", 30}}, 8);
  const MeetingPack pack = computeMeetingPack(ds, {2024, 3}, "2024-07-25");
  CHECK(pack.units[1].quarter == figures(1, 0, 60000, 2, 120, 22, 0, 0));  // all of 区妇联's own records
  CHECK(pack.units[1].projects.size() == 1);
  CHECK(pack.units[0].quarter == figures(0, 0, 0, 1, 0, 8, 0, 0));         // co-organised activity/2
  CHECK(pack.communities[0].quarter == figures(0, 0, 0, 1, 30, 8, 0, 0));  // activity/2 only
  CHECK(pack.communities[0].projects.empty());
  CHECK(pack.street.quarter == pack.communities[0].quarter);
}

TEST_CASE("meeting pack: on the demo data the street and community rows are the dashboard's figures, every quarter") {
  const Dataset& ds = test::demoDataset();
  const DashboardFigures all = computeDashboard(ds);
  REQUIRE(all.by_quarter.size() >= 7);
  for (const QuarterFigures& row : all.by_quarter) {
    CAPTURE(row.quarter.text());
    const DashboardFigures dash = computeDashboard(ds, row.quarter);
    const MeetingPack pack = computeMeetingPack(ds, row.quarter, "2024-12-31");
    auto same = [](const PackFigures& p, const CountedFigures& d) {
      CHECK(p.projects_claimed == d.projects_claimed);
      CHECK(p.projects_completed == d.projects_completed);
      CHECK(p.funds_spent_fen == d.funds_fen);
      CHECK(p.problems_solved == d.problems_solved);
      CHECK(p.people_served == d.person_times_served);
      CHECK(p.activities == d.activities);
    };
    same(pack.street.quarter, dash.counted);
    REQUIRE(pack.communities.size() == dash.by_community.size());
    for (std::size_t i = 0; i < pack.communities.size(); ++i) {
      CAPTURE(pack.communities[i].id);
      CHECK(pack.communities[i].id == dash.by_community[i].community);
      same(pack.communities[i].quarter, dash.by_community[i].counted);
    }
  }
  // 2024Q3 as the article's street office reads it on both screens: 14.08万 funds, 1,302 person-times.
  const MeetingPack q3 = computeMeetingPack(ds, {2024, 3}, "2024-12-31");
  CHECK(q3.street.quarter.funds_spent_fen == 14080000);
  CHECK(q3.street.quarter.people_served == 1302);
}

TEST_CASE("meeting pack: stale claims, longest silence first, counted on their rows") {
  const MeetingPack pack = computeMeetingPack(quarterStreet(), {2024, 3}, "2024-11-15");
  REQUIRE(pack.stale.size() == 2);
  CHECK(pack.stale[0].project == "project/3");  // claimed 2024-10-01, nothing since
  CHECK(pack.stale[0].days_since == 45);
  CHECK(pack.stale[0].last_progress == "2024-10-01");
  CHECK(pack.stale[0].status == ProjectStatus::claimed);
  CHECK(pack.stale[1].project == "project/1");  // last progress 2024-10-05
  CHECK(pack.stale[1].days_since == 41);
  CHECK(pack.stale[1].lead_unit == "unit/1");
  CHECK(pack.units[0].stale_claims == 1);
  CHECK(pack.units[1].stale_claims == 1);
  CHECK(pack.communities[0].stale_claims == 1);
  CHECK(pack.communities[1].stale_claims == 1);
  CHECK(pack.street.stale_claims == 2);
}

TEST_CASE("meeting pack: stale after more than 30 days (29, 30 not; 31 yes), from the claim or the last entry") {
  Dataset ds = emptyStreet();
  addUnit(ds, "unit/1", "名山区民政局", UnitLevel::district);
  claimedProject(ds, "project/1", "unit/1", "2024-08-03");  // 29 days before 2024-09-01
  claimedProject(ds, "project/2", "unit/1", "2024-08-02");  // 30
  claimedProject(ds, "project/3", "unit/1", "2024-08-01");  // 31
  claimedProject(ds, "project/4", "unit/1", "2024-06-01");
  progress(ds, "project/4", "2024-08-02", 20);              // an entry 30 days ago keeps it fresh
  claimedProject(ds, "project/5", "unit/1", "2024-06-01");
  progress(ds, "project/5", "2024-07-31", 60);              // 32 days
  claimedProject(ds, "project/6", "unit/1", "2024-06-01");
  progress(ds, "project/6", "2024-06-10", 100);
  complete(ds, "project/6", "2024-06-20", 1);               // completed: never stale

  const auto stale = findStaleClaims(ds, "2024-09-01");
  REQUIRE(stale.size() == 2);
  CHECK(stale[0].project == "project/5");
  CHECK(stale[0].days_since == 32);
  CHECK(stale[0].status == ProjectStatus::in_progress);
  CHECK(stale[1].project == "project/3");
  CHECK(stale[1].days_since == 31);
  CHECK(findStaleClaims(ds, "2024-09-02").size() == 4);  // project/2 and project/4 reach 31 days
  CHECK(findStaleClaims(ds, "not a date").empty());
  CHECK(computeMeetingPack(ds, {2024, 3}, "2024-09-01").stale == stale);
}

TEST_CASE("meeting pack: equal silences are listed by project id (numeric-aware)") {
  Dataset ds = emptyStreet();
  addUnit(ds, "unit/1", "名山区民政局", UnitLevel::district);
  claimedProject(ds, "project/10", "unit/1", "2024-07-01");
  claimedProject(ds, "project/9", "unit/1", "2024-07-01");
  claimedProject(ds, "project/2", "unit/1", "2024-07-01");
  const auto stale = findStaleClaims(ds, "2024-09-01");
  REQUIRE(stale.size() == 3);
  CHECK(stale[0].project == "project/2");
  CHECK(stale[1].project == "project/9");
  CHECK(stale[2].project == "project/10");
}

TEST_CASE("meeting pack: every unit and community has a row, in id order, and the pack is reproducible") {
  Dataset ds = emptyStreet();
  addUnit(ds, "unit/10", "单位十", UnitLevel::district);
  addUnit(ds, "unit/9", "单位九", UnitLevel::city, {});
  addUnit(ds, "unit/2", "单位二", UnitLevel::district);
  claimedProject(ds, "project/1", "unit/10", "2024-07-02");
  const MeetingPack pack = computeMeetingPack(ds, {2024, 3}, "2024-07-20");
  REQUIRE(pack.units.size() == 3);
  CHECK(pack.units[0].id == "unit/2");
  CHECK(pack.units[1].id == "unit/9");
  CHECK(pack.units[2].id == "unit/10");
  CHECK(pack.units[0].quarter == PackFigures{});  // a unit with nothing to show still has its row
  CHECK(pack.units[2].quarter.projects_claimed == 1);
  CHECK(pack.communities.size() == 2);
  CHECK(computeMeetingPack(ds, {2024, 3}, "2024-07-20") == pack);
}

TEST_CASE("meeting pack: refuses a quarter or a today that is not one") {
  const Dataset ds = quarterStreet();
  const MeetingPack noQuarter = computeMeetingPack(ds, {}, "2024-11-15");
  CHECK(noQuarter.error.key == "report.pack.bad_quarter");
  CHECK(noQuarter.units.empty());
  const MeetingPack badToday = computeMeetingPack(ds, {2024, 3}, "2024-11-31");
  CHECK(badToday.error.key == "report.pack.bad_today");
  CHECK(badToday.error.zh == "今天的日期缺失或格式不正确（应如 2024-07-05）");
  CHECK(computeMeetingPack(ds, {2024, 3}, "2024-11-15T09:00:00+08:00").error.key == "report.pack.bad_today");
}
