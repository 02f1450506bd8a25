// Injected file-system failures (a full disk, a failing rename, fsync, link...) at every call a commit makes,
// on both commit paths (journal append, new snapshot): a commit that reports `failed` has a readable error
// and left every file of the folder byte-identical; one that reports `applied` loads back. Either way the
// next commit lands and no temp file survives the next start.
#include <doctest/doctest.h>

#include <memory>

#include "storage_fixture.h"

using namespace gj;
using namespace gj::test;
using native::FileStorage;
using native::FileStorageOptions;
using Op = FaultyFileSystem::Op;

namespace {

const std::map<std::string, std::string> kBefore{{"need/1", "v2"}, {"need/2", "two"}};
const std::map<std::string, std::string> kAfter{{"need/1", "v3"}, {"need/2", "two"}, {"need/3", "three"}};

Transaction change() { return Transaction{{put("need/1", 3, "v3", 2), put("need/3", 1, "three", 0)}}; }

// A folder with a snapshot and one journal frame holding kBefore.
std::string seededFolder(const std::string& name) {
  const std::string dir = freshDir(name);
  FileStorage s(dir);
  REQUIRE(commitNow(s, Transaction{{put("need/1", 1, "v1", 0), put("need/2", 1, "two", 0)}}).ok());
  REQUIRE(commitNow(s, Transaction{{put("need/1", 2, "v2", 1)}}).ok());
  return dir;
}

std::map<std::string, std::string> load(const std::string& dir) {
  FileStorage s(dir);
  LoadResult r = loadNow(s);
  REQUIRE_MESSAGE(r.ok, r.error);
  return r.docs;
}

const char* opName(Op op) {
  static const char* names[] = {"openWrite", "write", "fsync", "truncate", "fsyncDir", "rename", "link", "unlink", "mkdir"};
  return names[static_cast<int>(op)];
}

struct Tally {
  int failed = 0, applied = 0;
};

// Fails call 1, 2, ... of `op` until a commit no longer reaches that call.
Tally failEachCall(Op op, bool snapshotPath, int error) {
  Tally tally;
  for (int n = 1;; ++n) {
    const std::string dir = seededFolder(std::string("fault-") + opName(op) + (snapshotPath ? "-snap-" : "-journal-") + std::to_string(n));
    const auto before = folderBytes(dir);
    FaultyFileSystem faulty;
    auto storage = std::make_unique<FileStorage>(dir, FileStorageOptions{.fs = &faulty, .compactAfterCommits = snapshotPath ? 1u : 1000u});
    FileStorage& s = *storage;
    faulty.op = op;
    faulty.failAt = n;
    faulty.error = error;
    REQUIRE(loadNow(s).ok);
    faulty.calls = 0;  // count the commit's calls only
    CommitResult r = commitNow(s, change());
    if (!faulty.failed) {
      CHECK(r.ok());
      break;
    }
    CAPTURE(opName(op));
    CAPTURE(n);
    CAPTURE(snapshotPath);
    CAPTURE(r.error);
    if (r.status == CommitStatus::failed) {
      ++tally.failed;
      CHECK(r.error.find(dir) != std::string::npos);  // names the file or folder
      CHECK(r.error.find(native::errnoText(error)) != std::string::npos);
      CHECK(folderBytes(dir) == before);
      CHECK_FALSE(hasTempFiles(dir));
      CHECK(load(dir) == kBefore);
      CHECK(commitNow(s, change()).ok());  // the fault has passed: the same commit lands now
    } else {
      ++tally.applied;  // the failing call came after the commit was safe (a backup link, the new journal)
      REQUIRE(r.ok());
      CHECK(r.error.empty());
      CHECK_FALSE(s.warning().empty());
    }
    CHECK(commitNow(s, Transaction{{put("need/4", 1, "four", 0)}}).ok());
    storage.reset();  // as the program ends
    auto expected = kAfter;
    expected["need/4"] = "four";
    CHECK(load(dir) == expected);
    {
      FileStorage next(dir);
      REQUIRE(next.open().empty());
      CHECK_FALSE(hasTempFiles(dir));
    }
    REQUIRE(n < 50);
  }
  return tally;
}

}  // namespace

TEST_CASE("file faults: a journal append that fails leaves the files byte-identical") {
  CHECK(failEachCall(Op::openWrite, false, EACCES).failed == 1);
  CHECK(failEachCall(Op::write, false, ENOSPC).failed == 1);
  CHECK(failEachCall(Op::fsync, false, EIO).failed == 1);
}

TEST_CASE("file faults: a snapshot write that fails at any step leaves the files byte-identical") {
  Tally t = failEachCall(Op::openWrite, true, EACCES);
  CHECK(t.failed == 2);  // the snapshot's and the new journal's temp files
  t = failEachCall(Op::write, true, ENOSPC);
  CHECK(t.failed == 2);
  t = failEachCall(Op::fsync, true, EIO);
  CHECK(t.failed == 2);
  t = failEachCall(Op::rename, true, EIO);
  CHECK(t.failed == 1);   // the snapshot's rename
  CHECK(t.applied == 1);  // the new journal's: the old one is ignored until the next snapshot
  t = failEachCall(Op::fsyncDir, true, EIO);
  CHECK(t.failed == 1);  // the rename is undone
  CHECK(t.applied >= 1);
  t = failEachCall(Op::link, true, EIO);
  CHECK(t.failed == 1);   // keeping the old snapshot to put back
  CHECK(t.applied == 1);  // the backup link: the commit lands, with a warning
}

TEST_CASE("file faults: a disk that stays full fails every try, and the retry lands once there is space") {
  const std::string dir = seededFolder("disk-full");
  const auto before = folderBytes(dir);
  FaultyFileSystem faulty;
  faulty.op = Op::write;
  faulty.failAt = 1;
  faulty.sticky = true;
  faulty.error = ENOSPC;
  FileStorage s(dir, FileStorageOptions{.fs = &faulty});
  REQUIRE(loadNow(s).ok);
  for (int i = 0; i < 3; ++i) {
    CommitResult r = commitNow(s, change());
    CHECK(r.status == CommitStatus::failed);
    CHECK(r.error == dir + "/gongjian.journal: cannot write: No space left on device (ENOSPC)");
    CHECK(folderBytes(dir) == before);
  }
  faulty.failAt = 0;
  CHECK(commitNow(s, change()).ok());
  CHECK(load(dir) == kAfter);
}
