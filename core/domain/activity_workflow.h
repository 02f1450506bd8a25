// Volunteer activities (志愿服务活动) as pure steps over a dataset, like project_workflow.h: create one, accept
// volunteers proposed by the staffing plan, record attendance after it. Each step returns the changed Activity or
// refuses with a message that names the field (the form shows it under that field). The dataset is never
// changed: the caller stores the activity as one action.
//
// Staffing is stored in the activity's attendance: an accepted volunteer gets an entry with 0 minutes (signed
// up; the staffing plan counts it as a filled slot), and recordAttendance sets the minutes actually served.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/dataset.h"
#include "domain/history.h"

namespace gj {

struct ActivityChange {
  Outcome outcome;
  std::string field;  // the field a refusal is about ("title", "end", "minutes", ...); "" when none
  std::optional<Activity> activity;
  explicit operator bool() const { return outcome.applied; }
};

// What the create form holds. Times are China Standard Time, the street office's clock.
struct ActivityDraft {
  std::string title;
  ActivityType type = ActivityType::other;
  std::string community;  // community id
  std::string date;       // "YYYY-MM-DD"
  std::string from;       // "HH:MM"
  std::string to;         // "HH:MM", after from, same day
  std::string place;
  int headcount = 0;      // volunteers wanted, 1..kMaxHeadcount
  std::vector<std::string> organisers;  // unit ids, at least one
  bool recurring_weekly = false;
};
inline constexpr int kMaxHeadcount = 200;

// "2024-09-06" + "09:30" -> "2024-09-06T09:30:00+08:00"; "" when either part is not valid.
std::string chinaTime(const std::string& date, const std::string& clock);
// How long an activity lasts in minutes (end - start); 0 when the times are missing or end is not after start.
int activityMinutes(const Activity& a);

// A new activity with id `id` (allocated by the caller, not yet used).
ActivityChange createActivity(const Dataset& ds, const ActivityDraft& draft, const std::string& id, const Edit& e);

// Signs the volunteers up (attendance entries with 0 minutes), in the order given. Refused when a volunteer is
// unknown or listed already, or when they would exceed the headcount.
ActivityChange acceptStaffing(const Dataset& ds, const std::string& activityId, const std::vector<std::string>& volunteers,
                              const Edit& e);

struct AttendanceRecord {
  std::vector<Attendance> attendance;  // minutes per volunteer; a volunteer not yet listed is added
  int people_served = 0;               // 服务人次
  int children_served = 0;             // of them, children
};

// After the activity has started (e.at not before its start): the minutes each volunteer served (0..the
// activity's length), people and children served. Entries of volunteers not in the record keep their minutes.
ActivityChange recordAttendance(const Dataset& ds, const std::string& activityId, const AttendanceRecord& record,
                                const Edit& e);

}  // namespace gj
