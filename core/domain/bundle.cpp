// Bundle and stored-document reading/writing; see bundle.h.
#include "domain/bundle.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace gj {
namespace {

std::optional<Json> parseJson(std::string_view text, const std::string& where, Errors& errors) {
  try {
    return Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error& e) {
    std::string what = e.what();
    auto cut = what.find("] ");  // drop nlohmann's "[json.exception.parse_error.101] " prefix
    errors.push_back(where + ": not valid JSON: " + (cut == std::string::npos ? what : what.substr(cut + 2)));
    return std::nullopt;
  }
}

}  // namespace

std::string writeBundle(const Dataset& ds) {
  std::vector<std::pair<std::string, std::string>> records;
  ds.forEachTable([&](const auto& t) {
    for (const auto& [id, r] : t) records.emplace_back(id, jsonText(toJson(r)));
  });
  std::sort(records.begin(), records.end(), [](const auto& a, const auto& b) { return idLess(a.first, b.first); });

  std::string out = "{\"format\":\"gongjian\",\"schema\":" + std::to_string(kSchemaVersion) +
                    ",\"street\":" + jsonText(Json(ds.street));
  if (ds.bundle_extra.is_object())
    for (auto it = ds.bundle_extra.begin(); it != ds.bundle_extra.end(); ++it)
      out += "," + jsonText(Json(it.key())) + ":" + jsonText(it.value());
  out += ",\"records\":[";
  for (std::size_t i = 0; i < records.size(); ++i) out += (i ? ",\n" : "\n") + records[i].second;
  out += "\n]}\n";
  return out;
}

Parsed<Dataset> readBundle(std::string_view text) {
  Parsed<Dataset> result;
  Errors& errors = result.errors;
  auto doc = parseJson(text, "bundle", errors);
  if (!doc) return result;
  if (!doc->is_object()) {
    errors.push_back("bundle: expected an object {\"format\":\"gongjian\",...}, got " + shown(*doc));
    return result;
  }
  auto format = doc->find("format");
  if (format == doc->end() || *format != "gongjian") {
    errors.push_back("bundle.format: expected \"gongjian\", got " +
                     (format == doc->end() ? std::string("nothing") : shown(*format)));
    return result;  // not our file: say so and nothing else
  }
  auto schema = readSchema(*doc, "bundle", errors);
  if (!schema) return result;

  Dataset ds;
  Fields top(*doc, "bundle", errors);
  top.markKnown("format");
  top.markKnown("schema");
  top.id("street", ds.street, "street", Presence::optional);
  if (const Json* records = top.array("records", Presence::required)) {
    for (std::size_t i = 0; i < records->size(); ++i) {
      const std::string where = "records[" + std::to_string(i) + "]";
      Json record = (*records)[i];
      if (migrateRecord(record, *schema, where, errors)) readAnyRecord(record, ds, errors, where);
    }
  }
  ds.bundle_extra = top.rest();
  if (!errors.empty()) return result;  // references of a broken dataset would only add noise
  errors = checkReferences(ds);
  if (errors.empty()) result.value = std::move(ds);
  return result;
}

Parsed<Dataset> readDocuments(const std::map<std::string, std::string>& docs) {
  Parsed<Dataset> result;
  Errors& errors = result.errors;
  Dataset ds;
  for (const auto& [key, text] : docs) {
    if (!isRecordType(idType(key))) continue;
    auto doc = parseJson(text, key, errors);
    if (!doc) continue;
    auto schema = readSchema(*doc, key, errors);
    if (!schema) continue;
    doc->erase("schema");
    if (!migrateRecord(*doc, *schema, key, errors)) continue;
    auto id = doc->find("_id");
    if (id != doc->end() && *id != key) {
      errors.push_back(key + "._id: expected the storage key \"" + key + "\", got " + shown(*id));
      continue;
    }
    readAnyRecord(*doc, ds, errors, key);
  }
  if (!errors.empty()) return result;
  if (!ds.streets().empty()) ds.street = ds.streets().begin()->first;
  errors = checkReferences(ds);
  if (errors.empty()) result.value = std::move(ds);
  return result;
}

Transaction newRecordsTransaction(const Dataset& ds) {
  Transaction tx;
  ds.forEachTable([&](const auto& t) {
    for (const auto& [id, r] : t) tx.puts.push_back(recordPut(r, 0));
  });
  std::sort(tx.puts.begin(), tx.puts.end(), [](const auto& a, const auto& b) { return idLess(a.key, b.key); });
  return tx;
}

}  // namespace gj
