// Project slots of the partner units in a quarter and how many are taken: the definitions of plan_needs.h
// in one place, so the need plan and the Resources / Units screens can never disagree about capacity.
#pragma once
#include <algorithm>
#include <map>
#include <string>

#include "domain/dataset.h"
#include "match/plan_weights.h"

namespace gj::match {

struct UnitSlots {
  int slots = 0;  // sum of resourceSlots() over the unit's resources
  int used = 0;   // projects it leads in the quarter (claimed or later) + needs matched to it, not yet claimed
  int left() const { return std::max(0, slots - used); }  // capacity left, never below 0
  bool operator==(const UnitSlots&) const = default;
};

// Every unit that has slots or uses any in `quarter`, by unit id. Resources of a unit not in the dataset
// and resources worth no slot are left out, as in the plan.
std::map<std::string, UnitSlots, IdLess> unitSlots(const Dataset& ds, const Quarter& quarter, const NeedWeights& w);

}  // namespace gj::match
