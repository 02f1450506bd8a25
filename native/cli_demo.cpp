// gongjian-cli demo DIR: writes the demo dataset as a data folder (file_storage.h). A folder that holds data
// already is kept unless --force; then its files are kept in DIR/replaced-<n>/ and the demo replaces them.
#include <filesystem>
#include <iostream>

#include "cli_commands.h"
#include "data_folder.h"
#include "domain/bundle.h"
#include "file_storage.h"
#include "io/demo_dataset.h"
#include "io/workspace.h"

namespace gj::cli {

int runDemo(const DemoOptions& o) {
  Dataset demo;
  std::string error;
  if (!io::loadDemoDataset(o.asset_dir, &demo, &error)) {
    std::cerr << "gongjian-cli: the demo dataset in " << o.asset_dir << "/demo cannot be built:\n" << error << "\n";
    return 1;
  }
  native::FileStorage storage(o.dir);
  if (std::string e = storage.open(); !e.empty()) {
    std::cerr << "gongjian-cli: " << e << "\n";
    return 1;
  }
  if (storage.readOnly()) {
    std::cerr << "gongjian-cli: nothing was written: " << storage.readOnlyReason() << "\n";
    return 1;
  }
  LoadResult loaded;
  storage.loadAll([&](LoadResult r) { loaded = std::move(r); });
  std::error_code ec;
  const bool legacy = std::filesystem::exists(o.dir + "/" + native::kLegacyBundleFile, ec);
  const bool hasData = !loaded.ok || !loaded.docs.empty() || legacy;
  if (hasData && !o.force) {
    std::cerr << "gongjian-cli: " << o.dir << " holds data already; use --force to replace it (its files are kept in "
              << o.dir << "/replaced-<n>/)\n";
    return 1;
  }
  if (!hasData) {
    io::Workspace workspace(storage);
    workspace.open([&](Dataset* ds, std::string*) {
      *ds = demo;
      return true;
    });
    if (workspace.state() != io::SaveState::saved) {
      std::cerr << "gongjian-cli: " << o.dir << ": the demo dataset was not saved: " << workspace.error() << "\n";
      return 1;
    }
    std::cout << "wrote the demo dataset to " << o.dir << " (" << demo.size() << " records)\n";
    return 0;
  }
  native::StoredDocs docs;
  for (RecordPut& put : newRecordsTransaction(demo).puts) docs[put.key] = native::StoredDoc{std::move(put.text), put.rev};
  std::string aside;
  if (std::string e = storage.replaceAll(docs, "replaced", &aside); !e.empty()) {
    std::cerr << "gongjian-cli: " << o.dir << ": the demo dataset was not saved: " << e << "\n";
    return 1;
  }
  std::cout << "wrote the demo dataset to " << o.dir << " (" << demo.size() << " records)";
  if (!aside.empty()) std::cout << "; the data it replaced is kept in " << aside;
  std::cout << "\n";
  return 0;
}

}  // namespace gj::cli
