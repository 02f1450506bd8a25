// Small hand-built streets for the report tests: records made through the domain types and moved to their
// states by the lifecycle steps (so history and dates are what the app would store). Every helper throws when
// the domain refuses a step, which fails the test with the domain's reason.
#pragma once
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "domain/need_lifecycle.h"
#include "domain/project_lifecycle.h"
#include "test_domain_fixture.h"

namespace gj::test {

inline std::string at(const std::string& date, const std::string& time = "09:00:00") {
  return date + "T" + time + "+08:00";
}

inline void must(const Outcome& o, const std::string& what) {
  if (!o) throw std::runtime_error(what + ": " + o.reason.en);
}

// Records the lifecycle steps will change are created before any date the tests use (a step may not be
// stamped before the record's creation).
template <class R> R madeEarly(R r, std::string id) {
  r.id = std::move(id);
  must(createRecord(r, edit("2019-12-31T08:00:00+08:00")), r.id);
  return r;
}

// Street 1 with communities 1 (新城社区) and 2 (茶都景苑) and no units.
inline Dataset emptyStreet() {
  Dataset ds;
  ds.street = "street/1";
  ds.put(made(Street{.name = "蒙阳街道", .district = "名山区", .city = "雅安市"}, "street/1"));
  ds.put(made(Community{.street = "street/1", .name = "新城社区", .households = 3200}, "community/1"));
  ds.put(made(Community{.street = "street/1", .name = "茶都景苑", .households = 34}, "community/2"));
  return ds;
}

inline void addUnit(Dataset& ds, const std::string& id, const std::string& name, UnitLevel level,
                    std::vector<std::string> communities = {"community/1"}) {
  ds.put(made(Unit{.name = name, .level = level, .communities = std::move(communities)}, id));
}

inline void addVolunteer(Dataset& ds, const std::string& id, const std::string& unit,
                         const std::string& name = "志愿者") {
  ds.put(made(Volunteer{.name = name, .unit = unit}, id));
}

// A project proposed for `community` and claimed by `unit` on `date`, for `quarter` (default: that date's).
inline void claimedProject(Dataset& ds, const std::string& id, const std::string& unit, const std::string& date,
                           const std::string& community = "community/1", std::vector<std::string> needs = {},
                           std::optional<Quarter> quarter = std::nullopt) {
  Project p = madeEarly(Project{.title = "微项目 " + id, .community = community, .needs = std::move(needs),
                           .category = "housing", .budget_fen = 1'000'000},
                   id);
  must(claimProject(p, ds, edit(at(date)), unit, quarter ? *quarter : *Quarter::ofDate(date), date), id);
  ds.put(p);
}

inline void progress(Dataset& ds, const std::string& id, const std::string& date, int percent,
                     std::int64_t fundsFen = 0) {
  Project p = *ds.find<Project>(id);
  must(addProgress(p, edit(at(date)), TimelineEntry{.date = date, .percent = percent, .funds_spent_fen = fundsFen}),
       id);
  ds.put(p);
}

inline void complete(Dataset& ds, const std::string& id, const std::string& date, int problemsSolved,
                     int beneficiaries = 10) {
  Project p = *ds.find<Project>(id);
  must(completeProject(p, edit(at(date)), date, problemsSolved, {{TargetGroup::general, beneficiaries}}), id);
  ds.put(p);
}

// An activity in `community` starting on `date`, organised by `organisers`, with volunteer -> minutes.
inline void addActivity(Dataset& ds, const std::string& id, const std::string& date,
                        std::vector<std::string> organisers, const std::map<std::string, int>& minutes,
                        int peopleServed, const std::string& community = "community/1") {
  Activity a{.title = "志愿服务 " + id, .type = ActivityType::free_clinic, .community = community,
             .start = at(date), .end = at(date, "11:00:00"), .place = "党群服务中心",
             .organisers = std::move(organisers), .people_served = peopleServed};
  for (const auto& [volunteer, m] : minutes) a.attendance.push_back({.volunteer = volunteer, .minutes = m});
  ds.put(made(a, id));
}

inline void rate(Dataset& ds, const std::string& id, FeedbackTarget kind, const std::string& target, Rating r,
                 const std::string& date) {
  ds.put(made(Feedback{.target_kind = kind, .target = target, .rating = r, .at = at(date, "15:30:00")}, id));
}

// `n` ratings of `target` numbered from feedback/<first>, all with rating r.
inline void rateMany(Dataset& ds, int first, int n, FeedbackTarget kind, const std::string& target, Rating r,
                     const std::string& date) {
  for (int i = 0; i < n; ++i) rate(ds, makeId("feedback", first + i), kind, target, r, date);
}

inline void addMeeting(Dataset& ds, const std::string& id, const std::string& date,
                       std::vector<std::string> attending, const std::string& community = "") {
  ds.put(made(Meeting{.quarter = *Quarter::ofDate(date), .date = date, .community = community,
                      .attending = std::move(attending), .notes = "联席会议"},
              id));
}

// A need reported on `reported` and walked to matched (to `unit`) on `matchedOn`.
inline void matchedNeed(Dataset& ds, const std::string& id, const std::string& unit, const std::string& reported,
                        const std::string& matchedOn, const std::string& community = "community/1") {
  Need n = madeEarly(reportedNeed(id, community), id);
  n.reported = reported;
  must(classifyNeed(n, edit(at(reported, "10:00:00")), "housing", TargetGroup::elderly), id);
  must(listNeed(n, edit(at(reported, "11:00:00"))), id);
  must(matchNeed(n, ds, edit(at(matchedOn)), unit), id);
  ds.put(n);
}

inline void claimNeedOn(Dataset& ds, const std::string& needId, const std::string& projectId,
                        const std::string& date) {
  Need n = *ds.find<Need>(needId);
  must(claimNeed(n, ds, edit(at(date)), projectId), needId);
  ds.put(n);
}

}  // namespace gj::test
