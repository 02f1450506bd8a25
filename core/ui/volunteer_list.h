// The roster behind the Volunteers screen: which volunteers a filter keeps and in what order. Kept apart from
// drawing so it can be tested; the screen caches the result per dataset version.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/dataset.h"

namespace gj::ui {

enum class VolunteerColumn { name, unit, party, skills, weekdays, hours };

struct VolunteerFilter {
  std::string unit;    // unit id; "" for all
  std::string skill;   // category id; "" for all
  std::string search;  // part of the name or of the unit's name; "" for all
  bool operator==(const VolunteerFilter&) const = default;
};

struct VolunteerSort {
  VolunteerColumn column = VolunteerColumn::name;
  bool descending = false;
  bool operator==(const VolunteerSort&) const = default;
};

// The ids of the volunteers `filter` keeps, ordered by `sort`, ties by id (IdLess) in the same direction, so the
// order is total. Names compare by their UTF-8 bytes, units by the unit's name, party members after the others
// (ascending), skills by how many then their ids joined, weekdays by how many days, hours by `minutes`
// (volunteer id -> minutes served; absent = 0).
std::vector<std::string> listVolunteers(const Dataset& ds, const VolunteerFilter& filter, const VolunteerSort& sort,
                                        const std::map<std::string, std::int64_t, std::less<>>& minutes);

}  // namespace gj::ui
