// Bundle and stored-document reading/writing; see bundle.h.
#include "domain/bundle.h"

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

#include "domain/json_text.h"

namespace gj {
namespace {

// Limits first (json_text.h): deep nesting, duplicate keys, inexact integers and bad encodings are refused
// before a tree is built.
std::optional<Json> parseJson(std::string_view text, const std::string& where, Errors& errors) {
  std::string problem;
  auto doc = parseJsonText(text, &problem);
  if (!doc) errors.push_back(where + ": not valid JSON: " + problem);
  return doc;
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

namespace {
// "need/17.community: expected ..." -> "need/17"; "" when the error names no record.
std::string recordOfError(const std::string& error) {
  const std::size_t end = error.find_first_of(".:");
  std::string id = error.substr(0, end);
  return isRecordType(idType(id)) ? id : "";
}

// The id a reference error says is missing: `... expected the id of an existing unit, got "unit/9"`.
std::string missingOfError(const std::string& error) {
  static const std::string kGot = ", got \"";
  if (error.find(": expected the id of an existing ") == std::string::npos) return "";
  const std::size_t from = error.rfind(kGot);
  if (from == std::string::npos || error.back() != '"') return "";
  return error.substr(from + kGot.size(), error.size() - from - kGot.size() - 1);
}
}  // namespace

LoadedDocuments readDocumentsQuarantining(const std::map<std::string, std::string>& docs) {
  LoadedDocuments out;
  std::map<std::string, std::string> aside;  // key -> reasons
  std::map<std::string, std::string> rootOf;  // key set aside for pointing at a set-aside one -> root cause
  Dataset ds;
  for (const auto& [key, text] : docs) {
    if (!isRecordType(idType(key))) continue;
    Errors errors;
    auto doc = parseJson(text, key, errors);
    std::optional<int> schema;
    if (doc) {
      const std::size_t before = errors.size();
      schema = readSchema(*doc, key, errors);
      if (!schema && errors.size() > before && errors.back().find(" is newer than this program") != std::string::npos) {
        out.errors.push_back(errors.back());  // never read around data a newer program wrote
        continue;
      }
    }
    if (schema) {
      doc->erase("schema");
      if (migrateRecord(*doc, *schema, key, errors)) {
        auto id = doc->find("_id");
        if (id != doc->end() && *id != key)
          errors.push_back(key + "._id: expected the storage key \"" + key + "\", got " + shown(*id));
        else
          readAnyRecord(*doc, ds, errors, key);
      }
    }
    for (const auto& e : errors) aside[key] += (aside[key].empty() ? "" : "\n") + e;
  }
  if (!out.errors.empty()) return out;
  if (!ds.streets().empty()) ds.street = ds.streets().begin()->first;
  // Set aside what points nowhere; that may leave others pointing nowhere, so check again. A record whose
  // every broken reference points at one set aside earlier fell with it: its root cause is that one's.
  for (Errors refs = checkReferences(ds); !refs.empty(); refs = checkReferences(ds)) {
    std::map<std::string, Errors> byRecord;
    for (const auto& e : refs) {
      std::string id = recordOfError(e);
      if (id.empty()) {
        out.errors.push_back(e);
        continue;
      }
      byRecord[id].push_back(e);
    }
    if (!out.errors.empty()) return out;
    for (const auto& [id, errors] : byRecord) {
      std::string root;
      for (const auto& e : errors) {
        const std::string missing = missingOfError(e);
        if (missing.empty() || !aside.count(missing)) {
          root.clear();  // broken by itself: a root cause
          break;
        }
        if (root.empty()) root = rootOf.count(missing) ? rootOf[missing] : missing;
      }
      if (!root.empty()) rootOf[id] = root;
      for (const auto& e : errors)
        aside[id] += (aside[id].empty() ? "" : "\n") + (root.empty() ? "" : "because of " + root + ": ") + e;
    }
    for (const auto& entry : byRecord) ds.forEachTable([&](auto& t) { t.erase(entry.first); });
  }
  for (auto& [key, reason] : aside) {
    ds.reserveId(key);
    auto root = rootOf.find(key);
    out.quarantined.push_back(Quarantined{key, std::move(reason), root == rootOf.end() ? "" : root->second});
  }
  // Root causes first, then what fell with them; by key within each (aside is ordered by key).
  std::stable_partition(out.quarantined.begin(), out.quarantined.end(), [](const Quarantined& q) { return q.because.empty(); });
  out.dataset = std::move(ds);
  return out;
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
