// The days a report counts records in — a closed range of calendar days — and the integer rounding the reports
// share. Dates are compared as day numbers, so a timestamp (a kiosk rating, an activity's start) counts on its
// local date, and the same records give the same figures on every machine.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "domain/dates.h"

namespace gj::report {

struct DateSpan {
  std::optional<int> first;  // day number (dates.h); nullopt: no lower bound
  std::optional<int> last;   // day number, inclusive; nullopt: no upper bound

  static DateSpan ofQuarter(Quarter q);                 // q.firstDay() .. q.lastDay()
  static DateSpan ofYear(int year);                     // Jan 1 .. Dec 31
  static DateSpan through(std::string_view lastDate);   // everything up to and including lastDate
  static DateSpan between(std::string_view firstDate, std::string_view lastDate);

  // A date or timestamp inside the span; an empty or malformed date is never inside.
  bool contains(std::string_view dateOrTimestamp) const;
};

// num / den rounded half up, for num >= 0 and den > 0: the one rounding the reports use.
std::int64_t roundedQuotient(std::int64_t num, std::int64_t den);

}  // namespace gj::report
