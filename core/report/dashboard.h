// The dashboard figures in the article's words, all computed from records (never typed in as totals).
//
// Definitions (co-building = 共建):
//   communities          Community records.
//   units_paired         units in co-building relations: paired (结对) with at least one community.
//   units_assessable     district-level units (the district departments the communities assess on 8 aspects).
//   projects_claimed     co-building projects: status claimed or later, led by a unit in co-building relations.
//                        A project led by another unit (新城社区's 壹基金 children's station, run with 区妇联) is
//                        not one of them; it shows among the featured projects.
//   funds_fen            funds brought down (下沉资金): the funds_spent_fen of every timeline entry of the
//                        co-building projects. Awards (以奖代补) and resources' capacities are not spending.
//   problems_solved      the problems_solved of co-building projects that are completed or evaluated.
//   person_times_served  people_served (服务人次) of co-building volunteer activities: activities with at least
//                        one organiser in co-building relations (the children's station's are not).
// With a quarter, only what happened in it counts: projects whose `quarter` is it, timeline entries dated in
// it, projects completed in it, activities starting in it. communities, units_paired and units_assessable
// describe the structure (pairings carry no date) and stay the same for every quarter.
// Breakdowns: one row per community (by id; the counts add up to the totals, except units_paired: a unit may
// pair with several communities), one row per quarter from the first to the last with any co-building record
// (chronological; they add up to the totals).
// Featured projects (特色): by id; counted since January 1 of the year the project was claimed, or within the
// quarter when one is given.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/dataset.h"

namespace gj::report {

struct CountedFigures {  // what the breakdowns add up
  int projects_claimed = 0;
  int projects_completed = 0;  // completed or evaluated (in the quarter: completed in it)
  std::int64_t funds_fen = 0;
  int problems_solved = 0;
  int person_times_served = 0;
  int activities = 0;  // co-building volunteer activities
  bool operator==(const CountedFigures&) const = default;
};

struct CommunityFigures {
  std::string community;  // id
  std::string name;
  int units_paired = 0;
  CountedFigures counted;
  bool operator==(const CommunityFigures&) const = default;
};

struct QuarterFigures {
  Quarter quarter;
  CountedFigures counted;
  bool operator==(const QuarterFigures&) const = default;
};

struct FeaturedFigures {
  std::string project;  // id
  std::string title;
  std::string community;          // id
  int since_year = 0;             // figures count from January 1 of this year
  std::int64_t funds_fen = 0;     // timeline entries since then
  int activities = 0;             // activities of the project since then
  int people_served = 0;          // their 服务人次
  std::map<TargetGroup, int> beneficiaries;  // person-times of those activities by group (children / general)
                                             // plus the people recorded at completion
  int households = 0;
  bool operator==(const FeaturedFigures&) const = default;
};

struct DashboardFigures {
  std::optional<Quarter> quarter;  // none: everything so far
  int communities = 0;
  int units_paired = 0;
  int units_assessable = 0;
  CountedFigures counted;
  std::vector<CommunityFigures> by_community;
  std::vector<QuarterFigures> by_quarter;
  std::vector<FeaturedFigures> featured;
  bool operator==(const DashboardFigures&) const = default;
};

bool inCoBuilding(const Unit& u);  // paired with at least one community
bool isCoBuildingProject(const Dataset& ds, const Project& p);
bool isCoBuildingActivity(const Dataset& ds, const Activity& a);

DashboardFigures computeDashboard(const Dataset& ds, std::optional<Quarter> quarter = {});

// The figures as one JSON object: communities, units_paired, units_assessable, person_times_served,
// projects_claimed, projects_completed, funds_fen, problems_solved, activities, quarter ("" for all), and
// by_community / by_quarter / featured lists. Keys sorted, so the text is deterministic.
Json dashboardJson(const DashboardFigures& f);

}  // namespace gj::report
