// The weights of the matching scores, as data: defaults here, overridden by assets/matching_weights.json.
// Every score is an integer sum of these, so plans are exact and identical on every target.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace gj::match {

// Need -> unit. A candidate's score is the sum of its ScoreParts (plan_needs.h).
struct NeedWeights {
  int category_primary = 100;      // the unit's resource lists the need's category first
  int category_secondary = 60;     // ... lists it, not first
  int pairing = 150;               // the unit is paired (结对) with the need's community
  int urgency_per_level = 20;      // x urgency 1..5
  int people_per_doubling = 10;    // x bit length of people affected (1 -> 1, 2-3 -> 2, 4-7 -> 3 ...)
  int people_max = 80;
  int elderly = 50;                // 一老一小 first
  int children = 50;
  int disabled = 25;
  int capacity_per_slot_left = 5;  // load balance: units with more free slots score higher
  int capacity_max = 40;
  int per_completed_project = 5;   // past performance: projects the unit led to completion
  int completed_max = 30;
  int satisfaction_max = 50;       // x share of satisfied ratings on its projects (basic counts half)
  // Project slots of a resource per quarter: services, materials, venues count one slot per unit of
  // capacity; funds and volunteer hours one slot per this much.
  std::int64_t funds_fen_per_slot = 1000000;    // 1万 yuan
  std::int64_t volunteer_minutes_per_slot = 600;  // 10 hours
};

// Volunteer -> activity (plan_volunteers.h).
struct VolunteerWeights {
  int base = 100;                // any feasible assignment
  int skill = 60;                // the volunteer has the skill the activity type asks for
  int organiser = 40;            // the volunteer's unit organises the activity
  int paired = 20;               // ... or is paired with the activity's community
  int weekly_cap_hours = 6;      // hours of service per volunteer per ISO week, attendance included
  int fairness_per_hour = 4;     // cost of each hour already served this quarter, per assignment
  int hours_per_assignment = 2;  // hours a planned assignment adds to that count; also the length of an
                                 // activity whose end is not after its start
  std::vector<std::string> skill_required = {"free_clinic", "legal_aid"};  // activity types needing the skill
};

struct MatchingWeights {
  NeedWeights needs;
  VolunteerWeights volunteers;
};

// Reads {"format":"gongjian-matching-weights","needs":{...},"volunteers":{...}}; a missing key keeps its
// default (or its value in `base`). On a problem returns false with *error naming the key, e.g.
// "needs.pairing: expected an integer 0..100000, got \"x\"". Ranges: see weightFields().
bool parseMatchingWeights(const std::string& jsonText, MatchingWeights* out, std::string* error);
bool parseMatchingWeights(const std::string& jsonText, const MatchingWeights& base, MatchingWeights* out,
                          std::string* error);

// One integer weight with its place in the document and its allowed range, for editors (Settings). Score
// weights take 0..100000; the slot sizes and hours of an assignment at least 1 (a slot of 0 fen or an
// assignment of 0 hours means nothing); the weekly cap 0..168 hours.
struct WeightField {
  const char* section;  // "needs" or "volunteers"
  const char* key;      // "pairing"
  std::int64_t value = 0;
  std::int64_t min = 0;
  std::int64_t max = 0;
};
std::vector<WeightField> weightFields(const MatchingWeights& w);  // in the order of the structs above
// Sets one weight. False (nothing changed) for an unknown key or a value out of its range, with *error as
// parseMatchingWeights words it.
bool setWeight(MatchingWeights* w, const std::string& section, const std::string& key, std::int64_t value,
               std::string* error);
std::string matchingWeightsJson(const MatchingWeights& w);  // every key, sorted, indented

// assetDir/matching_weights.json; the defaults when the file does not exist.
bool loadMatchingWeights(const std::string& assetDir, MatchingWeights* out, std::string* error);

}  // namespace gj::match
