// The seeded district-scale dataset shared by the benchmarks (bench_match, district_bundle): communities,
// partner units with one service resource each, open needs, volunteers and activities, drawn with
// splitmix64 so native and WebAssembly build the very same records. Changing the order of draws changes
// every benchmark's instance (and the NetworkX optimum kept in build/bench/networkx.txt).
#pragma once
#include <cstdint>
#include <string>

#include "domain/dataset.h"
#include "domain/dates.h"
#include "domain/ids.h"

namespace gj::bench {

struct Rng {  // splitmix64: the same numbers natively and in wasm
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
};

struct DistrictScale {
  std::uint64_t seed = 1;
  int communities = 100, needs = 10000, units = 1000, volunteers = 50000, activities = 2000;
};

// 30 fine-grained service categories; each unit offers one (sometimes two), so a category has
// units/30 offering units (about 33 of 1000), i.e. 20-50 candidates per need.
inline Dataset generateDistrict(const DistrictScale& s) {
  Rng rng{s.seed};
  Dataset ds;
  const int cats = 30;
  auto cat = [](int c) { return "cat" + std::to_string(c); };
  for (int c = 1; c <= s.communities; ++c) {
    Community x;
    x.id = makeId("community", c);
    ds.put(x);
  }
  for (int u = 1; u <= s.units; ++u) {
    Unit x;
    x.id = makeId("unit", u);
    const int pairs = 1 + rng.below(3);
    for (int p = 0; p < pairs; ++p) x.communities.push_back(makeId("community", 1 + rng.below(s.communities)));
    ds.put(x);
    Resource r;
    r.id = makeId("resource", u);
    r.unit = x.id;
    r.categories.push_back(cat(rng.below(cats)));
    if (rng.below(5) == 0) r.categories.push_back(cat(rng.below(cats)));
    r.capacity_per_quarter = 4 + rng.below(7);
    ds.put(r);
    for (int k = rng.below(4); k > 0; --k) {
      Project p;
      p.id = makeId("project", static_cast<long long>(u) * 10 + k);
      p.lead_unit = x.id;
      p.status = ProjectStatus::completed;
      p.quarter = Quarter::parse("2024Q1");
      ds.put(p);
    }
  }
  for (int n = 1; n <= s.needs; ++n) {
    Need x;
    x.id = makeId("need", n);
    x.community = makeId("community", 1 + rng.below(s.communities));
    x.category = cat(rng.below(cats));
    x.urgency = 1 + rng.below(5);
    x.people_affected = 1 + rng.below(200);
    x.target_group = static_cast<TargetGroup>(rng.below(3));
    x.status = rng.below(2) ? NeedStatus::listed : NeedStatus::classified;
    ds.put(x);
  }
  const char* skills[] = {"health", "legal", "safety", "policy", "elderly", "culture", "children"};
  for (int v = 1; v <= s.volunteers; ++v) {
    Volunteer x;
    x.id = makeId("volunteer", v);
    x.unit = makeId("unit", 1 + rng.below(s.units));
    for (int d = 1; d <= 7; ++d)
      if (rng.below(7) < 3) x.weekdays.push_back(d);
    x.skills.push_back(skills[rng.below(7)]);
    if (rng.below(3) == 0)  // a third keep hours: a morning, afternoon or evening on each of their days
      for (int d : x.weekdays) {
        const int part = rng.below(3);
        x.availability.push_back({d, part == 0 ? 8 * 60 : part == 1 ? 13 * 60 : 18 * 60, part == 0 ? 12 * 60 : part == 1 ? 18 * 60 : 22 * 60});
      }
    ds.put(x);
  }
  const int firstDay = *dayNumber("2024-07-01");
  for (int a = 1; a <= s.activities; ++a) {
    Activity x;
    x.id = makeId("activity", a);
    x.type = static_cast<ActivityType>(rng.below(9));
    x.community = makeId("community", 1 + rng.below(s.communities));
    const std::string date = dateOfDayNumber(firstDay + rng.below(91));
    const int hour = rng.below(3) == 0 ? 9 : rng.below(2) ? 14 : 19, hours = 1 + rng.below(3);
    x.start = date + "T" + std::to_string(hour / 10) + std::to_string(hour % 10) + ":00:00+08:00";
    x.end = date + "T" + std::to_string((hour + hours) / 10) + std::to_string((hour + hours) % 10) + ":00:00+08:00";
    x.headcount = 2 + rng.below(9);
    x.organisers.push_back(makeId("unit", 1 + rng.below(s.units)));
    ds.put(x);
  }
  return ds;
}

}  // namespace gj::bench
