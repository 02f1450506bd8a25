// The resource list behind the Resources screen: which resources a filter keeps and in what order, with the
// owning unit's slots this quarter. Kept apart from drawing so it can be tested.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/dataset.h"
#include "match/unit_load.h"

namespace gj::ui {

using UnitLoads = std::map<std::string, match::UnitSlots, IdLess>;  // match::unitSlots() of one quarter

enum class ResourceColumn { unit, title, kind, categories, capacity, slots, used, left };

struct ResourceFilter {
  std::string unit;                   // unit id; "" for all
  std::optional<ResourceKind> kind;   // nullopt for all
  std::string category;               // category id the resource offers (any place in its list); "" for all
  bool operator==(const ResourceFilter&) const = default;
};

struct ResourceSort {
  ResourceColumn column = ResourceColumn::unit;
  bool descending = false;
  bool operator==(const ResourceSort&) const = default;
};

// The unit's slots in `loads`; zeros for a unit that has none.
match::UnitSlots slotsOf(const UnitLoads& loads, const std::string& unit);

// The ids of the resources `filter` keeps, ordered by `sort`; ties by resource id (IdLess), so the order is
// total. Units sort by name, categories by their first id, capacity by kind and then amount (fen, minutes
// and counts are not comparable), slots / used / left by the owning unit's figures in `loads`.
std::vector<std::string> listResources(const Dataset& ds, const UnitLoads& loads, const ResourceFilter& filter,
                                       const ResourceSort& sort);

}  // namespace gj::ui
