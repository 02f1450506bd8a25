// Units with their figures, ordered with a total order (unit_list.h).
#include "ui/unit_list.h"

#include <algorithm>
#include <map>

namespace gj::ui {

namespace {

template <class T> int cmp(const T& x, const T& y) { return x < y ? -1 : y < x ? 1 : 0; }

int satisfactionKey(const report::UnitPerformance& p) { return p.insufficientSample() ? -1 : p.satisfiedPercent(); }

int compareOn(const Dataset& ds, UnitColumn column, const UnitRow& a, const UnitRow& b) {
  const Unit& ua = *ds.find<Unit>(a.unit);
  const Unit& ub = *ds.find<Unit>(b.unit);
  const report::UnitPerformance& pa = a.performance;
  const report::UnitPerformance& pb = b.performance;
  switch (column) {
    case UnitColumn::name: return cmp(ua.name, ub.name);
    case UnitColumn::level: return cmp(static_cast<int>(ua.level), static_cast<int>(ub.level));
    case UnitColumn::communities: return cmp(ua.communities.size(), ub.communities.size());
    case UnitColumn::liaison: return cmp(ua.liaison, ub.liaison);
    case UnitColumn::resources: return cmp(a.resources, b.resources);
    case UnitColumn::slots: return cmp(a.slots.slots, b.slots.slots);
    case UnitColumn::used: return cmp(a.slots.used, b.slots.used);
    case UnitColumn::left: return cmp(a.slots.left(), b.slots.left());
    case UnitColumn::projects: return cmp(pa.projects(), pb.projects());
    case UnitColumn::claimed: return cmp(pa.claimed, pb.claimed);
    case UnitColumn::in_progress: return cmp(pa.in_progress, pb.in_progress);
    case UnitColumn::completed: return cmp(pa.completed, pb.completed);
    case UnitColumn::evaluated: return cmp(pa.evaluated, pb.evaluated);
    case UnitColumn::problems: return cmp(pa.problems_solved, pb.problems_solved);
    case UnitColumn::funds: return cmp(pa.funds_fen, pb.funds_fen);
    case UnitColumn::satisfaction: return cmp(satisfactionKey(pa), satisfactionKey(pb));
  }
  return 0;
}

}  // namespace

std::vector<UnitRow> listUnits(const Dataset& ds, const UnitLoads& loads,
                               const std::vector<report::UnitPerformance>& performance, const UnitSort& sort) {
  std::map<std::string, int, IdLess> resources;
  for (const auto& [id, r] : ds.resources()) resources[r.unit]++;
  std::map<std::string, const report::UnitPerformance*, IdLess> perf;
  for (const auto& p : performance) perf.emplace(p.unit, &p);
  std::vector<UnitRow> rows;
  rows.reserve(ds.units().size());
  for (const auto& [id, u] : ds.units()) {
    UnitRow row{.unit = id, .resources = resources[id], .slots = slotsOf(loads, id)};
    auto p = perf.find(id);
    row.performance = p != perf.end() ? *p->second : report::UnitPerformance{.unit = id};
    rows.push_back(std::move(row));
  }
  std::stable_sort(rows.begin(), rows.end(), [&](const UnitRow& a, const UnitRow& b) {
    int c = compareOn(ds, sort.column, a, b);
    if (c == 0) c = idLess(a.unit, b.unit) ? -1 : idLess(b.unit, a.unit) ? 1 : 0;
    return sort.descending ? c > 0 : c < 0;
  });
  return rows;
}

}  // namespace gj::ui
