// See assess_sort.h.
#include "ui/assess_sort.h"

#include <algorithm>

#include "domain/ids.h"

namespace gj::ui {

std::vector<const report::AssessedUnit*> sortAssessed(const std::vector<report::AssessedUnit>& units,
                                                      const AssessSort& sort) {
  std::vector<const report::AssessedUnit*> out;
  for (const auto& u : units) out.push_back(&u);
  // -1 / 0 / 1 on the chosen column; names compare by their UTF-8 bytes (the same on every platform).
  auto compare = [&](const report::AssessedUnit* a, const report::AssessedUnit* b) -> int {
    const int c = sort.column;
    if (c == 1) return a->name < b->name ? -1 : a->name > b->name ? 1 : 0;
    if (c == 2) return a->total_x100 < b->total_x100 ? -1 : a->total_x100 > b->total_x100 ? 1 : 0;
    if (c >= 3 && c < kAssessSortColumns) {
      const std::size_t i = static_cast<std::size_t>(c - 3);
      const int x = i < a->aspects.size() ? a->aspects[i].score : 0, y = i < b->aspects.size() ? b->aspects[i].score : 0;
      return x < y ? -1 : x > y ? 1 : 0;
    }
    return 0;  // the rank: the tie-break below
  };
  std::stable_sort(out.begin(), out.end(), [&](const report::AssessedUnit* a, const report::AssessedUnit* b) {
    if (const int c = compare(a, b); c != 0) return sort.ascending ? c < 0 : c > 0;
    if (a->rank != b->rank) return sort.column == 0 && !sort.ascending ? a->rank > b->rank : a->rank < b->rank;
    return idLess(a->unit, b->unit);
  });
  return out;
}

}  // namespace gj::ui
