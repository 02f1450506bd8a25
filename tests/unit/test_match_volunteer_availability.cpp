// The volunteer record's optional hours of availability (used by the volunteer -> activity plan): JSON text,
// round trip, backward compatibility (absent = all day on the listed weekdays) and the exact errors.
#include <doctest/doctest.h>

#include "domain/record.h"
#include "domain/volunteer.h"

using namespace gj;

namespace {

Volunteer sample() {
  Volunteer v;
  v.id = "volunteer/7";
  v.name = "李梅";
  v.unit = "unit/3";
  v.weekdays = {2, 6};
  v.created = v.updated = "2024-07-05T09:30:00+08:00";
  return v;
}

// The errors of reading the sample volunteer with this "availability" value (JSON text).
Errors errorsOf(const std::string& availability) {
  Json j = toJson(sample());
  j["availability"] = Json::parse(availability);
  Volunteer back;
  Errors errors;
  fromJson(j, back, errors);
  return errors;
}

}  // namespace

TEST_CASE("volunteer availability: written only when given, exact text, round trip") {
  Volunteer v = sample();
  CHECK(jsonText(toJson(v)).find("availability") == std::string::npos);  // older records keep their bytes
  v.availability = {{2, 8 * 60 + 30, 12 * 60}, {6, 14 * 60, 24 * 60}};
  const std::string text = jsonText(toJson(v));
  CHECK(text.find(R"("availability":[{"from":"08:30","to":"12:00","weekday":2},{"from":"14:00","to":"24:00","weekday":6}])") !=
        std::string::npos);
  Volunteer back;
  Errors errors;
  REQUIRE_MESSAGE(fromJson(Json::parse(text), back, errors), (errors.empty() ? "" : errors.front()));
  CHECK(back == v);
  CHECK(jsonText(toJson(back)) == text);
}

TEST_CASE("volunteer availability: absent means all day on the listed weekdays") {
  Volunteer v = sample();
  CHECK(v.availableAt(2, 0, 24 * 60));
  CHECK_FALSE(v.availableAt(3, 9 * 60, 10 * 60));  // not a listed weekday
  v.availability = {{2, 8 * 60, 12 * 60}};
  CHECK(v.availableAt(2, 9 * 60, 11 * 60));
  CHECK(v.availableAt(2, 8 * 60, 12 * 60));
  CHECK_FALSE(v.availableAt(2, 11 * 60, 13 * 60));  // runs past noon
  CHECK(v.availableAt(6, 19 * 60, 21 * 60));        // Saturday has no range: all day
}

TEST_CASE("volunteer availability: errors name the entry and field") {
  auto first = [](const Errors& e) { return e.empty() ? std::string() : e.front(); };
  CHECK(errorsOf(R"([{"weekday":2,"from":"08:00","to":"12:00"}])").empty());
  CHECK(first(errorsOf(R"("mornings")")) == R"(volunteer/7.availability: expected a list, got "mornings")");
  CHECK(first(errorsOf(R"([{"weekday":3,"from":"08:00","to":"12:00"}])")) ==
        "volunteer/7.availability[0].weekday: expected one of the volunteer's weekdays, got 3");
  CHECK(first(errorsOf(R"([{"weekday":2,"from":"8:00","to":"12:00"}])")) ==
        R"(volunteer/7.availability[0].from: expected a time of day "HH:MM" (00:00..24:00), got "8:00")");
  CHECK(first(errorsOf(R"([{"weekday":2,"from":"12:00","to":"09:00"}])")) ==
        R"(volunteer/7.availability[0].to: expected a time after from (12:00), got "09:00")");
  CHECK(first(errorsOf(R"([{"weekday":2,"from":"08:00","to":"12:00"},{"weekday":2,"from":"11:00","to":"13:00"}])")) ==
        R"(volunteer/7.availability[1].from: expected a range after the previous one (2 08:00-12:00; sorted, not overlapping), got "11:00")");
  CHECK(first(errorsOf(R"([{"weekday":2,"from":"08:00","to":"12:00","note":"x"}])")) ==
        R"(volunteer/7.availability[0].note: expected no such field (weekday, from, to), got "x")");
  CHECK(first(errorsOf(R"([{"weekday":2,"to":"12:00"}])")) ==
        R"(volunteer/7.availability[0].from: expected a time of day "HH:MM" (00:00..24:00), got nothing)");
  CHECK(first(errorsOf(R"([3])")) == R"(volunteer/7.availability[0]: expected an object {"weekday","from","to"}, got 3)");
}
