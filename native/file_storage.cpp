// FileStorage: loading, commits (journal frame or new snapshot) and their rollback; see file_storage.h.
// Backups and restore live in file_backups.cpp.
#include "file_storage.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace gj::native {
namespace {

bool endsWith(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The pid the lock holder wrote into the lock file, for the message; "" when unknown.
std::string lockHolder(const std::string& lockPath) {
  std::string text;
  if (realFileSystem().readFile(lockPath, &text) != 0) return "";
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  const bool digits = !text.empty() && text.size() < 12 &&
                      std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  std::error_code ec;
  return digits && std::filesystem::exists("/proc/" + text, ec) ? text : "";  // a killed holder leaves its pid
}

}  // namespace

FileStorage::FileStorage(std::string dir, FileStorageOptions options)
    : dir_(std::move(dir)), options_(options), fs_(options.fs ? *options.fs : realFileSystem()) {
  while (dir_.size() > 1 && dir_.back() == '/') dir_.pop_back();
}

FileStorage::~FileStorage() {
  if (lockFd_ < 0) return;
  if (::ftruncate(lockFd_, 0) != 0) {
    // only the pid hint stays behind
  }
  ::close(lockFd_);  // releases the flock
}

std::string FileStorage::open() {
  if (opened_) return "";
  opened_ = true;
  if (options_.readOnly) {
    readOnly_ = true;
    readOnlyReason_ = dir_ + " is opened to be read only";
    return "";
  }
  std::error_code ec;
  if (std::filesystem::create_directories(dir_, ec))  // a new folder: its entry in the parent goes to disk too
    fs_.fsyncDir(std::filesystem::path(dir_).parent_path().empty() ? "." : std::filesystem::path(dir_).parent_path().string());
  if (ec) return "cannot create the data folder " + dir_ + ": " + ec.message();
  const std::string lockPath = pathOf(kLockFile);
  lockFd_ = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (lockFd_ < 0) {
    readOnly_ = true;
    readOnlyReason_ = lockPath + ": cannot open the lock file (" + errnoText(errno) + "); the data is shown read-only";
    return "";
  }
  if (::flock(lockFd_, LOCK_EX | LOCK_NB) != 0) {
    const int error = errno;
    ::close(lockFd_);
    lockFd_ = -1;
    readOnly_ = true;
    if (error == EWOULDBLOCK) {
      const std::string pid = lockHolder(lockPath);
      readOnlyReason_ = dir_ + " is open in another Gongjian program" + (pid.empty() ? "" : " (process " + pid + ")") +
                        "; this one only reads it. Close the other one to edit here.";
    } else {
      readOnlyReason_ = lockPath + ": cannot lock (" + errnoText(error) + "); the data is shown read-only";
    }
    return "";
  }
  const std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(lockFd_, 0) == 0 && ::pwrite(lockFd_, pid.data(), pid.size(), 0) < 0) {
    // only a hint for the other program's message
  }
  if (int e = fs_.mkdir(pathOf(kBackupDir)); e != 0)
    warning_ = pathOf(kBackupDir) + ": cannot create the backup folder: " + errnoText(e);
  removeTempFiles();
  rotateBackups();  // a program killed after its last snapshot may have left one backup too many
  return "";
}

void FileStorage::removeTempFiles() {
  for (const std::string& folder : {dir_, pathOf(kBackupDir)}) {
    std::vector<std::string> names;
    if (fs_.list(folder, &names) != 0) continue;
    bool removed = false;
    for (const auto& name : names)
      if (endsWith(name, ".tmp")) removed = fs_.unlink(folder + "/" + name) == 0 || removed;
    if (removed) fs_.fsyncDir(folder);
  }
}

std::string FileStorage::readFolder(StoredDocs* docs) {
  const std::string snapshotPath = pathOf(kSnapshotFile), journalPath = pathOf(kJournalFile);
  std::string bytes;
  int error = fs_.readFile(snapshotPath, &bytes);
  if (error == ENOENT) {
    // A new folder, unless there is a journal without the snapshot it continues.
    if (fs_.readFile(journalPath, &bytes) == 0)
      return damageMessage(journalPath, "there is a journal but no " + std::string(kSnapshotFile) + " (moved or deleted?)");
    generation_ = 0;
    snapshotBytes_ = journalBytes_ = 0;
    journalFrames_ = 0;
    journalUsable_ = false;
    return "";
  }
  if (error != 0) return snapshotPath + ": cannot read: " + errnoText(error) + "; nothing was written";
  std::uint64_t generation = 0;
  std::size_t offset = 0;
  std::string problem = readFileHeader(bytes, "snapshot", &generation, &offset);
  if (problem.empty()) {
    FrameScan scan;
    problem = readFrames(bytes, offset, docs, &scan, false);
    if (problem.empty() && scan.tornTail) problem = "it ends early (byte " + std::to_string(bytes.size()) + ")";
    if (problem.empty() && scan.frames != 1) problem = "expected one frame, found " + std::to_string(scan.frames);
  }
  if (problem.rfind("format ", 0) == 0) return snapshotPath + ": " + problem;  // newer, not damaged
  if (!problem.empty()) return damageMessage(snapshotPath, problem);
  generation_ = generation;
  snapshotBytes_ = bytes.size();
  journalUsable_ = false;
  journalBytes_ = 0;
  journalFrames_ = 0;

  error = fs_.readFile(journalPath, &bytes);
  if (error == ENOENT) return "";  // the next commit writes a snapshot and a new journal
  if (error != 0) return journalPath + ": cannot read: " + errnoText(error) + "; nothing was written";
  std::uint64_t base = 0;
  problem = readFileHeader(bytes, "journal", &base, &offset);
  if (problem.rfind("format ", 0) == 0) return journalPath + ": " + problem;
  if (!problem.empty()) return damageMessage(journalPath, problem);
  if (base < generation) return "";  // already folded into the snapshot (a crash between two renames)
  if (base > generation)
    return damageMessage(journalPath, "it continues generation " + std::to_string(base) + " but " + kSnapshotFile +
                                          " is generation " + std::to_string(generation));
  FrameScan scan;
  problem = readFrames(bytes, offset, docs, &scan, true);
  if (!problem.empty()) return damageMessage(journalPath, problem);
  journalUsable_ = !scan.tornTail;  // never append after a cut-short frame: the next commit writes a snapshot
  journalBytes_ = scan.goodBytes;
  journalFrames_ = scan.frames;
  return "";
}

std::string FileStorage::damageMessage(const std::string& file, const std::string& problem) const {
  std::string message = file + ": damaged: " + problem + ". Nothing in " + dir_ + " was written. ";
  for (const SnapshotBackup& b : backups())
    if (b.problem.empty())
      return message + "The newest good backup is " + b.path + " (generation " + std::to_string(b.generation) + ", " +
             std::to_string(b.documents) + " documents); restore it with: gongjian-cli restore --data " + dir_;
  return message + "There is no good backup in " + pathOf(kBackupDir) + ".";
}

std::string FileStorage::ensureLoaded() {
  if (!opened_)
    if (std::string error = open(); !error.empty()) return loadError_ = error;
  if (loaded_ && !readOnly_) return "";
  // A reader may catch the writer between two renames: read again before calling it damage.
  std::string error;
  StoredDocs docs;
  for (int attempt = 0; attempt < (readOnly_ ? 3 : 1); ++attempt) {
    docs.clear();
    error = readFolder(&docs);
    if (error.empty()) break;
  }
  loaded_ = error.empty();
  loadError_ = error;
  if (loaded_) docs_ = std::move(docs);
  return error;
}

void FileStorage::loadAll(std::function<void(LoadResult)> done) {
  LoadResult result;
  result.error = ensureLoaded();
  result.ok = result.error.empty();
  if (result.ok)
    for (const auto& [key, doc] : docs_) result.docs.emplace(key, doc.text);
  done(std::move(result));
}

std::string FileStorage::writeWholeFile(const std::string& path, const std::string& bytes) {
  int fd = -1;
  if (int e = fs_.openWrite(path, false, &fd); e != 0) return path + ": cannot create: " + errnoText(e);
  std::string error;
  if (int e = fs_.write(fd, bytes.data(), bytes.size()); e != 0)
    error = path + ": cannot write: " + errnoText(e);
  else if (int e2 = fs_.fsync(fd); e2 != 0)
    error = path + ": cannot flush to disk (fsync): " + errnoText(e2);
  if (int e = fs_.close(fd); e != 0 && error.empty()) error = path + ": cannot close: " + errnoText(e);
  return error;
}

std::string FileStorage::appendJournal(const Transaction& tx) {
  const std::string path = pathOf(kJournalFile);
  FrameWriter frame;
  for (const RecordPut& put : tx.puts) frame.add(put.key, put.rev, put.text);
  const std::string bytes = frame.finish();
  int fd = -1;
  if (int e = fs_.openWrite(path, true, &fd); e != 0) return path + ": cannot open to append: " + errnoText(e);
  std::string error;
  if (int e = fs_.write(fd, bytes.data(), bytes.size()); e != 0)
    error = path + ": cannot write: " + errnoText(e);
  else if (int e2 = fs_.fsync(fd); e2 != 0)
    error = path + ": cannot flush to disk (fsync): " + errnoText(e2);
  if (!error.empty()) {
    // Cut the file back to its old length so it stays byte-identical. If even that fails, the frame may
    // be there in part: the next commit writes a whole snapshot instead of appending after it.
    if (fs_.truncate(fd, journalBytes_) != 0 || fs_.fsync(fd) != 0) journalUsable_ = false;
    fs_.close(fd);
    return error;
  }
  fs_.close(fd);  // the data is on disk already
  journalBytes_ += bytes.size();
  ++journalFrames_;
  return "";
}

std::string FileStorage::writeSnapshot(const StoredDocs& docs, std::uint64_t generation, bool* applied) {
  *applied = false;
  const std::string snapshot = pathOf(kSnapshotFile), journal = pathOf(kJournalFile);
  const std::string snapshotTemp = snapshot + ".tmp", journalTemp = journal + ".tmp";
  const std::string previous = snapshot + ".previous.tmp";  // the old snapshot, to put back if needed
  char name[64];
  std::snprintf(name, sizeof name, "gongjian-%08llu.snapshot", static_cast<unsigned long long>(generation));
  const std::string backup = pathOf(kBackupDir) + "/" + name;

  FrameWriter frame;
  for (const auto& [key, doc] : docs) frame.add(key, doc.rev, doc.text);
  const std::string bytes = fileHeader("snapshot", generation) + frame.finish();
  const std::string journalBytes = fileHeader("journal", generation);
  auto removeTemps = [&] {
    fs_.unlink(snapshotTemp);
    fs_.unlink(journalTemp);
    fs_.unlink(previous);
  };
  std::string error = writeWholeFile(snapshotTemp, bytes);
  if (error.empty()) error = writeWholeFile(journalTemp, journalBytes);
  if (!error.empty()) {
    removeTemps();
    return error;
  }
  const int kept = fs_.link(snapshot, previous);
  if (kept != 0 && kept != ENOENT) {
    removeTemps();
    return snapshot + ": cannot keep the old snapshot while replacing it (link): " + errnoText(kept);
  }
  const bool hadSnapshot = kept == 0;
  int linked = fs_.link(snapshotTemp, backup);
  if (linked == EEXIST && fs_.unlink(backup) == 0)  // left by a writer killed before its rename: never current
    linked = fs_.link(snapshotTemp, backup);
  if (int e = fs_.rename(snapshotTemp, snapshot); e != 0) {
    if (linked == 0) fs_.unlink(backup);
    removeTemps();
    return snapshot + ": cannot replace it (rename): " + errnoText(e);
  }
  if (int e = fs_.fsyncDir(dir_); e != 0) {
    // The rename is not known to be on disk: put the old snapshot back so the folder stays as it was.
    const int back = hadSnapshot ? fs_.rename(previous, snapshot) : fs_.unlink(snapshot);
    if (linked == 0) fs_.unlink(backup);
    removeTemps();
    if (back != 0) loaded_ = false;  // read the folder again before the next commit
    return dir_ + ": cannot flush the folder to disk (fsync): " + errnoText(e);
  }
  *applied = true;
  fs_.unlink(previous);
  generation_ = generation;
  snapshotBytes_ = bytes.size();
  if (linked != 0)
    warning_ = backup + ": no backup of this snapshot (link: " + errnoText(linked) + ")";
  else if (int e = fs_.fsyncDir(pathOf(kBackupDir)); e != 0)
    warning_ = pathOf(kBackupDir) + ": the backup may not be on disk yet (fsync): " + errnoText(e);
  // The old journal is folded into the snapshot now; until the new one is in place it is ignored on load.
  journalUsable_ = false;
  if (int e = fs_.rename(journalTemp, journal); e != 0) {
    fs_.unlink(journalTemp);
    warning_ = journal + ": cannot start a new journal (rename): " + errnoText(e);
  } else if (int e2 = fs_.fsyncDir(dir_); e2 != 0) {
    warning_ = dir_ + ": cannot flush the folder to disk (fsync): " + errnoText(e2);
  } else {
    journalUsable_ = true;
    journalBytes_ = journalBytes.size();
    journalFrames_ = 0;
  }
  rotateBackups();
  return "";
}

void FileStorage::commit(Transaction tx, std::function<void(CommitResult)> done) {
  CommitResult result;
  result.status = CommitStatus::failed;
  std::set<std::string> keys;
  if (std::string error = ensureLoaded(); !error.empty()) {
    result.error = "nothing was saved: the data folder could not be read: " + error;
  } else if (readOnly_) {
    result.error = "nothing was saved: " + readOnlyReason_;
  } else {
    for (const RecordPut& put : tx.puts) {
      if (put.key.empty()) {
        result.error = "a put has an empty key";
      } else if (!keys.insert(put.key).second) {
        result.error = "\"" + put.key + "\" is put twice in one transaction";
      } else if (put.rev <= put.expected_rev) {
        result.error = "\"" + put.key + "\": the new rev " + std::to_string(put.rev) + " must be above " +
                       std::to_string(put.expected_rev);
      } else {
        auto it = docs_.find(put.key);
        if ((it == docs_.end() ? 0 : it->second.rev) != put.expected_rev) result.conflicts.push_back(put.key);
      }
      if (!result.error.empty()) break;
    }
  }
  if (!result.error.empty()) {
    result.conflicts.clear();
  } else if (!result.conflicts.empty()) {
    result.status = CommitStatus::conflict;
    result.error = "changed elsewhere since it was loaded: ";
    for (std::size_t i = 0; i < result.conflicts.size(); ++i) result.error += (i ? ", " : "") + result.conflicts[i];
  } else {
    std::uint64_t txBytes = 0;
    for (const RecordPut& put : tx.puts) txBytes += put.key.size() + put.text.size() + 32;
    const std::uint64_t limit =
        options_.compactAfterBytes ? options_.compactAfterBytes : std::max<std::uint64_t>(8u << 20, snapshotBytes_);
    const bool snapshot = generation_ == 0 || !journalUsable_ || journalFrames_ >= options_.compactAfterCommits ||
                          journalBytes_ + txBytes > limit;
    if (snapshot) {
      StoredDocs next = docs_;
      for (const RecordPut& put : tx.puts) next[put.key] = StoredDoc{put.text, put.rev};
      bool applied = false;
      result.error = writeSnapshot(next, generation_ + 1, &applied);
      if (applied) {
        docs_ = std::move(next);
        result.error.clear();
      }
    } else {
      result.error = appendJournal(tx);
      if (result.error.empty())
        for (RecordPut& put : tx.puts) docs_[put.key] = StoredDoc{std::move(put.text), put.rev};
    }
    if (result.error.empty()) result.status = CommitStatus::applied;
  }
  done(std::move(result));
}

}  // namespace gj::native
