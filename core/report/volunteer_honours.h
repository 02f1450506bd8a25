// Volunteer hours, star levels and the honour roll (选树先进). Hours come only from attendance at activities
// (minutes, kept exact: 99 h 59 min is not 100 h); an activity counts when its `start` falls in the span.
// Stars at 100 / 300 / 600 / 1000 / 1500 hours (0..5). People served by a volunteer: the people_served (人次) of
// every activity they attended (several volunteers at one activity each count it: it is their reach, not a sum).
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "domain/dataset.h"
#include "domain/message.h"
#include "report/date_span.h"

namespace gj::report {

constexpr std::array<int, 5> kStarHours = {100, 300, 600, 1000, 1500};

int starLevel(std::int64_t minutes);                   // 0..5
std::int64_t minutesToNextStar(std::int64_t minutes);  // 0 at five stars
// 5999 -> "99 h 59 min" / "99小时59分"; 6000 -> "100 h" / "100小时".
std::string hoursText(std::int64_t minutes, Language lang);

struct VolunteerHours {
  std::string volunteer;  // volunteer id
  std::string name;
  std::string unit;       // unit id
  std::int64_t minutes = 0;
  int activities = 0;               // activities attended
  std::int64_t people_served = 0;   // 人次 of those activities
  int stars = 0;
  std::int64_t minutes_to_next_star = 0;
  std::vector<std::string> awards;  // ids of the volunteer's awards dated in the span, by id
  int rank = 0;                     // on the honour roll: equal minutes share a rank ("1, 2, 2, 4")
  bool operator==(const VolunteerHours&) const = default;
};

struct UnitVolunteerHours {
  std::string unit;
  std::string name;
  std::int64_t minutes = 0;  // its volunteers' minutes
  int volunteers = 0;        // its volunteers who served at least one minute
  int activities = 0;        // distinct activities its volunteers attended
  bool operator==(const UnitVolunteerHours&) const = default;
};

struct VolunteerReport {
  std::vector<VolunteerHours> honour_roll;  // volunteers with minutes > 0: most minutes first, then by id
  std::vector<UnitVolunteerHours> units;    // every unit, by unit id
  std::int64_t total_minutes = 0;
  std::array<int, 6> stars_count{};         // volunteers on the roll at 0..5 stars
  bool operator==(const VolunteerReport&) const = default;
};

// Over all records by default; DateSpan::ofYear(2024) etc. for a period.
VolunteerReport computeVolunteerReport(const Dataset& ds, const DateSpan& span = {});

}  // namespace gj::report
