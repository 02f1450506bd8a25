// Calendar dates ("2024-07-05"), ISO-8601 timestamps ("2024-07-05T09:30:00+08:00") and quarters ("2024Q3").
// Records keep dates as text (sortable, JSON-friendly); these helpers check and do arithmetic on them.
#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gj {

// Days since 1970-01-01 of a real calendar date "YYYY-MM-DD" (years 1000..9999); also accepts a timestamp and
// uses its local date part. nullopt when the text is not a real date (2023-02-29 is not).
std::optional<int> dayNumber(std::string_view date);
std::string dateOfDayNumber(int days);  // inverse of dayNumber
bool isDate(std::string_view text);     // exactly "YYYY-MM-DD", a real day

// "YYYY-MM-DDTHH:MM:SS" followed by "Z" or "+HH:MM"/"-HH:MM"; the offset is required so that times
// written by a kiosk and by an office machine compare correctly.
bool isTimestamp(std::string_view text);
std::optional<std::int64_t> epochSeconds(std::string_view timestamp);  // UTC seconds
std::string_view datePart(std::string_view timestampOrDate);          // first 10 characters

struct Quarter {
  int year = 0;
  int q = 0;  // 1..4; year 0 means "no quarter"

  static std::optional<Quarter> parse(std::string_view text);  // "2024Q3"
  static std::optional<Quarter> ofDate(std::string_view date);
  bool valid() const { return year >= 1000 && year <= 9999 && q >= 1 && q <= 4; }
  std::string text() const;      // "2024Q3"
  std::string firstDay() const;  // "2024-07-01"
  std::string lastDay() const;   // "2024-09-30"
  bool contains(std::string_view date) const;
  Quarter next() const;
  Quarter previous() const;
  auto operator<=>(const Quarter&) const = default;
};

}  // namespace gj
