// Internal to the demo dataset: the builder that turns the source tables into records, in a fixed order so
// ids and bytes never change. Records are made the way the app makes them — createRecord and the lifecycle
// steps, stamped with an operator and a time — so their histories read like real use.
// Parts: demo_build_places.cpp (street, communities, units, resources, volunteers), demo_build_projects.cpp
// (needs, projects, ratings, awards), demo_build_activities.cpp (activities, the children's station),
// demo_build_meetings.cpp (joint meetings, assessments, volunteer honours).
#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

#include "domain/dataset.h"
#include "domain/history.h"
#include "io/demo_source.h"

namespace gj::io::demo {

class DemoBuilder {
 public:
  DemoBuilder(const DemoSource& s, Dataset& ds, Errors& errors) : s_(s), ds_(ds), errors_(errors) {}
  void build();

 private:
  void buildPlaces();
  void buildUnits();
  void buildVolunteers();
  void buildProject(const SourceProject& p, std::size_t index);
  std::vector<std::string> buildProjectNeeds(const SourceProject& p, const std::string& claimDate);
  void buildTimeline(const SourceProject& p, const std::string& projectId, const std::string& claimDate);
  void buildRatings(const SourceProject& p, const std::string& projectId);
  void buildExtraNeeds();
  void buildActivityMonths();
  void buildFridays();
  void buildSessions();
  void buildStation();
  void buildActivityRatings();
  void buildMeetings();
  void buildAssessments();
  void buildVolunteerHonours();

  // ---- helpers (demo_build_places.cpp) ----
  static std::string addDays(const std::string& date, int days);
  static std::string stamp(const std::string& date, int minuteOfDay);  // local time, +08:00
  static int minuteOfDay(const std::string& hhmm);                      // "09:30" -> 570
  Edit edit(const std::string& date, int minute, const std::string& by, std::string note = "") const {
    return Edit{stamp(date, minute), by, std::move(note)};
  }
  std::string worker(const std::string& communityKey) const;  // "王芳（新城社区）"
  std::string liaison(const std::string& unitKey) const;      // "李明（雅安市政务服务管理局）"
  std::string meetingDate(const std::string& communityKey, Quarter q) const;
  std::string placeText(const std::string& pattern, const SourceCommunity& c, std::size_t turn) const;
  std::string nextName();               // a fictional person's name not used before
  std::string phone(int n) const;       // fictional "138…" number
  std::string address(const std::string& compound);
  bool applied(const Outcome& o, const std::string& where);  // records a refusal as an error

  template <class R> std::string create(R r, const Edit& e, const std::string& where) {
    r.id = ds_.allocateId<R>();
    Outcome o = createRecord(r, e);
    if (!applied(o, where)) return "";
    std::string id = r.id;
    ds_.put(std::move(r));
    return id;
  }

  const DemoSource& s_;
  Dataset& ds_;
  Errors& errors_;
  std::map<std::string, std::string> community_, unit_, project_, need_;  // source key -> record id
  std::map<std::string, std::vector<std::string>> volunteers_;            // unit key -> volunteer ids
  std::set<std::string> names_used_;
  std::size_t name_turn_ = 0;
  int people_turn_ = 0;  // residents reporting needs, for addresses and phones
  std::map<ActivityType, std::size_t> people_turns_;  // next entry of each activity type's people list
};

}  // namespace gj::io::demo
