// IdbStorage: gj::Storage on the browser's IndexedDB (JavaScript side: idb_storage.js). One object store
// "docs" keyed by record id with values {text, rev}; every commit is one readwrite transaction with strict
// durability that checks each key's stored rev inside the transaction before writing anything.
// Also: persistent-storage request and the usage/quota figures shown in Settings.
#pragma once
#include <functional>
#include <string>

#include "storage.h"

namespace gj::web {

class IdbStorage : public Storage {
 public:
  void loadAll(std::function<void(LoadResult)> done) override;
  void commit(Transaction tx, std::function<void(CommitResult)> done) override;
};

// What the browser says about our storage (navigator.storage), refreshed after every commit.
struct StorageFigures {
  bool known = false;      // the browser has answered
  bool persisted = false;  // granted: the browser will not evict the data under storage pressure
  double usageBytes = -1;  // -1: unknown
  double quotaBytes = -1;
};
StorageFigures storageFigures();

// Asks for persistent storage (navigator.storage.persist()) and starts reading the figures.
void requestPersistentStorage();

// Events of the connection that the app must react to: "versionchange" (a newer version of the app
// opened the data in another tab; this tab closed its connection and must not write), "closed" (the
// browser closed it), "upgrade_blocked" (our upgrade waits for an older tab to close).
void onStorageEvent(std::function<void(const std::string& event)> handler);

}  // namespace gj::web
