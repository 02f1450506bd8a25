// See volunteer_list.h.
#include "ui/volunteer_list.h"

#include <algorithm>
#include <tuple>

namespace gj::ui {

namespace {

std::string unitNameOf(const Dataset& ds, const std::string& id) {
  const Unit* u = ds.find<Unit>(id);
  return u ? u->name : id;
}

bool keeps(const Dataset& ds, const Volunteer& v, const VolunteerFilter& f) {
  if (!f.unit.empty() && v.unit != f.unit) return false;
  if (!f.skill.empty() && std::find(v.skills.begin(), v.skills.end(), f.skill) == v.skills.end()) return false;
  if (!f.search.empty() && v.name.find(f.search) == std::string::npos &&
      unitNameOf(ds, v.unit).find(f.search) == std::string::npos)
    return false;
  return true;
}

// -1, 0, 1 on the chosen column only (the id decides ties).
int compareOn(const Dataset& ds, const Volunteer& a, const Volunteer& b, VolunteerColumn c,
              const std::map<std::string, std::int64_t, std::less<>>& minutes) {
  auto cmp = [](const auto& x, const auto& y) { return x < y ? -1 : y < x ? 1 : 0; };
  auto minutesOf = [&](const Volunteer& v) {
    auto it = minutes.find(v.id);
    return it == minutes.end() ? std::int64_t{0} : it->second;
  };
  auto joined = [](const Volunteer& v) {
    std::string s;
    for (const auto& k : v.skills) s += k + ",";
    return s;
  };
  switch (c) {
    case VolunteerColumn::name: return cmp(a.name, b.name);
    case VolunteerColumn::unit: return cmp(unitNameOf(ds, a.unit), unitNameOf(ds, b.unit));
    case VolunteerColumn::party: return cmp(a.party_member, b.party_member);
    case VolunteerColumn::skills:
      return cmp(std::make_tuple(a.skills.size(), joined(a)), std::make_tuple(b.skills.size(), joined(b)));
    case VolunteerColumn::weekdays: return cmp(a.weekdays.size(), b.weekdays.size());
    case VolunteerColumn::hours: return cmp(minutesOf(a), minutesOf(b));
  }
  return 0;
}

}  // namespace

std::vector<std::string> listVolunteers(const Dataset& ds, const VolunteerFilter& filter, const VolunteerSort& sort,
                                        const std::map<std::string, std::int64_t, std::less<>>& minutes) {
  std::vector<const Volunteer*> kept;
  for (const auto& [id, v] : ds.volunteers())
    if (keeps(ds, v, filter)) kept.push_back(&v);
  IdLess idLess;
  std::stable_sort(kept.begin(), kept.end(), [&](const Volunteer* a, const Volunteer* b) {
    int c = compareOn(ds, *a, *b, sort.column, minutes);
    if (c == 0) c = idLess(a->id, b->id) ? -1 : idLess(b->id, a->id) ? 1 : 0;
    return sort.descending ? c > 0 : c < 0;
  });
  std::vector<std::string> ids;
  for (const Volunteer* v : kept) ids.push_back(v->id);
  return ids;
}

}  // namespace gj::ui
