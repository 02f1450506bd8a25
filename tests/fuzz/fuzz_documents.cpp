// Fuzz target: stored documents as the storage hands them over at start (files, IndexedDB). The input is
// cut at 0x1E into documents, each "<key>\n<JSON text>". Checked: the strict reader and the quarantining
// reader agree; nothing stored is lost (every record key is in the dataset or quarantined with a reason);
// and the Workspace opens on them (loads, or fails with a message) without touching storage.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "domain/bundle.h"
#include "domain/memory_storage.h"
#include "fuzz_support.h"
#include "io/workspace.h"

namespace {

std::map<std::string, std::string> documentsOf(std::string_view input) {
  std::map<std::string, std::string> docs;
  for (std::string_view piece : gj::fuzz::pieces(input)) {
    const std::size_t nl = piece.find('\n');
    if (nl == std::string_view::npos) continue;
    docs.emplace(std::string(piece.substr(0, nl)), std::string(piece.substr(nl + 1)));
  }
  return docs;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gj;
  const auto docs = documentsOf(std::string_view(reinterpret_cast<const char*>(data), size));

  Parsed<Dataset> strict = readDocuments(docs);
  LoadedDocuments loaded = readDocumentsQuarantining(docs);
  if (!loaded.dataset) {
    fuzz::require(!loaded.errors.empty(), "a load that stops says why");
    fuzz::require(!strict.ok(), "what stops the quarantining load stops the strict one too");
    return 0;
  }
  fuzz::require(loaded.errors.empty(), "a load that goes on has no stopping error");
  if (strict.ok()) {
    fuzz::require(loaded.quarantined.empty(), "readable documents are not quarantined");
    fuzz::require(*strict.value == *loaded.dataset, "both readers give the same dataset");
  } else {
    fuzz::require(!loaded.quarantined.empty(), "what the strict reader refuses is quarantined");
  }
  std::map<std::string, std::string> aside;
  for (const auto& q : loaded.quarantined) {
    fuzz::require(!q.reason.empty(), "a quarantined document has a reason", q.key);
    fuzz::require(aside.emplace(q.key, q.reason).second, "a document is quarantined once", q.key);
    fuzz::require(docs.count(q.key) == 1, "only stored keys are quarantined", q.key);
  }
  for (const auto& [key, text] : docs) {
    if (!isRecordType(idType(key))) continue;
    fuzz::require(loaded.dataset->contains(key) != (aside.count(key) == 1),
                  "every stored record is either loaded or quarantined, never both, never lost", key);
  }
  fuzz::require(checkReferences(*loaded.dataset).empty(), "the loaded records' references hold");

  // The same documents through the Workspace, as the programs open them: nothing is written at open
  // (no seed), and the quarantine it shows is the reader's.
  MemoryStorage storage;
  Transaction tx;
  for (const auto& [key, text] : docs) tx.puts.push_back(RecordPut{key, text, 1, 0});
  if (!tx.puts.empty()) storage.commit(std::move(tx), [](CommitResult) {});
  const auto before = storage.stored();
  io::Workspace ws(storage);
  ws.open({});
  fuzz::require(ws.loaded(), "the workspace loads what the quarantining reader loads", ws.error());
  fuzz::require(ws.quarantined().size() == loaded.quarantined.size(), "the workspace quarantines the same");
  fuzz::require(storage.stored() == before, "opening writes nothing");
  return 0;
}
