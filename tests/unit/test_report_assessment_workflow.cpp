// A community's scores for a unit as one Assessment record (created, then updated with history), every bad
// score refused with a message naming its aspect, the community-mean rule seen in the result, the weights
// settings document, and the years offered.
#include <doctest/doctest.h>

#include "report/assessment_workflow.h"
#include "report_fixture.h"

using namespace gj;
using namespace gj::test;
using namespace gj::report;

namespace {

Dataset assessedStreet() {
  Dataset ds = emptyStreet();
  addUnit(ds, "unit/1", "名山区民政局", UnitLevel::district, {"community/1", "community/2"});
  addUnit(ds, "unit/2", "名山区司法局", UnitLevel::district, {"community/1"});
  return ds;
}

ScoreEntry entry(std::map<std::string, std::string> scores, std::string community = "community/1",
                 std::string note = "") {
  return ScoreEntry{.year = 2024, .community = std::move(community), .unit = "unit/1", .scores = std::move(scores),
                    .note = std::move(note), .newId = "assessment/1"};
}

void store(Dataset& ds, const ScoreChange& c) {
  REQUIRE(c);
  REQUIRE(c.record);
  ds.put(*c.record);
}

}  // namespace

TEST_CASE("assessment workflow: the first scores create the record, typed text trimmed, empty cells left out") {
  Dataset ds = assessedStreet();
  const Edit e = edit("2025-01-10T10:00:00+08:00", "王芳");
  const ScoreChange c = scoreUnit(ds, entry({{"participation", "90"}, {"funds", " 70 "}, {"projects_claimed", ""}},
                                            "community/1", "  积极参加联席会议 "),
                                  e);
  REQUIRE(c);
  CHECK(c.created);
  REQUIRE(c.record);
  const Assessment& a = *c.record;
  CHECK(a.id == "assessment/1");
  CHECK(a.year == 2024);
  CHECK(a.community == "community/1");
  CHECK(a.unit == "unit/1");
  CHECK(a.scores == std::map<std::string, int>{{"funds", 70}, {"participation", 90}});
  CHECK(a.note == "积极参加联席会议");
  CHECK(a.rev == 1);
  CHECK(a.created == "2025-01-10T10:00:00+08:00");
  REQUIRE(a.history.size() == 1);
  CHECK(a.history[0].by == "王芳");
  CHECK(a.history[0].field == "*");
  CHECK(validate(a).empty());
  CHECK(ds.assessments().empty());  // nothing stored by the workflow itself
}

TEST_CASE("assessment workflow: scoring again updates the same record with a history entry") {
  Dataset ds = assessedStreet();
  store(ds, scoreUnit(ds, entry({{"participation", "90"}, {"funds", "70"}}), edit("2025-01-10T10:00:00+08:00")));
  ScoreEntry again = entry({{"participation", "80"}, {"funds", "70"}, {"response_time", "66"}});
  again.newId = "assessment/2";  // ignored: the record exists
  const ScoreChange c = scoreUnit(ds, again, edit("2025-01-12T16:00:00+08:00", "李华"));
  REQUIRE(c);
  CHECK_FALSE(c.created);
  REQUIRE(c.record);
  CHECK(c.record->id == "assessment/1");
  CHECK(c.record->rev == 2);
  CHECK(c.record->updated == "2025-01-12T16:00:00+08:00");
  CHECK(c.record->scores == std::map<std::string, int>{{"funds", 70}, {"participation", 80}, {"response_time", 66}});
  REQUIRE(c.record->history.size() == 2);
  const Change& h = c.record->history[1];
  CHECK(h.by == "李华");
  CHECK(h.field == "scores");
  CHECK(h.before == Json{{"funds", 70}, {"participation", 90}});
  CHECK(h.after == Json{{"funds", 70}, {"participation", 80}, {"response_time", 66}});
  ds.put(*c.record);

  // The same scores once more: applied, nothing to store.
  const ScoreChange same = scoreUnit(ds, again, edit("2025-01-13T09:00:00+08:00"));
  CHECK(same);
  CHECK_FALSE(same.record);
  // Clearing a cell gives that aspect back to the records.
  const ScoreChange cleared =
      scoreUnit(ds, entry({{"participation", "80"}, {"funds", ""}, {"response_time", "66"}}), edit("2025-01-14T09:00:00+08:00"));
  REQUIRE(cleared.record);
  CHECK(cleared.record->scores == std::map<std::string, int>{{"participation", 80}, {"response_time", 66}});
  CHECK(cleared.record->rev == 3);
}

TEST_CASE("assessment workflow: every bad score refused with a message naming its aspect; nothing built") {
  Dataset ds = assessedStreet();
  const Edit e = edit("2025-01-10T10:00:00+08:00");
  ScoreChange c = scoreUnit(ds, entry({{"projects_completed", "150"}}), e);
  CHECK_FALSE(c);
  CHECK_FALSE(c.record);
  CHECK(c.outcome.reason.key == "report.assessment.score.range");
  CHECK(c.outcome.reason.en == "the score for \"Projects completed\" must be 0 to 100, not 150");
  CHECK(c.outcome.reason.zh == "“项目完成”的评分须在 0 到 100 之间，当前为 150");
  CHECK(c.fieldErrors.size() == 1);
  CHECK(c.fieldErrors.count("projects_completed") == 1);

  c = scoreUnit(ds, entry({{"funds", "7.5"}, {"participation", "-3"}, {"satisfaction", "90"}}), e);
  CHECK_FALSE(c);
  REQUIRE(c.fieldErrors.size() == 3);
  // The first in the aspects' order is the reason.
  CHECK(c.outcome.reason.key == "report.assessment.score.not_number");
  CHECK(c.outcome.reason.en == "the score for \"Joint meetings attended\" must be a whole number from 0 to 100, not \"-3\"");
  CHECK(c.fieldErrors.at("funds").zh == "“资金投入”的评分须为 0 到 100 的整数，当前为“7.5”");
  CHECK(c.fieldErrors.at("satisfaction").key == "report.assessment.score.satisfaction");
  CHECK(c.fieldErrors.at("satisfaction").zh == "群众满意度只来自群众评价，社区不能评分");

  c = scoreUnit(ds, entry({{"speed", "50"}}), e);
  CHECK(c.outcome.reason.key == "report.assessment.score.unknown");
  c = scoreUnit(ds, entry({{"funds", "50"}}, "community/9"), e);
  CHECK(c.outcome.reason.key == "report.assessment.score.no_community");
  c = scoreUnit(ds, entry({{"funds", "50"}}), Edit{"2025-01-10T10:00:00+08:00", "", ""});
  CHECK_FALSE(c);  // every change is stamped with an operator
  CHECK_FALSE(c.record);
  ScoreEntry taken = entry({{"funds", "50"}});
  taken.newId = "community/1";
  CHECK(scoreUnit(ds, taken, e).outcome.reason.key == "report.assessment.score.id_taken");
}

TEST_CASE("assessment workflow: the communities' rounded mean replaces the pre-filled score in the total") {
  Dataset ds = assessedStreet();
  store(ds, scoreUnit(ds, entry({{"participation", "90"}}, "community/1"), edit("2025-01-10T10:00:00+08:00")));
  ScoreEntry second = entry({{"participation", "75"}, {"response_time", "41"}}, "community/2");
  second.newId = "assessment/2";
  store(ds, scoreUnit(ds, second, edit("2025-01-10T11:00:00+08:00")));

  const AssessmentResult r = computeAssessment(ds, 2024);
  REQUIRE(r.ranked.empty());  // no unit has 5 ratings
  REQUIRE(r.insufficient.size() == 2);
  const AssessedUnit& u = r.insufficient[0];
  REQUIRE(u.unit == "unit/1");
  CHECK(u.aspects[0].communities == 2);
  CHECK(u.aspects[0].community_mean == 83);  // (90 + 75) / 2 = 82.5, half up
  CHECK(u.aspects[0].score == 83);
  CHECK(u.aspects[6].score == 41);
  CHECK(u.aspects[6].source == ScoreSource::communities);
  // Nothing else in the records: 10 * 83 + 10 * 41.
  CHECK(u.total_x100 == 1240);
  CHECK(r.insufficient[1].total_x100 == 0);

  // The latest record of a (community, unit, year) counts: later `updated`, then greater id.
  const Assessment* latest = latestAssessment(ds, 2024, "community/2", "unit/1");
  REQUIRE(latest);
  CHECK(latest->id == "assessment/2");
  CHECK(latestAssessment(ds, 2023, "community/2", "unit/1") == nullptr);
}

TEST_CASE("assessment workflow: the weights settings document") {
  CHECK(assessmentWeightsKey(2024) == "settings/assessment/2024");
  CHECK(assessmentWeightsJson(defaultWeights()) ==
        "{\"weights\":{\"funds\":10,\"participation\":10,\"problems_solved\":10,\"projects_claimed\":10,"
        "\"projects_completed\":15,\"response_time\":10,\"satisfaction\":20,\"volunteer_hours\":15}}");
  AssessmentWeights w;
  std::string error;
  CHECK(parseAssessmentWeights("", &w, &error));
  CHECK(w == defaultWeights());

  AssessmentWeights changed = defaultWeights();
  changed.by_aspect["satisfaction"] = 30;
  changed.by_aspect["funds"] = 0;
  CHECK(parseAssessmentWeights(assessmentWeightsJson(changed), &w, &error));
  CHECK(w == changed);

  CHECK_FALSE(parseAssessmentWeights(
      "{\"weights\":{\"funds\":10,\"participation\":10,\"problems_solved\":10,\"projects_claimed\":10,"
      "\"projects_completed\":15,\"response_time\":10,\"satisfaction\":19,\"volunteer_hours\":15}}",
      &w, &error));
  CHECK(error == "the weights must add up to 100, they add up to 99");
  CHECK(w == defaultWeights());  // an unusable document gives the defaults
  CHECK_FALSE(parseAssessmentWeights("{\"weights\":{\"funds\":10.5}}", &w, &error));
  CHECK(error == "weights.funds: expected a whole number, got 10.5");
  CHECK_FALSE(parseAssessmentWeights("[1]", &w, &error));
  CHECK(error == "expected {\"weights\": {\"participation\": 10, ...}}");
}

TEST_CASE("assessment workflow: the years with records, newest first") {
  Dataset ds = assessedStreet();
  CHECK(assessmentYears(ds).empty());
  addMeeting(ds, "meeting/1", "2022-04-08", {"unit/1"});
  addActivity(ds, "activity/1", "2024-03-15", {"unit/1"}, {}, 10);
  rate(ds, "feedback/1", FeedbackTarget::activity, "activity/1", Rating::satisfied, "2024-03-20");
  store(ds, scoreUnit(ds, ScoreEntry{.year = 2023, .community = "community/1", .unit = "unit/1",
                                     .scores = {{"funds", "60"}}, .newId = "assessment/1"},
                      edit("2024-01-10T10:00:00+08:00")));
  CHECK(assessmentYears(ds) == std::vector<int>{2024, 2023, 2022});
}
