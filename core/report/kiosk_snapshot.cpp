// The kiosk's public snapshot from the existing reports; see kiosk_snapshot.h for what is in it and why.
#include "report/kiosk_snapshot.h"

#include <algorithm>
#include <vector>

#include "report/dashboard.h"
#include "report/meeting_pack.h"
#include "report/volunteer_honours.h"
#include "report/week_activities.h"

namespace gj::report {
namespace {

template <class R> std::string nameOf(const Dataset& ds, const std::string& id) {
  const R* r = ds.find<R>(id);
  return r ? r->name : std::string();
}

Json weekJson(const Dataset& ds, const std::vector<WeekActivity>& list) {
  Json out = Json::array();
  for (const WeekActivity& a : list)
    out.push_back(Json{{"activity", a.activity}, {"title", a.title}, {"community", nameOf<Community>(ds, a.community)},
                       {"place", a.place}, {"start", a.start}, {"end", a.end}, {"weekly", a.weekly}});
  return out;
}

bool servesOldOrYoung(const Project& p, const FeaturedFigures& f) {
  auto has = [](const std::map<TargetGroup, int>& m, TargetGroup g) {
    auto it = m.find(g);
    return it != m.end() && it->second > 0;
  };
  return has(f.beneficiaries, TargetGroup::children) || has(f.beneficiaries, TargetGroup::elderly) ||
         has(p.beneficiaries, TargetGroup::children) || has(p.beneficiaries, TargetGroup::elderly) ||
         p.category == "elderly" || p.category == "children";
}

}  // namespace

Json kioskSnapshot(const Dataset& ds, std::string_view asOf) {
  const DashboardFigures dash = computeDashboard(ds);
  Json j = Json::object();
  j["kind"] = "gongjian-kiosk-snapshot";
  j["schema"] = kKioskSnapshotSchema;
  const Street* street = ds.find<Street>(ds.street);
  j["street"] = street ? street->name : "";
  j["as_of"] = std::string(asOf);
  const std::optional<Quarter> quarter = Quarter::ofDate(asOf);
  j["quarter"] = quarter ? quarter->text() : "";

  const CountedFigures& c = dash.counted;
  j["figures"] = Json{{"communities", dash.communities}, {"units_paired", dash.units_paired},
                      {"units_assessable", dash.units_assessable}, {"projects_claimed", c.projects_claimed},
                      {"projects_completed", c.projects_completed}, {"funds_fen", c.funds_fen},
                      {"problems_solved", c.problems_solved}, {"person_times_served", c.person_times_served},
                      {"activities", c.activities}};

  // Projects under way: furthest along first, so the screen's first rows show what is nearly done.
  std::vector<const Project*> open;
  for (const auto& [id, p] : ds.projects())
    if (p.status == ProjectStatus::claimed || p.status == ProjectStatus::in_progress) open.push_back(&p);
  std::stable_sort(open.begin(), open.end(), [](const Project* a, const Project* b) {
    if (a->progressPercent() != b->progressPercent()) return a->progressPercent() > b->progressPercent();
    return IdLess{}(a->id, b->id);
  });
  Json inProgress = Json::array();
  for (const Project* p : open) {
    if (static_cast<int>(inProgress.size()) == kKioskInProgress) break;
    inProgress.push_back(Json{{"project", p->id}, {"title", p->title}, {"community", nameOf<Community>(ds, p->community)},
                              {"lead_unit", nameOf<Unit>(ds, p->lead_unit)}, {"percent", p->progressPercent()}});
  }
  j["in_progress"] = std::move(inProgress);

  const WeekActivities week = weekActivities(ds, asOf);
  j["week"] = Json{{"monday", week.monday}, {"sunday", week.sunday}, {"this_week", weekJson(ds, week.this_week)},
                   {"upcoming", weekJson(ds, week.upcoming)}};

  // Honour roll: names of serving party-member volunteers with their unit and hours; no phone, no skills.
  const VolunteerReport volunteers = computeVolunteerReport(ds);
  Json honours = Json::array();
  for (const VolunteerHours& v : volunteers.honour_roll) {
    if (static_cast<int>(honours.size()) == kKioskHonours) break;
    honours.push_back(Json{{"rank", v.rank}, {"name", v.name}, {"unit", nameOf<Unit>(ds, v.unit)},
                           {"minutes", v.minutes}, {"stars", v.stars}});
  }
  j["honours"] = std::move(honours);

  Json featured = Json::array();
  for (const FeaturedFigures& f : dash.featured) {  // by project id (dashboard.h)
    const Project* p = ds.find<Project>(f.project);
    if (!p || !servesOldOrYoung(*p, f)) continue;
    auto group = [&](TargetGroup g) {
      auto it = f.beneficiaries.find(g);
      return it == f.beneficiaries.end() ? 0 : it->second;
    };
    featured.push_back(Json{{"project", f.project}, {"title", f.title}, {"community", nameOf<Community>(ds, f.community)},
                            {"since_year", f.since_year}, {"funds_fen", f.funds_fen}, {"activities", f.activities},
                            {"people_served", f.people_served}, {"children", group(TargetGroup::children)},
                            {"elderly", group(TargetGroup::elderly)}, {"households", f.households}});
  }
  j["featured"] = std::move(featured);

  Json solved = Json::array();
  if (quarter) {
    const MeetingPack pack = computeMeetingPack(ds, *quarter, std::string(asOf));
    for (const PackRow& row : pack.communities)  // by community id
      solved.push_back(Json{{"community", row.name}, {"quarter", row.quarter.problems_solved},
                            {"cumulative", row.cumulative.problems_solved}});
  }
  j["solved"] = std::move(solved);

  // What a resident may rate: this week's activities (as listed above), then the projects completed most
  // recently up to as_of (latest first, then by id).
  Json rate = Json::array();
  for (const WeekActivity& a : week.this_week)
    rate.push_back(Json{{"kind", "activity"}, {"target", a.activity}, {"title", a.title}});
  std::vector<const Project*> done;
  for (const auto& [id, p] : ds.projects())
    if (p.status >= ProjectStatus::completed && !p.completed.empty() && p.completed <= asOf) done.push_back(&p);
  std::stable_sort(done.begin(), done.end(), [](const Project* a, const Project* b) {
    if (a->completed != b->completed) return a->completed > b->completed;
    return IdLess{}(a->id, b->id);
  });
  for (std::size_t i = 0; i < done.size() && static_cast<int>(i) < kKioskRateProjects; ++i)
    rate.push_back(Json{{"kind", "project"}, {"target", done[i]->id}, {"title", done[i]->title}});
  j["rate"] = std::move(rate);
  return j;
}

std::string kioskSnapshotText(const Dataset& ds, std::string_view asOf) {
  return kioskSnapshot(ds, asOf).dump(2) + "\n";
}

}  // namespace gj::report
