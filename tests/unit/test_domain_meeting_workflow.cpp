// Recording a joint meeting (domain/meeting_workflow.h): a new record stamped and stored as the app would, every
// field problem named with its exact message in both languages, edits that keep history, and the quarter's list.
#include <doctest/doctest.h>

#include <set>

#include "domain/meeting_workflow.h"
#include "test_domain_fixture.h"

using namespace gj;

namespace {

MeetingDraft goodDraft() {
  return MeetingDraft{.meeting = "meeting/2", .quarter = {2024, 3}, .date = " 2024-08-15 ", .community = "community/2",
                      .attending = {"unit/2", "unit/1", "unit/2"}, .notes = "  茶都景苑改造进度通报\n下一步计划  ",
                      .decisions = {" 九月底前完成地面硬化 ", "", "  ", "成立居民监督小组"}};
}

std::set<std::string> fieldsOf(const MeetingChange& c) {
  std::set<std::string> out;
  for (const auto& [field, m] : c.fieldErrors) out.insert(field);
  return out;
}

}  // namespace

TEST_CASE("meeting workflow: a new meeting is created, cleaned and stamped") {
  const Dataset ds = test::smallStreet();
  const MeetingChange c = recordMeeting(ds, goodDraft(), test::edit("2024-08-15T18:00:00+08:00", "李华"));
  REQUIRE(c);
  REQUIRE(c.meeting);
  CHECK(c.created);
  CHECK(c.fieldErrors.empty());
  const Meeting& m = *c.meeting;
  CHECK(m.id == "meeting/2");
  CHECK(m.rev == 1);
  CHECK(m.created == "2024-08-15T18:00:00+08:00");
  CHECK(m.updated == "2024-08-15T18:00:00+08:00");
  REQUIRE(m.history.size() == 1);
  CHECK(m.history[0].by == "李华");
  CHECK(m.history[0].field == "*");
  // The stored document: attending once each, in id order; notes trimmed; blank decisions left out, order kept.
  Json j = toJson(m);
  j.erase("history");
  CHECK(j.dump() ==
        R"({"_id":"meeting/2","attending":["unit/1","unit/2"],"community":"community/2",)"
        R"("created":"2024-08-15T18:00:00+08:00","date":"2024-08-15","decisions":["九月底前完成地面硬化","成立居民监督小组"],)"
        R"("notes":"茶都景苑改造进度通报\n下一步计划","quarter":"2024Q3","rev":1,"updated":"2024-08-15T18:00:00+08:00"})");
  Errors errors;
  Meeting back;
  REQUIRE(fromJson(toJson(m), back, errors));
  CHECK(back == m);
}

TEST_CASE("meeting workflow: a date outside the quarter names the field and the quarter's days") {
  const Dataset ds = test::smallStreet();
  MeetingDraft d = goodDraft();
  d.date = "2024-10-08";
  const MeetingChange c = recordMeeting(ds, d, test::edit());
  CHECK_FALSE(c);
  CHECK_FALSE(c.meeting);
  CHECK(fieldsOf(c) == std::set<std::string>{"date"});
  CHECK(c.outcome.reason.key == "meeting.record.date_outside");
  CHECK(c.outcome.reason.en == "date: 2024-10-08 is outside 2024Q3 (2024-07-01 to 2024-09-30)");
  CHECK(c.outcome.reason.zh == "会议日期：2024-10-08 不在2024年第3季度内（2024-07-01 至 2024-09-30）");

  d.date = "2024-02-30";
  const MeetingChange bad = recordMeeting(ds, d, test::edit());
  CHECK(bad.outcome.reason.key == "meeting.record.bad_date");
  CHECK(bad.outcome.reason.en == "date: \"2024-02-30\" is not a real date like 2024-07-05");
  d.date = "";
  CHECK(recordMeeting(ds, d, test::edit()).outcome.reason.zh == "会议日期：请填写日期，如 2024-07-05");
}

TEST_CASE("meeting workflow: every problem is reported at once, the first in the form's order") {
  const Dataset ds = test::smallStreet();
  MeetingDraft d = goodDraft();
  d.date = "7月10日";
  d.community = "community/9";
  d.attending = {};
  d.notes = " \n ";
  const MeetingChange c = recordMeeting(ds, d, test::edit());
  CHECK(fieldsOf(c) == std::set<std::string>{"attending", "community", "date", "notes"});
  CHECK(c.outcome.reason.key == "meeting.record.bad_date");
  CHECK(c.fieldErrors.at("community").en == "community: there is no community \"community/9\"");
  CHECK(c.fieldErrors.at("attending").zh == "参会单位：请至少选择一个参会单位");
  CHECK(c.fieldErrors.at("notes").en == "notes: write what the meeting discussed");

  d = goodDraft();
  d.attending = {"unit/1", "unit/7"};
  const MeetingChange unknownUnit = recordMeeting(ds, d, test::edit());
  CHECK(fieldsOf(unknownUnit) == std::set<std::string>{"attending"});
  CHECK(unknownUnit.outcome.reason.zh == "参会单位：没有单位“unit/7”");

  d = goodDraft();
  d.meeting = "need/1";
  CHECK(recordMeeting(ds, d, test::edit()).outcome.reason.key == "meeting.record.id_taken");
}

TEST_CASE("meeting workflow: without an operator nothing is recorded") {
  const Dataset ds = test::smallStreet();
  const MeetingChange c = recordMeeting(ds, goodDraft(), test::edit("2024-08-15T18:00:00+08:00", ""));
  CHECK_FALSE(c);
  CHECK_FALSE(c.meeting);
  CHECK(c.outcome.reason.key == "edit.no_operator");
}

TEST_CASE("meeting workflow: an edit keeps the record's history; an unchanged one stores nothing") {
  const Dataset ds = test::smallStreet();
  const Meeting& before = ds.meetings().at("meeting/1");
  MeetingDraft d = draftOf(before);
  d.notes = "三季度联席会议：通报楼道照明进度";
  d.decisions.push_back("十月前完成验收");
  const MeetingChange c = recordMeeting(ds, d, test::edit("2024-07-11T10:00:00+08:00", "李华"));
  REQUIRE(c);
  REQUIRE(c.meeting);
  CHECK_FALSE(c.created);
  const Meeting& m = *c.meeting;
  CHECK(m.rev == before.rev + 1);
  CHECK(m.created == before.created);
  CHECK(m.updated == "2024-07-11T10:00:00+08:00");
  CHECK(m.decisions == std::vector<std::string>{"推进楼道照明改造", "十月前完成验收"});
  REQUIRE(m.history.size() == before.history.size() + 2);
  const Change& grown = m.history[before.history.size()];
  CHECK(grown.field == "decisions[1]");
  CHECK(grown.after == Json("十月前完成验收"));
  const Change& notes = m.history.back();
  CHECK(notes.field == "notes");
  CHECK(notes.before == Json("三季度联席会议"));
  CHECK(notes.by == "李华");

  const MeetingChange same = recordMeeting(ds, draftOf(before), test::edit());
  CHECK(same);
  CHECK_FALSE(same.meeting);

  MeetingDraft moved = draftOf(before);
  moved.quarter = {2024, 4};
  moved.date = "2024-10-10";
  const MeetingChange refused = recordMeeting(ds, moved, test::edit());
  CHECK(fieldsOf(refused) == std::set<std::string>{"quarter"});
  CHECK(refused.outcome.reason.en == "quarter: a recorded meeting stays in 2024Q3; record a new one for 2024Q4");
}

TEST_CASE("meeting workflow: the quarter's meetings by date, then id") {
  Dataset ds = test::smallStreet();
  for (const auto& [id, date] : std::vector<std::pair<std::string, std::string>>{
           {"meeting/5", "2024-07-10"}, {"meeting/3", "2024-09-01"}, {"meeting/4", "2024-07-02"}, {"meeting/6", "2024-10-01"}}) {
    MeetingDraft d = goodDraft();
    d.meeting = id;
    d.date = date;
    d.quarter = *Quarter::ofDate(date);
    const MeetingChange c = recordMeeting(ds, d, test::edit());
    REQUIRE(c);
    ds.put(*c.meeting);
  }
  std::vector<std::string> ids;
  for (const Meeting* m : meetingsOfQuarter(ds, {2024, 3})) ids.push_back(m->id);
  CHECK(ids == std::vector<std::string>{"meeting/4", "meeting/1", "meeting/5", "meeting/3"});
  CHECK(meetingsOfQuarter(ds, {2024, 4}).size() == 1);
  CHECK(meetingsOfQuarter(ds, {2024, 2}).empty());
}
