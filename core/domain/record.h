// What every record has: a stable id ("need/17"), created/updated times, a revision that grows by one on
// every change (the document shape CouchDB replication can carry later), the history of its changes, and
// the fields this program does not know (kept so a newer program's data survives a load/save here).
//
// JSON shape: {"_id":"need/17","rev":3,"created":"…","updated":"…","history":[…], <record fields>, <extra>}.
// Keys are written sorted (nlohmann::json objects are ordered maps), so the same record gives the same bytes.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "domain/json_fields.h"

namespace gj {

// One field change: who changed what when. Creation is one Change with field "*" and note "created".
struct Change {
  std::string at;  // timestamp
  std::string by;  // operator name of the session
  std::string field;  // "status", "timeline[2]", "*"
  Json before;     // null when the field was absent
  Json after;
  std::string note;
  Json extra = Json::object();
  bool operator==(const Change&) const = default;
};

struct Record {
  std::string id;
  std::string created;  // timestamps
  std::string updated;
  int rev = 1;
  std::vector<Change> history;
  Json extra = Json::object();  // unknown fields, written back unchanged
  bool operator==(const Record&) const = default;
};

// The fields every record has; record readers/writers call these around their own fields.
void writeMeta(Json& j, const Record& r);
void readMeta(Fields& f, Record& r);  // everything but _id
Json changeToJson(const Change& c);

// Reads `_id` of a record of `type`: the id when valid (also the path for all further errors),
// otherwise reports at `where` and returns "".
std::string readRecordId(const Json& j, std::string_view type, std::string_view where, Errors& errors);

// Each record type R declares `static constexpr std::string_view kType` and the two functions
//   void writeFields(Json&, const R&);  void readFields(Fields&, R&);
template <class R> Json toJson(const R& r) {
  Json j = r.extra.is_object() ? r.extra : Json::object();  // known fields below overwrite any clash
  writeMeta(j, r);
  writeFields(j, r);
  return j;
}

// Reads a record, collecting every problem; `out` is only assigned when there was none.
// `where` names the record in errors when its id is unusable (default: its type, e.g. "need").
template <class R> bool fromJson(const Json& j, R& out, Errors& errors, std::string_view where = {}) {
  const std::size_t before = errors.size();
  std::string label = where.empty() ? std::string(R::kType) : std::string(where);
  if (!j.is_object()) {
    errors.push_back(label + ": expected an object for a " + std::string(R::kType) + " record, got " + shown(j));
    return false;
  }
  R r;
  r.id = readRecordId(j, R::kType, label, errors);
  Fields f(j, r.id.empty() ? label : r.id, errors);
  f.markKnown("_id");
  readMeta(f, r);
  readFields(f, r);
  r.extra = f.rest();
  if (errors.size() != before) return false;
  out = std::move(r);
  return true;
}

// The problems a record has as it is now (the same checks as reading it from JSON).
template <class R> Errors validate(const R& r) {
  Errors errors;
  R copy;
  fromJson(toJson(r), copy, errors, r.id);
  return errors;
}

}  // namespace gj
