// gongjian-cli restore --data DIR [--backup NAME] [--list]: brings a data folder back from one of its
// backups (the newest good one unless named). The files it replaces are kept in DIR/damaged-<n>/ (or
// replaced-<n>/ when they were fine); nothing is deleted. A folder that loads needs --backup: restoring
// it would drop the commits since that backup.
#include <filesystem>
#include <iostream>

#include "cli_commands.h"
#include "file_storage.h"

namespace gj::cli {

int runRestore(const RestoreOptions& o) {
  const std::string dir = dataDirOrDefault(o.data_dir);
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    std::cerr << "gongjian-cli restore: " << dir << ": no data folder here (No such file or directory)\n";
    return 1;
  }
  native::FileStorage storage(dir);
  if (std::string e = storage.open(); !e.empty()) {
    std::cerr << "gongjian-cli restore: " << e << "\n";
    return 1;
  }
  if (o.list) {
    const auto backups = storage.backups();
    if (backups.empty()) std::cout << dir << "/" << native::FileStorage::kBackupDir << ": no backups\n";
    for (const auto& b : backups)
      std::cout << b.name << "  generation " << b.generation << "  "
                << (b.problem.empty() ? std::to_string(b.documents) + " documents" : "damaged: " + b.problem) << "\n";
    return 0;
  }
  if (storage.readOnly()) {
    std::cerr << "gongjian-cli restore: nothing was changed: " << storage.readOnlyReason() << "\n";
    return 1;
  }
  LoadResult loaded;
  storage.loadAll([&](LoadResult r) { loaded = std::move(r); });
  if (loaded.ok && o.backup.empty()) {
    std::cerr << "gongjian-cli restore: " << dir << " loads without a problem; nothing was changed. To go back to "
              << "an older snapshot anyway, name it with --backup (see restore --list)\n";
    return 1;
  }
  std::string used;
  if (std::string e = storage.restore(o.backup, &used); !e.empty()) {
    std::cerr << "gongjian-cli restore: " << e << "\n";
    return 1;
  }
  std::cout << "restored " << dir << " from " << used << "\n";
  return 0;
}

}  // namespace gj::cli
