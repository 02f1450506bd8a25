// The order of the assessment's ranking table when the user sorts it by a column: pure, so it can be tested
// without a window. Every order is total: equal values fall back to the rank, then the unit id.
#pragma once
#include <vector>

#include "report/assessment.h"

namespace gj::ui {

// Column 0: rank, 1: unit name, 2: total, 3..10: the aspects in assessmentAspects() order.
struct AssessSort {
  int column = 0;
  bool ascending = true;
  bool operator==(const AssessSort&) const = default;
};
inline constexpr int kAssessSortColumns = 11;

std::vector<const report::AssessedUnit*> sortAssessed(const std::vector<report::AssessedUnit>& units,
                                                      const AssessSort& sort);

}  // namespace gj::ui
