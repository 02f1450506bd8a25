// JSON fields of Volunteer and Activity.
#include "domain/volunteer.h"

namespace gj {

int Activity::volunteerMinutes() const {
  int sum = 0;
  for (const auto& a : attendance) sum += a.minutes;
  return sum;
}

void writeFields(Json& j, const Volunteer& r) {
  j["name"] = r.name;
  j["unit"] = r.unit;
  j["party_member"] = r.party_member;
  j["skills"] = r.skills;
  j["weekdays"] = r.weekdays;
  j["phone"] = r.phone;
}

void readFields(Fields& f, Volunteer& r) {
  f.name("name", r.name);
  f.id("unit", r.unit, "unit");
  f.flag("party_member", r.party_member);
  f.categories("skills", r.skills);
  if (const Json* days = f.array("weekdays")) {
    std::vector<int> got;
    for (std::size_t i = 0; i < days->size(); ++i) {
      const Json& d = (*days)[i];
      const std::string at = "weekdays[" + std::to_string(i) + "]";
      auto day = asInteger(d);
      if (!day || *day < 1 || *day > 7)
        f.fail(at, "a weekday 1..7 (1 = Monday)", &d);
      else if (!got.empty() && *day <= got.back())
        f.fail(at, "a weekday after " + std::to_string(got.back()) + " (ascending, each once)", &d);
      else
        got.push_back(static_cast<int>(*day));
    }
    r.weekdays = std::move(got);
  }
  f.text("phone", r.phone);
}

void writeFields(Json& j, const Activity& r) {
  j["title"] = r.title;
  j["type"] = enumName(r.type);
  j["community"] = r.community;
  j["start"] = r.start;
  j["end"] = r.end;
  j["place"] = r.place;
  j["headcount"] = r.headcount;
  j["organisers"] = r.organisers;
  j["project"] = r.project;
  Json list = Json::array();
  for (const auto& a : r.attendance) {
    Json e = a.extra.is_object() ? a.extra : Json::object();
    e["volunteer"] = a.volunteer;
    e["minutes"] = a.minutes;
    list.push_back(std::move(e));
  }
  j["attendance"] = std::move(list);
  j["people_served"] = r.people_served;
  j["children_served"] = r.children_served;
  j["recurring_weekly"] = r.recurring_weekly;
}

void readFields(Fields& f, Activity& r) {
  f.name("title", r.title);
  f.choice("type", r.type);
  f.id("community", r.community, "community");
  f.timestamp("start", r.start);
  f.timestamp("end", r.end);
  auto start = epochSeconds(r.start), end = epochSeconds(r.end);
  if (start && end && *end < *start) f.fail("end", "a time not before start (" + r.start + ")", &f.raw().at("end"));
  f.text("place", r.place);
  f.count("headcount", r.headcount, Presence::optional);
  f.ids("organisers", r.organisers, "unit");
  f.id("project", r.project, "project", Presence::optional);
  if (const Json* list = f.array("attendance")) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Json& item = (*list)[i];
      const std::string at = "attendance[" + std::to_string(i) + "]";
      if (!item.is_object()) {
        f.fail(at, "an object", &item);
        continue;
      }
      Attendance a;
      Fields af(item, f.pathOf(at), f.errors());
      af.id("volunteer", a.volunteer, "volunteer");
      af.integer("minutes", a.minutes, 0, 24 * 60);
      a.extra = af.rest();
      for (const auto& seen : r.attendance)
        if (!a.volunteer.empty() && seen.volunteer == a.volunteer)
          af.fail("volunteer", "each volunteer once per activity", &item.at("volunteer"));
      r.attendance.push_back(std::move(a));
    }
  }
  f.count("people_served", r.people_served, Presence::optional);
  f.count("children_served", r.children_served, Presence::optional);
  if (r.children_served > r.people_served)
    f.fail("children_served", "at most people_served (" + std::to_string(r.people_served) + ")",
           &f.raw().at("children_served"));
  f.flag("recurring_weekly", r.recurring_weekly);
}

}  // namespace gj
