// JSON fields of Project, and the fields each status requires.
#include "domain/project.h"

namespace gj {

std::int64_t Project::fundsSpentFen() const {
  std::int64_t sum = 0;
  for (const auto& e : timeline) sum += e.funds_spent_fen;
  return sum;
}

int Project::progressPercent() const { return timeline.empty() ? 0 : timeline.back().percent; }

int Project::beneficiaryTotal() const {
  int sum = 0;
  for (const auto& [group, n] : beneficiaries) sum += n;
  return sum;
}

void writeFields(Json& j, const Project& r) {
  j["title"] = r.title;
  j["community"] = r.community;
  j["needs"] = r.needs;
  j["lead_unit"] = r.lead_unit;
  j["partner_units"] = r.partner_units;
  j["quarter"] = r.quarter ? r.quarter->text() : "";
  j["category"] = r.category;
  j["status"] = enumName(r.status);
  j["budget_fen"] = r.budget_fen;
  Json timeline = Json::array();
  for (const auto& e : r.timeline) {
    Json t = e.extra.is_object() ? e.extra : Json::object();
    t["date"] = e.date;
    t["percent"] = e.percent;
    t["note"] = e.note;
    t["funds_spent_fen"] = e.funds_spent_fen;
    timeline.push_back(std::move(t));
  }
  j["timeline"] = std::move(timeline);
  j["problems_solved"] = r.problems_solved;
  Json groups = Json::object();
  for (const auto& [group, n] : r.beneficiaries) groups[std::string(enumName(group))] = n;
  j["beneficiaries"] = std::move(groups);
  j["households"] = r.households;
  j["featured"] = r.featured;
  j["exemplary"] = r.exemplary;
  j["claimed"] = r.claimed;
  j["completed"] = r.completed;
}

static void readTimeline(Fields& f, Project& r) {
  const Json* list = f.array("timeline");
  if (!list) return;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    const std::string at = "timeline[" + std::to_string(i) + "]";
    if (!item.is_object()) {
      f.fail(at, "an object", &item);
      continue;
    }
    TimelineEntry e;
    const std::size_t errorsBefore = f.errors().size();
    Fields tf(item, f.pathOf(at), f.errors());
    tf.date("date", e.date);
    tf.integer("percent", e.percent, 0, 100);
    tf.text("note", e.note);
    tf.fen("funds_spent_fen", e.funds_spent_fen, Presence::optional);
    e.extra = tf.rest();
    if (!r.timeline.empty() && f.errors().size() == errorsBefore) {  // the rules addProgress enforces
      const TimelineEntry& prev = r.timeline.back();
      if (e.percent < prev.percent)
        tf.fail("percent", "at least " + std::to_string(prev.percent) + " (progress does not go backwards)",
                &item.at("percent"));
      if (!e.date.empty() && !prev.date.empty() && e.date < prev.date)
        tf.fail("date", "a date not before " + prev.date, &item.at("date"));
    }
    r.timeline.push_back(std::move(e));
  }
}

void readFields(Fields& f, Project& r) {
  f.name("title", r.title);
  f.id("community", r.community, "community");
  f.ids("needs", r.needs, "need");
  f.id("lead_unit", r.lead_unit, "unit", Presence::optional);
  f.ids("partner_units", r.partner_units, "unit");
  f.quarter("quarter", r.quarter, Presence::optional);
  f.category("category", r.category, Presence::optional);
  f.choice("status", r.status);
  f.fen("budget_fen", r.budget_fen, Presence::optional);
  readTimeline(f, r);
  f.count("problems_solved", r.problems_solved, Presence::optional);
  if (const Json* groups = f.object("beneficiaries", Presence::optional)) {
    Fields gf(*groups, f.pathOf("beneficiaries"), f.errors());
    for (auto group : allValues<TargetGroup>()) {
      const std::string key(enumName(group));
      int n = -1;
      gf.count(key, n, Presence::optional);
      if (n >= 0) r.beneficiaries[group] = n;
    }
    const Json unknown = gf.rest();  // kept alive: items() only refers to it
    for (const auto& item : unknown.items()) {
      const Json key(item.key());
      f.fail("beneficiaries", "only the groups " + enumExpectation<TargetGroup>().substr(7), &key);
    }
  }
  f.count("households", r.households, Presence::optional);
  f.flag("featured", r.featured);
  f.flag("exemplary", r.exemplary);
  f.date("claimed", r.claimed, Presence::optional);
  f.date("completed", r.completed, Presence::optional);

  if (r.status >= ProjectStatus::claimed) {
    const char* once = " once the project is claimed";
    f.requireNonEmpty("lead_unit", std::string("an id like \"unit/3\"") + once);
    f.requireNonEmpty("quarter", std::string("a quarter like \"2024Q3\"") + once);
    f.requireNonEmpty("claimed", std::string("a date like \"2024-07-05\"") + once);
  }
  if (r.status >= ProjectStatus::completed)
    f.requireNonEmpty("completed", "a date like \"2024-07-05\" once the project is completed");
}

}  // namespace gj
