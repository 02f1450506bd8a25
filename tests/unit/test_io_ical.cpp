// iCalendar export of activities: RFC 5545 escaping, 75-octet folding that never splits a character, CRLF,
// stable UIDs and Beijing time with its VTIMEZONE.
#include <doctest/doctest.h>

#include "io/ical_export.h"
#include "test_domain_fixture.h"

using namespace gj;
using namespace gj::io;

TEST_CASE("io ical: text values escape backslash, semicolon, comma and line breaks") {
  CHECK(icsEscapeText("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf");
  CHECK(icsEscapeText("法律咨询进社区") == "法律咨询进社区");
}

TEST_CASE("io ical: lines fold at 75 octets without splitting a UTF-8 character") {
  const std::string ascii(160, 'x');
  CHECK(icsFoldLine(ascii) == std::string(75, 'x') + "\r\n " + std::string(74, 'x') + "\r\n " + std::string(11, 'x') + "\r\n");
  CHECK(icsFoldLine(std::string(75, 'y')) == std::string(75, 'y') + "\r\n");

  std::string cjk = "SUMMARY:";  // 8 octets, then 3-octet characters
  for (int i = 0; i < 40; ++i) cjk += "楼";
  const std::string folded = icsFoldLine(cjk);
  std::size_t start = 0;
  std::string unfolded;
  while (start < folded.size()) {
    const std::size_t end = folded.find("\r\n", start);
    const std::string piece = folded.substr(start, end - start);
    CHECK(piece.size() <= 75);
    const std::string content = start == 0 ? piece : piece.substr(1);
    if (start) CHECK(piece[0] == ' ');
    CHECK((static_cast<unsigned char>(content[0]) & 0xC0) != 0x80);  // no piece starts inside a character
    unfolded += content;
    start = end + 2;
  }
  CHECK(unfolded == cjk);
  CHECK(folded.substr(0, 76) == "SUMMARY:" + std::string("楼楼楼楼楼楼楼楼楼楼楼楼楼楼楼楼楼楼楼楼楼楼") + "\r\n");
}

TEST_CASE("io ical: activities as VEVENTs in Beijing time with a stable UID, exactly") {
  Dataset ds = test::smallStreet();
  Activity a = ds.activities().at("activity/1");
  a.title = "法律咨询, 进社区; 第\\1期";
  a.recurring_weekly = true;
  ds.put(a);
  Activity b = a;  // stored with a UTC offset: shown in Beijing time
  b.id = "activity/2";
  b.title = "义诊";
  b.type = ActivityType::free_clinic;
  b.start = "2024-07-04T23:30:00Z";
  b.end = "2024-07-05T01:00:00Z";
  b.place = "";
  b.recurring_weekly = false;
  ds.put(b);
  const std::string ics = exportActivitiesIcs(ds, {Language::zh, "", ""});
  CHECK(ics ==
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Gongjian//Community co-building//ZH\r\nCALSCALE:GREGORIAN\r\n"
        "METHOD:PUBLISH\r\nX-WR-CALNAME:蒙阳街道志愿服务活动\r\nX-WR-TIMEZONE:Asia/Shanghai\r\n"
        "BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0800\r\n"
        "TZOFFSETTO:+0800\r\nTZNAME:CST\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        "BEGIN:VEVENT\r\nUID:activity-2@gongjian\r\nDTSTAMP:20240705T013000Z\r\nSEQUENCE:0\r\n"
        "DTSTART;TZID=Asia/Shanghai:20240705T073000\r\nDTEND;TZID=Asia/Shanghai:20240705T090000\r\n"
        "SUMMARY:义诊\r\nLOCATION:新城社区\r\n"
        "DESCRIPTION:类型：义诊\\n社区：新城社区\\n组织单位：名山\r\n 区司法局\\n需要志愿者：3 人\r\n"
        "CATEGORIES:义诊\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:activity-1@gongjian\r\nDTSTAMP:20240705T013000Z\r\nSEQUENCE:0\r\n"
        "DTSTART;TZID=Asia/Shanghai:20240705T090000\r\nDTEND;TZID=Asia/Shanghai:20240705T113000\r\n"
        "RRULE:FREQ=WEEKLY\r\nSUMMARY:法律咨询\\, 进社区\\; 第\\\\1期\r\nLOCATION:新城社区党群服务中心\r\n"
        "DESCRIPTION:类型：法律援助\\n社区：新城社区\\n组织单位：\r\n 名山区司法局\\n需要志愿者：3 人\r\n"
        "CATEGORIES:法律援助\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

  // Filters, and no line longer than 75 octets.
  const std::string en = exportActivitiesIcs(ds, {Language::en, "community/2", ""});
  CHECK(en.find("BEGIN:VEVENT") == std::string::npos);
  CHECK(exportActivitiesIcs(ds, {Language::en, "", "2024-07-06"}).find("BEGIN:VEVENT") == std::string::npos);
  std::size_t start = 0;
  while (start < ics.size()) {
    const std::size_t end = ics.find("\r\n", start);
    REQUIRE(end != std::string::npos);
    CHECK(end - start <= 75);
    start = end + 2;
  }
}
