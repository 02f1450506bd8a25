// The one storage interface the platforms implement (native: a data folder; web: IndexedDB; tests:
// MemoryStorage). It speaks JSON text per record key ("need/17"), so it never sees the domain types.
//
// Contract:
// - loadAll reads every stored document once at start. The app waits for it before its first frame.
// - commit applies one transaction — one user action — atomically: every put lands, or none does.
//   Each put names the rev it expects to replace (0: the key must not exist yet). If any stored rev differs
//   (another tab, kiosk or machine wrote first) nothing is written and the conflicting keys are reported.
// - Both complete through a callback, which may run before the call returns (memory, files) or later
//   (IndexedDB). Callers must not assume either. Nothing is ever deleted, so there is no remove.
// - A document whose schema is newer than the program is refused on load (see domain/schema.h); the
//   platform must then not write anything, so the newer data is never overwritten.
#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace gj {

struct RecordPut {
  std::string key;       // record id, "need/17"
  std::string text;      // the whole document as JSON text (carries "rev" and "schema" too)
  int rev = 1;           // the rev inside text, given separately so an implementation need not parse JSON
  int expected_rev = 0;  // the rev it replaces; 0 for a new record
};

struct Transaction {
  std::vector<RecordPut> puts;  // each key at most once
};

struct LoadResult {
  bool ok = false;
  std::string error;                        // why loading failed (the app shows it and does not save)
  std::map<std::string, std::string> docs;  // key -> JSON text, including keys that are not records
};

enum class CommitStatus { applied, conflict, failed };

struct CommitResult {
  CommitStatus status = CommitStatus::failed;
  std::string error;                   // readable; empty when applied
  std::vector<std::string> conflicts;  // keys whose stored rev was not the expected one
  bool ok() const { return status == CommitStatus::applied; }
};

class Storage {
 public:
  virtual ~Storage() = default;
  virtual void loadAll(std::function<void(LoadResult)> done) = 0;
  virtual void commit(Transaction tx, std::function<void(CommitResult)> done) = 0;
};

}  // namespace gj
