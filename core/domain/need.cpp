// JSON fields of Need, and the fields each status requires.
#include "domain/need.h"

namespace gj {

int needStage(NeedStatus s) {
  return s <= NeedStatus::evaluated ? static_cast<int>(s) : -1;
}

void writeFields(Json& j, const Need& r) {
  j["community"] = r.community;
  j["text"] = r.text;
  j["category"] = r.category;
  j["target_group"] = enumName(r.target_group);
  j["people_affected"] = r.people_affected;
  j["urgency"] = r.urgency;
  Json rep = r.reporter.extra.is_object() ? r.reporter.extra : Json::object();
  rep["name"] = r.reporter.name;
  rep["phone"] = r.reporter.phone;
  rep["address"] = r.reporter.address;
  j["reporter"] = std::move(rep);
  j["status"] = enumName(r.status);
  j["reported"] = r.reported;
  j["matched_unit"] = r.matched_unit;
  j["project"] = r.project;
  j["reason"] = r.reason;
  j["decided_by"] = r.decided_by;
  j["refer_to"] = r.refer_to;
  j["duplicate_of"] = r.duplicate_of;
}

void readFields(Fields& f, Need& r) {
  f.id("community", r.community, "community");
  f.name("text", r.text);
  f.category("category", r.category, Presence::optional);
  f.choice("target_group", r.target_group);
  f.count("people_affected", r.people_affected);
  f.integer("urgency", r.urgency, 1, 5);
  if (const Json* rep = f.object("reporter", Presence::optional)) {
    Fields rf(*rep, f.pathOf("reporter"), f.errors());
    rf.text("name", r.reporter.name);
    rf.text("phone", r.reporter.phone);
    rf.text("address", r.reporter.address);
    r.reporter.extra = rf.rest();
  }
  f.choice("status", r.status);
  f.date("reported", r.reported);
  f.id("matched_unit", r.matched_unit, "unit", Presence::optional);
  f.id("project", r.project, "project", Presence::optional);
  f.text("reason", r.reason);
  f.text("decided_by", r.decided_by);
  f.text("refer_to", r.refer_to);
  f.id("duplicate_of", r.duplicate_of, "need", Presence::optional);

  // What each status requires, so a stored need is never in a state its lifecycle could not produce.
  const int stage = needStage(r.status);
  if (stage >= needStage(NeedStatus::classified))
    f.requireNonEmpty("category", "a category id like \"elderly\" once the need is classified");
  if (stage >= needStage(NeedStatus::matched))
    f.requireNonEmpty("matched_unit", "an id like \"unit/3\" once the need is matched");
  if (stage >= needStage(NeedStatus::claimed))
    f.requireNonEmpty("project", "an id like \"project/3\" once the need is claimed");
  if (r.status == NeedStatus::rejected) {
    f.requireNonEmpty("decided_by", "a non-empty text when the need is rejected");
    f.requireNonEmpty("refer_to", "a non-empty text when the need is rejected");
  }
  if (r.status == NeedStatus::duplicate) f.requireNonEmpty("duplicate_of", "an id like \"need/3\" when the need is a duplicate");
  if (r.status == NeedStatus::closed_not_fixed)
    f.requireNonEmpty("reason", "a non-empty text when the need is closed without a fix");
  if (!r.duplicate_of.empty() && r.duplicate_of == r.id)
    f.fail("duplicate_of", "the id of another need", &f.raw().at("duplicate_of"));
}

}  // namespace gj
