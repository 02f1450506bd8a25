// Dashboard figures; the definitions are in dashboard.h.
#include "report/dashboard.h"

#include <algorithm>
#include <cstdlib>

namespace gj::report {
namespace {

bool inQuarter(const std::optional<Quarter>& q, std::string_view dateOrTime) {
  return !q || q->contains(datePart(dateOrTime));
}

// Adds what each record contributes to `add(communityId, quarter, figures)`; the caller sums it where needed.
template <class F> void eachContribution(const Dataset& ds, const std::optional<Quarter>& only, F add) {
  for (const auto& [id, p] : ds.projects()) {
    if (!isCoBuildingProject(ds, p)) continue;
    if (p.quarter && (!only || *p.quarter == *only)) add(p.community, *p.quarter, CountedFigures{.projects_claimed = 1});
    for (const auto& e : p.timeline)
      if (inQuarter(only, e.date))
        add(p.community, *Quarter::ofDate(e.date), CountedFigures{.funds_fen = e.funds_spent_fen});
    if (p.status >= ProjectStatus::completed && inQuarter(only, p.completed))
      add(p.community, *Quarter::ofDate(p.completed),
          CountedFigures{.projects_completed = 1, .problems_solved = p.problems_solved});
  }
  for (const auto& [id, a] : ds.activities())
    if (isCoBuildingActivity(ds, a) && inQuarter(only, a.start))
      add(a.community, *Quarter::ofDate(datePart(a.start)),
          CountedFigures{.person_times_served = a.people_served, .activities = 1});
}

void addTo(CountedFigures& to, const CountedFigures& f) {
  to.projects_claimed += f.projects_claimed;
  to.projects_completed += f.projects_completed;
  to.funds_fen += f.funds_fen;
  to.problems_solved += f.problems_solved;
  to.person_times_served += f.person_times_served;
  to.activities += f.activities;
}

FeaturedFigures featuredFigures(const Dataset& ds, const Project& p, const std::optional<Quarter>& only) {
  FeaturedFigures f{.project = p.id, .title = p.title, .community = p.community};
  const std::string start = !p.claimed.empty() ? p.claimed : std::string(datePart(p.created));
  f.since_year = std::atoi(start.substr(0, 4).c_str());
  const std::string since = start.substr(0, 4) + "-01-01";
  auto counts = [&](std::string_view date) { return datePart(date) >= since && inQuarter(only, date); };
  for (const auto& e : p.timeline)
    if (counts(e.date)) f.funds_fen += e.funds_spent_fen;
  for (const auto& [id, a] : ds.activities()) {
    if (a.project != p.id || !counts(a.start)) continue;
    ++f.activities;
    f.people_served += a.people_served;
    if (a.children_served > 0) f.beneficiaries[TargetGroup::children] += a.children_served;
    if (a.people_served > a.children_served) f.beneficiaries[TargetGroup::general] += a.people_served - a.children_served;
  }
  if (p.status >= ProjectStatus::completed && counts(p.completed)) {
    for (const auto& [group, n] : p.beneficiaries) f.beneficiaries[group] += n;
    f.households = p.households;
  }
  return f;
}

Json countedJson(const CountedFigures& c) {
  return Json{{"projects_claimed", c.projects_claimed}, {"projects_completed", c.projects_completed},
              {"funds_fen", c.funds_fen},           {"problems_solved", c.problems_solved},
              {"person_times_served", c.person_times_served}, {"activities", c.activities}};
}

}  // namespace

bool inCoBuilding(const Unit& u) { return !u.communities.empty(); }

bool isCoBuildingProject(const Dataset& ds, const Project& p) {
  if (p.status < ProjectStatus::claimed) return false;
  const Unit* lead = ds.find<Unit>(p.lead_unit);
  return lead && inCoBuilding(*lead);
}

bool isCoBuildingActivity(const Dataset& ds, const Activity& a) {
  return std::any_of(a.organisers.begin(), a.organisers.end(), [&](const std::string& id) {
    const Unit* u = ds.find<Unit>(id);
    return u && inCoBuilding(*u);
  });
}

DashboardFigures computeDashboard(const Dataset& ds, std::optional<Quarter> quarter) {
  DashboardFigures out;
  out.quarter = quarter;
  out.communities = static_cast<int>(ds.communities().size());
  for (const auto& [id, c] : ds.communities()) out.by_community.push_back(CommunityFigures{.community = id, .name = c.name});
  for (const auto& [id, u] : ds.units()) {
    if (inCoBuilding(u)) ++out.units_paired;
    if (u.level == UnitLevel::district) ++out.units_assessable;
    for (auto& row : out.by_community)
      if (std::find(u.communities.begin(), u.communities.end(), row.community) != u.communities.end()) ++row.units_paired;
  }
  std::map<Quarter, CountedFigures> quarters;
  eachContribution(ds, quarter, [&](const std::string& community, Quarter q, const CountedFigures& f) {
    addTo(out.counted, f);
    addTo(quarters[q], f);
    for (auto& row : out.by_community)  // ds.communities() is ordered by id, so the rows are too
      if (row.community == community) addTo(row.counted, f);
  });
  if (quarter) quarters.try_emplace(*quarter);
  if (!quarters.empty())  // every quarter in the span, also the empty ones, so a chart has no gaps
    for (Quarter q = quarters.begin()->first; q <= quarters.rbegin()->first; q = q.next())
      out.by_quarter.push_back(QuarterFigures{q, quarters[q]});
  for (const auto& [id, p] : ds.projects())
    if (p.featured) out.featured.push_back(featuredFigures(ds, p, quarter));
  return out;
}

Json dashboardJson(const DashboardFigures& f) {
  Json j = countedJson(f.counted);
  j["quarter"] = f.quarter ? f.quarter->text() : "";
  j["communities"] = f.communities;
  j["units_paired"] = f.units_paired;
  j["units_assessable"] = f.units_assessable;
  Json communities = Json::array();
  for (const auto& c : f.by_community) {
    Json row = countedJson(c.counted);
    row["community"] = c.community;
    row["name"] = c.name;
    row["units_paired"] = c.units_paired;
    communities.push_back(std::move(row));
  }
  j["by_community"] = std::move(communities);
  Json quarters = Json::array();
  for (const auto& q : f.by_quarter) {
    Json row = countedJson(q.counted);
    row["quarter"] = q.quarter.text();
    quarters.push_back(std::move(row));
  }
  j["by_quarter"] = std::move(quarters);
  Json featured = Json::array();
  for (const auto& p : f.featured) {
    Json groups = Json::object();
    for (const auto& [group, n] : p.beneficiaries) groups[std::string(enumName(group))] = n;
    featured.push_back(Json{{"project", p.project}, {"title", p.title}, {"community", p.community},
                            {"since_year", p.since_year}, {"funds_fen", p.funds_fen}, {"activities", p.activities},
                            {"people_served", p.people_served}, {"beneficiaries", std::move(groups)},
                            {"households", p.households}});
  }
  j["featured"] = std::move(featured);
  return j;
}

}  // namespace gj::report
