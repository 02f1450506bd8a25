// Plans as deterministic JSON text (keys sorted, ids in id order), their hash, and the exported instance.
//
// Instance format ("gongjian-need-instance", version 1), for checking the optimum with another solver:
//   {"format":"gongjian-need-instance","version":1,"quarter":"2024Q3",
//    "needs":["need/3",...],                      // open needs in the solver, index = position
//    "units":[{"id":"unit/7","capacity":2},...],  // units with capacity left (slots after locks)
//    "arcs":[[need_index,unit_index,score],...],  // candidate pairs, integer score > 0
//    "locked_score":N}                            // score of the locked pairs (outside the instance)
// The optimum: choose arcs maximising the sum of scores, each need at most one arc, each unit at most
// `capacity` arcs. The plan's total_score = optimum + locked_score.
#pragma once
#include <cstdint>
#include <string>

#include "domain/json_fields.h"
#include "match/plan_needs.h"

namespace gj::match {

Json needPlanToJson(const NeedPlan& plan);
std::string planJson(const NeedPlan& plan);  // compact text of needPlanToJson
std::uint64_t fnv1a64(const std::string& text);
std::string planHash(const NeedPlan& plan);  // 16 hex digits of fnv1a64(planJson(plan))

std::string needInstanceJson(const NeedPlanInput& input, const std::string& quarter);

}  // namespace gj::match
