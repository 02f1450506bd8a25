// The Units screen 共建单位 is two files: the unit list and the results table (screen_units.cpp), and the
// selected unit's detail with its pairings, resources and projects, where pairings and liaison are edited
// (unit_detail.cpp). This is what they share.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ui/screens.h"
#include "ui/unit_list.h"

namespace gj::ui {

struct UnitsState {
  bool resultsAllQuarters = true;  // results of every quarter, or only of the shown one
  UnitSort listSort;
  UnitSort resultsSort{UnitColumn::projects, true};
  // Rows as last computed and what from.
  std::vector<UnitRow> rows;
  const io::Workspace* rowsWorkspace = nullptr;
  std::uint64_t rowsVersion = 0;
  Quarter rowsQuarter;
  bool rowsAllQuarters = true;
  UnitSort rowsSort;
  std::string selected;  // unit in the detail panel
};

UnitsState& unitsState();

// The quarter the results count: none for all quarters.
std::optional<Quarter> resultsQuarter(const UnitsState& st);

void drawUnitDetail(ScreenContext& ctx, const std::string& unitId);

}  // namespace gj::ui
