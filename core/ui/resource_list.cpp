// Filtering resources and ordering them with a total order.
#include "ui/resource_list.h"

#include <algorithm>

namespace gj::ui {

match::UnitSlots slotsOf(const UnitLoads& loads, const std::string& unit) {
  auto it = loads.find(unit);
  return it == loads.end() ? match::UnitSlots{} : it->second;
}

namespace {

bool keeps(const Resource& r, const ResourceFilter& f) {
  if (!f.unit.empty() && r.unit != f.unit) return false;
  if (f.kind && r.kind != *f.kind) return false;
  if (!f.category.empty() && std::find(r.categories.begin(), r.categories.end(), f.category) == r.categories.end())
    return false;
  return true;
}

template <class T> int cmp(const T& x, const T& y) { return x < y ? -1 : y < x ? 1 : 0; }

// Negative, zero or positive as a sorts before, with or after b on the column (before the id tie-break).
int compareOn(const Dataset& ds, const UnitLoads& loads, ResourceColumn column, const Resource& a, const Resource& b) {
  switch (column) {
    case ResourceColumn::unit: {
      const Unit* ua = ds.find<Unit>(a.unit);
      const Unit* ub = ds.find<Unit>(b.unit);
      const int byName = cmp(ua ? ua->name : a.unit, ub ? ub->name : b.unit);
      return byName != 0 ? byName : idLess(a.unit, b.unit) ? -1 : idLess(b.unit, a.unit) ? 1 : 0;
    }
    case ResourceColumn::title: return cmp(a.title, b.title);
    case ResourceColumn::kind: return cmp(static_cast<int>(a.kind), static_cast<int>(b.kind));
    case ResourceColumn::categories: return cmp(a.categories, b.categories);
    case ResourceColumn::capacity: {
      const int byKind = cmp(static_cast<int>(a.kind), static_cast<int>(b.kind));
      return byKind != 0 ? byKind : cmp(a.capacity_per_quarter, b.capacity_per_quarter);
    }
    case ResourceColumn::slots: return cmp(slotsOf(loads, a.unit).slots, slotsOf(loads, b.unit).slots);
    case ResourceColumn::used: return cmp(slotsOf(loads, a.unit).used, slotsOf(loads, b.unit).used);
    case ResourceColumn::left: return cmp(slotsOf(loads, a.unit).left(), slotsOf(loads, b.unit).left());
  }
  return 0;
}

}  // namespace

std::vector<std::string> listResources(const Dataset& ds, const UnitLoads& loads, const ResourceFilter& filter,
                                       const ResourceSort& sort) {
  std::vector<const Resource*> kept;
  for (const auto& entry : ds.resources())
    if (keeps(entry.second, filter)) kept.push_back(&entry.second);
  std::stable_sort(kept.begin(), kept.end(), [&](const Resource* a, const Resource* b) {
    int c = compareOn(ds, loads, sort.column, *a, *b);
    if (c == 0) c = idLess(a->id, b->id) ? -1 : idLess(b->id, a->id) ? 1 : 0;
    return sort.descending ? c > 0 : c < 0;
  });
  std::vector<std::string> ids;
  ids.reserve(kept.size());
  for (const Resource* r : kept) ids.push_back(r->id);
  return ids;
}

}  // namespace gj::ui
