// Workspace: memory first, storage in order. Revs are counted here, so every put expects exactly what the
// last successful commit left, and a queued action is sent only after the one before it landed.
#include "io/workspace.h"

#include <atomic>
#include <map>
#include <string_view>
#include <utility>

#include "domain/field_names.h"

namespace gj::io {

namespace {
// One counter for every workspace in the process: a cache keyed by (workspace, version) never takes a new
// workspace at an old one's address for the old one.
std::uint64_t nextVersion() {
  static std::atomic<std::uint64_t> last{0};
  return ++last;
}
}  // namespace

const char* saveStateId(SaveState state) {
  switch (state) {
    case SaveState::loading: return "loading";
    case SaveState::loadFailed: return "load_failed";
    case SaveState::saved: return "saved";
    case SaveState::saving: return "saving";
    case SaveState::unsaved: return "unsaved";
  }
  return "loading";
}

void Action::putSetting(const std::string& key, const std::string& jsonText) {
  puts_.push_back(RecordPut{key, jsonText, 0, 0});  // rev is given when sent
}

std::string Workspace::setting(const std::string& key) const {
  auto it = settings_.find(key);
  return it == settings_.end() ? std::string() : it->second;
}

int Workspace::storedRev(const std::string& key) const {
  auto it = storedRevs_.find(key);
  return it == storedRevs_.end() ? 0 : it->second;
}

void Workspace::open(std::function<bool(Dataset*, std::string*)> seed, std::function<void()> done) {
  state_ = SaveState::loading;
  storage_.loadAll([this, seed = std::move(seed), done = std::move(done)](LoadResult result) {
    finishLoad(std::move(result), seed, done);
  });
}

namespace {
// The rev of a stored document: records carry it as "rev"; settings documents as "_rev".
int revOfText(const std::string& text) {
  Json doc = Json::parse(text, nullptr, false);
  if (!doc.is_object()) return 0;
  for (const char* field : {"rev", "_rev"}) {
    auto it = doc.find(field);
    if (it != doc.end() && it->is_number_integer()) return it->get<int>();
  }
  return 0;
}
}  // namespace

void Workspace::finishLoad(LoadResult result, const std::function<bool(Dataset*, std::string*)>& seed,
                           const std::function<void()>& done) {
  if (!result.ok) {
    state_ = SaveState::loadFailed;
    error_ = result.error;
    if (done) done();
    return;
  }
  LoadedDocuments parsed = readDocumentsQuarantining(result.docs);
  if (!parsed.dataset) {
    state_ = SaveState::loadFailed;
    error_.clear();
    for (const auto& e : parsed.errors) error_ += (error_.empty() ? "" : "\n") + e;
    if (done) done();
    return;
  }
  quarantined_ = std::move(parsed.quarantined);
  // A loaded record's rev is the stored one; only the other documents are parsed again for theirs (a second
  // parse of every record was a third of the load's time).
  std::map<std::string_view, int> recordRevs;
  parsed.dataset->forEachTable([&](const auto& table) {
    for (const auto& [id, record] : table) recordRevs.emplace(id, record.rev);
  });
  bool anyRecord = false;
  for (const auto& [key, text] : result.docs) {
    const auto loaded = recordRevs.find(key);
    storedRevs_[key] = loaded != recordRevs.end() ? loaded->second : revOfText(text);
    if (isRecordType(idType(key)))
      anyRecord = true;
    else
      settings_[key] = text;
  }
  dataset_ = std::move(*parsed.dataset);
  version_ = nextVersion();
  state_ = SaveState::saved;
  error_.clear();
  if (!anyRecord && seed) {
    Dataset first;
    std::string why;
    if (!seed(&first, &why)) {
      state_ = SaveState::loadFailed;
      error_ = why;
    } else {
      dataset_ = std::move(first);
      version_ = nextVersion();
      queue_.push_back(Pending{newRecordsTransaction(dataset_).puts, {}});
      sendNext();
    }
  }
  if (done) done();
}

Dataset Action::records() const {
  Dataset out;
  for (const auto& apply : apply_) apply(out);
  return out;
}

Outcome Workspace::check(const Action& action) const {
  const Errors missing = checkChangedReferences(dataset_, action.records());
  if (missing.empty()) return Outcome::ok();
  Message m = errorMessage("workspace.missing_reference", missing.front());
  m.en += "; nothing was saved";
  m.zh += "；未保存";
  return Outcome::refused(std::move(m));
}

bool Workspace::perform(Action action, std::function<void(const CommitResult&)> done) {
  refusal_ = {};
  if (!loaded()) refusal_ = {"workspace.not_loaded", "the data has not loaded: nothing can be saved", "数据未能载入，无法保存"};
  else if (readOnly_) refusal_ = {"workspace.read_only", "another window is editing: this one is read-only", "另一个窗口正在编辑，本窗口只读"};
  else if (action.empty()) refusal_ = {"workspace.empty_action", "nothing to save", "没有要保存的内容"};
  else if (Outcome o = check(action); !o) refusal_ = std::move(o.reason);
  if (!refusal_.empty()) return false;
  for (auto& apply : action.apply_) apply(dataset_);
  version_ = nextVersion();
  for (auto& put : action.puts_)
    if (!isRecordType(idType(put.key))) settings_[put.key] = put.text;
  queue_.push_back(Pending{std::move(action.puts_), std::move(done)});
  if (state_ != SaveState::unsaved) sendNext();  // after a failure only retry() sends again
  return true;
}

void Workspace::retry() {
  if (state_ != SaveState::unsaved || inFlight_ || readOnly_) return;
  sendNext();
}

void Workspace::sendNext() {
  if (inFlight_) return;
  if (queue_.empty()) {
    state_ = SaveState::saved;
    error_.clear();
    conflicts_.clear();
    return;
  }
  Transaction tx;
  tx.puts = queue_.front().puts;
  for (RecordPut& put : tx.puts) {
    put.expected_rev = storedRev(put.key);
    if (!isRecordType(idType(put.key))) {
      // Settings are last-writer-wins documents of this program: their rev is counted here.
      put.rev = put.expected_rev + 1;
      Json doc = Json::parse(put.text, nullptr, false);
      if (doc.is_object()) {
        doc["_rev"] = put.rev;
        put.text = doc.dump();
      }
    }
  }
  inFlight_ = true;
  state_ = SaveState::saving;
  std::vector<RecordPut> sent = tx.puts;
  storage_.commit(std::move(tx), [this, sent = std::move(sent)](CommitResult result) {
    inFlight_ = false;
    if (result.ok()) {
      auto callback = std::move(queue_.front().done);
      queue_.pop_front();
      for (const RecordPut& put : sent) storedRevs_[put.key] = put.rev;
      ++commits_;
      if (callback) callback(result);
      sendNext();
      return;
    }
    state_ = SaveState::unsaved;  // the action stays first in the queue until retry() lands it
    error_ = result.error;
    conflicts_ = result.conflicts;
    if (queue_.front().done) queue_.front().done(result);
  });
}

}  // namespace gj::io
