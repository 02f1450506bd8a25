// The assessment ranking table's orders: by rank (default), name, total or any aspect, either way, always
// total (ties fall back to the rank, then the unit id).
#include <doctest/doctest.h>

#include "ui/assess_sort.h"

using namespace gj;
using namespace gj::report;
using gj::ui::AssessSort;
using gj::ui::sortAssessed;

namespace {

AssessedUnit unit(std::string id, std::string name, std::int64_t total, int rank, int funds) {
  AssessedUnit u{.unit = std::move(id), .name = std::move(name), .total_x100 = total, .rank = rank};
  for (const auto& a : assessmentAspects()) u.aspects.push_back(AspectScore{.aspect = a.id, .score = 50});
  u.aspects[3].score = funds;
  return u;
}

std::vector<std::string> ids(const std::vector<const AssessedUnit*>& rows) {
  std::vector<std::string> out;
  for (const auto* u : rows) out.push_back(u->unit);
  return out;
}

// As computeAssessment lists them: by rank, ties by id (unit/10 and unit/9 share rank 2: "unit/9" < "unit/10").
std::vector<AssessedUnit> ranked() {
  return {unit("unit/3", "丙局", 9000, 1, 40), unit("unit/9", "甲局", 8000, 2, 70), unit("unit/10", "乙局", 8000, 2, 40),
          unit("unit/4", "丁局", 7000, 4, 90)};
}

}  // namespace

TEST_CASE("assessment sort: by rank either way, ties by unit id") {
  const auto rows = ranked();
  CHECK(ids(sortAssessed(rows, AssessSort{0, true})) == std::vector<std::string>{"unit/3", "unit/9", "unit/10", "unit/4"});
  CHECK(ids(sortAssessed(rows, AssessSort{0, false})) == std::vector<std::string>{"unit/4", "unit/9", "unit/10", "unit/3"});
}

TEST_CASE("assessment sort: by total, by an aspect and by name, equal values by rank then id") {
  const auto rows = ranked();
  CHECK(ids(sortAssessed(rows, AssessSort{2, true})) == std::vector<std::string>{"unit/4", "unit/9", "unit/10", "unit/3"});
  CHECK(ids(sortAssessed(rows, AssessSort{2, false})) == std::vector<std::string>{"unit/3", "unit/9", "unit/10", "unit/4"});
  // Funds (column 3 + 3): 90, 70, then 40 for unit/3 (rank 1) and unit/10 (rank 2).
  CHECK(ids(sortAssessed(rows, AssessSort{6, false})) == std::vector<std::string>{"unit/4", "unit/9", "unit/3", "unit/10"});
  CHECK(ids(sortAssessed(rows, AssessSort{6, true})) == std::vector<std::string>{"unit/3", "unit/10", "unit/9", "unit/4"});
  // Every other aspect is 50 for all: the rank order.
  CHECK(ids(sortAssessed(rows, AssessSort{3, false})) == std::vector<std::string>{"unit/3", "unit/9", "unit/10", "unit/4"});
  // Names by their UTF-8 bytes: 丁 E4 B8 81 < 丙 E4 B8 99 < 乙 E4 B9 99 < 甲 E7 94 B2.
  CHECK(ids(sortAssessed(rows, AssessSort{1, true})) == std::vector<std::string>{"unit/4", "unit/3", "unit/10", "unit/9"});
}
