// The kiosk's public snapshot (社区中心公开展示): everything the display in the community centre shows, computed
// from a Dataset on a given date with the existing reports (dashboard, meeting pack, week activities, volunteer
// honours), and nothing else. It never contains residents' names, phones or addresses — they are not masked
// but absent: no need record and no reporter is read, and volunteers appear only with name, unit and hours
// (public recognition, 选树先进), never their phones. Texts are the records' own (Chinese); the kiosk adds its
// labels in the display language. Every list has a total order with the id as the last tie-break, and keys are
// sorted, so the same records and date give the same bytes on both targets.
//
// JSON (schema 1):
//   kind "gongjian-kiosk-snapshot", schema, street (name), as_of (date), quarter ("2024Q3" of as_of)
//   figures      {communities, units_paired, units_assessable, projects_claimed, projects_completed, funds_fen,
//                 problems_solved, person_times_served, activities}: the dashboard over all records
//   in_progress  [{project, title, community, lead_unit, percent}]: claimed or in progress, by percent
//                descending then id (names, not ids, for community and lead_unit)
//   week         {monday, sunday, this_week: [...], upcoming: [...]} each {activity, title, community, place,
//                 start, end, weekly}: week_activities.h on as_of
//   honours      [{rank, name, unit, minutes, stars}]: the first kKioskHonours of the honour roll
//   featured     [{project, title, community, since_year, funds_fen, activities, people_served, children,
//                 elderly, households}]: featured projects serving the elderly or children (一老一小)
//   solved       [{community, quarter, cumulative}]: problems solved per community in as_of's quarter and so far
//   rate         [{kind, target, title}]: what residents may rate: this week's activities then the most recently
//                completed projects (kKioskRateProjects)
#pragma once
#include <string>
#include <string_view>

#include "domain/dataset.h"

namespace gj::report {

inline constexpr int kKioskSnapshotSchema = 1;
inline constexpr int kKioskHonours = 10;
inline constexpr int kKioskInProgress = 12;
inline constexpr int kKioskRateProjects = 6;

Json kioskSnapshot(const Dataset& ds, std::string_view asOf);
// The snapshot as the text stored for the kiosk and written by `gongjian-cli kiosk-snapshot` (indented, "\n").
std::string kioskSnapshotText(const Dataset& ds, std::string_view asOf);

}  // namespace gj::report
