// The bad-input table of issue 10 (test_robust_bad_inputs.cpp runs it): what a row is, how rows are written,
// and the builders of their inputs. The rows live in three files by entry point: robust_rows_json.cpp (JSON
// text and bundles), robust_rows_csv.cpp (CSV imports), robust_rows_forms.cpp (form edits and stored documents).
#pragma once
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "domain/bundle.h"
#include "io/workspace.h"
#include "test_domain_fixture.h"

namespace gj::robust {

enum class Entry {
  json,      // parseJsonText (json_text.h); the same bytes as a bundle must be refused with that text
  bundle,    // io::mergeBundle against the stored dataset; writes what merged (as the import screen does)
  needsCsv,  // io::importCsv preview; writes only when it has no issue
  unitsCsv,
  volunteersCsv,
  edit,    // a form's edit (editRecord / createRecord); performed only when applied
  stored,  // a document already in storage; the workspace opens it (quarantine or load failure)
};

using EditStep = std::function<Outcome(const Dataset& stored, io::Action& action)>;

struct BadInput {
  std::string name;
  Entry entry;
  std::string input;            // JSON text, bundle, CSV bytes, or the stored document
  std::vector<std::string> en;  // every message shown, in order; empty: the input is accepted
  std::vector<std::string> zh;  // the Chinese texts where the path has them (CSV issues, edits, conflicts)
  EditStep edit = {};
  std::string key = {};  // Entry::stored: the storage key
  int adds = 0;          // an accepted input may add this many documents (and change none)
};

inline Edit laterEdit() { return test::edit("2024-07-06T10:00:00+08:00", "李娜"); }

// The table being written: one call per row.
struct BadInputTable {
  std::vector<BadInput> rows;
  void json(std::string name, std::string input, std::vector<std::string> en) {
    rows.push_back({std::move(name), Entry::json, std::move(input), std::move(en), {}});
  }
  void bundle(std::string name, std::string input, std::vector<std::string> en, std::vector<std::string> zh = {}) {
    rows.push_back({std::move(name), Entry::bundle, std::move(input), std::move(en), std::move(zh)});
  }
  void csv(std::string name, Entry e, std::string input, std::vector<std::string> en, std::vector<std::string> zh) {
    rows.push_back({std::move(name), e, std::move(input), std::move(en), std::move(zh)});
  }
  void needs(std::string name, std::string input, std::vector<std::string> en, std::vector<std::string> zh) {
    csv(std::move(name), Entry::needsCsv, std::move(input), std::move(en), std::move(zh));
  }
  void edit(std::string name, EditStep step, std::vector<std::string> en, std::vector<std::string> zh) {
    rows.push_back({std::move(name), Entry::edit, "", std::move(en), std::move(zh), std::move(step)});
  }
  void stored(std::string name, std::string key, std::string doc, std::vector<std::string> en) {
    rows.push_back({std::move(name), Entry::stored, std::move(doc), std::move(en), {}, {}, std::move(key)});
  }
};

void addJsonRows(BadInputTable& t);   // JSON text: encodings, limits, syntax; bundles
void addCsvRows(BadInputTable& t);    // CSV: encodings, shape, cells
void addFormRows(BadInputTable& t);   // edits from forms; stored documents

// [SECTION] building inputs

// The stored dataset as a bundle, with one record changed by a JSON merge patch (null removes a field).
inline std::string bundleWith(const std::string& id, const char* patch) {
  Json doc = Json::parse(writeBundle(test::smallStreet()));
  bool found = false;
  for (Json& r : doc["records"])
    if (r["_id"] == id) {
      r.merge_patch(Json::parse(patch));
      found = true;
    }
  if (!found) throw std::runtime_error("no record " + id);
  return doc.dump();
}

// The stored dataset as a bundle with its top-level fields changed.
inline std::string bundleTop(const char* patch) {
  Json doc = Json::parse(writeBundle(test::smallStreet()));
  doc.merge_patch(Json::parse(patch));
  return doc.dump();
}

// The stored dataset as a bundle with one more record (a copy of `id` patched).
inline std::string bundleAdding(const std::string& id, const char* patch) {
  Json doc = Json::parse(writeBundle(test::smallStreet()));
  Json extra;
  for (const Json& r : doc["records"])
    if (r["_id"] == id) extra = r;
  extra.merge_patch(Json::parse(patch));
  doc["records"].push_back(extra);
  return doc.dump();
}

// The text of a stored document of the dataset, patched.
inline std::string storedWith(const std::string& id, const char* patch) {
  Json doc;
  test::smallStreet().forEachTable([&](const auto& t) {
    for (const auto& [key, r] : t)
      if (key == id) doc = recordDocument(r);
  });
  doc.merge_patch(Json::parse(patch));
  return doc.dump();
}

inline std::string nested(int depth) {
  return "{\"format\":\"gongjian\",\"x\":" + std::string(static_cast<std::size_t>(depth - 1), '[') +
         std::string(static_cast<std::size_t>(depth - 1), ']') + "}";
}

inline std::string bytes(const char* s, std::size_t n) { return std::string(s, n); }

// ASCII text as UTF-16 (little or big endian), as Excel's "Unicode text" writes it.
inline std::string utf16(std::string_view ascii, bool littleEndian) {
  std::string out;
  for (char c : ascii) {
    if (littleEndian) out += c;
    out += '\0';
    if (!littleEndian) out += c;
  }
  return out;
}

template <class R, class F>
EditStep editing(std::string id, F change) {
  return [id, change](const Dataset& ds, io::Action& action) {
    R current = *ds.find<R>(id);
    R next = current;
    change(next);
    Outcome o = editRecord(current, next, laterEdit());
    if (o) action.put(current);
    return o;
  };
}

template <class R>
EditStep creating(R record) {
  return [record](const Dataset& ds, io::Action& action) {
    Dataset ids = ds;
    R r = record;
    r.id = ids.allocateId<R>();
    Outcome o = createRecord(r, laterEdit());
    if (o) action.put(r);
    return o;
  };
}

inline const std::string kNeeds = "社区,需求描述,反映日期\r\n";
inline const std::string kBom = "\xEF\xBB\xBF";

}  // namespace gj::robust
