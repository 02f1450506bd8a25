// Volunteers (party members of partner units) and the activities they serve at, with attendance minutes
// (volunteer hours come from attendance) and people served (服务人次).
#pragma once
#include <string>
#include <vector>

#include "domain/record.h"

namespace gj {

// Hours a volunteer is free on one weekday, local clock, minutes after midnight [from, to).
struct HourRange {
  int weekday = 1;    // ISO: 1 = Monday .. 7 = Sunday
  int from = 0;       // 0..1439
  int to = 24 * 60;   // from+1..1440
  bool operator==(const HourRange&) const = default;
};

struct Volunteer : Record {
  static constexpr std::string_view kType = "volunteer";
  std::string name;
  std::string unit;  // unit id
  bool party_member = true;
  std::vector<std::string> skills;  // category ids, e.g. "health", "legal"
  std::vector<int> weekdays;        // available days, ISO: 1 = Monday .. 7 = Sunday, ascending
  std::string phone;                // personal information
  // Optional, JSON "availability":[{"weekday":2,"from":"08:30","to":"12:00"},...]: the hours of some of the
  // listed weekdays, sorted, not overlapping. A listed weekday without a range is free all day (so records
  // written before this field keep their meaning).
  std::vector<HourRange> availability;
  bool operator==(const Volunteer&) const = default;

  // Free for all of [from, to) (minutes after midnight) on that weekday.
  bool availableAt(int weekday, int from, int to) const;
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
