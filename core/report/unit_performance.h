// A partner unit's results (共建成效) for the Units screen.
//
// Definitions:
//   projects             the projects the unit leads (lead_unit) with status claimed or later; with a quarter,
//                        those whose `quarter` is it (the quarter they are carried out in, as on the dashboard).
//                        Counted by their status now: claimed / in_progress / completed / evaluated.
//   problems_solved      problems_solved of those projects that are completed or evaluated.
//   funds_fen            what those projects spent: the funds_spent_fen of all their timeline entries. Without a
//                        quarter the units' sums equal the dashboard's funds; with one, a project's spending
//                        counts in its own quarter even when an entry is dated later.
//   ratings / satisfied  residents' Feedback on those projects (any date): all ratings, and the satisfied ones.
//                        The share satisfied is shown from kMinSatisfactionRatings ratings on (as in the
//                        assessment); below, the sample is too small to say.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/dataset.h"

namespace gj::report {

struct UnitPerformance {
  std::string unit;  // unit id
  int claimed = 0;   // projects by their status now
  int in_progress = 0;
  int completed = 0;
  int evaluated = 0;
  int problems_solved = 0;
  std::int64_t funds_fen = 0;
  int ratings = 0;
  int satisfied = 0;

  int projects() const { return claimed + in_progress + completed + evaluated; }
  bool insufficientSample() const;  // fewer than kMinSatisfactionRatings ratings
  int satisfiedPercent() const;     // 100 * satisfied / ratings, rounded half up; 0 without ratings
  bool operator==(const UnitPerformance&) const = default;
};

// One row per unit of the dataset (units leading nothing have zeros), by unit id.
std::vector<UnitPerformance> unitPerformance(const Dataset& ds, std::optional<Quarter> quarter = {});

}  // namespace gj::report
