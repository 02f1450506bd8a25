// Slots and slots used per unit (unit_load.h); buildNeedInput (plan_needs.cpp) starts from these.
#include "match/unit_load.h"

#include "match/plan_needs.h"

namespace gj::match {

std::map<std::string, UnitSlots, IdLess> unitSlots(const Dataset& ds, const Quarter& quarter, const NeedWeights& w) {
  std::map<std::string, UnitSlots, IdLess> out;
  for (const auto& [id, r] : ds.resources()) {
    const int s = resourceSlots(r, w);
    if (s <= 0 || !ds.find<Unit>(r.unit)) continue;
    out[r.unit].slots += s;
  }
  for (const auto& [id, p] : ds.projects())
    if (!p.lead_unit.empty() && p.status != ProjectStatus::proposed && p.quarter && *p.quarter == quarter)
      out[p.lead_unit].used++;
  // A match has no quarter: it holds a slot until the need is claimed (then its project counts instead).
  for (const auto& [id, n] : ds.needs())
    if (n.status == NeedStatus::matched && !n.matched_unit.empty()) out[n.matched_unit].used++;
  return out;
}

}  // namespace gj::match
