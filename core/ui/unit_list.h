// The unit list behind the Units screen: every unit with its resources, its slots in the shown quarter and
// its results, in a total order. Kept apart from drawing so it can be tested.
#pragma once
#include <string>
#include <vector>

#include "domain/dataset.h"
#include "report/unit_performance.h"
#include "ui/resource_list.h"

namespace gj::ui {

enum class UnitColumn {
  name, level, communities, liaison, resources, slots, used, left,                    // the list
  projects, claimed, in_progress, completed, evaluated, problems, funds, satisfaction  // the results
};

struct UnitSort {
  UnitColumn column = UnitColumn::name;
  bool descending = false;
  bool operator==(const UnitSort&) const = default;
};

struct UnitRow {
  std::string unit;  // id
  int resources = 0;
  match::UnitSlots slots;
  report::UnitPerformance performance;
  bool operator==(const UnitRow&) const = default;
};

// One row per unit of `ds`, ordered by `sort`, ties by unit id (IdLess). `performance` is
// report::unitPerformance() of the same dataset. Names and liaisons sort as text, levels city first,
// communities by how many are paired, satisfaction by the share satisfied with too small samples lowest.
std::vector<UnitRow> listUnits(const Dataset& ds, const UnitLoads& loads,
                               const std::vector<report::UnitPerformance>& performance, const UnitSort& sort);

}  // namespace gj::ui
