// The lists behind the Joint meeting screen, kept apart from drawing so they can be tested: which quarters
// are offered and which one opens, the pack's rows in the order a column sorts them, and the units a search
// in the attending-units picker keeps.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "domain/dataset.h"
#include "report/meeting_pack.h"

namespace gj::ui {

enum class PackColumn { name, claimed, completed, progress, funds, activities, hours, served, problems, meetings, stale };
inline constexpr int kPackColumnCount = 11;
const char* packColumnId(PackColumn c);  // "name", "claimed", ... (tests, state)

struct PackSort {
  PackColumn column = PackColumn::name;
  bool descending = false;
  bool operator==(const PackSort&) const = default;
};

// The figure a column shows for a row (quarter or cumulative figures; progress and stale are the quarter's).
std::int64_t packValue(const report::PackRow& row, PackColumn column, bool cumulative);

// Indices into rows in the order `sort` gives: by the column's value (names by their UTF-8 bytes), ties by id
// (IdLess) in the same direction, so the order is total.
std::vector<std::size_t> sortPackRows(const std::vector<report::PackRow>& rows, PackSort sort, bool cumulative);

// The latest quarter any record falls in (a project's quarter, claim, progress or completion date, an
// activity's start, a meeting's quarter); `fallback` when there is none.
Quarter latestQuarterWithRecords(const Dataset& ds, Quarter fallback);

// Quarters to choose from, latest first: from the earliest quarter with records to the later of the latest
// one and `current` (so this quarter's meeting can be recorded before anything else happened in it).
std::vector<Quarter> quartersOffered(const Dataset& ds, Quarter current);

// Unit ids (by id) whose name or id contains `search` (ASCII letters compared without case; "" keeps all).
std::vector<std::string> unitsMatching(const Dataset& ds, const std::string& search);

}  // namespace gj::ui
