// Reading and writing the metadata every record carries.
#include "domain/record.h"

#include "domain/ids.h"

namespace gj {

Json changeToJson(const Change& c) {
  Json j = c.extra.is_object() ? c.extra : Json::object();
  j["at"] = c.at;
  j["by"] = c.by;
  j["field"] = c.field;
  j["before"] = c.before;
  j["after"] = c.after;
  j["note"] = c.note;
  return j;
}

void writeMeta(Json& j, const Record& r) {
  j["_id"] = r.id;
  j["rev"] = r.rev;
  j["created"] = r.created;
  j["updated"] = r.updated;
  Json history = Json::array();
  for (const Change& c : r.history) history.push_back(changeToJson(c));
  j["history"] = std::move(history);
}

void readMeta(Fields& f, Record& r) {
  f.integer("rev", r.rev, 1, 2147483647);
  f.timestamp("created", r.created);
  f.timestamp("updated", r.updated);
  auto created = epochSeconds(r.created), updated = epochSeconds(r.updated);
  if (created && updated && *updated < *created)
    f.fail("updated", "a time not before created (" + r.created + ")", &f.raw().at("updated"));
  const Json* list = f.array("history");
  if (!list) return;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    const std::string at = "history[" + std::to_string(i) + "]";
    if (!item.is_object()) {
      f.fail(at, "an object", &item);
      continue;
    }
    Change c;
    Fields cf(item, f.pathOf(at), f.errors());
    cf.timestamp("at", c.at);
    cf.name("by", c.by);
    cf.name("field", c.field);
    cf.anyValue("before", c.before);
    cf.anyValue("after", c.after);
    cf.text("note", c.note);
    c.extra = cf.rest();
    r.history.push_back(std::move(c));
  }
}

std::string readRecordId(const Json& j, std::string_view type, std::string_view where, Errors& errors) {
  auto it = j.find("_id");
  if (it != j.end() && it->is_string() && isIdOfType(it->get_ref<const std::string&>(), type))
    return it->get<std::string>();
  errors.push_back(std::string(where) + "._id: expected an id like \"" + std::string(type) + "/17\", got " +
                   (it == j.end() ? std::string("nothing") : shown(*it)));
  return "";
}

}  // namespace gj
