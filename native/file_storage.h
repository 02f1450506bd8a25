// FileStorage: core/storage.h on a data folder (the desktop program and gongjian-cli). Layout of DIR:
//
//   gongjian.snapshot   every document at one generation, written whole: temp file + fsync + rename + fsync DIR
//   gongjian.journal    the commits since that snapshot, one checksummed frame each, appended and fsynced
//   backups/            gongjian-<generation>.snapshot, hard links of the last 10 snapshots (the current one too)
//   damaged-<n>/        files a restore put aside; never deleted by the program
//   lock                flock()ed by the one program that writes; another one opens the folder read-only
//   *.tmp               an unfinished write, removed at the next start
//
// A commit is one journal frame (atomic: a cut-short last frame is ignored on load) or, when the journal
// has grown past the compaction limit, a new snapshot holding everything plus the commit (atomic by rename).
// A failed write is rolled back (the journal truncated to its old length, temp files removed), so the
// previous files stay byte-identical and the commit reports `failed`. A file that cannot be read is never
// written over: loading fails naming the file and the damage, and names the newest good backup.
// Formats: file_format.h.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "file_format.h"
#include "file_system.h"
#include "storage.h"

namespace gj::native {

struct FileStorageOptions {
  FileSystem* fs = nullptr;               // null: the real file system
  bool readOnly = false;                  // never lock, never write (validate, stats, report)
  std::size_t compactAfterCommits = 1000; // journal frames before the next commit writes a snapshot
  std::uint64_t compactAfterBytes = 0;    // journal size limit; 0: max(8 MiB, the snapshot's size)
  std::size_t keepBackups = 10;
};

struct SnapshotBackup {
  std::string name;          // "gongjian-00000012.snapshot"
  std::string path;
  std::uint64_t generation = 0;
  std::size_t documents = 0;
  std::string problem;       // "" when the file reads as a whole
};

class FileStorage : public Storage {
 public:
  static constexpr const char* kSnapshotFile = "gongjian.snapshot";
  static constexpr const char* kJournalFile = "gongjian.journal";
  static constexpr const char* kBackupDir = "backups";
  static constexpr const char* kLockFile = "lock";

  explicit FileStorage(std::string dir, FileStorageOptions options = {});
  ~FileStorage() override;
  FileStorage(const FileStorage&) = delete;
  FileStorage& operator=(const FileStorage&) = delete;

  // Creates the folder and takes the lock; when another program holds it the storage is read-only (see
  // readOnlyReason()). With the lock, leftover temp files are removed. Returns "" or why the folder
  // cannot be used at all (then nothing is read or written).
  std::string open();
  bool readOnly() const { return readOnly_; }
  const std::string& readOnlyReason() const { return readOnlyReason_; }

  void loadAll(std::function<void(LoadResult)> done) override;
  void commit(Transaction tx, std::function<void(CommitResult)> done) override;

  const std::string& dir() const { return dir_; }
  std::string pathOf(const std::string& name) const { return dir_ + "/" + name; }
  std::uint64_t generation() const { return generation_; }
  std::size_t journalFrames() const { return journalFrames_; }
  // The last problem that did not fail a commit (a backup link or rotation that failed); "" if none.
  const std::string& warning() const { return warning_; }

  // The snapshots in backups/, newest first, each read through to check it.
  std::vector<SnapshotBackup> backups() const;
  // Replaces the folder's data with backup `name` ("": the newest good one). The current snapshot and
  // journal are kept (hard links) in damaged-<n>/ (replaced-<n>/ when they loaded). Needs the lock.
  // Returns "" or why not; *used: the backup's name and where the old files went.
  std::string restore(const std::string& name, std::string* used);
  // Replaces every document with `docs` as a new snapshot (demo --force, restore); the current files are
  // kept as hard links in DIR/<asidePrefix>-<n>/ (*aside; "" when there were none). Needs the lock.
  std::string replaceAll(const StoredDocs& docs, const std::string& asidePrefix, std::string* aside);

 private:
  struct Folder;  // what loading read
  std::string readFolder(StoredDocs* docs);
  std::string ensureLoaded();
  std::string damageMessage(const std::string& file, const std::string& problem) const;
  std::string writeWholeFile(const std::string& path, const std::string& bytes);
  std::string writeSnapshot(const StoredDocs& docs, std::uint64_t generation, bool* applied);
  std::string appendJournal(const Transaction& tx);
  void rotateBackups();
  void removeTempFiles();

  std::string dir_;
  FileStorageOptions options_;
  FileSystem& fs_;
  int lockFd_ = -1;
  bool opened_ = false;
  bool readOnly_ = false;
  std::string readOnlyReason_;
  bool loaded_ = false;
  std::string loadError_;
  StoredDocs docs_;
  std::uint64_t generation_ = 0;   // of gongjian.snapshot; 0: none yet
  std::uint64_t snapshotBytes_ = 0;
  bool journalUsable_ = false;     // gongjian.journal belongs to this snapshot and ends with a whole frame
  std::uint64_t journalBytes_ = 0;
  std::size_t journalFrames_ = 0;
  std::string warning_;
};

}  // namespace gj::native
