// The working data of one program: the dataset in memory, kept in step with a Storage (files, IndexedDB,
// memory). Shared by the UI of both platforms and by the command-line tool.
//
// - open() loads everything once; an empty store is seeded (the demo dataset) in one transaction.
// - perform() applies one user action to memory at once (so the screen shows it) and commits it as one
//   transaction. Actions are sent one at a time, in order; each put expects the rev last stored for its key.
//   "Saved" means every action has been committed. A failed or conflicting action stays queued and marked
//   unsaved with the reason, nothing after it is sent, and retry() sends it again — nothing is dropped.
// - Before anything is applied, perform() checks the action's records: every reference must point at a
//   record that exists (in the dataset or in the same action). A refused action changes nothing, stores
//   nothing, and refusal() says which record, field and id, in both languages.
// - Once loading has failed (damaged data, a newer schema) or the workspace is read-only, nothing is written.
#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/bundle.h"
#include "domain/dataset.h"
#include "domain/message.h"
#include "storage.h"

namespace gj::io {

enum class SaveState {
  loading,     // open() has not finished
  loadFailed,  // the stored data cannot be used: see error(); nothing is ever written
  saved,       // every action is stored
  saving,      // an action is on its way to storage
  unsaved,     // an action failed or conflicted: see error(), conflicts(), retry()
};
const char* saveStateId(SaveState state);  // "loading", "load_failed", "saved", "saving", "unsaved"

// The records one user action writes. Records are applied to the dataset as they are added.
class Action {
 public:
  template <class R> void put(const R& r) {
    puts_.push_back(RecordPut{r.id, documentText(r), r.rev, 0});
    apply_.push_back([r](Dataset& ds) { ds.put(r); });
  }
  // A platform document that is not a record ("settings/ui"); its rev is counted by the workspace.
  void putSetting(const std::string& key, const std::string& jsonText);
  bool empty() const { return puts_.empty(); }
  // The action's records by themselves, as a dataset.
  Dataset records() const;

 private:
  friend class Workspace;
  std::vector<RecordPut> puts_;
  std::vector<std::function<void(Dataset&)>> apply_;
};

class Workspace {
 public:
  explicit Workspace(Storage& storage) : storage_(storage) {}

  // Loads the store. When it holds no record, seed() (if given) supplies the first dataset, which is
  // stored as one transaction. done runs once loading has finished (ok or not).
  void open(std::function<bool(Dataset*, std::string*)> seed, std::function<void()> done = {});

  SaveState state() const { return state_; }
  bool loaded() const { return state_ != SaveState::loading && state_ != SaveState::loadFailed; }
  const std::string& error() const { return error_; }
  const std::vector<std::string>& conflicts() const { return conflicts_; }
  std::size_t unsavedActions() const { return queue_.size(); }
  std::size_t commits() const { return commits_; }  // actions stored since open

  const Dataset& dataset() const { return dataset_; }
  // Grows whenever the dataset changes (load, seed, perform), and is never the same for two workspaces of
  // the process: screens recompute derived figures on change.
  std::uint64_t version() const { return version_; }
  // A platform document read at open or written since ("settings/ui"); "" when absent.
  std::string setting(const std::string& key) const;

  // Refuses (returns false, nothing changes) before loading has succeeded, while read-only, or when
  // check() refuses the action; refusal() then says why.
  bool perform(Action action, std::function<void(const CommitResult&)> done = {});
  // The references of the action's records, against the dataset with the action applied: the first one
  // that points at a missing record refuses it (key "workspace.missing_reference"), e.g.
  //   en: activity/7.attendance[0].volunteer: expected the id of an existing volunteer, got "volunteer/99"; nothing was saved
  //   zh: activity/7 的“出勤名单第 1 项的志愿者”：应为已有志愿者的编号，实际为"volunteer/99"；未保存
  Outcome check(const Action& action) const;
  // Why the last perform() returned false ("workspace.not_loaded", "workspace.read_only",
  // "workspace.empty_action" or check()'s reason); empty after one that was accepted.
  const Message& refusal() const { return refusal_; }
  void retry();  // sends the first unsaved action again

  // Another tab or program holds the data: edits are refused until this is cleared.
  void setReadOnly(bool readOnly) { readOnly_ = readOnly; }
  bool readOnly() const { return readOnly_; }

  // A fresh id for a new record of `type` ("need/1810"); never handed out twice by this workspace.
  std::string allocateId(std::string_view type) { return dataset_.allocateId(type); }

  // Stored documents that could not be read, kept aside (left in storage untouched; their ids are never
  // handed out): the rest of the data loads without them. By key.
  const std::vector<Quarantined>& quarantined() const { return quarantined_; }

  // The rev last stored for key (0: not stored).
  int storedRev(const std::string& key) const;

 private:
  struct Pending {
    std::vector<RecordPut> puts;
    std::function<void(const CommitResult&)> done;
  };
  void sendNext();
  void finishLoad(LoadResult result, const std::function<bool(Dataset*, std::string*)>& seed,
                  const std::function<void()>& done);

  Storage& storage_;
  Dataset dataset_;
  SaveState state_ = SaveState::loading;
  std::string error_;
  std::vector<std::string> conflicts_;
  Message refusal_;
  std::map<std::string, int> storedRevs_;
  std::map<std::string, std::string> settings_;
  std::vector<Quarantined> quarantined_;
  std::deque<Pending> queue_;
  bool inFlight_ = false;
  bool readOnly_ = false;
  std::size_t commits_ = 0;
  std::uint64_t version_ = 0;
};

}  // namespace gj::io
