// The Joint meeting screen's exports (io/meeting_record_export.h): the pack's CSV with every figure of a
// small street worked out by hand, and the printable pack with the meeting's notes and decisions, escaped.
#include <doctest/doctest.h>

#include "io/meeting_html.h"
#include "io/meeting_record_export.h"
#include "report/meeting_pack.h"
#include "report_fixture.h"

using namespace gj;

namespace {

// Two communities, two units; one project claimed for 2024Q3 (40%, 12,345 yuan), one completed in 2024Q2
// (5,000 yuan, 3 problems), one activity in 茶都景苑 (95 volunteer minutes, 30 served), one street-wide meeting.
Dataset packStreet() {
  Dataset ds = test::emptyStreet();
  test::addUnit(ds, "unit/1", "名山区卫生健康局", UnitLevel::district, {"community/1"});
  test::addUnit(ds, "unit/2", "名山区司法局", UnitLevel::district, {"community/2"});
  test::addVolunteer(ds, "volunteer/1", "unit/2");
  test::claimedProject(ds, "project/2", "unit/2", "2024-04-03", "community/2");
  test::progress(ds, "project/2", "2024-05-01", 100, 500'000);
  test::complete(ds, "project/2", "2024-05-20", 3);
  test::claimedProject(ds, "project/1", "unit/1", "2024-07-02");
  test::progress(ds, "project/1", "2024-08-01", 40, 1'234'500);
  test::addActivity(ds, "activity/1", "2024-07-20", {"unit/2"}, {{"volunteer/1", 95}}, 30, "community/2");
  test::addMeeting(ds, "meeting/1", "2024-07-10", {"unit/1", "unit/2"});
  return ds;
}

}  // namespace

TEST_CASE("meeting export: hours keep one decimal, rounded half up") {
  CHECK(io::hoursText(0) == "0.0");
  CHECK(io::hoursText(95) == "1.6");   // 1.583
  CHECK(io::hoursText(93) == "1.6");   // 1.55 rounds up
  CHECK(io::hoursText(92) == "1.5");   // 1.533
  CHECK(io::hoursText(20520) == "342.0");
}

TEST_CASE("meeting export: the pack's CSV, every figure worked out by hand") {
  const Dataset ds = packStreet();
  const report::MeetingPack pack = report::computeMeetingPack(ds, Quarter{2024, 3}, "2024-09-30");
  REQUIRE(pack.error.empty());
  const std::string expected =
      "\xEF\xBB\xBF"
      "level,id,name,quarter,scope,claimed,completed,funds (10k yuan),activities,volunteer hours,people served,"
      "problems solved,meetings,progress %,stale claims\r\n"
      "street,,蒙阳街道,2024Q3,quarter,1,0,1.23,1,1.6,30,0,1,40,1\r\n"
      "street,,蒙阳街道,2024Q3,cumulative,2,1,1.73,1,1.6,30,3,1,40,1\r\n"
      "community,community/1,新城社区,2024Q3,quarter,1,0,1.23,0,0.0,0,0,1,40,1\r\n"
      "community,community/1,新城社区,2024Q3,cumulative,1,0,1.23,0,0.0,0,0,1,40,1\r\n"
      "community,community/2,茶都景苑,2024Q3,quarter,0,0,0,1,1.6,30,0,1,0,0\r\n"
      "community,community/2,茶都景苑,2024Q3,cumulative,1,1,0.5,1,1.6,30,3,1,0,0\r\n"
      "unit,unit/1,名山区卫生健康局,2024Q3,quarter,1,0,1.23,0,0.0,0,0,1,40,1\r\n"
      "unit,unit/1,名山区卫生健康局,2024Q3,cumulative,1,0,1.23,0,0.0,0,0,1,40,1\r\n"
      "unit,unit/2,名山区司法局,2024Q3,quarter,0,0,0,1,1.6,30,0,1,0,0\r\n"
      "unit,unit/2,名山区司法局,2024Q3,cumulative,1,1,0.5,1,1.6,30,3,1,0,0\r\n";
  CHECK(io::meetingPackCsv(pack, Language::en) == expected);

  const std::string zh = io::meetingPackCsv(pack, Language::zh);
  CHECK(zh.rfind("\xEF\xBB\xBF层级,编号,名称,季度,口径,认领项目,完成项目,资金(万元),活动场次,志愿时长(小时),服务人次,解决问题,"
                 "联席会议,平均进度%,停滞认领\r\n街道,,蒙阳街道,2024Q3,本季度,1,0,1.23,1,1.6,30,0,1,40,1\r\n",
                 0) == 0);
  CHECK(zh.find("单位,unit/2,名山区司法局,2024Q3,累计,1,1,0.5,1,1.6,30,3,1,0,0\r\n") != std::string::npos);
}

TEST_CASE("meeting export: the printable pack carries the meeting's notes and decisions, escaped") {
  Dataset ds = packStreet();
  Meeting m = ds.meetings().at("meeting/1");
  m.community = "community/2";
  m.notes = "通报 <b>茶都景苑</b> 改造\n下一步 & 计划";
  m.decisions = {"九月底前完成地面硬化", "成立\"居民监督\"小组"};
  ds.put(m);
  const report::MeetingPack pack = report::computeMeetingPack(ds, Quarter{2024, 3}, "2024-09-30");
  const std::string plain = io::meetingPackHtml(ds, pack, Language::zh);
  CHECK(io::meetingRecordHtml(ds, pack, {}, Language::zh) == plain);  // no meeting: the pack as it was

  const std::string html = io::meetingRecordHtml(ds, pack, {&ds.meetings().at("meeting/1")}, Language::zh);
  const std::string section =
      "<section class=\"meeting\">\n<h2>联席会议记录 2024-07-10</h2>\n<p class=\"meta\">范围：茶都景苑</p>\n"
      "<p>参会单位：名山区卫生健康局、名山区司法局</p>\n<h3>会议纪要</h3>\n"
      "<p class=\"notes\">通报 &lt;b&gt;茶都景苑&lt;/b&gt; 改造<br>\n下一步 &amp; 计划</p>\n<h3>会议决定</h3>\n"
      "<ol>\n<li>九月底前完成地面硬化</li>\n<li>成立&quot;居民监督&quot;小组</li>\n</ol>\n</section>\n";
  const std::size_t at = html.find(section);
  REQUIRE(at != std::string::npos);
  CHECK(html.substr(at + section.size()) == "</body>\n</html>\n");
  // Everything before the record is the pack page unchanged.
  CHECK(html.substr(0, plain.size() - 16) == plain.substr(0, plain.size() - 16));
  CHECK(html.find("<b>") == std::string::npos);

  const std::string en = io::meetingRecordHtml(ds, pack, {&ds.meetings().at("meeting/1")}, Language::en);
  CHECK(en.find("<h2>Meeting record 2024-07-10</h2>\n<p class=\"meta\">For: 茶都景苑</p>\n"
                "<p>Attending units: 名山区卫生健康局, 名山区司法局</p>") != std::string::npos);
}
