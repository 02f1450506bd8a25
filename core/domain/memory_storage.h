// Storage kept in memory, for tests (and a UI without persistence). It can be told to fail a transaction
// part-way or to delay its callbacks, to test that a failed or late commit leaves everything as it was.
#pragma once
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "storage.h"

namespace gj {

class MemoryStorage : public Storage {
 public:
  struct Stored {
    std::string text;
    int rev = 0;
    bool operator==(const Stored&) const = default;
  };

  void loadAll(std::function<void(LoadResult)> done) override;
  void commit(Transaction tx, std::function<void(CommitResult)> done) override;

  // The next commit fails after writing `afterPuts` of its puts (to a scratch copy), as a full disk would.
  void failNextCommit(std::size_t afterPuts, std::string error);
  void failNextLoad(std::string error);
  // While deferred, callbacks wait until runPending(), as IndexedDB's do.
  void setDeferred(bool deferred) { deferred_ = deferred; }
  void runPending();

  const std::map<std::string, Stored>& stored() const { return docs_; }
  int revOf(const std::string& key) const;  // 0 when absent
  std::size_t commits() const { return commits_; }  // successful ones

 private:
  void finish(std::function<void()> callback);

  std::map<std::string, Stored> docs_;
  std::optional<std::pair<std::size_t, std::string>> failCommit_;
  std::optional<std::string> failLoad_;
  bool deferred_ = false;
  std::vector<std::function<void()>> pending_;
  std::size_t commits_ = 0;
};

}  // namespace gj
