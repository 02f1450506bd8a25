// A whole dataset as one JSON document (export/import, the demo dataset), and records as stored documents
// (one per storage key). Reading either refuses the whole input if anything in it is wrong.
//
// Bundle: {"format":"gongjian","schema":2,"street":"street/1",<unknown keys>,"records":[
// {record},
// {record}
// ]}
// Records are sorted by id (IdLess), one per line, keys sorted: the same dataset gives the same bytes.
// Stored document: the record's JSON plus "schema":2.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "domain/dataset.h"
#include "domain/schema.h"
#include "storage.h"

namespace gj {

template <class T> struct Parsed {
  std::optional<T> value;  // set only when errors is empty
  Errors errors;
  bool ok() const { return value.has_value(); }
};

std::string writeBundle(const Dataset& ds);
// Migrates older schemas; refuses newer ones and any invalid record or reference, naming each problem.
Parsed<Dataset> readBundle(std::string_view text);

template <class R> Json recordDocument(const R& r) {
  Json j = toJson(r);
  j["schema"] = kSchemaVersion;
  return j;
}
template <class R> std::string documentText(const R& r) { return jsonText(recordDocument(r)); }

// The put that stores `r`, replacing the stored version with rev `expectedRev` (0: a new record).
template <class R> RecordPut recordPut(const R& r, int expectedRev) {
  return RecordPut{r.id, documentText(r), r.rev, expectedRev};
}

// The dataset from stored documents. Keys whose type is not a record type ("settings/ui") belong to the
// platform and are skipped. Each document must carry its key as `_id` and a readable schema.
Parsed<Dataset> readDocuments(const std::map<std::string, std::string>& docs);

// A stored document that could not be taken into the dataset, kept aside: its text stays in storage,
// untouched, and its id is never handed out again.
struct Quarantined {
  std::string key;
  std::string reason;   // every problem found, one per line
  std::string because;  // the damaged document this one points at (its root cause); "" when damaged itself
};
struct LoadedDocuments {
  std::optional<Dataset> dataset;        // none when the load must stop (`errors`)
  Errors errors;                         // a document from a newer program: nothing may be written
  std::vector<Quarantined> quarantined;  // by key
};
// Like readDocuments, but a damaged document (not JSON, invalid fields, an id that is not its key) does not
// block the rest: it is quarantined, and so is every record that points at a record that is not there
// (repeated until the references hold). Only a document from a newer program stops the load.
// The report lists the root causes first (documents damaged themselves, or pointing at a record never
// stored), by key, then the documents set aside only because they point (directly or through others) at a
// set-aside one, by key, each reason line starting "because of <root key>: ".
LoadedDocuments readDocumentsQuarantining(const std::map<std::string, std::string>& docs);

// Every record of `ds` as new documents (expected rev 0): the first save of the demo dataset or an import.
Transaction newRecordsTransaction(const Dataset& ds);

}  // namespace gj
