// IdbStorage: the C++ half. Requests go to Module.gongjianIdb (idb_storage.js) with a callback id; the
// answers come back through the exported gongjian_idb_* functions, which look the id up and finish.
#include "idb_storage.h"

#include <cstdint>
#include <cstring>
#include <map>
#include <utility>

#include <emscripten.h>
#include <nlohmann/json.hpp>

namespace gj::web {

namespace {

struct PendingLoad {
  std::function<void(LoadResult)> done;
  LoadResult result;
};

int gNextId = 1;
std::map<int, PendingLoad> gLoads;
std::map<int, std::function<void(CommitResult)>> gCommits;
std::function<void(const std::string&)> gEventHandler;

EM_JS(void, js_idb_load_all, (int id), { Module.gongjianIdb.loadAll(id); });

EM_JS(void, js_idb_commit, (int id, const char* putsJson), {
  Module.gongjianIdb.commit(id, JSON.parse(UTF8ToString(putsJson)));
});

EM_JS(void, js_idb_request_persistence, (), { Module.gongjianIdb.requestPersistence(); });

EM_JS(int, js_storage_known, (), { return Module.gongjianIdb.storageStatus.known ? 1 : 0; });
EM_JS(int, js_storage_persisted, (), { return Module.gongjianIdb.storageStatus.persisted; });
EM_JS(double, js_storage_usage, (), { return Module.gongjianIdb.storageStatus.usage; });
EM_JS(double, js_storage_quota, (), { return Module.gongjianIdb.storageStatus.quota; });

}  // namespace

void IdbStorage::loadAll(std::function<void(LoadResult)> done) {
  int id = gNextId++;
  gLoads[id] = PendingLoad{std::move(done), {}};
  js_idb_load_all(id);
}

void IdbStorage::commit(Transaction tx, std::function<void(CommitResult)> done) {
  nlohmann::json puts = nlohmann::json::array();
  for (const RecordPut& put : tx.puts)
    puts.push_back({{"key", put.key}, {"text", put.text}, {"rev", put.rev}, {"expected", put.expected_rev}});
  int id = gNextId++;
  gCommits[id] = std::move(done);
  js_idb_commit(id, puts.dump().c_str());
}

StorageFigures storageFigures() {
  StorageFigures figures;
  figures.known = js_storage_known() != 0;
  figures.persisted = js_storage_persisted() == 1;
  figures.usageBytes = js_storage_usage();
  figures.quotaBytes = js_storage_quota();
  return figures;
}

void requestPersistentStorage() { js_idb_request_persistence(); }

void onStorageEvent(std::function<void(const std::string& event)> handler) { gEventHandler = std::move(handler); }

}  // namespace gj::web

// [SECTION] Called from idb_storage.js

extern "C" {

// Every stored document at once: [u32 little-endian length, bytes] of the key, then of the text, repeated.
EMSCRIPTEN_KEEPALIVE void gongjian_idb_load_docs(int id, const char* buffer, int size) {
  auto it = gj::web::gLoads.find(id);
  if (it == gj::web::gLoads.end()) return;
  auto& docs = it->second.result.docs;
  const char* p = buffer;
  const char* end = buffer + size;
  auto next = [&](std::string* out) {
    std::uint32_t n = 0;
    std::memcpy(&n, p, 4);  // wasm is little-endian
    out->assign(p + 4, n);
    p += 4 + n;
  };
  std::string key, text;
  while (end - p >= 8) {
    next(&key);
    next(&text);
    docs.emplace_hint(docs.end(), std::move(key), std::move(text));  // IndexedDB hands them over in key order
  }
}

EMSCRIPTEN_KEEPALIVE void gongjian_idb_loaded(int id, int ok, const char* error) {
  auto it = gj::web::gLoads.find(id);
  if (it == gj::web::gLoads.end()) return;
  gj::web::PendingLoad pending = std::move(it->second);
  gj::web::gLoads.erase(it);
  pending.result.ok = ok != 0;
  if (!pending.result.ok) {
    pending.result.docs.clear();
    pending.result.error = std::string("the data stored in this browser (IndexedDB) could not be read: ") +
                           (error ? error : "unknown error");
  }
  pending.done(std::move(pending.result));
}

EMSCRIPTEN_KEEPALIVE void gongjian_idb_committed(int id, int status, const char* error, const char* conflictsJson) {
  auto it = gj::web::gCommits.find(id);
  if (it == gj::web::gCommits.end()) return;
  auto done = std::move(it->second);
  gj::web::gCommits.erase(it);
  gj::CommitResult result;
  if (status == 0) {
    result.status = gj::CommitStatus::applied;
  } else if (status == 1) {
    result.status = gj::CommitStatus::conflict;
    auto keys = nlohmann::json::parse(conflictsJson, nullptr, false);
    if (keys.is_array())
      for (const auto& key : keys)
        if (key.is_string()) result.conflicts.push_back(key.get<std::string>());
    result.error = "changed elsewhere since it was loaded: ";
    for (std::size_t i = 0; i < result.conflicts.size(); ++i) result.error += (i ? ", " : "") + result.conflicts[i];
  } else {
    result.status = gj::CommitStatus::failed;
    result.error = std::string("the browser did not store the change (IndexedDB): ") + (error ? error : "unknown error");
  }
  done(std::move(result));
}

EMSCRIPTEN_KEEPALIVE void gongjian_idb_event(const char* event) {
  if (gj::web::gEventHandler) gj::web::gEventHandler(event);
}

}  // extern "C"
