// Dates, quarters, record ids and their order, money text, enum names.
#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "domain/dates.h"
#include "domain/enums.h"
#include "domain/ids.h"
#include "domain/money.h"

using namespace gj;

TEST_CASE("dates: real calendar days only, day numbers both ways") {
  CHECK(isDate("2024-02-29"));
  CHECK_FALSE(isDate("2023-02-29"));
  CHECK_FALSE(isDate("2024-13-01"));
  CHECK_FALSE(isDate("2024-7-5"));
  CHECK_FALSE(isDate("2024-07-05T09:30:00+08:00"));  // a timestamp is not a date
  CHECK(dayNumber("1970-01-01") == 0);
  CHECK(dayNumber("2024-07-05") == 19909);
  CHECK(*dayNumber("2024-03-01") - *dayNumber("2024-02-28") == 2);
  CHECK(dayNumber("2024-07-05T23:59:59+08:00") == 19909);  // the local date of a timestamp
  CHECK(dateOfDayNumber(19909) == "2024-07-05");
  CHECK(dateOfDayNumber(*dayNumber("2000-02-29")) == "2000-02-29");
}

TEST_CASE("timestamps: offset required, compared in UTC") {
  CHECK(isTimestamp("2024-07-05T09:30:00+08:00"));
  CHECK(isTimestamp("2024-07-05T01:30:00Z"));
  CHECK_FALSE(isTimestamp("2024-07-05T09:30:00"));
  CHECK_FALSE(isTimestamp("2024-07-05 09:30:00+08:00"));
  CHECK_FALSE(isTimestamp("2024-07-05T24:00:00+08:00"));
  CHECK(epochSeconds("2024-07-05T09:30:00+08:00") == epochSeconds("2024-07-05T01:30:00Z"));
  CHECK(*epochSeconds("2024-07-05T09:30:00-01:00") - *epochSeconds("2024-07-05T09:30:00Z") == 3600);
  CHECK(datePart("2024-07-05T09:30:00+08:00") == "2024-07-05");
}

TEST_CASE("quarters: parse, format, first and last day, order") {
  auto q = Quarter::parse("2024Q3");
  REQUIRE(q);
  CHECK(q->text() == "2024Q3");
  CHECK(q->firstDay() == "2024-07-01");
  CHECK(q->lastDay() == "2024-09-30");
  CHECK(Quarter{2024, 1}.lastDay() == "2024-03-31");
  CHECK(Quarter{2024, 4}.lastDay() == "2024-12-31");
  CHECK(q->contains("2024-09-30"));
  CHECK_FALSE(q->contains("2024-10-01"));
  CHECK(Quarter::ofDate("2024-10-01") == Quarter{2024, 4});
  CHECK(Quarter{2024, 4}.next() == Quarter{2025, 1});
  CHECK(Quarter{2024, 1}.previous() == Quarter{2023, 4});
  CHECK(Quarter{2023, 4} < Quarter{2024, 1});
  CHECK_FALSE(Quarter::parse("2024Q5"));
  CHECK_FALSE(Quarter::parse("2024q3"));
  CHECK_FALSE(Quarter::parse("24Q3"));
  CHECK_FALSE(Quarter{}.valid());
}

TEST_CASE("ids: syntax and type") {
  CHECK(isRecordId("need/17"));
  CHECK(isRecordId("street/mengyang"));
  CHECK_FALSE(isRecordId("need/"));
  CHECK_FALSE(isRecordId("/17"));
  CHECK_FALSE(isRecordId("Need/17"));
  CHECK_FALSE(isRecordId("need/17/2"));
  CHECK_FALSE(isRecordId("need 17"));
  CHECK(isIdOfType("need/17", "need"));
  CHECK_FALSE(isIdOfType("needs/17", "need"));
  CHECK(idType("need/17") == "need");
  CHECK(idKey("need/17") == "17");
  CHECK(makeId("project", 49) == "project/49");
}

TEST_CASE("ids: numeric-aware total order") {
  std::vector<std::string> ids = {"need/10", "project/1", "need/abc", "need/2", "need/02", "activity/9", "need/1"};
  std::sort(ids.begin(), ids.end(), IdLess{});
  CHECK(ids == std::vector<std::string>{"activity/9", "need/1", "need/02", "need/2", "need/10", "need/abc",
                                        "project/1"});
  CHECK(idLess("need/99999999999999999999", "need/100000000000000000000"));  // no overflow
  CHECK_FALSE(idLess("need/3", "need/3"));
}

TEST_CASE("money: yuan text <-> fen, exactly") {
  CHECK(parseYuan("10") == 1000);
  CHECK(parseYuan("10.5") == 1050);
  CHECK(parseYuan("10.05") == 1005);
  CHECK(parseYuan("1541000.00") == 154100000);
  CHECK(parseYuan("0.01") == 1);
  CHECK_FALSE(parseYuan(""));
  CHECK_FALSE(parseYuan("10."));
  CHECK_FALSE(parseYuan(".5"));
  CHECK_FALSE(parseYuan("10.555"));
  CHECK_FALSE(parseYuan("-1"));
  CHECK_FALSE(parseYuan("1,000"));
  CHECK_FALSE(parseYuan("10000000000000"));  // 14 digits: beyond any street's budget, and near overflow
  CHECK(yuanText(154100000) == "1541000.00");
  CHECK(yuanText(5) == "0.05");
  CHECK(yuanText(-1050) == "-10.50");
}

TEST_CASE("enums: names, parsing and the expectation text") {
  CHECK(enumName(NeedStatus::closed_not_fixed) == "closed_not_fixed");
  CHECK(parseEnum<ActivityType>("neighbourhood_school") == ActivityType::neighbourhood_school);
  CHECK_FALSE(parseEnum<Rating>("great"));
  CHECK(enumExpectation<Rating>() == R"(one of "satisfied", "basic", "unsatisfied")");
  CHECK(allValues<ProjectStatus>().size() == 5);
  for (auto s : allValues<NeedStatus>()) CHECK(parseEnum<NeedStatus>(enumName(s)) == s);
}
