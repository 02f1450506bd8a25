// The quarterly joint-meeting pack (联席会议): for the quarter under review, one row per partner unit and one per
// community — projects claimed, how far each got, money spent, activities held, volunteer hours, people served
// (人次), problems solved — and the claims that have gone quiet for more than 30 days.
//
// What counts in quarter Q (the days Q.firstDay()..Q.lastDay(); a timestamp counts on its local date):
//   projects_claimed    claimed (status >= claimed) for quarter Q (its `quarter`, the quarter it is carried out
//                       in, as on the dashboard; a project claimed on 2024-06-25 for 2024Q3 counts in 2024Q3)
//   projects_completed  its `completed` date in Q
//   funds_spent_fen     timeline entries dated in Q
//   activities          activities whose `start` is in Q; volunteer_minutes and people_served come from them
//   problems_solved     problems_solved of the projects completed in Q
//   meetings            Meeting records whose `quarter` is Q
// "cumulative" counts the same way from the first record up to Q's last day (projects: for Q or an earlier
// quarter), so a past quarter's pack stays the same when later records arrive.
//
// Who is credited:
//   the street and community rows count co-building records only (report/dashboard.h: a project led by a unit in
//     co-building relations, an activity with such an organiser), so for any quarter they give the dashboard's
//     figures; a unit's own row counts all of that unit's records;
//   a project -> its lead unit and its community (partner units are not credited, so no money counts twice);
//   an activity and its people served -> every organising unit and its community (unit rows may add up to more
//     than the street row, which counts each activity once);
//   volunteer minutes -> the volunteer's own unit, and the community the activity was held in;
//   a meeting -> every attending unit; the community it was held for, or every community for a street-wide one.
//
// Progress: a row lists its projects open during Q (claimed for Q or earlier, not completed before Q's first day),
// each with its percent at Q's end (the last timeline entry dated by then; 100 once completed by then), and the
// rounded mean of those percents.
//
// Stale claims are judged on `today`, not on Q: a project still claimed or in progress whose last sign of life
// (the claim date or the latest timeline entry) is more than 30 days before today (31 days: stale; 30: not yet).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "domain/dataset.h"
#include "domain/message.h"

namespace gj::report {

constexpr int kStaleAfterDays = 30;  // more than this many days without progress: a stale claim

struct PackFigures {
  int projects_claimed = 0;
  int projects_completed = 0;
  std::int64_t funds_spent_fen = 0;
  int activities = 0;
  std::int64_t volunteer_minutes = 0;
  std::int64_t people_served = 0;  // 服务人次
  int problems_solved = 0;
  int meetings = 0;
  bool operator==(const PackFigures&) const = default;
};

struct PackProject {
  std::string project;  // project id
  std::string title;
  std::string lead_unit;
  std::string community;
  ProjectStatus status = ProjectStatus::claimed;  // as the record is now
  int percent = 0;                                // at the quarter's end
  std::string last_progress;                      // date of the last timeline entry by the quarter's end, or ""
  std::int64_t funds_quarter_fen = 0;
  std::int64_t funds_cumulative_fen = 0;
  bool operator==(const PackProject&) const = default;
};

struct StaleClaim {
  std::string project;
  std::string title;
  std::string lead_unit;
  std::string community;
  ProjectStatus status = ProjectStatus::claimed;
  std::string last_progress;  // the claim date or the latest timeline entry's date
  int days_since = 0;         // today - last_progress, > kStaleAfterDays
  bool operator==(const StaleClaim&) const = default;
};

struct PackRow {
  std::string id;  // unit or community id; "" for the street row
  std::string name;
  PackFigures quarter;
  PackFigures cumulative;
  std::vector<PackProject> projects;  // open during the quarter, by project id
  int progress_average = 0;           // rounded mean percent of `projects`; 0 without projects
  int stale_claims = 0;               // how many of the pack's stale claims are this row's
  bool operator==(const PackRow&) const = default;
};

struct MeetingPack {
  Quarter quarter;
  std::string today;
  std::vector<PackRow> units;        // every unit, by unit id
  std::vector<PackRow> communities;  // every community, by community id
  PackRow street;                    // the whole street, each record counted once
  std::vector<StaleClaim> stale;     // longest silence first, then by project id
  Message error;                     // set (and nothing else filled) for an invalid quarter or date
  bool operator==(const MeetingPack&) const = default;
};

MeetingPack computeMeetingPack(const Dataset& ds, Quarter quarter, const std::string& today);

// The stale claims of `ds` on `today` (as in the pack); empty for an invalid date.
std::vector<StaleClaim> findStaleClaims(const Dataset& ds, const std::string& today);

}  // namespace gj::report
