// Date arithmetic on the civil calendar (proleptic Gregorian), after Howard Hinnant's days_from_civil.
#include "domain/dates.h"

#include <cstdio>

namespace gj {
namespace {

bool digits(std::string_view s, size_t from, size_t n, int& out) {
  if (s.size() < from + n) return false;
  int v = 0;
  for (size_t i = from; i < from + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  out = v;
  return true;
}

int daysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

int daysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace

std::optional<int> dayNumber(std::string_view date) {
  int y, m, d;
  if (date.size() < 10 || !digits(date, 0, 4, y) || date[4] != '-' || !digits(date, 5, 2, m) || date[7] != '-' ||
      !digits(date, 8, 2, d))
    return std::nullopt;
  if (y < 1000 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return std::nullopt;
  return daysFromCivil(y, m, d);
}

std::string dateOfDayNumber(int z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp + (mp < 10 ? 3 : -9);
  const int y = yoe + era * 400 + (m <= 2);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

bool isDate(std::string_view text) { return text.size() == 10 && dayNumber(text).has_value(); }

std::optional<std::int64_t> epochSeconds(std::string_view t) {
  int hh, mm, ss;
  auto day = dayNumber(t);
  if (!day || t.size() < 20 || t[10] != 'T' || !digits(t, 11, 2, hh) || t[13] != ':' || !digits(t, 14, 2, mm) ||
      t[16] != ':' || !digits(t, 17, 2, ss) || hh > 23 || mm > 59 || ss > 59)
    return std::nullopt;
  int offsetMinutes = 0;
  std::string_view zone = t.substr(19);
  if (zone == "Z") {
    offsetMinutes = 0;
  } else {
    int oh, om;
    if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || !digits(zone, 1, 2, oh) || zone[3] != ':' ||
        !digits(zone, 4, 2, om) || oh > 14 || om > 59)
      return std::nullopt;
    offsetMinutes = (zone[0] == '-' ? -1 : 1) * (oh * 60 + om);
  }
  return std::int64_t{*day} * 86400 + hh * 3600 + mm * 60 + ss - std::int64_t{offsetMinutes} * 60;
}

bool isTimestamp(std::string_view text) { return epochSeconds(text).has_value(); }

std::string_view datePart(std::string_view t) { return t.substr(0, 10); }

std::optional<Quarter> Quarter::parse(std::string_view text) {
  int y, q;
  if (text.size() != 6 || !digits(text, 0, 4, y) || text[4] != 'Q' || !digits(text, 5, 1, q)) return std::nullopt;
  Quarter r{y, q};
  if (!r.valid()) return std::nullopt;
  return r;
}

std::optional<Quarter> Quarter::ofDate(std::string_view date) {
  if (!dayNumber(date)) return std::nullopt;
  int y = 0, m = 0;
  digits(date, 0, 4, y);
  digits(date, 5, 2, m);
  return Quarter{y, (m - 1) / 3 + 1};
}

std::string Quarter::text() const {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04dQ%d", year, q);
  return buf;
}

std::string Quarter::firstDay() const {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-01", year, (q - 1) * 3 + 1);
  return buf;
}

std::string Quarter::lastDay() const {
  const int m = q * 3;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, m, daysInMonth(year, m));
  return buf;
}

bool Quarter::contains(std::string_view date) const {
  auto d = dayNumber(date);
  return valid() && d && *d >= *dayNumber(firstDay()) && *d <= *dayNumber(lastDay());
}

Quarter Quarter::next() const { return q == 4 ? Quarter{year + 1, 1} : Quarter{year, q + 1}; }
Quarter Quarter::previous() const { return q == 1 ? Quarter{year - 1, 4} : Quarter{year, q - 1}; }

}  // namespace gj
