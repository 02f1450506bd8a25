// Reading projects.json, activities.json and children_station.json.
#include <algorithm>

#include "io/demo_source_read.h"
#include "io/demo_source_tables.h"

namespace gj::io::demo {
namespace {

void readProgress(const Json& j, const std::string& where, SourceProgress& p, Errors& errors) {
  Entry e(j, where, errors);
  e.f().date("date", p.date);
  e.f().integer("percent", p.percent, 0, 100);
  e.f().name("note", p.note);
  e.yuan("funds_yuan", p.funds_fen);
  e.finish();
}

void readProject(Entry& e, SourceProject& p) {
  Errors& errors = e.f().errors();
  e.f().name("key", p.key);
  e.f().name("title", p.title);
  e.f().name("community", p.community);
  e.f().name("place", p.place);
  e.f().category("category", p.category);
  e.f().choice("group", p.group, Presence::optional);
  e.f().choice("status", p.status);
  const bool claimed = p.status >= ProjectStatus::claimed;
  e.f().text("lead", p.lead, claimed ? Presence::required : Presence::optional);
  e.f().texts("partners", p.partners);
  e.f().quarter("quarter", p.quarter, claimed ? Presence::required : Presence::optional);
  e.yuan("budget_yuan", p.budget_fen);
  e.yuan("funds_yuan", p.funds_fen, claimed ? Presence::required : Presence::optional);
  std::vector<int> ratings;
  e.integers("ratings", ratings, 0, 1000, 3, Presence::optional);
  if (ratings.size() > 3) e.fail("ratings", "3 counts: satisfied, basic, unsatisfied", e.value("ratings"));
  for (std::size_t i = 0; i < 3 && i < ratings.size(); ++i) p.ratings[i] = ratings[i];
  e.f().flag("featured", p.featured);
  e.f().flag("exemplary", p.exemplary);
  e.f().count("households", p.households, Presence::optional);
  if (const Json* groups = e.f().object("beneficiaries", Presence::optional)) {
    Entry g(*groups, p.where + ".beneficiaries", errors);
    for (auto group : allValues<TargetGroup>()) {
      int n = -1;
      g.f().count(std::string(enumName(group)), n, Presence::optional);
      if (n >= 0) p.beneficiaries[group] = n;
    }
    g.finish();
  }
  if (const Json* award = e.f().object("award", Presence::optional)) {
    Entry a(*award, p.where + ".award", errors);
    SourceAward got;
    a.f().name("title", got.title);
    a.yuan("yuan", got.amount_fen);
    a.f().date("date", got.date);
    a.finish();
    p.award = got;
  }
  if (const Json* list = e.f().array("timeline"))
    for (std::size_t i = 0; i < list->size(); ++i) {
      SourceProgress entry;
      const std::string at = p.where + ".timeline[" + std::to_string(i) + "]";
      if ((*list)[i].is_object())
        readProgress((*list)[i], at, entry, errors);
      else
        errors.push_back(at + ": expected an object, got " + shown((*list)[i]));
      p.timeline.push_back(std::move(entry));
    }
  e.integers("days", p.days, 0, 366, 1, Presence::optional);
  e.integers("percent", p.percent, 1, 100, 1, Presence::optional);
  e.f().date("completed", p.completed, Presence::optional);
  e.f().texts("needs", p.needs);
}

void readActivityType(const Json& j, const std::string& where, SourceActivityType& t, Errors& errors) {
  Entry e(j, where, errors);
  e.f().texts("titles", t.titles);
  if (t.titles.empty()) e.fail("titles", "a list of at least one title", e.value("titles"));
  e.f().name("place", t.place);
  e.f().name("start", t.start);
  e.f().integer("minutes", t.minutes, 1, 600);
  e.integers("people", t.people, 0, 10000, 1);
  e.finish();
}

}  // namespace

void readProjects(const Json& doc, DemoSource& s, Errors& errors) {
  Entry top(doc, "projects.json", errors);
  if (const Json* notes = top.f().object("progress_notes")) {
    for (auto it = notes->begin(); it != notes->end(); ++it) {
      std::vector<std::string> list;
      if (it->is_array() && it->size() == 3 && std::all_of(it->begin(), it->end(), [](const Json& n) {
            return n.is_string() && !n.get_ref<const std::string&>().empty();
          }))
        list = it->get<std::vector<std::string>>();
      else
        top.fail("progress_notes." + it.key(), "3 non-empty notes (start, middle, end)", &*it);
      s.progress_notes[it.key()] = std::move(list);
    }
  }
  top.f().markKnown("projects");
  top.finish();
  eachEntry(doc, "projects.json", "projects", errors, [&](Entry& e) {
    SourceProject p;
    p.where = e.where();
    readProject(e, p);
    s.projects.push_back(std::move(p));
  });
}

void readActivities(const Json& doc, DemoSource& s, Errors& errors) {
  Entry top(doc, "activities.json", errors);
  std::optional<Quarter> first, last;
  top.f().quarter("first_quarter", first);
  top.f().quarter("last_quarter", last);
  if (first) s.first_quarter = *first;
  if (last) s.last_quarter = *last;
  if (first && last && *last < *first)
    top.fail("last_quarter", "a quarter not before " + first->text(), top.value("last_quarter"));
  if (const Json* types = top.f().object("types"))
    for (auto it = types->begin(); it != types->end(); ++it) {
      const std::string where = "activities.json: types." + it.key();
      auto type = parseEnum<ActivityType>(it.key());
      if (!type) {
        const Json key(it.key());
        top.fail("types", "activity types " + enumExpectation<ActivityType>().substr(7), &key);
      } else if (!it->is_object()) {
        errors.push_back(where + ": expected an object, got " + shown(*it));
      } else {
        readActivityType(*it, where, s.activity_types[*type], errors);
      }
    }
  top.f().markKnown("fridays");
  top.f().markKnown("project_sessions");
  top.finish();
  eachEntry(doc, "activities.json", "fridays", errors, [&](Entry& e) {
    SourceFriday f;
    f.where = e.where();
    e.f().name("unit", f.unit);
    e.f().name("community", f.community);
    e.f().name("title", f.title);
    e.f().choice("type", f.type);
    e.f().date("from", f.from);
    e.f().date("to", f.to);
    e.f().name("place", f.place);
    e.f().name("start", f.start);
    e.f().integer("minutes", f.minutes, 1, 600);
    e.integers("people", f.people, 0, 10000, 1);
    s.fridays.push_back(std::move(f));
  });
  eachEntry(doc, "activities.json", "project_sessions", errors, [&](Entry& e) {
    SourceSessions x;
    x.where = e.where();
    e.f().name("project", x.project);
    e.f().choice("type", x.type);
    e.f().date("from", x.from);
    e.f().date("to", x.to);
    e.f().integer("every_days", x.every_days, 1, 366);
    e.f().name("start", x.start);
    e.f().integer("minutes", x.minutes, 1, 600);
    s.sessions.push_back(std::move(x));
  });
}

void readStation(const Json& doc, DemoSource& s, Errors& errors) {
  SourceStation& st = s.station;
  Entry e(doc, "children_station.json", errors);
  e.f().name("key", st.key);
  e.f().name("title", st.title);
  e.f().name("community", st.community);
  e.f().name("lead", st.lead);
  e.f().category("category", st.category);
  e.f().date("claimed", st.claimed);
  e.yuan("budget_yuan", st.budget_fen);
  e.f().name("place", st.place);
  e.f().texts("titles", st.titles);
  e.f().texts("summer_titles", st.summer_titles);
  if (st.titles.empty() || st.summer_titles.empty())
    e.fail(st.titles.empty() ? "titles" : "summer_titles", "a list of at least one title", nullptr);
  e.f().markKnown("years");
  e.finish();
  eachEntry(doc, "children_station.json", "years", errors, [&](Entry& y) {
    SourceStationYear year;
    y.f().integer("year", year.year, 2000, 2100);
    y.yuan("funds_yuan", year.funds_fen);
    y.f().integer("activities", year.activities, 1, 1000);
    y.f().count("children", year.children);
    y.f().date("to", year.to);
    if (!year.to.empty() && year.to.substr(0, 4) != std::to_string(year.year))
      y.fail("to", "a date in " + std::to_string(year.year), y.value("to"));
    st.years.push_back(std::move(year));
  });
}

}  // namespace gj::io::demo
