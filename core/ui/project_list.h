// The lists behind the Projects screen: which projects a filter keeps and in what order, and the matched needs
// waiting to be claimed. Kept apart from drawing so they can be tested; the screen caches them per version.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/dataset.h"

namespace gj::ui {

enum class ProjectColumn { title, community, lead, quarter, status, progress, funds, problems };

struct ProjectFilter {
  std::string community;                // community id; "" for all
  std::optional<ProjectStatus> status;  // nullopt for all
  std::string lead;                     // lead unit id; "" for all
  bool featuredOnly = false;
  bool operator==(const ProjectFilter&) const = default;
};

struct ProjectSort {
  ProjectColumn column = ProjectColumn::quarter;
  bool descending = true;  // the latest quarter first
  bool operator==(const ProjectSort&) const = default;
};

// The ids of the projects `filter` keeps, ordered by `sort`, ties by id (IdLess) in the same direction, so the
// order is total. Communities and lead units sort by name (a project without a lead unit first), quarters
// chronologically (none first), statuses by their place in the lifecycle.
std::vector<std::string> listProjects(const Dataset& ds, const ProjectFilter& filter, const ProjectSort& sort);

// Needs in status matched (待领办), the most recently changed first (a need matched just now is on top), ties
// by id.
std::vector<std::string> needsToClaim(const Dataset& ds);

}  // namespace gj::ui
