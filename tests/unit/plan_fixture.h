// Small hand-made datasets for the matching tests, and a tiny PRNG whose output is the same with
// libstdc++ and libc++ (std::uniform_int_distribution's is not).
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "domain/dataset.h"

namespace gj::test {

struct SplitMix {
  std::uint64_t state;
  explicit SplitMix(std::uint64_t seed) : state(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }  // 0..n-1
};

struct MiniStreet {
  Dataset ds;
  MiniStreet() {
    for (int c = 1; c <= 3; ++c) {
      Community x;
      x.id = "community/" + std::to_string(c);
      x.name = "c" + std::to_string(c);
      ds.put(x);
    }
  }
  // A unit paired with `communities`, offering `categories` through one service resource of `slots`.
  void unit(int n, std::vector<std::string> communities, std::vector<std::string> categories, int slots,
            ResourceKind kind = ResourceKind::service) {
    Unit u;
    u.id = "unit/" + std::to_string(n);
    u.name = "u" + std::to_string(n);
    u.communities = std::move(communities);
    ds.put(u);
    Resource r;
    r.id = "resource/" + std::to_string(n);
    r.unit = u.id;
    r.kind = kind;
    r.categories = std::move(categories);
    r.capacity_per_quarter = slots;
    ds.put(r);
  }
  Need& need(int n, std::string community, std::string category, int urgency = 3, int people = 1,
             TargetGroup group = TargetGroup::general, NeedStatus status = NeedStatus::listed) {
    Need x;
    x.id = "need/" + std::to_string(n);
    x.community = std::move(community);
    x.category = std::move(category);
    x.urgency = urgency;
    x.people_affected = people;
    x.target_group = group;
    x.status = status;
    ds.put(x);
    return *ds.find<Need>(x.id);
  }
  Project& project(int n, std::string lead, std::string quarter, ProjectStatus status) {
    Project p;
    p.id = "project/" + std::to_string(n);
    p.lead_unit = std::move(lead);
    p.quarter = Quarter::parse(quarter);
    p.status = status;
    ds.put(p);
    return *ds.find<Project>(p.id);
  }
  void rating(int n, std::string project, Rating r) {
    Feedback f;
    f.id = "feedback/" + std::to_string(n);
    f.target = std::move(project);
    f.rating = r;
    ds.put(f);
  }
};

}  // namespace gj::test
