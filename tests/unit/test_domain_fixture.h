// Shared data for the domain tests: a fixed edit stamp and a small, consistent street with one record of
// every type (plus a few extra needs), built through createRecord like the app would.
#pragma once
#include <stdexcept>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "domain/dataset.h"
#include "domain/history.h"

// Lists of errors print one per line when a check fails.
template <> struct doctest::StringMaker<std::vector<std::string>> {
  static doctest::String convert(const std::vector<std::string>& list) {
    std::string out = "{";
    for (const auto& s : list) out += "\n  " + s;
    return (out + "\n}").c_str();
  }
};

namespace gj::test {

inline Edit edit(std::string at = "2024-07-05T09:30:00+08:00", std::string by = "王芳", std::string note = "") {
  return Edit{std::move(at), std::move(by), std::move(note)};
}

// The record with id `id`, stamped as created by the fixed edit; fails the test if it does not validate.
template <class R> R made(R r, std::string id) {
  r.id = std::move(id);
  Outcome o = createRecord(r, edit());
  if (!o) throw std::runtime_error(r.id + ": " + o.reason.en);
  return r;
}

inline Need reportedNeed(std::string id, std::string community = "community/1") {
  return made(Need{.community = std::move(community), .text = "楼道灯坏了，老人晚上出门不方便",
                   .target_group = TargetGroup::elderly, .people_affected = 12, .urgency = 4,
                   .reporter = {.name = "梁琼", .phone = "13800001234", .address = "茶都景苑2栋"},
                   .reported = "2024-07-01"},
              std::move(id));
}

inline Dataset smallStreet() {
  Dataset ds;
  ds.street = "street/1";
  ds.put(made(Street{.name = "蒙阳街道", .district = "名山区", .city = "雅安市"}, "street/1"));
  ds.put(made(Community{.street = "street/1", .name = "新城社区", .households = 3200}, "community/1"));
  ds.put(made(Community{.street = "street/1", .name = "茶都景苑", .households = 34}, "community/2"));
  ds.put(made(Unit{.name = "雅安市政务服务管理局", .level = UnitLevel::city, .communities = {"community/2"},
                   .liaison = "李明"},
              "unit/1"));
  ds.put(made(Unit{.name = "名山区司法局", .level = UnitLevel::district, .communities = {"community/1"}}, "unit/2"));
  ds.put(made(Resource{.unit = "unit/2", .kind = ResourceKind::service, .title = "法律援助",
                       .categories = {"legal"}, .capacity_per_quarter = 6},
              "resource/1"));
  ds.put(reportedNeed("need/1"));
  ds.put(reportedNeed("need/2"));
  ds.put(reportedNeed("need/3", "community/2"));
  ds.put(made(Project{.title = "楼道照明改造", .community = "community/1", .needs = {"need/1"},
                      .category = "housing", .budget_fen = 1'000'000},
              "project/1"));
  ds.put(made(Volunteer{.name = "张伟", .unit = "unit/2", .skills = {"legal"}, .weekdays = {5},
                        .phone = "13900005678"},
              "volunteer/1"));
  ds.put(made(Activity{.title = "法律咨询进社区", .type = ActivityType::legal_aid, .community = "community/1",
                       .start = "2024-07-05T09:00:00+08:00", .end = "2024-07-05T11:30:00+08:00",
                       .place = "新城社区党群服务中心", .headcount = 3, .organisers = {"unit/2"},
                       .attendance = {{.volunteer = "volunteer/1", .minutes = 150}}, .people_served = 40,
                       .children_served = 5},
                  "activity/1"));
  ds.put(made(Meeting{.quarter = {2024, 3}, .date = "2024-07-10", .attending = {"unit/1", "unit/2"},
                      .notes = "三季度联席会议", .decisions = {"推进楼道照明改造"}},
              "meeting/1"));
  ds.put(made(Assessment{.year = 2024, .community = "community/1", .unit = "unit/2",
                         .scores = {{"participation", 90}, {"satisfaction", 95}}},
              "assessment/1"));
  ds.put(made(Feedback{.target_kind = FeedbackTarget::activity, .target = "activity/1", .rating = Rating::satisfied,
                       .at = "2024-07-05T11:40:00+08:00"},
              "feedback/1"));
  ds.put(made(Award{.target_kind = AwardTarget::volunteer, .target = "volunteer/1", .title = "优秀志愿者",
                    .amount_fen = 50'000, .date = "2024-12-20"},
              "award/1"));
  return ds;
}

}  // namespace gj::test
