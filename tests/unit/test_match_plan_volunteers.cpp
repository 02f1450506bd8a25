// Volunteer -> activity plan: weekdays and hours, candidates (units, skills), headcount, the weekly cap in
// hours, one activity at a time, fairness, the explanations of assignments and of activities left short,
// and the optimum against a brute force on small random cases.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "match/plan_volunteers.h"
#include "plan_fixture.h"

using namespace gj;
using namespace gj::match;

namespace {

struct Crew : test::MiniStreet {
  Crew() { unit(1, {"community/1"}, {"health"}, 1); unit(2, {"community/2"}, {"legal"}, 1); }
  Volunteer& volunteer(int n, std::string unitId, std::vector<int> days, std::vector<std::string> skills = {}) {
    Volunteer v;
    v.id = "volunteer/" + std::to_string(n);
    v.name = "v" + std::to_string(n);
    v.unit = std::move(unitId);
    v.weekdays = std::move(days);
    v.skills = std::move(skills);
    ds.put(v);
    return *ds.find<Volunteer>(v.id);
  }
  // 2024-07-01 is a Monday: day 1..7 of that week, plus 7 per later week. From `hour` for `hours`.
  Activity& activity(int n, int day, ActivityType type, int headcount, std::string community = "community/1",
                     int hour = 9, int hours = 2) {
    Activity a;
    a.id = "activity/" + std::to_string(n);
    a.title = "a" + std::to_string(n);
    a.type = type;
    a.community = std::move(community);
    const std::string date = dateOfDayNumber(*dayNumber("2024-06-30") + day);
    auto clock = [](int h) { return (h < 10 ? "T0" : "T") + std::to_string(h) + ":00:00+08:00"; };
    a.start = date + clock(hour);
    a.end = date + clock(hour + hours);
    a.headcount = headcount;
    ds.put(a);
    return *ds.find<Activity>(a.id);
  }
};

VolunteerPlanOptions q3() {
  VolunteerPlanOptions o;
  o.quarter = *Quarter::parse("2024Q3");
  return o;
}

}  // namespace

TEST_CASE("volunteers: weekdays and weeks of dates") {
  CHECK(isoWeekday("2024-07-01") == 1);
  CHECK(isoWeekday("2024-07-07T20:00:00+08:00") == 7);
  CHECK(isoWeekday("1970-01-01") == 4);
  CHECK(isoWeekday("1969-12-29") == 1);
  CHECK(weekNumber("2024-07-01") == weekNumber("2024-07-07"));
  CHECK(weekNumber("2024-07-08") == weekNumber("2024-07-07") + 1);
  CHECK(isoWeekday("nope") == 0);
}

TEST_CASE("volunteers: candidates need the weekday, a paired or organising unit and a required skill") {
  Crew c;
  c.volunteer(1, "unit/1", {1, 3}, {"health"});  // paired with community/1, Monday, skilled
  c.volunteer(2, "unit/1", {2});                  // Tuesday only
  c.volunteer(3, "unit/2", {1}, {"health"});      // unit/2 is paired with community/2 only
  c.volunteer(4, "unit/1", {1});                  // no health skill
  c.activity(1, 1, ActivityType::free_clinic, 4);  // Monday, needs health
  Activity& a2 = c.activity(2, 1, ActivityType::culture, 1);
  a2.organisers = {"unit/2"};                      // unit/2's volunteers may come as organisers
  VolunteerPlan plan = planVolunteers(c.ds, q3());
  REQUIRE(plan.assignments.size() == 2);
  CHECK(plan.assignments[0].activity == "activity/1");
  CHECK(plan.assignments[0].volunteer == "volunteer/1");
  CHECK(plan.assignments[0].parts.skill == 60);
  CHECK(plan.assignments[0].parts.paired == 20);
  CHECK(plan.assignments[0].score == 180);
  CHECK(plan.assignments[1].activity == "activity/2");
  CHECK(plan.assignments[1].volunteer == "volunteer/3");  // organiser (40) beats paired volunteer/4 (20)
  CHECK(plan.assignments[1].parts.organiser == 40);
  REQUIRE(plan.short_of.size() == 1);
  CHECK(plan.short_of[0].activity == "activity/1");
  CHECK(plan.short_of[0].open == 4);
  CHECK(plan.short_of[0].planned == 1);
  CHECK(plan.short_of[0].reason == ShortReason::candidates_busy);
}

TEST_CASE("volunteers: headcount counts attendance; weekly cap in hours; fairness prefers who served less") {
  Crew c;
  c.volunteer(1, "unit/1", {1, 2, 3});
  c.volunteer(2, "unit/1", {1, 2, 3});
  Activity& past = c.activity(1, 1, ActivityType::culture, 1);  // already served by volunteer/1: 5 hours
  past.attendance = {{"volunteer/1", 300}};
  c.activity(2, 2, ActivityType::culture, 1);  // 2 hours each
  c.activity(3, 3, ActivityType::culture, 1);
  VolunteerPlanOptions o = q3();
  o.weights.weekly_cap_hours = 7;  // volunteer/1 has 2 hours left this week, volunteer/2 all 7
  VolunteerPlan plan = planVolunteers(c.ds, o);
  REQUIRE(plan.assignments.size() == 2);
  // volunteer/1 has served 5 hours: its first step costs 4 x 5 = 20; volunteer/2's second costs 4 x 2 = 8.
  int byTwo = 0;
  for (const auto& a : plan.assignments) byTwo += a.volunteer == "volunteer/2";
  CHECK(byTwo == 2);
  CHECK(plan.fairness_cost == 8);  // 0 + 4 x 2
  CHECK(plan.assignments[1].week_minutes == 240);  // both of volunteer/2's 2-hour activities that week
  o.weights.weekly_cap_hours = 2;  // one 2-hour activity a week; volunteer/1 is past the cap already
  plan = planVolunteers(c.ds, o);
  REQUIRE(plan.assignments.size() == 1);
  CHECK(plan.assignments[0].volunteer == "volunteer/2");
  REQUIRE(plan.short_of.size() == 1);
  CHECK(plan.short_of[0].reason == ShortReason::candidates_busy);  // volunteer/2 is used on the other day
  c.ds.find<Volunteer>("volunteer/2")->weekdays = {1};                // now only volunteer/1 could, at its cap
  plan = planVolunteers(c.ds, o);
  CHECK(plan.assignments.empty());
  REQUIRE(plan.short_of.size() == 2);
  CHECK(plan.short_of[0].reason == ShortReason::weekly_caps_reached);
  CHECK(plan.short_of[0].capped == 1);
  c.ds.find<Volunteer>("volunteer/2")->weekdays = {1, 2, 3};
  o.weights.weekly_cap_hours = 7;
  o.weights.fairness_per_hour = 1000;  // fairness now outweighs any score: only free first steps
  plan = planVolunteers(c.ds, o);
  REQUIRE(plan.assignments.size() == 1);
  CHECK(plan.assignments[0].fairness_cost == 0);
}

TEST_CASE("volunteers: availability by time of day") {
  Crew c;
  Volunteer& mornings = c.volunteer(1, "unit/1", {1, 2});
  mornings.availability = {{1, 8 * 60, 12 * 60}};  // Monday 08:00-12:00; Tuesday all day
  c.activity(1, 1, ActivityType::culture, 1, "community/1", 9, 2);   // Monday 09-11: fits
  c.activity(2, 8, ActivityType::culture, 1, "community/1", 11, 2);  // next Monday 11-13: past noon
  c.activity(3, 2, ActivityType::culture, 1, "community/1", 19, 2);  // Tuesday evening: all day free
  c.activity(4, 3, ActivityType::culture, 1, "community/1", 9, 2);   // Wednesday: not a weekday of hers
  VolunteerPlan plan = planVolunteers(c.ds, q3());
  REQUIRE(plan.assignments.size() == 2);
  CHECK(plan.assignments[0].activity == "activity/1");
  CHECK(plan.assignments[0].minutes == 120);
  CHECK(plan.assignments[1].activity == "activity/3");
  REQUIRE(plan.short_of.size() == 2);
  CHECK(plan.short_of[0].activity == "activity/2");
  CHECK(plan.short_of[0].reason == ShortReason::not_at_that_time);
  CHECK(plan.short_of[0].free_that_day == 1);
  CHECK(plan.short_of[0].free_at_time == 0);
  CHECK(plan.short_of[1].reason == ShortReason::no_volunteer_available);
  CHECK(minuteOfDay("2024-07-01T09:30:00+08:00") == 570);
  CHECK(minuteOfDay("2024-07-01") == -1);
}

TEST_CASE("volunteers: the hour cap is exact for activities of different lengths (branch and bound)") {
  Crew c;
  c.volunteer(1, "unit/1", {1, 2, 3});
  c.activity(1, 1, ActivityType::culture, 1, "community/1", 9, 1);   // 1 hour
  c.activity(2, 2, ActivityType::culture, 1, "community/1", 9, 1);   // 1 hour
  Activity& big = c.activity(3, 3, ActivityType::culture, 1, "community/1", 9, 3);  // 3 hours, organised
  big.organisers = {"unit/1"};                                      // by her unit: scores 140, not 120
  VolunteerPlanOptions o = q3();
  o.weights.weekly_cap_hours = 3;
  o.weights.fairness_per_hour = 0;
  // Two activities fit by count (1 h + 1 h), so the flow alone would take the 3-hour one with a 1-hour one
  // (260); within 3 hours the best is both 1-hour ones (240), better than the 3-hour one alone (140).
  VolunteerPlan plan = planVolunteers(c.ds, o);
  REQUIRE(plan.assignments.size() == 2);
  CHECK(plan.assignments[0].activity == "activity/1");
  CHECK(plan.assignments[1].activity == "activity/2");
  CHECK(plan.total_score == 240);
  CHECK(plan.optimal);
  CHECK(plan.solves > 1);
  REQUIRE(plan.short_of.size() == 1);
  CHECK(plan.short_of[0].reason == ShortReason::candidates_busy);
  o.max_solves = 1;  // no branching allowed: a feasible plan (repaired), flagged as not proven optimal
  plan = planVolunteers(c.ds, o);
  CHECK_FALSE(plan.optimal);
  int minutes = 0;
  for (const auto& a : plan.assignments) minutes += a.minutes;
  CHECK(minutes <= 180);
}

TEST_CASE("volunteers: one activity at a time") {
  Crew c;
  c.volunteer(1, "unit/1", {1});
  c.activity(1, 1, ActivityType::culture, 1, "community/1", 9, 2);
  c.activity(2, 1, ActivityType::culture, 1, "community/1", 10, 2);  // overlaps activity/1
  c.activity(3, 1, ActivityType::culture, 1, "community/1", 11, 1);  // starts when activity/1 ends
  VolunteerPlanOptions o = q3();
  o.weights.fairness_per_hour = 0;
  VolunteerPlan plan = planVolunteers(c.ds, o);
  REQUIRE(plan.assignments.size() == 2);
  CHECK(plan.assignments[0].activity == "activity/1");
  CHECK(plan.assignments[1].activity == "activity/3");
  CHECK(plan.assignments[1].week_minutes == 180);
  Activity& attended = c.activity(4, 1, ActivityType::other, 0, "community/1", 11, 1);  // she serves then already
  attended.attendance = {{"volunteer/1", 60}};
  plan = planVolunteers(c.ds, o);
  for (const auto& a : plan.assignments) CHECK(a.activity != "activity/3");
  for (const auto& a : plan.assignments) CHECK(a.served_minutes == 60);
}

TEST_CASE("volunteers: one week, and a dry run as if nobody had signed up") {
  Crew c;
  c.volunteer(1, "unit/1", {1, 2});
  c.volunteer(2, "unit/1", {1, 2});
  Activity& served = c.activity(1, 1, ActivityType::culture, 1);  // Monday, attended by volunteer/2
  served.attendance = {{"volunteer/2", 120}};
  c.activity(2, 2, ActivityType::culture, 1);   // Tuesday
  c.activity(3, 9, ActivityType::culture, 1);   // next Tuesday: outside the week
  VolunteerPlanOptions o = q3();
  o.first_day = "2024-07-01";
  o.last_day = "2024-07-07";
  VolunteerPlan plan = planVolunteers(c.ds, o);
  REQUIRE(plan.assignments.size() == 1);
  CHECK(plan.assignments[0].activity == "activity/2");
  CHECK(plan.assignments[0].volunteer == "volunteer/1");  // volunteer/2 served 2 hours: dearer
  o.ignore_attendance = true;
  plan = planVolunteers(c.ds, o);
  REQUIRE(plan.assignments.size() == 2);
  CHECK(plan.assignments[0].activity == "activity/1");
  CHECK(plan.assignments[0].served_minutes == 0);
  CHECK(plan.assignments[1].activity == "activity/2");
}

TEST_CASE("volunteers: reasons, locks and forbids") {
  Crew c;
  c.volunteer(1, "unit/1", {1});
  c.volunteer(2, "unit/1", {1}, {"legal"});
  c.activity(1, 2, ActivityType::culture, 1);     // Tuesday: nobody
  c.activity(2, 1, ActivityType::legal_aid, 2);   // needs legal: volunteer/2 only
  c.activity(3, 1, ActivityType::free_clinic, 1); // needs health: nobody has it
  c.activity(4, 8, ActivityType::culture, 1);     // next Monday
  VolunteerPlanOptions o = q3();
  o.forbidden = {{"volunteer/1", "activity/4"}, {"volunteer/2", "activity/4"}};
  o.locked = {{"volunteer/1", "activity/2"}, {"volunteer/9", "activity/1"}};
  VolunteerPlan plan = planVolunteers(c.ds, o);
  REQUIRE(plan.assignments.size() == 2);
  CHECK(plan.assignments[0].volunteer == "volunteer/1");
  CHECK(plan.assignments[0].locked);
  CHECK(plan.assignments[1].volunteer == "volunteer/2");
  REQUIRE(plan.short_of.size() == 3);
  CHECK(plan.short_of[0].reason == ShortReason::no_volunteer_available);
  CHECK(plan.short_of[1].reason == ShortReason::no_skill);
  CHECK(plan.short_of[2].reason == ShortReason::all_forbidden);
  CHECK(plan.notes.size() == 1);
  const std::string text = volunteerPlanJson(plan);
  CHECK(text.find(R"("reason":"no_skill")") != std::string::npos);
  CHECK(volunteerPlanJson(planVolunteers(c.ds, o)) == text);
}

TEST_CASE("volunteers: the plan's objective equals a brute force on 240 random cases") {
  test::SplitMix rng(4242);
  int branched = 0;
  for (int seed = 0; seed < 240; ++seed) {
    Crew c;
    const int vols = 1 + rng.below(3), acts = 1 + rng.below(4);
    std::vector<int> served(static_cast<std::size_t>(vols), 0);
    for (int v = 1; v <= vols; ++v) {
      Volunteer& x = c.volunteer(v, "unit/1", {1, 2, 3});
      if (rng.below(2)) {  // some keep hours on some days
        const int from = 8 + rng.below(6);
        const int to = from + 2 + rng.below(6);
        x.availability = {{1 + rng.below(3), from * 60, to * 60}};
      }
    }
    for (int a = 1; a <= acts; ++a) {
      const int day = 1 + rng.below(3) + 7 * rng.below(2);
      const int headcount = 1 + rng.below(2);
      const int hour = 8 + rng.below(8);
      const int hours = 1 + rng.below(3);
      Activity& x = c.activity(a, day, ActivityType::culture, headcount, "community/1", hour, hours);
      if (rng.below(3) == 0) x.organisers = {"unit/1"};
    }
    Activity& history = c.activity(9, 5, ActivityType::other, 0);  // past service: hours this quarter
    for (int v = 1; v <= vols; ++v) {
      served[static_cast<std::size_t>(v - 1)] = rng.below(4) * 60;
      if (served[static_cast<std::size_t>(v - 1)]) history.attendance.push_back({"volunteer/" + std::to_string(v), served[static_cast<std::size_t>(v - 1)]});
    }
    VolunteerPlanOptions o = q3();
    o.weights.weekly_cap_hours = 2 + rng.below(4);
    o.weights.fairness_per_hour = rng.below(40);
    VolunteerPlan plan = planVolunteers(c.ds, o);
    REQUIRE(plan.solved);
    CHECK(plan.optimal);
    branched += plan.solves > 1;

    // Brute force over every subset of (volunteer, activity) pairs, every rule checked from the records.
    std::vector<const Activity*> list;
    for (int a = 1; a <= acts; ++a) list.push_back(c.ds.find<Activity>("activity/" + std::to_string(a)));
    auto begin = [](const Activity* a) { return *epochSeconds(a->start); };
    auto end = [](const Activity* a) { return *epochSeconds(a->end); };
    const int pairs = vols * acts;
    std::int64_t best = 0;
    for (int mask = 0; mask < (1 << pairs); ++mask) {
      std::int64_t value = 0;
      bool ok = true;
      for (int a = 0; a < acts && ok; ++a) {
        int n = 0;
        for (int v = 0; v < vols; ++v) n += (mask >> (v * acts + a)) & 1;
        ok = n <= list[static_cast<std::size_t>(a)]->headcount;
      }
      for (int v = 0; v < vols && ok; ++v) {
        const Volunteer& vol = *c.ds.find<Volunteer>("volunteer/" + std::to_string(v + 1));
        std::map<int, int> weekMinutes;
        weekMinutes[weekNumber(history.start)] += served[static_cast<std::size_t>(v)];
        int m = 0;
        for (int a = 0; a < acts && ok; ++a) {
          if (!((mask >> (v * acts + a)) & 1)) continue;
          const Activity* act = list[static_cast<std::size_t>(a)];
          const int from = minuteOfDay(act->start), to = minuteOfDay(act->end);
          ok &= vol.availableAt(isoWeekday(act->start), from, to);
          ok &= (weekMinutes[weekNumber(act->start)] += to - from) <= o.weights.weekly_cap_hours * 60;
          for (int b = 0; b < a; ++b)
            if ((mask >> (v * acts + b)) & 1)
              ok &= !(begin(act) < end(list[static_cast<std::size_t>(b)]) && begin(list[static_cast<std::size_t>(b)]) < end(act));
          const int score = 120 + (act->organisers.empty() ? 0 : 20);  // base 100 + paired 20 or organiser 40
          value += score - o.weights.fairness_per_hour * (served[static_cast<std::size_t>(v)] / 60 + m * o.weights.hours_per_assignment);
          ++m;
        }
      }
      if (ok) best = std::max(best, value);
    }
    CHECK_MESSAGE(plan.total_score - plan.fairness_cost == best, "case " << seed);
  }
  MESSAGE(branched << " of 240 cases needed the branch and bound");
  CHECK(branched > 0);
}
