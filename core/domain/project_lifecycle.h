// The project lifecycle as an explicit state machine:
//   proposed -> claimed (lead unit, quarter, date) -> in_progress (timeline entries: percent never goes
//   backwards, funds spent not negative) -> completed (problems solved, beneficiaries) -> evaluated (residents'
//   satisfaction recorded as Feedback).
// Each step applies to the project (history, rev, updated) or refuses with a reason and leaves it unchanged.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "domain/dataset.h"
#include "domain/history.h"

namespace gj {

enum class ProjectStep { claim, progress, complete, evaluate };

bool projectStepAllowed(ProjectStatus from, ProjectStep step);
ProjectStatus projectStepTarget(ProjectStep step);  // progress: in_progress
std::vector<ProjectStep> projectStepsFrom(ProjectStatus from);
Message projectStatusName(ProjectStatus s);

// The lead unit must exist; partners (may be empty) too; the date must be a date.
Outcome claimProject(Project& p, const Dataset& ds, const Edit& e, const std::string& leadUnit, Quarter quarter,
                     const std::string& claimedDate, const std::vector<std::string>& partnerUnits = {});
// Appends a timeline entry; the first one moves a claimed project to in_progress.
Outcome addProgress(Project& p, const Edit& e, const TimelineEntry& entry);
// At least one problem solved and one beneficiary; not dated before the last progress entry.
Outcome completeProject(Project& p, const Edit& e, const std::string& completedDate, int problemsSolved,
                        const std::map<TargetGroup, int>& beneficiaries, int households = 0);
// Needs at least one Feedback on the project in `ds`.
Outcome evaluateProject(Project& p, const Dataset& ds, const Edit& e);

}  // namespace gj
