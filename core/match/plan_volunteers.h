// Volunteer -> activity plan: which volunteers to ask for which activities of a quarter, with the same
// machinery as the need -> unit plan (min-cost flow, LEMON NetworkSimplex, integer scores, ties by id).
//
// Definitions:
// - Activities planned: start in the quarter and fewer volunteers attending than their headcount; open
//   slots = headcount - attendance.
// - Candidate (volunteer, activity): available on the activity's weekday, not attending it already, from a
//   unit organising the activity or paired with its community, with the skill the activity type asks for
//   when VolunteerWeights::skill_required lists the type, and below the weekly cap in that week.
// - Weekly cap: at most VolunteerWeights::weekly_cap activities per volunteer per week (Monday..Sunday),
//   attendance included — counted in activities, so the cap is a flow capacity and the plan stays exact.
// - Fairness: the j-th planned assignment of a volunteer (j = 0, 1, ...) costs
//   fairness_per_hour * (hours served this quarter + j * hours_per_assignment): convex, so parallel arcs
//   source -> volunteer with these costs are used cheapest first and the flow spreads the work.
// Network: source =(fairness arcs)=> volunteer -> (volunteer, week) [cap left] -> activity [score] -> sink
// [open slots]. Maximises the sum of scores minus fairness costs.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "domain/dataset.h"
#include "domain/json_fields.h"
#include "match/plan_weights.h"

namespace gj::match {

struct ServicePair {
  std::string volunteer;
  std::string activity;
};

struct VolunteerPlanOptions {
  Quarter quarter;
  std::vector<ServicePair> locked;     // kept (they take a slot, a weekly cap and fairness)
  std::vector<ServicePair> forbidden;  // never proposed
  VolunteerWeights weights;
};

struct ServiceScoreParts {
  int base = 0;
  int skill = 0;
  int organiser = 0;
  int paired = 0;
  int total() const { return base + skill + organiser + paired; }
};

struct ServiceAssignment {
  std::string volunteer;
  std::string activity;
  ServiceScoreParts parts;
  int score = 0;
  int fairness_cost = 0;  // the cost of this volunteer's next hour-step when it was taken
  bool locked = false;
};

enum class ShortReason {
  no_volunteer_available,  // nobody from the organising or paired units is free that weekday
  no_skill,                // available volunteers lack the skill the activity type needs
  weekly_caps_reached,     // the skilled, available ones are at their weekly cap
  all_forbidden,           // the remaining ones are forbidden
  candidates_busy          // candidates were used elsewhere or their fairness cost exceeds the score
};
std::string_view shortReasonName(ShortReason r);

struct ActivityShortfall {
  std::string activity;
  int open = 0;      // slots to fill before the plan
  int planned = 0;   // filled by the plan (locks included)
  ShortReason reason = ShortReason::no_volunteer_available;
  int candidates = 0;  // candidate volunteers it had
};

struct VolunteerPlan {
  std::string quarter;
  std::vector<ServiceAssignment> assignments;  // activity id, then volunteer id order
  std::vector<ActivityShortfall> short_of;     // activities left below headcount, id order
  std::vector<std::string> notes;
  std::int64_t total_score = 0;     // sum of scores
  std::int64_t fairness_cost = 0;   // sum of fairness costs
  std::int64_t arcs = 0;            // candidate arcs (for the benchmark)
  bool solved = true;
};

VolunteerPlan planVolunteers(const Dataset& ds, const VolunteerPlanOptions& options);
Json volunteerPlanToJson(const VolunteerPlan& plan);
std::string volunteerPlanJson(const VolunteerPlan& plan);

// ISO weekday (1 = Monday .. 7 = Sunday) and a week number (Monday-based) of a date or timestamp; 0/-1
// when it is not one.
int isoWeekday(std::string_view dateOrTimestamp);
int weekNumber(std::string_view dateOrTimestamp);

}  // namespace gj::match
