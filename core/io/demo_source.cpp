// Reading street.json, units.json, needs.json, people.json and meetings.json, and the checks across tables
// (keys exist, matched units are paired with the need's community, categories are known).
#include "io/demo_source.h"

#include <algorithm>
#include <set>

#include "io/demo_source_read.h"
#include "io/demo_source_tables.h"

namespace gj::io::demo {

const SourceCommunity* DemoSource::community(const std::string& key) const {
  for (const auto& c : communities)
    if (c.key == key) return &c;
  return nullptr;
}

const SourceUnit* DemoSource::unit(const std::string& key) const {
  for (const auto& u : units)
    if (u.key == key) return &u;
  return nullptr;
}

namespace {

void readStreet(const Json& doc, DemoSource& s, Errors& errors) {
  Entry top(doc, "street.json", errors);
  if (const Json* street = top.f().object("street")) {
    Entry e(*street, "street.json: street", errors);
    e.f().name("name", s.street_name);
    e.f().name("district", s.district);
    e.f().name("city", s.city);
    e.finish();
  }
  top.f().date("as_of", s.as_of);
  top.f().name("admin", s.admin);
  top.f().markKnown("communities");
  top.finish();
  eachEntry(doc, "street.json", "communities", errors, [&](Entry& e) {
    SourceCommunity c;
    e.f().name("key", c.key);
    e.f().name("name", c.name);
    e.f().count("households", c.households);
    e.f().name("worker", c.worker);
    e.f().integer("meeting_day", c.meeting_day, 1, 28);
    e.f().name("centre", c.centre);
    e.f().texts("compounds", c.compounds);
    if (c.compounds.empty()) e.fail("compounds", "a list of at least one compound name", e.value("compounds"));
    s.communities.push_back(std::move(c));
  });
}

void readOffer(const Json& j, const std::string& where, SourceOffer& o, Errors& errors) {
  Entry e(j, where, errors);
  e.f().choice("kind", o.kind);
  e.f().name("title", o.title);
  e.f().categories("categories", o.categories);
  // The capacity's key says its unit, so a table cannot mix up yuan, hours and counts.
  std::int64_t amount = 0;
  if (o.kind == ResourceKind::funds) {
    e.yuan("capacity_yuan", amount);
    o.capacity = amount;
  } else if (o.kind == ResourceKind::volunteer_hours) {
    e.f().quantity("capacity_hours", amount);
    o.capacity = amount * 60;
  } else {
    e.f().quantity("capacity", o.capacity);
  }
  e.finish();
}

void readUnits(const Json& doc, DemoSource& s, Errors& errors) {
  eachEntry(doc, "units.json", "units", errors, [&](Entry& e) {
    SourceUnit u;
    u.where = e.where();
    e.f().name("key", u.key);
    e.f().name("name", u.name);
    e.f().choice("level", u.level);
    e.f().texts("communities", u.communities);
    e.f().text("liaison", u.liaison);
    ActivityType type{};
    if (e.value("activity")) {
      e.f().choice("activity", type);
      u.activity = type;
    }
    e.f().integer("volunteers", u.volunteers, 1, 20, Presence::optional);
    if (const Json* offers = e.f().array("offers"))
      for (std::size_t i = 0; i < offers->size(); ++i) {
        SourceOffer o;
        const std::string at = u.where + ".offers[" + std::to_string(i) + "]";
        if ((*offers)[i].is_object())
          readOffer((*offers)[i], at, o, errors);
        else
          errors.push_back(at + ": expected an object, got " + shown((*offers)[i]));
        u.offers.push_back(std::move(o));
      }
    if (!u.communities.empty() && (u.liaison.empty() || !u.activity))
      e.fail(u.liaison.empty() ? "liaison" : "activity", "a value for a unit paired with communities", nullptr);
    s.units.push_back(std::move(u));
  });
}

void readNeeds(const Json& doc, DemoSource& s, Errors& errors) {
  eachEntry(doc, "needs.json", "needs", errors, [&](Entry& e) {
    SourceNeed n;
    n.where = e.where();
    e.f().name("key", n.key);
    e.f().name("community", n.community);
    e.f().name("place", n.place);
    e.f().name("text", n.text);
    e.f().category("category", n.category);
    e.f().choice("group", n.group, Presence::optional);
    e.f().integer("urgency", n.urgency, 1, 5);
    e.f().integer("people", n.people, 1, 100000);
    e.f().date("reported", n.reported);
    e.f().choice("status", n.status);
    e.f().text("matched_unit", n.matched_unit);
    e.f().text("decided_by", n.decided_by);
    e.f().text("refer_to", n.refer_to);
    e.f().text("reason", n.reason);
    e.f().text("duplicate_of", n.duplicate_of);
    s.needs.push_back(std::move(n));
  });
}

void readPeople(const Json& doc, DemoSource& s, Errors& errors) {
  Entry top(doc, "people.json", errors);
  top.f().texts("surnames", s.surnames);
  top.f().texts("given_names", s.given_names);
  std::string title;
  top.f().text("volunteer_title", title);
  top.finish();
  if (s.surnames.size() < 10 || s.given_names.size() < 10)
    errors.push_back("people.json: surnames: expected at least 10 surnames and 10 given names, got " +
                     std::to_string(s.surnames.size()) + " and " + std::to_string(s.given_names.size()));
}

void readMeetings(const Json& doc, DemoSource& s, Errors& errors) {
  Entry top(doc, "meetings.json", errors);
  std::vector<std::string> themes;
  top.f().texts("themes", themes);
  if (themes.size() != 4)
    top.fail("themes", "4 texts, one per quarter", top.value("themes"));
  else
    std::copy(themes.begin(), themes.end(), s.themes.begin());
  top.f().markKnown("street_meetings");
  top.finish();
  eachEntry(doc, "meetings.json", "street_meetings", errors, [&](Entry& e) {
    SourceStreetMeeting m;
    e.f().date("date", m.date);
    e.f().name("notes", m.notes);
    e.f().texts("decisions", m.decisions);
    s.street_meetings.push_back(std::move(m));
  });
}

}  // namespace

bool readCategoryIds(const std::string& assetDir, std::vector<std::string>* ids, std::string* error) {
  Errors errors;
  auto doc = readTable(assetDir, "categories.json", errors);
  if (doc) {
    auto list = doc->find("categories");
    if (list == doc->end() || !list->is_array()) errors.push_back("categories.json: categories: expected a list");
    else
      for (const Json& c : *list)
        if (c.is_object() && c.contains("id") && c["id"].is_string()) ids->push_back(c["id"].get<std::string>());
  }
  if (errors.empty()) return true;
  *error = errors.front();
  return false;
}

bool readDemoSource(const std::string& dir, const std::vector<std::string>& categories, DemoSource* out,
                    std::string* error) {
  Errors errors;
  DemoSource s;
  using Reader = void (*)(const Json&, DemoSource&, Errors&);
  const std::pair<const char*, Reader> tables[] = {
      {"street.json", readStreet},     {"units.json", readUnits},       {"projects.json", readProjects},
      {"needs.json", readNeeds},       {"people.json", readPeople},     {"activities.json", readActivities},
      {"children_station.json", readStation}, {"meetings.json", readMeetings}};
  for (const auto& [file, read] : tables)
    if (auto doc = readTable(dir, file, errors)) read(*doc, s, errors);
  if (errors.empty()) checkSourceKeys(s, categories, errors);
  if (!errors.empty()) {
    std::string text;
    for (const auto& e : errors) text += (text.empty() ? "" : "\n") + e;
    *error = text;
    return false;
  }
  *out = std::move(s);
  return true;
}

}  // namespace gj::io::demo
