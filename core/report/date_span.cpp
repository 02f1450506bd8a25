// DateSpan: day-number bounds built from quarters, years and dates.
#include "report/date_span.h"

#include <string>

namespace gj::report {

DateSpan DateSpan::ofQuarter(Quarter q) {
  if (!q.valid()) return DateSpan{0, -1};  // empty: contains nothing
  return DateSpan{dayNumber(q.firstDay()), dayNumber(q.lastDay())};
}

DateSpan DateSpan::ofYear(int year) {
  if (year < 1000 || year > 9999) return DateSpan{0, -1};
  const std::string y = std::to_string(year);
  return DateSpan{dayNumber(y + "-01-01"), dayNumber(y + "-12-31")};
}

DateSpan DateSpan::through(std::string_view lastDate) {
  auto last = dayNumber(lastDate);
  if (!last) return DateSpan{0, -1};
  return DateSpan{std::nullopt, last};
}

DateSpan DateSpan::between(std::string_view firstDate, std::string_view lastDate) {
  auto first = dayNumber(firstDate);
  auto last = dayNumber(lastDate);
  if (!first || !last) return DateSpan{0, -1};
  return DateSpan{first, last};
}

bool DateSpan::contains(std::string_view dateOrTimestamp) const {
  auto d = dayNumber(dateOrTimestamp);
  if (!d) return false;
  if (first && *d < *first) return false;
  if (last && *d > *last) return false;
  return true;
}

std::int64_t roundedQuotient(std::int64_t num, std::int64_t den) {
  if (den <= 0) return 0;
  return (2 * num + den) / (2 * den);
}

}  // namespace gj::report
