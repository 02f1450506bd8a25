// JSON fields of Volunteer and Activity.
#include "domain/volunteer.h"

#include <cstdio>
#include <optional>

namespace gj {

int Activity::volunteerMinutes() const {
  int sum = 0;
  for (const auto& a : attendance) sum += a.minutes;
  return sum;
}

bool Volunteer::availableAt(int weekday, int from, int to) const {
  bool listed = false, ranged = false;
  for (int d : weekdays) listed |= d == weekday;
  if (!listed) return false;
  for (const HourRange& h : availability) {
    if (h.weekday != weekday) continue;
    ranged = true;
    if (h.from <= from && to <= h.to) return true;
  }
  return !ranged;
}

namespace {

std::string clockText(int minutes) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
  return buf;
}

// "HH:MM", 00:00..24:00.
std::optional<int> clockMinutes(const Json& v) {
  if (!v.is_string()) return std::nullopt;
  const std::string& t = v.get_ref<const std::string&>();
  if (t.size() != 5 || t[2] != ':') return std::nullopt;
  for (int i : {0, 1, 3, 4})
    if (t[static_cast<std::size_t>(i)] < '0' || t[static_cast<std::size_t>(i)] > '9') return std::nullopt;
  const int h = (t[0] - '0') * 10 + (t[1] - '0'), m = (t[3] - '0') * 10 + (t[4] - '0');
  if (m > 59 || h > 24 || (h == 24 && m != 0)) return std::nullopt;
  return h * 60 + m;
}

void readAvailability(Fields& f, Volunteer& r) {
  const Json* list = f.array("availability");
  if (!list) return;
  std::vector<HourRange> got;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    const std::string at = "availability[" + std::to_string(i) + "]";
    if (!item.is_object()) {
      f.fail(at, "an object {\"weekday\",\"from\",\"to\"}", &item);
      continue;
    }
    HourRange h;
    Fields hf(item, f.pathOf(at), f.errors());
    hf.integer("weekday", h.weekday, 1, 7);
    const std::size_t before = hf.errorCount();
    for (const char* key : {"from", "to"}) {
      hf.markKnown(key);
      const Json* v = item.contains(key) ? &item.at(key) : nullptr;
      auto minutes = v ? clockMinutes(*v) : std::nullopt;
      if (!minutes) hf.fail(key, "a time of day \"HH:MM\" (00:00..24:00)", v);
      else (key[0] == 'f' ? h.from : h.to) = *minutes;
    }
    if (hf.errorCount() != before) continue;
    bool listed = false;
    for (int d : r.weekdays) listed |= d == h.weekday;
    if (!listed) hf.fail("weekday", "one of the volunteer's weekdays", &item.at("weekday"));
    else if (h.to <= h.from) hf.fail("to", "a time after from (" + clockText(h.from) + ")", &item.at("to"));
    else if (!got.empty() && (h.weekday < got.back().weekday || (h.weekday == got.back().weekday && h.from < got.back().to)))
      hf.fail("from", "a range after the previous one (" + std::to_string(got.back().weekday) + " " +
                          clockText(got.back().from) + "-" + clockText(got.back().to) + "; sorted, not overlapping)",
              &item.at("from"));
    else got.push_back(h);
    const Json unknown = hf.rest();
    for (auto it = unknown.begin(); it != unknown.end(); ++it) hf.fail(it.key(), "no such field (weekday, from, to)", &*it);
  }
  r.availability = std::move(got);
}

}  // namespace

void writeFields(Json& j, const Volunteer& r) {
  j["name"] = r.name;
  j["unit"] = r.unit;
  j["party_member"] = r.party_member;
  j["skills"] = r.skills;
  j["weekdays"] = r.weekdays;
  j["phone"] = r.phone;
  if (!r.availability.empty()) {  // optional: absent means all day on the listed weekdays
    Json list = Json::array();
    for (const HourRange& h : r.availability)
      list.push_back({{"weekday", h.weekday}, {"from", clockText(h.from)}, {"to", clockText(h.to)}});
    j["availability"] = std::move(list);
  }
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
  readAvailability(f, r);
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
