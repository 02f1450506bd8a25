// FileStorage's backups: the last snapshots kept as hard links in backups/, checked on listing, and restore,
// which puts the current files aside in damaged-<n>/ (never deleted) and writes the chosen backup as a new
// generation.
#include <algorithm>
#include <cerrno>

#include "file_storage.h"

namespace gj::native {
namespace {

// The generation in "gongjian-00000012.snapshot"; 0 when the name is not a backup's.
std::uint64_t backupGeneration(const std::string& name) {
  const std::string head = "gongjian-", tail = ".snapshot";
  if (name.size() <= head.size() + tail.size() || name.compare(0, head.size(), head) != 0 ||
      name.compare(name.size() - tail.size(), tail.size(), tail) != 0)
    return 0;
  std::uint64_t generation = 0;
  for (std::size_t i = head.size(); i < name.size() - tail.size(); ++i) {
    if (name[i] < '0' || name[i] > '9' || generation > (1ull << 50)) return 0;
    generation = generation * 10 + static_cast<std::uint64_t>(name[i] - '0');
  }
  return generation;
}

// Reads a whole snapshot file; "" or what is wrong with it.
std::string readSnapshotFile(FileSystem& fs, const std::string& path, StoredDocs* docs, std::uint64_t* generation) {
  std::string bytes;
  if (int e = fs.readFile(path, &bytes); e != 0) return "cannot read: " + errnoText(e);
  std::size_t offset = 0;
  std::string problem = readFileHeader(bytes, "snapshot", generation, &offset);
  FrameScan scan;
  if (problem.empty()) problem = readFrames(bytes, offset, docs, &scan, false);
  if (problem.empty() && (scan.tornTail || scan.frames != 1)) problem = "incomplete";
  return problem;
}

}  // namespace

std::vector<SnapshotBackup> FileStorage::backups() const {
  std::vector<SnapshotBackup> out;
  std::vector<std::string> names;
  if (fs_.list(pathOf(kBackupDir), &names) != 0) return out;
  for (const auto& name : names) {
    if (backupGeneration(name) == 0) continue;
    SnapshotBackup b;
    b.name = name;
    b.path = pathOf(kBackupDir) + "/" + name;
    StoredDocs docs;
    b.problem = readSnapshotFile(fs_, b.path, &docs, &b.generation);
    if (b.generation == 0) b.generation = backupGeneration(name);
    b.documents = docs.size();
    out.push_back(std::move(b));
  }
  std::sort(out.begin(), out.end(), [](const SnapshotBackup& a, const SnapshotBackup& b) {
    return a.generation != b.generation ? a.generation > b.generation : a.name > b.name;
  });
  return out;
}

void FileStorage::rotateBackups() {
  std::vector<std::string> names;
  if (fs_.list(pathOf(kBackupDir), &names) != 0) return;
  std::vector<std::pair<std::uint64_t, std::string>> found;
  for (const auto& name : names)
    if (std::uint64_t g = backupGeneration(name)) found.emplace_back(g, name);
  std::sort(found.begin(), found.end(), std::greater<>());
  bool removed = false;
  for (std::size_t i = options_.keepBackups; i < found.size(); ++i) {
    const std::string path = pathOf(kBackupDir) + "/" + found[i].second;
    if (int e = fs_.unlink(path); e != 0)
      warning_ = path + ": cannot remove an old backup: " + errnoText(e);
    else
      removed = true;
  }
  if (removed) fs_.fsyncDir(pathOf(kBackupDir));
}

std::string FileStorage::restore(const std::string& name, std::string* used) {
  if (!opened_)
    if (std::string error = open(); !error.empty()) return error;
  if (readOnly_) return "cannot restore: " + readOnlyReason_;
  const std::vector<SnapshotBackup> list = backups();
  const SnapshotBackup* chosen = nullptr;
  for (const auto& b : list) {
    if (name.empty() ? b.problem.empty() : (b.name == name || b.path == name)) {
      chosen = &b;
      break;
    }
  }
  if (!chosen && name.empty()) return "there is no good backup in " + pathOf(kBackupDir);
  if (!chosen) {
    std::string known;
    for (const auto& b : list) known += (known.empty() ? "" : ", ") + b.name;
    return "there is no backup named \"" + name + "\" in " + pathOf(kBackupDir) +
           (known.empty() ? " (it holds none)" : " (there are: " + known + ")");
  }
  if (!chosen->problem.empty()) return chosen->path + ": damaged too: " + chosen->problem;
  StoredDocs docs;
  std::uint64_t generation = 0;
  if (std::string problem = readSnapshotFile(fs_, chosen->path, &docs, &generation); !problem.empty())
    return chosen->path + ": " + problem;

  std::string aside;
  // Files that could not be loaded go to damaged-<n>/, a healthy folder's (an older backup chosen) to replaced-<n>/.
  if (std::string error = replaceAll(docs, loaded_ ? "replaced" : "damaged", &aside); !error.empty()) return error;
  // Damaged backups go aside too (renamed, not deleted), so the folder checks clean again.
  if (!aside.empty())
    for (const auto& b : list)
      if (!b.problem.empty() && fs_.rename(b.path, aside + "/" + b.name) != 0)
        warning_ = b.path + ": damaged, and could not be moved to " + aside;
  *used = chosen->name + (aside.empty() ? "" : " (the files it replaced are kept in " + aside + ")");
  return "";
}

std::string FileStorage::replaceAll(const StoredDocs& docs, const std::string& asidePrefix, std::string* aside) {
  aside->clear();
  if (!opened_)
    if (std::string error = open(); !error.empty()) return error;
  if (readOnly_) return "nothing was written: " + readOnlyReason_;
  std::vector<std::string> names;
  if (int e = fs_.list(dir_, &names); e != 0) return dir_ + ": cannot list: " + errnoText(e);
  const bool hasFiles = std::find(names.begin(), names.end(), kSnapshotFile) != names.end() ||
                        std::find(names.begin(), names.end(), kJournalFile) != names.end();
  // The current files go aside first, as hard links in a new <prefix>-<n>/ folder.
  if (hasFiles) {
    for (int n = 1; aside->empty(); ++n)
      if (std::find(names.begin(), names.end(), asidePrefix + "-" + std::to_string(n)) == names.end())
        *aside = pathOf(asidePrefix + "-" + std::to_string(n));
    if (int e = fs_.mkdir(*aside); e != 0) return *aside + ": cannot create: " + errnoText(e);
    for (const char* file : {kSnapshotFile, kJournalFile}) {
      const int e = fs_.link(pathOf(file), *aside + "/" + file);
      if (e != 0 && e != ENOENT) return *aside + "/" + file + ": cannot keep the current file aside: " + errnoText(e);
    }
    if (int e = fs_.fsyncDir(*aside); e != 0) return *aside + ": cannot flush to disk: " + errnoText(e);
    if (int e = fs_.fsyncDir(dir_); e != 0) return dir_ + ": cannot flush to disk: " + errnoText(e);
  }
  // A generation above every one used, so the new snapshot's backup name is new too.
  std::uint64_t last = generation_;
  for (const auto& b : backups()) last = std::max(last, b.generation);
  bool applied = false;
  if (std::string error = writeSnapshot(docs, last + 1, &applied); !applied) return error;
  docs_ = docs;
  loaded_ = true;
  loadError_.clear();
  return "";
}

}  // namespace gj::native
