// The reverse assessment (反向考核): communities score partner units on 8 aspects; residents' satisfaction is the
// yardstick. A unit's scores come from three sources:
//   records      objective aspects pre-filled from the year's records, normalised 0..100 against the district units
//   communities  scores in the year's Assessment records; when any community scored an aspect of a unit, the
//                rounded mean of the communities' scores replaces the pre-filled one (a community's latest record
//                counts: greatest `updated`, then greatest id)
//   feedback     satisfaction: residents' Feedback only (a community's "satisfaction" score is not used); it counts
//                with at least 5 ratings — with fewer the unit is "insufficient sample", gets no rank and is listed
//                apart
//
// Year Y means the days Y-01-01..Y-12-31 (timestamps on their local date). Raw values per unit:
//   participation       joint meetings dated in Y that the unit attended
//   projects_claimed    projects it leads claimed for a quarter of Y (their `quarter`, as on the dashboard)
//   projects_completed  projects it leads completed in Y
//   funds               fen of the timeline entries dated in Y of projects it leads
//   volunteer_hours     attendance minutes of its volunteers at activities starting in Y
//   problems_solved     problems solved by projects it leads completed in Y
//   response_time       days from a need being matched to the unit (the last status change to "matched" in the
//                       need's history, in Y) to its response: the earliest of the need's status change to claimed
//                       or later, and the claim date and first progress entry of a project answering it (its own
//                       `project`, or any claimed project listing it), not before the match. Unanswered: days
//                       to Dec 31 of Y (the assessment is made after the year ends). Needs that left by a side
//                       exit unanswered, or with no match in their history, are not counted.
//   satisfaction        ratings dated in Y of projects the unit leads and activities it organised:
//                       satisfied 100, basic 50, unsatisfied 0 points
//
// Normalisation (integers, half-up rounding, identical on every platform), against the district units only:
//   higher is better  score = round(100 * value / best), best = the greatest value among district units; 0 when
//                     best is 0
//   response_time     score = round(100 * (best + 1) / (average + 1)) with average = total days / needs, best = the
//                     smallest average; 0 for a unit with no needs counted (nothing answered earns nothing)
//   satisfaction      score = round(points / ratings): absolute, not relative to other units
//   A score above 100 (a city unit beyond the district best) is capped at 100.
// Total = sum(weight * score), 0..10000 (weights add up to 100): total_x100 / 100 is the score out of 100, exact.
// Ranking: by total, highest first; equal totals share a rank ("1, 2, 2, 4"), listed by unit id within a tie.
//
// Units: the ranking is of the district-level units — the article's 49 district departments in the district's
// target assessment (the dashboard's units_assessable). City-level units paired with a community co-build there
// too, so they are scored the same way for reference (city_units), but never ranked: the district's assessment
// does not bind city departments, and they do not move the district units' best values. Unpaired city units are
// left out.
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/dataset.h"
#include "domain/message.h"

namespace gj::report {

constexpr int kMinSatisfactionRatings = 5;

struct AssessmentAspect {
  const char* id;  // stable: used in Assessment.scores and in weights
  const char* zh;
  const char* en;
  bool lower_is_better;
  int default_weight;
};

// The 8 aspects in their fixed order (the order of AssessedUnit::aspects).
const std::array<AssessmentAspect, 8>& assessmentAspects();
// Index of an aspect id in assessmentAspects(), or -1.
int aspectIndex(const std::string& id);

struct AssessmentWeights {
  std::map<std::string, int> by_aspect;  // aspect id -> weight, 0..100; the 8 weights add up to 100
  bool operator==(const AssessmentWeights&) const = default;
};
AssessmentWeights defaultWeights();
// Why these weights cannot be used (an aspect missing or unknown, a weight out of 0..100, a sum other than 100).
std::optional<Message> checkWeights(const AssessmentWeights& w);

enum class ScoreSource { records, communities, feedback, insufficient_sample };

struct AspectScore {
  std::string aspect;          // aspect id
  std::int64_t value = 0;      // raw, in the aspect's unit (count, fen, minutes, total days, rating points)
  int samples = 0;             // response_time: needs counted; satisfaction: ratings
  int prefilled = 0;           // 0..100 from records (satisfaction: from feedback)
  int communities = 0;         // how many communities scored this aspect
  int community_mean = 0;      // their rounded mean, when communities > 0
  int score = 0;               // 0..100, the one that counts
  ScoreSource source = ScoreSource::records;
  bool operator==(const AspectScore&) const = default;
};

struct AssessedUnit {
  std::string unit;  // unit id
  std::string name;
  UnitLevel level = UnitLevel::district;
  std::vector<AspectScore> aspects;  // in the order of assessmentAspects()
  std::int64_t total_x100 = 0;       // sum(weight * score); the total out of 100 is total_x100 / 100
  int rank = 0;                      // 1-based; 0 when not ranked
  bool insufficient_sample = false;  // fewer than kMinSatisfactionRatings ratings: not ranked
  bool operator==(const AssessedUnit&) const = default;
};

struct AssessmentResult {
  int year = 0;
  AssessmentWeights weights;
  std::vector<AssessedUnit> ranked;        // by rank, then unit id
  std::vector<AssessedUnit> insufficient;  // district units with too few ratings, by unit id; their totals
                                           // count satisfaction as 0 and are for reference only
  std::vector<AssessedUnit> city_units;    // paired city units, scored for reference, never ranked, by unit id
  Message error;                           // set for unusable weights (then no unit is listed)
  bool operator==(const AssessmentResult&) const = default;
};

bool isRankedUnit(const Unit& u);     // district level
bool isReferenceUnit(const Unit& u);  // city level, paired with at least one community
// "from records" / "记录预填" ..., for the UI's legend of where a score comes from.
Message scoreSourceName(ScoreSource s);
// total_x100 9305 -> "93.05", the total out of 100, exact.
std::string totalText(std::int64_t total_x100);
AssessmentResult computeAssessment(const Dataset& ds, int year, const AssessmentWeights& weights = defaultWeights());

// Competition ranks for totals already sorted highest first: {90, 80, 80, 70} -> {1, 2, 2, 4}.
std::vector<int> competitionRanks(const std::vector<std::int64_t>& sortedTotals);

}  // namespace gj::report
