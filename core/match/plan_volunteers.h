// Volunteer -> activity plan: which volunteers to ask for which activities of a quarter, with the same
// machinery as the need -> unit plan (min-cost flow, LEMON NetworkSimplex, integer scores, ties by id).
//
// Definitions:
// - Activities planned: start in the quarter and fewer volunteers attending than their headcount; open
//   slots = headcount - attendance. An activity lasts end - start (VolunteerWeights::hours_per_assignment
//   when end is not after start) and takes place at its local clock time.
// - Candidate (volunteer, activity): free on the activity's weekday for all of its hours (Volunteer::
//   availableAt), not attending it already, not serving a locked or attended activity at the same time,
//   from a unit organising the activity or paired with its community, with the skill the activity type
//   asks for when VolunteerWeights::skill_required lists the type, and with the activity's hours left under
//   the weekly cap in that week.
// - Weekly cap: at most VolunteerWeights::weekly_cap_hours of service per volunteer per ISO week (Monday..
//   Sunday), attendance and locks included — in hours, so activities of different lengths count differently.
//   Neither the hour cap nor "one activity at a time" is a network-flow constraint: the flow carries the
//   tightest count cap implied by the hours (the most activities of that week that could fit) and a branch
//   and bound re-solves with a violating assignment excluded until the best plan meets both (exact; at most
//   VolunteerPlanOptions::max_solves flows, else the best plan found is kept and `optimal` is false).
// - Fairness: the j-th planned assignment of a volunteer (j = 0, 1, ...) costs
//   fairness_per_hour * (hours served this quarter + j * hours_per_assignment): each hour already served
//   makes the next assignment dearer, and convex steps (parallel arcs source -> volunteer, cheapest used
//   first) spread the work.
// Network: source =(fairness arcs)=> volunteer -> (volunteer, week) [count cap] -> activity [score] -> sink
// [open slots]. Maximises the sum of scores minus fairness costs; ties go to lower activity ids.
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
  int max_solves = 200;   // branch and bound budget (flows solved)
  std::string first_day;  // optional "YYYY-MM-DD" range inside the quarter (e.g. one week): only activities
  std::string last_day;   // starting then are planned; the quarter's service still counts for fairness
  bool ignore_attendance = false;  // plan the activities in range as if nobody had signed up yet (a dry run
                                   // on past data, to compare with who served); others' attendance still counts
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
  int minutes = 0;         // how long the activity lasts
  int served_minutes = 0;  // the volunteer's service this quarter before the plan (attendance)
  int week_minutes = 0;    // the volunteer's service in that week with this plan (attendance, locks, planned)
};

enum class ShortReason {
  no_volunteer_available,  // nobody from the organising or paired units is free that weekday
  not_at_that_time,        // some are free that weekday, none for the activity's hours
  no_skill,                // available volunteers lack the skill the activity type needs
  weekly_caps_reached,     // the skilled, available ones have no hours left under the weekly cap (or serve elsewhere then)
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
  // The funnel behind the reason: volunteers of organising/paired units free that weekday, of those free
  // at those hours, with the skill, over their weekly hours, forbidden.
  int free_that_day = 0, free_at_time = 0, skilled = 0, capped = 0, forbidden = 0;
};

struct VolunteerPlan {
  std::string quarter;
  std::vector<ServiceAssignment> assignments;  // activity id, then volunteer id order
  std::vector<ActivityShortfall> short_of;     // activities left below headcount, id order
  std::vector<std::string> notes;
  std::int64_t total_score = 0;     // sum of scores
  std::int64_t fairness_cost = 0;   // sum of fairness costs
  std::int64_t arcs = 0;            // candidate arcs (for the benchmark)
  int solves = 0;                   // flows solved by the branch and bound
  bool solved = true;               // false only if the solver failed (a bug)
  bool optimal = true;              // false when max_solves stopped the search (the plan is still feasible)
};

VolunteerPlan planVolunteers(const Dataset& ds, const VolunteerPlanOptions& options);
Json volunteerPlanToJson(const VolunteerPlan& plan);
std::string volunteerPlanJson(const VolunteerPlan& plan);

// ISO weekday (1 = Monday .. 7 = Sunday) and a week number (Monday-based) of a date or timestamp; 0/-1
// when it is not one.
int isoWeekday(std::string_view dateOrTimestamp);
int weekNumber(std::string_view dateOrTimestamp);
// Minutes after local midnight of a timestamp's clock ("…T09:30:00+08:00" -> 570); -1 when not one.
int minuteOfDay(std::string_view timestamp);

}  // namespace gj::match
