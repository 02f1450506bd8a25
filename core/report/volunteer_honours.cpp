// Volunteer hours from attendance, star levels, the honour roll and hours per unit.
#include "report/volunteer_honours.h"

#include <algorithm>
#include <map>
#include <set>

namespace gj::report {

int starLevel(std::int64_t minutes) {
  int stars = 0;
  for (int hours : kStarHours)
    if (minutes >= static_cast<std::int64_t>(hours) * 60) ++stars;
  return stars;
}

std::int64_t minutesToNextStar(std::int64_t minutes) {
  for (int hours : kStarHours)
    if (minutes < static_cast<std::int64_t>(hours) * 60) return static_cast<std::int64_t>(hours) * 60 - minutes;
  return 0;
}

std::string hoursText(std::int64_t minutes, Language lang) {
  const bool zh = lang == Language::zh;
  const std::int64_t h = minutes / 60, m = minutes % 60;
  std::string text = std::to_string(h) + (zh ? "小时" : " h");
  if (m != 0) text += zh ? std::to_string(m) + "分" : " " + std::to_string(m) + " min";
  return text;
}

VolunteerReport computeVolunteerReport(const Dataset& ds, const DateSpan& span) {
  std::map<std::string, VolunteerHours, IdLess> byVolunteer;
  std::map<std::string, std::set<std::string>, IdLess> unitActivities;
  for (const auto& [id, a] : ds.activities()) {
    if (!span.contains(a.start)) continue;
    for (const Attendance& at : a.attendance) {
      const Volunteer* v = ds.find<Volunteer>(at.volunteer);
      if (!v || at.minutes <= 0) continue;  // signed up, not (yet) served: no activity, no hours
      VolunteerHours& h = byVolunteer[v->id];
      h.volunteer = v->id;
      h.name = v->name;
      h.unit = v->unit;
      h.minutes += at.minutes;
      h.activities += 1;
      h.people_served += a.people_served;
      unitActivities[v->unit].insert(a.id);
    }
  }
  for (const auto& [id, award] : ds.awards()) {
    if (award.target_kind != AwardTarget::volunteer || !span.contains(award.date)) continue;
    auto it = byVolunteer.find(award.target);
    if (it != byVolunteer.end()) it->second.awards.push_back(id);  // awards come in id order
  }

  VolunteerReport report;
  std::map<std::string, UnitVolunteerHours, IdLess> byUnit;
  for (const auto& [id, u] : ds.units()) byUnit[id] = UnitVolunteerHours{.unit = id, .name = u.name};
  for (auto& [id, h] : byVolunteer) {
    if (h.minutes <= 0) continue;
    h.stars = starLevel(h.minutes);
    h.minutes_to_next_star = minutesToNextStar(h.minutes);
    report.total_minutes += h.minutes;
    report.stars_count[h.stars] += 1;
    auto u = byUnit.find(h.unit);
    if (u != byUnit.end()) {
      u->second.minutes += h.minutes;
      u->second.volunteers += 1;
      u->second.activities = static_cast<int>(unitActivities[h.unit].size());
    }
    report.honour_roll.push_back(std::move(h));
  }
  std::sort(report.honour_roll.begin(), report.honour_roll.end(),
            [](const VolunteerHours& a, const VolunteerHours& b) {
              if (a.minutes != b.minutes) return a.minutes > b.minutes;
              return idLess(a.volunteer, b.volunteer);
            });
  for (std::size_t i = 0; i < report.honour_roll.size(); ++i) {
    const bool tied = i > 0 && report.honour_roll[i].minutes == report.honour_roll[i - 1].minutes;
    report.honour_roll[i].rank = tied ? report.honour_roll[i - 1].rank : static_cast<int>(i) + 1;
  }
  for (auto& [id, u] : byUnit) report.units.push_back(std::move(u));
  return report;
}

}  // namespace gj::report
