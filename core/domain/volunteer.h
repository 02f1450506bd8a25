// Volunteers (party members of partner units) and the activities they serve at, with attendance minutes
// (volunteer hours come from attendance) and people served (服务人次).
#pragma once
#include <string>
#include <vector>

#include "domain/record.h"

namespace gj {

struct Volunteer : Record {
  static constexpr std::string_view kType = "volunteer";
  std::string name;
  std::string unit;  // unit id
  bool party_member = true;
  std::vector<std::string> skills;  // category ids, e.g. "health", "legal"
  std::vector<int> weekdays;        // available days, ISO: 1 = Monday .. 7 = Sunday, ascending
  std::string phone;                // personal information
  bool operator==(const Volunteer&) const = default;
};

struct Attendance {
  std::string volunteer;  // volunteer id
  int minutes = 0;
  Json extra = Json::object();
  bool operator==(const Attendance&) const = default;
};

struct Activity : Record {
  static constexpr std::string_view kType = "activity";
  std::string title;
  ActivityType type = ActivityType::other;
  std::string community;               // community id
  std::string start;                   // timestamps
  std::string end;
  std::string place;
  int headcount = 0;                   // volunteers wanted
  std::vector<std::string> organisers; // unit ids
  std::string project;                 // project id or ""
  std::vector<Attendance> attendance;  // each volunteer at most once
  int people_served = 0;               // 服务人次
  int children_served = 0;             // of people_served, children (儿童人次)
  bool recurring_weekly = false;
  bool operator==(const Activity&) const = default;

  int volunteerMinutes() const;
};

void writeFields(Json& j, const Volunteer& r);
void readFields(Fields& f, Volunteer& r);
void writeFields(Json& j, const Activity& r);
void readFields(Fields& f, Activity& r);

}  // namespace gj
