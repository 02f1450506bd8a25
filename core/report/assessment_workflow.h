// The communities' side of the reverse assessment (反向考核) and the street office's weights, as pure functions:
//   scoreUnit   a community's scores for one unit and year, as typed -> the one Assessment record of that
//               (community, unit, year) created or updated (history kept), or a refusal naming every bad field
//   weights     the year's aspect weights stored as the settings document "settings/assessment/<year>"
// Nothing here changes a dataset: the caller stores the record (or the document) as one action.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "domain/dataset.h"
#include "domain/history.h"
#include "report/assessment.h"

namespace gj::report {

struct ScoreEntry {
  int year = 0;
  std::string community;  // the assessing community
  std::string unit;       // the assessed unit
  // Aspect id -> the text typed for it: "" (or only spaces) leaves the aspect to the records, otherwise a whole
  // number 0..100. Aspects not named keep no community score. Satisfaction cannot be given: residents' only.
  std::map<std::string, std::string> scores;
  std::string note;
  std::string newId;  // the id a new record gets ("assessment/17", unused); ignored when one is updated
};

struct ScoreChange {
  Outcome outcome;                        // refused: the first reason; fieldErrors then says which cells
  std::map<std::string, Message> fieldErrors;  // aspect id (or "note", "community", "unit", "year") -> why
  std::optional<Assessment> record;       // set when applied and something changed
  bool created = false;                   // record is new
  explicit operator bool() const { return outcome.applied; }
};

// The record of (community, unit, year) that the assessment counts: the greatest `updated`, then the greatest
// id (as in computeAssessment); nullptr when the community has not scored the unit that year.
const Assessment* latestAssessment(const Dataset& ds, int year, const std::string& community, const std::string& unit);

// Validates every typed score (a message naming the aspect for each bad one) and builds the record.
ScoreChange scoreUnit(const Dataset& ds, const ScoreEntry& entry, const Edit& e);

// The settings document of a year's weights: {"weights": {"participation": 10, ...}}.
std::string assessmentWeightsKey(int year);  // "settings/assessment/2024"
std::string assessmentWeightsJson(const AssessmentWeights& w);
// "" (no document) gives the default weights. A document that is not usable gives false and the reason;
// checkWeights is applied too, so a stored document never yields weights the assessment refuses.
bool parseAssessmentWeights(const std::string& jsonText, AssessmentWeights* out, std::string* error);

// The years an assessment can be made for, newest first: every year in which the records show co-building
// work (meetings, activities, project claims and progress, ratings, assessments).
std::vector<int> assessmentYears(const Dataset& ds);

}  // namespace gj::report
