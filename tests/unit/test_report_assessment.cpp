// The reverse assessment: raw values of the year, normalisation to 0..100 across assessed units, communities'
// scores over the pre-filled ones, the 5-rating rule for satisfaction, weights, and ranks with ties.
#include <doctest/doctest.h>

#include "report/assessment.h"
#include "report_fixture.h"

using namespace gj;
using namespace gj::test;
using namespace gj::report;

namespace {

constexpr auto kProject = FeedbackTarget::project;
constexpr auto kActivity = FeedbackTarget::activity;

// Three district units (unit/1, 2, 5), a paired city unit/3 (scored for reference) and an unpaired city unit/4
// whose big figures must not move anyone's scores.
Dataset yearStreet() {
  Dataset ds = emptyStreet();
  addUnit(ds, "unit/1", "名山区民政局", UnitLevel::district, {"community/1"});
  addUnit(ds, "unit/2", "名山区司法局", UnitLevel::district, {"community/1"});
  addUnit(ds, "unit/3", "雅安市政务服务管理局", UnitLevel::city, {"community/2"});
  addUnit(ds, "unit/4", "雅安市某局", UnitLevel::city, {});
  addUnit(ds, "unit/5", "名山区文旅局", UnitLevel::district, {});

  addMeeting(ds, "meeting/1", "2024-01-08", {"unit/1", "unit/2", "unit/3"});
  addMeeting(ds, "meeting/2", "2024-04-08", {"unit/1", "unit/2"});
  addMeeting(ds, "meeting/3", "2024-07-08", {"unit/1"});
  addMeeting(ds, "meeting/4", "2023-10-09", {"unit/5"});  // the year before
  addMeeting(ds, "meeting/5", "2024-10-09", {"unit/1", "unit/4"});

  matchedNeed(ds, "need/1", "unit/1", "2024-01-10", "2024-01-20");
  matchedNeed(ds, "need/2", "unit/1", "2024-05-10", "2024-05-20");
  matchedNeed(ds, "need/3", "unit/2", "2024-01-25", "2024-02-01");
  matchedNeed(ds, "need/4", "unit/3", "2024-11-20", "2024-12-01");  // never answered
  matchedNeed(ds, "need/5", "unit/5", "2024-10-20", "2024-11-01");  // withdrawn by the resident
  matchedNeed(ds, "need/6", "unit/2", "2023-11-20", "2023-12-01");  // matched the year before
  {
    Need n = *ds.find<Need>("need/5");
    must(withdrawNeed(n, edit(at("2024-11-05")), "问题已自行解决"), "need/5");
    ds.put(n);
  }

  claimedProject(ds, "project/1", "unit/1", "2024-02-01", "community/1", {"need/1"});
  claimNeedOn(ds, "need/1", "project/1", "2024-02-03");  // later than the project's claim: 12 days count
  progress(ds, "project/1", "2024-03-01", 50, 300000);
  complete(ds, "project/1", "2024-05-01", 4);
  claimedProject(ds, "project/2", "unit/2", "2024-03-01", "community/1", {"need/3"});
  claimNeedOn(ds, "need/3", "project/2", "2024-03-01");
  progress(ds, "project/2", "2024-03-10", 30, 100000);
  claimedProject(ds, "project/3", "unit/3", "2023-12-20", "community/2");
  progress(ds, "project/3", "2024-01-05", 100, 200000);
  complete(ds, "project/3", "2024-01-10", 2);
  claimedProject(ds, "project/4", "unit/4", "2024-02-01", "community/2");
  progress(ds, "project/4", "2024-02-10", 100, 900000000);
  claimedProject(ds, "project/5", "unit/1", "2024-06-01", "community/1", {"need/2"});  // need/2 not claimed yet
  progress(ds, "project/5", "2024-06-10", 10, 0);

  addVolunteer(ds, "volunteer/1", "unit/1");
  addVolunteer(ds, "volunteer/2", "unit/2");
  addVolunteer(ds, "volunteer/3", "unit/3");
  addVolunteer(ds, "volunteer/5", "unit/5");
  addActivity(ds, "activity/1", "2024-03-15", {"unit/1"}, {{"volunteer/1", 120}, {"volunteer/2", 60}, {"volunteer/5", 30}},
              50);
  addActivity(ds, "activity/2", "2024-09-01", {"unit/2"}, {{"volunteer/2", 120}}, 20);
  addActivity(ds, "activity/3", "2023-12-30", {"unit/1"}, {{"volunteer/1", 600}}, 20);
  addActivity(ds, "activity/4", "2024-04-01", {"unit/3", "unit/5"}, {}, 30, "community/2");

  rateMany(ds, 1, 4, kProject, "project/1", Rating::satisfied, "2024-05-10");
  rate(ds, "feedback/5", kProject, "project/1", Rating::basic, "2024-05-11");
  rateMany(ds, 6, 4, kProject, "project/2", Rating::satisfied, "2024-04-01");
  rate(ds, "feedback/10", kProject, "project/2", Rating::satisfied, "2023-12-31");  // the year before
  rateMany(ds, 11, 3, kActivity, "activity/4", Rating::satisfied, "2024-04-01");
  rateMany(ds, 14, 2, kActivity, "activity/4", Rating::basic, "2024-04-01");
  rate(ds, "feedback/16", kActivity, "activity/4", Rating::unsatisfied, "2024-04-02");
  return ds;
}

const AspectScore& aspect(const AssessedUnit& u, const std::string& id) {
  return u.aspects.at(static_cast<std::size_t>(aspectIndex(id)));
}

std::vector<int> scores(const AssessedUnit& u) {
  std::vector<int> out;
  for (const AspectScore& s : u.aspects) out.push_back(s.score);
  return out;
}

void addAssessment(Dataset& ds, const std::string& id, const std::string& community, const std::string& unit,
                   std::map<std::string, int> scores, const std::string& on) {
  Assessment a{.year = 2024, .community = community, .unit = unit, .scores = std::move(scores)};
  a.id = id;
  must(createRecord(a, edit(at(on))), id);
  ds.put(a);
}

}  // namespace

TEST_CASE("assessment: the 8 aspects, their ids, labels and default weights") {
  const auto& a = assessmentAspects();
  CHECK(std::string(a[0].id) == "participation");
  CHECK(std::string(a[0].zh) == "组织共建");
  CHECK(std::string(a[6].id) == "response_time");
  CHECK(a[6].lower_is_better);
  CHECK(std::string(a[7].zh) == "群众满意度");
  CHECK(aspectIndex("satisfaction") == 7);
  CHECK(aspectIndex("speed") == -1);
  int sum = 0;
  for (const auto& [id, w] : defaultWeights().by_aspect) sum += w;
  CHECK(sum == 100);
  CHECK(defaultWeights().by_aspect.size() == 8);
  CHECK_FALSE(checkWeights(defaultWeights()));
}

TEST_CASE("assessment: weights must name the 8 aspects, each 0..100, adding up to 100") {
  AssessmentWeights w = defaultWeights();
  w.by_aspect["funds"] = 15;
  CHECK(checkWeights(w)->en == "the weights must add up to 100, they add up to 105");
  w = defaultWeights();
  w.by_aspect.erase("funds");
  CHECK(checkWeights(w)->zh == "缺少“资金投入”的权重");
  w = defaultWeights();
  w.by_aspect["speed"] = 0;
  CHECK(checkWeights(w)->key == "report.assessment.weights.unknown");
  w = defaultWeights();
  w.by_aspect["funds"] = -10;
  w.by_aspect["satisfaction"] = 40;
  CHECK(checkWeights(w)->en == "the weight of \"funds\" must be 0 to 100, not -10");
  const AssessmentResult r = computeAssessment(yearStreet(), 2024, w);
  CHECK(r.error.key == "report.assessment.weights.range");
  CHECK(r.ranked.empty());
  CHECK(r.insufficient.empty());
}

TEST_CASE("assessment: district units are ranked, paired city units scored for reference, unpaired left out") {
  const Dataset ds = yearStreet();
  CHECK(isRankedUnit(*ds.find<Unit>("unit/5")));  // unpaired district unit: still assessed
  CHECK_FALSE(isRankedUnit(*ds.find<Unit>("unit/3")));
  CHECK(isReferenceUnit(*ds.find<Unit>("unit/3")));
  CHECK_FALSE(isReferenceUnit(*ds.find<Unit>("unit/4")));
  const AssessmentResult r = computeAssessment(ds, 2024);
  CHECK(r.ranked.size() + r.insufficient.size() == 3);
  REQUIRE(r.city_units.size() == 1);
  CHECK(r.city_units[0].unit == "unit/3");
  CHECK(r.city_units[0].rank == 0);
  CHECK(r.city_units[0].level == UnitLevel::city);
}

TEST_CASE("assessment: raw values of the year") {
  const AssessmentResult r = computeAssessment(yearStreet(), 2024);
  REQUIRE(r.ranked.size() == 2);
  const AssessedUnit& u1 = r.ranked[0];
  REQUIRE(u1.unit == "unit/1");
  CHECK(aspect(u1, "participation").value == 4);
  CHECK(aspect(u1, "projects_claimed").value == 2);
  CHECK(aspect(u1, "projects_completed").value == 1);
  CHECK(aspect(u1, "funds").value == 300000);
  CHECK(aspect(u1, "volunteer_hours").value == 120);  // the 600 minutes of 2023 do not count
  CHECK(aspect(u1, "problems_solved").value == 4);
  CHECK(aspect(u1, "response_time").value == 24);     // 12 + 12 days
  CHECK(aspect(u1, "response_time").samples == 2);
  CHECK(aspect(u1, "satisfaction").value == 450);     // 4 x 100 + 1 x 50
  CHECK(aspect(u1, "satisfaction").samples == 5);

  const AssessedUnit& u3 = r.city_units.at(0);
  CHECK(aspect(u3, "projects_claimed").value == 0);   // claimed in 2023
  CHECK(aspect(u3, "projects_completed").value == 1);
  CHECK(aspect(u3, "response_time").value == 30);     // unanswered: 2024-12-01 .. 2024-12-31
  CHECK(aspect(u3, "satisfaction").samples == 6);
  const AssessedUnit& u5 = r.ranked[1];
  REQUIRE(u5.unit == "unit/5");
  CHECK(aspect(u5, "participation").value == 0);      // its meeting was in 2023
  CHECK(aspect(u5, "response_time").samples == 0);    // the withdrawn need does not count
  REQUIRE(r.insufficient.size() == 1);
  CHECK(aspect(r.insufficient[0], "response_time").value == 29);  // 2024-02-01 .. 2024-03-01, leap year
  CHECK(aspect(r.insufficient[0], "response_time").samples == 1); // need/6 was matched in 2023
  CHECK(aspect(r.insufficient[0], "satisfaction").samples == 4);  // the 2023 rating does not count
}

TEST_CASE("assessment: scores normalised across assessed units, totals and ranks") {
  const AssessmentResult r = computeAssessment(yearStreet(), 2024);
  REQUIRE(r.error.empty());
  REQUIRE(r.ranked.size() == 2);
  // participation 4/2/1/0 of best 4; funds 300000/100000/200000 (unit/4's 9,000,000 yuan is not assessed);
  // volunteer minutes 120/180/0/30 of best 180; response (best average 12 days): 100 * 13 / (avg + 1).
  CHECK(scores(r.ranked[0]) == std::vector<int>{100, 100, 100, 100, 67, 100, 100, 90});
  CHECK(r.ranked[0].total_x100 == 9305);
  CHECK(r.ranked[0].rank == 1);
  CHECK(totalText(r.ranked[0].total_x100) == "93.05");
  CHECK(r.ranked[1].unit == "unit/5");
  CHECK(scores(r.ranked[1]) == std::vector<int>{0, 0, 0, 0, 17, 0, 0, 67});
  CHECK(r.ranked[1].total_x100 == 1595);
  CHECK(totalText(r.ranked[1].total_x100) == "15.95");
  CHECK(r.ranked[1].rank == 2);
  CHECK(aspect(r.ranked[1], "satisfaction").source == ScoreSource::feedback);
  const AssessedUnit& u3 = r.city_units.at(0);
  CHECK(scores(u3) == std::vector<int>{25, 0, 100, 67, 0, 50, 42, 67});
  CHECK(u3.total_x100 == 4680);

  const AssessedUnit& u2 = r.insufficient[0];
  CHECK(u2.unit == "unit/2");
  CHECK(u2.rank == 0);
  CHECK(u2.insufficient_sample);
  CHECK(scores(u2) == std::vector<int>{50, 50, 0, 33, 100, 0, 43, 0});
  CHECK(aspect(u2, "satisfaction").source == ScoreSource::insufficient_sample);
  CHECK(aspect(u2, "satisfaction").prefilled == 100);  // computed, but 4 ratings are too few to count
  CHECK(u2.total_x100 == 3260);
}

TEST_CASE("assessment: 4 ratings are an insufficient sample, 5 are ranked") {
  Dataset ds = yearStreet();
  rate(ds, "feedback/17", kProject, "project/2", Rating::satisfied, "2024-12-31");
  const AssessmentResult r = computeAssessment(ds, 2024);
  CHECK(r.insufficient.empty());
  REQUIRE(r.ranked.size() == 3);
  CHECK(r.ranked[1].unit == "unit/2");
  CHECK(aspect(r.ranked[1], "satisfaction").score == 100);
  CHECK(aspect(r.ranked[1], "satisfaction").source == ScoreSource::feedback);
  CHECK(r.ranked[1].total_x100 == 5260);
  CHECK(r.ranked[1].rank == 2);
  CHECK(r.ranked[2].unit == "unit/5");
  CHECK(r.ranked[2].rank == 3);
}

TEST_CASE("assessment: communities' latest scores replace the pre-filled ones; satisfaction stays the residents'") {
  Dataset ds = yearStreet();
  addAssessment(ds, "assessment/1", "community/1", "unit/3", {{"participation", 91}}, "2025-01-06");
  addAssessment(ds, "assessment/2", "community/2", "unit/3", {{"participation", 80}, {"satisfaction", 10}},
                "2025-01-10");
  addAssessment(ds, "assessment/3", "community/2", "unit/3", {{"participation", 0}}, "2025-01-03");  // older
  addAssessment(ds, "assessment/4", "community/1", "unit/4", {{"funds", 100}}, "2025-01-06");  // not assessed
  const AssessmentResult r = computeAssessment(ds, 2024);
  const AssessedUnit& u3 = r.city_units.at(0);
  const AspectScore& p = aspect(u3, "participation");
  CHECK(p.prefilled == 25);
  CHECK(p.communities == 2);
  CHECK(p.community_mean == 86);  // (91 + 80) / 2 = 85.5, half up
  CHECK(p.score == 86);
  CHECK(p.source == ScoreSource::communities);
  CHECK(aspect(u3, "satisfaction").score == 67);
  CHECK(aspect(u3, "satisfaction").communities == 0);
  CHECK(aspect(u3, "funds").source == ScoreSource::records);
  CHECK(u3.total_x100 == 4680 + (86 - 25) * 10);
  CHECK(computeAssessment(ds, 2023).ranked.empty());  // the 2024 records are not 2023's
}

TEST_CASE("assessment: equal totals share a rank (1, 2, 2, 4), ordered by unit id within the tie") {
  Dataset ds = emptyStreet();
  const std::vector<std::pair<std::string, std::vector<Rating>>> units = {
      {"unit/1", {Rating::satisfied, Rating::satisfied, Rating::satisfied, Rating::satisfied, Rating::satisfied}},
      {"unit/10", {Rating::satisfied, Rating::satisfied, Rating::satisfied, Rating::satisfied, Rating::basic}},
      {"unit/9", {Rating::basic, Rating::satisfied, Rating::satisfied, Rating::satisfied, Rating::satisfied}},
      {"unit/2", {Rating::satisfied, Rating::satisfied, Rating::satisfied, Rating::basic, Rating::basic}},
  };
  int next = 1;
  for (const auto& [unit, ratings] : units) {
    addUnit(ds, unit, "单位 " + unit, UnitLevel::district);
    const std::string project = "project/" + std::string(idKey(unit));
    claimedProject(ds, project, unit, "2023-06-01");  // claimed the year before: only satisfaction differs
    for (Rating rating : ratings) rate(ds, makeId("feedback", next++), kProject, project, rating, "2024-06-01");
  }
  const AssessmentResult r = computeAssessment(ds, 2024);
  REQUIRE(r.ranked.size() == 4);
  std::vector<std::string> order;
  std::vector<int> ranks;
  for (const AssessedUnit& u : r.ranked) order.push_back(u.unit), ranks.push_back(u.rank);
  CHECK(order == std::vector<std::string>{"unit/1", "unit/9", "unit/10", "unit/2"});
  CHECK(ranks == std::vector<int>{1, 2, 2, 4});
  CHECK(r.ranked[1].total_x100 == 1800);
  CHECK(r.ranked[2].total_x100 == 1800);
  CHECK(computeAssessment(ds, 2024) == r);

  CHECK(competitionRanks({}).empty());
  CHECK(competitionRanks({5, 5, 5}) == std::vector<int>{1, 1, 1});
  CHECK(competitionRanks({9, 8, 8, 8, 7, 7}) == std::vector<int>{1, 2, 2, 2, 5, 5});
}

TEST_CASE("assessment: weights decide between a unit strong on funds and one strong on volunteer hours") {
  Dataset ds = emptyStreet();
  addUnit(ds, "unit/1", "出资单位", UnitLevel::district);
  addUnit(ds, "unit/2", "志愿单位", UnitLevel::district);
  claimedProject(ds, "project/1", "unit/1", "2023-12-01");
  progress(ds, "project/1", "2024-02-01", 50, 5000000);
  claimedProject(ds, "project/2", "unit/2", "2023-12-01");
  addVolunteer(ds, "volunteer/1", "unit/2");
  addActivity(ds, "activity/1", "2024-03-01", {"unit/2"}, {{"volunteer/1", 240}}, 30);
  rateMany(ds, 1, 5, kProject, "project/1", Rating::satisfied, "2024-03-01");
  rateMany(ds, 6, 5, kProject, "project/2", Rating::satisfied, "2024-03-01");

  const AssessmentResult byDefault = computeAssessment(ds, 2024);
  REQUIRE(byDefault.ranked.size() == 2);
  CHECK(byDefault.ranked[0].unit == "unit/2");  // volunteer hours 15 > funds 10
  CHECK(byDefault.ranked[0].total_x100 == 3500);
  CHECK(byDefault.ranked[1].total_x100 == 3000);

  AssessmentWeights moneyFirst = defaultWeights();
  moneyFirst.by_aspect["funds"] = 25;
  moneyFirst.by_aspect["volunteer_hours"] = 0;
  const AssessmentResult r = computeAssessment(ds, 2024, moneyFirst);
  REQUIRE(r.error.empty());
  CHECK(r.weights == moneyFirst);
  CHECK(r.ranked[0].unit == "unit/1");
  CHECK(r.ranked[0].total_x100 == 4500);
  CHECK(r.ranked[1].total_x100 == 2000);
  CHECK(r.ranked[1].rank == 2);
}

TEST_CASE("assessment: a city unit does not move the district best and is capped at 100") {
  Dataset ds = emptyStreet();
  addUnit(ds, "unit/1", "名山区民政局", UnitLevel::district);
  addUnit(ds, "unit/2", "名山区司法局", UnitLevel::district);
  addUnit(ds, "unit/3", "雅安市住房和城乡建设局", UnitLevel::city, {"community/2"});
  for (const auto& [unit, fen] : std::vector<std::pair<std::string, std::int64_t>>{
           {"unit/1", 400000}, {"unit/2", 100000}, {"unit/3", 2000000}}) {
    const std::string project = "project/" + std::string(idKey(unit));
    claimedProject(ds, project, unit, "2024-03-01");
    progress(ds, project, "2024-03-15", 50, fen);
  }
  const AssessmentResult r = computeAssessment(ds, 2024);
  REQUIRE(r.insufficient.size() == 2);  // no ratings at all: nobody is ranked
  CHECK(r.ranked.empty());
  CHECK(aspect(r.insufficient[0], "funds").score == 100);
  CHECK(aspect(r.insufficient[1], "funds").score == 25);
  CHECK(aspect(r.city_units.at(0), "funds").value == 2000000);
  CHECK(aspect(r.city_units.at(0), "funds").score == 100);
  CHECK(scoreSourceName(ScoreSource::insufficient_sample).zh == "样本不足（评价少于 5 条）");
}
