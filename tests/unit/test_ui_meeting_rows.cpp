// The lists behind the Joint meeting screen (ui/meeting_rows.h): the sort order of the pack's rows (total, ties
// by id), the quarter that opens and the quarters offered, and the attending-units search.
#include <doctest/doctest.h>

#include "report_fixture.h"
#include "ui/meeting_rows.h"

using namespace gj;
using namespace gj::ui;

namespace {

report::PackRow row(std::string id, std::string name, int claimed, std::int64_t funds, int cumulativeClaimed, int progress) {
  report::PackRow r;
  r.id = std::move(id);
  r.name = std::move(name);
  r.quarter.projects_claimed = claimed;
  r.quarter.funds_spent_fen = funds;
  r.cumulative.projects_claimed = cumulativeClaimed;
  r.progress_average = progress;
  return r;
}

std::vector<std::string> idsIn(const std::vector<report::PackRow>& rows, PackSort sort, bool cumulative) {
  std::vector<std::string> out;
  for (std::size_t i : sortPackRows(rows, sort, cumulative)) out.push_back(rows[i].id);
  return out;
}

}  // namespace

TEST_CASE("meeting rows: columns sort by value, ties by id in the same direction") {
  const std::vector<report::PackRow> rows = {row("unit/10", "名山区民政局", 2, 500, 3, 40),
                                             row("unit/2", "名山区司法局", 1, 900, 5, 40),
                                             row("unit/9", "名山区民政局", 2, 100, 2, 75),
                                             row("unit/1", "雅安市交通运输局", 0, 0, 5, 0)};
  CHECK(idsIn(rows, {PackColumn::claimed, false}, false) == std::vector<std::string>{"unit/1", "unit/2", "unit/9", "unit/10"});
  CHECK(idsIn(rows, {PackColumn::claimed, true}, false) == std::vector<std::string>{"unit/10", "unit/9", "unit/2", "unit/1"});
  CHECK(idsIn(rows, {PackColumn::claimed, true}, true) == std::vector<std::string>{"unit/2", "unit/1", "unit/10", "unit/9"});
  CHECK(idsIn(rows, {PackColumn::funds, true}, false) == std::vector<std::string>{"unit/2", "unit/10", "unit/9", "unit/1"});
  CHECK(idsIn(rows, {PackColumn::progress, false}, false) == std::vector<std::string>{"unit/1", "unit/2", "unit/10", "unit/9"});
  // Names by their UTF-8 bytes (司 E5 8F B8 < 民 E6 B0 91 < 雅 E9 9B 85), equal names by id.
  CHECK(idsIn(rows, {PackColumn::name, false}, false) == std::vector<std::string>{"unit/2", "unit/9", "unit/10", "unit/1"});
  CHECK(packValue(rows[1], PackColumn::claimed, true) == 5);
  CHECK(std::string(packColumnId(PackColumn::served)) == "served");
}

TEST_CASE("meeting rows: the quarter that opens and the quarters offered") {
  Dataset ds = test::emptyStreet();
  CHECK(latestQuarterWithRecords(ds, Quarter{2026, 4}) == Quarter{2026, 4});
  CHECK(quartersOffered(ds, Quarter{2026, 4}) == std::vector<Quarter>{{2026, 4}});

  test::addUnit(ds, "unit/1", "名山区卫生健康局", UnitLevel::district);
  test::claimedProject(ds, "project/1", "unit/1", "2024-03-20", "community/1", {}, Quarter{2024, 2});
  test::progress(ds, "project/1", "2024-07-03", 50);
  CHECK(latestQuarterWithRecords(ds, Quarter{2026, 4}) == Quarter{2024, 3});  // the progress entry's quarter
  test::addMeeting(ds, "meeting/1", "2024-10-09", {"unit/1"});
  CHECK(latestQuarterWithRecords(ds, Quarter{2026, 4}) == Quarter{2024, 4});
  CHECK(quartersOffered(ds, Quarter{2025, 1}) ==
        std::vector<Quarter>{{2025, 1}, {2024, 4}, {2024, 3}, {2024, 2}, {2024, 1}});  // from the claim's quarter
  CHECK(quartersOffered(ds, Quarter{2024, 2}).front() == Quarter{2024, 4});
}

TEST_CASE("meeting rows: the attending-units search") {
  Dataset ds = test::emptyStreet();
  test::addUnit(ds, "unit/1", "雅安市政务服务管理局", UnitLevel::city);
  test::addUnit(ds, "unit/2", "名山区司法局", UnitLevel::district);
  test::addUnit(ds, "unit/10", "名山区市场监督管理局", UnitLevel::district);
  CHECK(unitsMatching(ds, "") == std::vector<std::string>{"unit/1", "unit/2", "unit/10"});
  CHECK(unitsMatching(ds, "名山区") == std::vector<std::string>{"unit/2", "unit/10"});
  CHECK(unitsMatching(ds, "管理局") == std::vector<std::string>{"unit/1", "unit/10"});
  CHECK(unitsMatching(ds, "UNIT/1") == std::vector<std::string>{"unit/1", "unit/10"});
  CHECK(unitsMatching(ds, "公安").empty());
}
