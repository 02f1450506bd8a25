// JSON of the volunteer -> activity plan: every assignment with its score parts, fairness cost and hours;
// every activity left short with its reason and the funnel behind it. Deterministic text (keys sorted).
#include "match/plan_volunteers.h"

namespace gj::match {

Json volunteerPlanToJson(const VolunteerPlan& plan) {
  Json assignments = Json::array();
  for (const auto& a : plan.assignments)
    assignments.push_back({{"volunteer", a.volunteer}, {"activity", a.activity}, {"score", a.score},
                           {"fairness_cost", a.fairness_cost}, {"locked", a.locked}, {"minutes", a.minutes},
                           {"served_minutes", a.served_minutes}, {"week_minutes", a.week_minutes},
                           {"parts", {{"base", a.parts.base}, {"skill", a.parts.skill}, {"organiser", a.parts.organiser},
                                      {"paired", a.parts.paired}}}});
  Json shortOf = Json::array();
  for (const auto& s : plan.short_of)
    shortOf.push_back({{"activity", s.activity}, {"open", s.open}, {"planned", s.planned},
                       {"reason", std::string(shortReasonName(s.reason))}, {"candidates", s.candidates},
                       {"funnel", {{"free_that_day", s.free_that_day}, {"free_at_time", s.free_at_time},
                                   {"skilled", s.skilled}, {"capped", s.capped}, {"forbidden", s.forbidden}}}});
  return {{"quarter", plan.quarter}, {"assignments", std::move(assignments)}, {"short_of", std::move(shortOf)},
          {"notes", plan.notes}, {"total_score", plan.total_score}, {"fairness_cost", plan.fairness_cost},
          {"solved", plan.solved}, {"optimal", plan.optimal}};
}

std::string volunteerPlanJson(const VolunteerPlan& plan) { return jsonText(volunteerPlanToJson(plan)); }

}  // namespace gj::match
