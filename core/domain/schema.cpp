// The migration steps; see schema.h for what each schema looks like.
#include "domain/schema.h"

#include <string>

#include "domain/money.h"

namespace gj {
namespace {

using Step = void (*)(Json& record, const std::string& where, Errors& errors);

// "budget_yuan": "10.5" -> "budget_fen": 1050 (whole-yuan integers are accepted too; fractions as
// JSON numbers are not, as they may already have lost a fen to floating point).
void yuanToFen(Json& obj, const char* from, const char* to, const std::string& where, Errors& errors) {
  auto it = obj.find(from);
  if (it == obj.end()) return;
  std::optional<std::int64_t> fen;
  if (it->is_string()) fen = parseYuan(it->get_ref<const std::string&>());
  auto whole = asInteger(*it);
  if (whole && *whole >= 0 && *whole < 10'000'000'000'000LL) fen = *whole * 100;
  if (!fen) {
    errors.push_back(where + "." + from + ": expected a yuan amount like \"10.50\", got " + shown(*it));
    return;
  }
  obj[to] = *fen;
  obj.erase(from);
}

void v1ToV2(Json& r, const std::string& where, Errors& errors) {
  if (r.contains("id") && !r.contains("_id")) {
    r["_id"] = r["id"];
    r.erase("id");
  }
  const std::string type = r.contains("_id") && r["_id"].is_string()
                               ? r["_id"].get<std::string>().substr(0, r["_id"].get<std::string>().find('/'))
                               : "";
  if (type == "project") {
    yuanToFen(r, "budget_yuan", "budget_fen", where, errors);
    if (r.contains("timeline") && r["timeline"].is_array())
      for (std::size_t i = 0; i < r["timeline"].size(); ++i)
        if (r["timeline"][i].is_object())
          yuanToFen(r["timeline"][i], "spent_yuan", "funds_spent_fen", where + ".timeline[" + std::to_string(i) + "]",
                    errors);
  } else if (type == "award") {
    yuanToFen(r, "amount_yuan", "amount_fen", where, errors);
  } else if (type == "need") {
    Json reporter = r.contains("reporter") && r["reporter"].is_object() ? r["reporter"] : Json::object();
    for (const char* part : {"name", "phone", "address"}) {
      const std::string flat = std::string("reporter_") + part;
      if (r.contains(flat)) {
        reporter[part] = r[flat];
        r.erase(flat);
      }
    }
    if (!reporter.empty()) r["reporter"] = std::move(reporter);
  }
}

// kSteps[v] migrates from schema v to v + 1.
const Step kSteps[kSchemaVersion] = {nullptr, v1ToV2};

}  // namespace

std::optional<int> readSchema(const Json& doc, std::string_view where, Errors& errors) {
  const std::string at(where);
  auto it = doc.is_object() ? doc.find("schema") : doc.end();
  const std::string expected = "expected a schema version 1.." + std::to_string(kSchemaVersion);
  if (!doc.is_object() || it == doc.end()) {
    errors.push_back(at + ".schema: " + expected + ", got nothing");
    return std::nullopt;
  }
  auto version = asInteger(*it);
  if (version && *version > kSchemaVersion) {
    errors.push_back(at + ": schema " + std::to_string(*version) +
                     " is newer than this program understands (" + std::to_string(kSchemaVersion) +
                     "); update the program — the data was not changed");
    return std::nullopt;
  }
  if (!version || *version < 1) {
    errors.push_back(at + ".schema: " + expected + ", got " + shown(*it));
    return std::nullopt;
  }
  return static_cast<int>(*version);
}

bool migrateRecord(Json& record, int from, std::string_view where, Errors& errors) {
  if (!record.is_object()) return true;  // the record reader reports it
  const std::size_t before = errors.size();
  for (int v = from; v < kSchemaVersion; ++v) {
    // Name the record by its id if it has one, in whichever field this version keeps it.
    std::string label(where);
    for (const char* key : {"_id", "id"})
      if (record.contains(key) && record[key].is_string()) {
        label = record[key].get<std::string>();
        break;
      }
    kSteps[v](record, label, errors);
  }
  return errors.size() == before;
}

}  // namespace gj
