// Each record type: serialize, compare the text, parse back, compare equal (nlohmann/json test style).
#include <doctest/doctest.h>

#include "domain/bundle.h"
#include "test_domain_fixture.h"

using namespace gj;

namespace {

// Writes a record, reads the text back and returns the copy (failing the test on any error).
template <class R> R roundTrip(const R& r) {
  const std::string text = jsonText(toJson(r));
  Errors errors;
  R back;
  CHECK_MESSAGE(fromJson(Json::parse(text), back, errors), (errors.empty() ? "" : errors.front()));
  CHECK(jsonText(toJson(back)) == text);  // and the same bytes again
  return back;
}

const char* const kCreated =
    R"("created":"2024-07-05T09:30:00+08:00","history":[{"after":null,"at":"2024-07-05T09:30:00+08:00","before":null,"by":"王芳","field":"*","note":"created"}])";

}  // namespace

TEST_CASE("json: a community, exact text and back") {
  const Dataset ds = test::smallStreet();
  const Community& c = *ds.find<Community>("community/2");
  CHECK(jsonText(toJson(c)) == std::string(R"({"_id":"community/2",)") + kCreated +
                                   R"(,"households":34,"name":"茶都景苑","rev":1,"street":"street/1",)"
                                   R"("updated":"2024-07-05T09:30:00+08:00"})");
  CHECK(roundTrip(c) == c);
}

TEST_CASE("json: a need, exact text (reporter nested, unset references as empty text)") {
  const Dataset ds = test::smallStreet();
  const Need& n = *ds.find<Need>("need/1");
  CHECK(jsonText(toJson(n)) ==
        std::string(R"({"_id":"need/1","category":"","community":"community/1",)") +
            R"("created":"2024-07-05T09:30:00+08:00","decided_by":"","duplicate_of":"",)"
            R"("history":[{"after":null,"at":"2024-07-05T09:30:00+08:00","before":null,"by":"王芳","field":"*","note":"created"}],)"
            R"("matched_unit":"","people_affected":12,"project":"","reason":"","refer_to":"","reported":"2024-07-01",)"
            R"("reporter":{"address":"茶都景苑2栋","name":"梁琼","phone":"13800001234"},"rev":1,"status":"reported",)"
            R"("target_group":"elderly","text":"楼道灯坏了，老人晚上出门不方便","updated":"2024-07-05T09:30:00+08:00","urgency":4})");
  CHECK(roundTrip(n) == n);
}

TEST_CASE("json: every record type of the sample street round-trips") {
  const Dataset ds = test::smallStreet();
  std::size_t types = 0;
  ds.forEachTable([&](const auto& table) {
    REQUIRE_FALSE(table.empty());
    ++types;
    for (const auto& entry : table) {  // not a structured binding: clang 14 cannot capture those
      CAPTURE(entry.first);
      CHECK(roundTrip(entry.second) == entry.second);
    }
  });
  CHECK(types == 12);
}

TEST_CASE("json: a completed project with timeline, beneficiaries and quarter") {
  Project p = test::smallStreet().projects().at("project/1");
  p.status = ProjectStatus::completed;
  p.lead_unit = "unit/1";
  p.partner_units = {"unit/2"};
  p.quarter = Quarter{2024, 3};
  p.claimed = "2024-07-06";
  p.timeline = {{.date = "2024-07-20", .percent = 40, .note = "采购灯具", .funds_spent_fen = 350'000},
                {.date = "2024-08-15", .percent = 100, .note = "安装完成", .funds_spent_fen = 650'050}};
  p.completed = "2024-08-16";
  p.problems_solved = 3;
  p.beneficiaries = {{TargetGroup::elderly, 21}, {TargetGroup::general, 60}};
  p.households = 34;
  p.featured = true;
  const Json j = toJson(p);
  CHECK(jsonText(j["timeline"][1]) == R"({"date":"2024-08-15","funds_spent_fen":650050,"note":"安装完成","percent":100})");
  CHECK(jsonText(j["beneficiaries"]) == R"({"elderly":21,"general":60})");
  CHECK(j["quarter"] == "2024Q3");
  CHECK(p.fundsSpentFen() == 1'000'050);
  CHECK(p.progressPercent() == 100);
  CHECK(p.beneficiaryTotal() == 81);
  CHECK(roundTrip(p) == p);
}

TEST_CASE("json: needs on side exits round-trip with their reasons") {
  Need n = test::smallStreet().needs().at("need/2");
  n.status = NeedStatus::rejected;
  n.decided_by = "社区党组织";
  n.refer_to = "区住建局";
  n.reason = "属于物业维修范围";
  CHECK(roundTrip(n) == n);
  n.status = NeedStatus::duplicate;
  n.duplicate_of = "need/1";
  CHECK(roundTrip(n) == n);
  n.status = NeedStatus::closed_not_fixed;
  CHECK(roundTrip(n) == n);
}

TEST_CASE("json: a street-wide meeting and a weekly activity with several volunteers") {
  Meeting m = test::smallStreet().meetings().at("meeting/1");
  CHECK(m.community.empty());
  CHECK(toJson(m)["community"] == "");
  CHECK(roundTrip(m) == m);
  Activity a = test::smallStreet().activities().at("activity/1");
  a.recurring_weekly = true;
  a.project = "project/1";
  a.attendance.push_back({.volunteer = "volunteer/2", .minutes = 90});
  CHECK(a.volunteerMinutes() == 240);
  CHECK(roundTrip(a) == a);
}

TEST_CASE("json: unknown fields survive, also inside nested objects") {
  Json j = toJson(test::smallStreet().needs().at("need/1"));
  j["wechat_group"] = "茶都景苑业主群";
  j["priority_score"] = {{"v", 2}, {"by", "model"}};
  j["reporter"]["wechat"] = "lq_2024";
  j["history"][0]["device"] = "kiosk-3";
  Errors errors;
  Need n;
  REQUIRE(fromJson(j, n, errors));
  CHECK(n.extra == Json{{"wechat_group", "茶都景苑业主群"}, {"priority_score", {{"v", 2}, {"by", "model"}}}});
  CHECK(n.reporter.extra == Json{{"wechat", "lq_2024"}});
  CHECK(n.history[0].extra == Json{{"device", "kiosk-3"}});
  CHECK(toJson(n) == j);  // written back unchanged

  Json p = toJson(test::smallStreet().projects().at("project/1"));
  p["timeline"] = Json::array({{{"date", "2024-07-20"}, {"percent", 10}, {"photo", "img/1.jpg"}}});
  p["status"] = "in_progress";
  p["lead_unit"] = "unit/1";
  p["quarter"] = "2024Q3";
  p["claimed"] = "2024-07-06";
  Project back;
  REQUIRE(fromJson(p, back, errors));
  CHECK(back.timeline[0].extra == Json{{"photo", "img/1.jpg"}});
  CHECK(toJson(back)["timeline"][0]["photo"] == "img/1.jpg");
}

TEST_CASE("json: optional fields may be missing and read as their defaults") {
  const Json j = Json::parse(R"({"_id":"unit/7","rev":1,"created":"2024-07-05T09:30:00+08:00",
    "updated":"2024-07-05T09:30:00+08:00","name":"名山区民政局","level":"district"})");
  Errors errors;
  Unit u;
  REQUIRE(fromJson(j, u, errors));
  CHECK(u.communities.empty());
  CHECK(u.liaison.empty());
  CHECK(u.history.empty());
  CHECK(u.extra == Json::object());
}
