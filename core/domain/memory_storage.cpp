// MemoryStorage: atomic commits by writing to a copy and swapping it in only when every put succeeded.
#include "domain/memory_storage.h"

#include <set>
#include <utility>

namespace gj {

void MemoryStorage::finish(std::function<void()> callback) {
  if (deferred_)
    pending_.push_back(std::move(callback));
  else
    callback();
}

void MemoryStorage::runPending() {
  auto now = std::move(pending_);
  pending_.clear();
  for (auto& callback : now) callback();
}

void MemoryStorage::failNextCommit(std::size_t afterPuts, std::string error) {
  failCommit_ = std::make_pair(afterPuts, std::move(error));
}

void MemoryStorage::failNextLoad(std::string error) { failLoad_ = std::move(error); }

int MemoryStorage::revOf(const std::string& key) const {
  auto it = docs_.find(key);
  return it == docs_.end() ? 0 : it->second.rev;
}

void MemoryStorage::loadAll(std::function<void(LoadResult)> done) {
  LoadResult result;
  if (failLoad_) {
    result.error = *failLoad_;
    failLoad_.reset();
  } else {
    result.ok = true;
    for (const auto& [key, doc] : docs_) result.docs[key] = doc.text;
  }
  finish([done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); });
}

void MemoryStorage::commit(Transaction tx, std::function<void(CommitResult)> done) {
  CommitResult result;
  std::set<std::string> keys;
  for (const RecordPut& put : tx.puts) {
    if (!keys.insert(put.key).second) {
      result.error = "\"" + put.key + "\" is put twice in one transaction";
    } else if (put.rev <= put.expected_rev) {
      result.error = "\"" + put.key + "\": the new rev " + std::to_string(put.rev) + " must be above " +
                     std::to_string(put.expected_rev);
    } else if (revOf(put.key) != put.expected_rev) {
      result.conflicts.push_back(put.key);
    }
  }
  if (!result.error.empty()) {
    result.status = CommitStatus::failed;
  } else if (!result.conflicts.empty()) {
    result.status = CommitStatus::conflict;
    result.error = "changed elsewhere since it was loaded: ";
    for (std::size_t i = 0; i < result.conflicts.size(); ++i) result.error += (i ? ", " : "") + result.conflicts[i];
  } else {
    auto scratch = docs_;
    std::size_t written = 0;
    for (const RecordPut& put : tx.puts) {
      if (failCommit_ && written == failCommit_->first) break;
      scratch[put.key] = Stored{put.text, put.rev};
      ++written;
    }
    if (failCommit_) {
      result.status = CommitStatus::failed;
      result.error = failCommit_->second;
      failCommit_.reset();
    } else {
      docs_ = std::move(scratch);
      result.status = CommitStatus::applied;
      ++commits_;
    }
  }
  finish([done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); });
}

}  // namespace gj
