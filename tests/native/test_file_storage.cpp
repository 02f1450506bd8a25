// FileStorage on a real folder: what lands where, the journal and its compaction into snapshots, rotating
// backups, stale revs, a cut-short last commit, damage that is reported and never written over, restore,
// the lock of a second program, and leftover temp files.
#include <doctest/doctest.h>

#include <unistd.h>

#include "storage_fixture.h"

using namespace gj;
using namespace gj::test;
using native::FileStorage;
using native::FileStorageOptions;

namespace {

std::map<std::string, std::string> docsOf(const std::string& dir) {
  FileStorage s(dir, FileStorageOptions{.readOnly = true});
  LoadResult r = loadNow(s);
  REQUIRE_MESSAGE(r.ok, r.error);
  return r.docs;
}

Transaction firstTwo() {
  return Transaction{{put("need/1", 1, R"({"_id":"need/1","rev":1})", 0), put("need/2", 1, "two\nlines", 0)}};
}

}  // namespace

TEST_CASE("file storage: a new folder loads empty; the first commit writes a snapshot, later ones the journal") {
  const std::string dir = freshDir("first");
  {
    FileStorage s(dir);
    REQUIRE(s.open().empty());
    CHECK_FALSE(s.readOnly());
    LoadResult r = loadNow(s);
    CHECK(r.ok);
    CHECK(r.docs.empty());
    CHECK(commitNow(s, firstTwo()).ok());
    CHECK(s.generation() == 1);
    CHECK(fs::exists(dir + "/gongjian.snapshot"));
    CHECK(readBytes(dir + "/gongjian.journal") == "gongjian-journal 1 1\n");
    CHECK(fs::exists(dir + "/backups/gongjian-00000001.snapshot"));
    const std::string snapshot = readBytes(dir + "/gongjian.snapshot");
    CHECK(snapshot.rfind("gongjian-snapshot 1 1\n@2 ", 0) == 0);

    CHECK(commitNow(s, Transaction{{put("need/1", 2, "v2", 1), put("settings/ui", 1, "{}", 0)}}).ok());
    CHECK(s.generation() == 1);
    CHECK(s.journalFrames() == 1);
    CHECK(readBytes(dir + "/gongjian.snapshot") == snapshot);  // appends leave the snapshot alone
  }
  const auto docs = docsOf(dir);
  CHECK(docs == std::map<std::string, std::string>{
                    {"need/1", "v2"}, {"need/2", "two\nlines"}, {"settings/ui", "{}"}});
  CHECK_FALSE(hasTempFiles(dir));
}

TEST_CASE("file storage: a stale rev gets a conflict and nothing is written; bad puts fail") {
  const std::string dir = freshDir("conflict");
  FileStorage s(dir);
  REQUIRE(commitNow(s, firstTwo()).ok());
  REQUIRE(commitNow(s, Transaction{{put("need/1", 2, "v2", 1)}}).ok());
  const auto before = folderBytes(dir);

  CommitResult stale = commitNow(s, Transaction{{put("need/2", 2, "x", 1), put("need/1", 2, "other v2", 1)}});
  CHECK(stale.status == CommitStatus::conflict);
  CHECK(stale.conflicts == std::vector<std::string>{"need/1"});
  CHECK(stale.error == "changed elsewhere since it was loaded: need/1");
  CommitResult exists = commitNow(s, Transaction{{put("need/2", 1, "again", 0)}});
  CHECK(exists.status == CommitStatus::conflict);

  CommitResult twice = commitNow(s, Transaction{{put("need/3", 1, "a", 0), put("need/3", 1, "b", 0)}});
  CHECK(twice.status == CommitStatus::failed);
  CHECK(twice.error == "\"need/3\" is put twice in one transaction");
  CommitResult backwards = commitNow(s, Transaction{{put("need/1", 2, "v3", 2)}});
  CHECK(backwards.status == CommitStatus::failed);
  CHECK(backwards.error == "\"need/1\": the new rev 2 must be above 2");
  CHECK(folderBytes(dir) == before);
}

TEST_CASE("file storage: the journal is compacted into a new snapshot; the last backups are kept") {
  const std::string dir = freshDir("compact");
  FileStorage s(dir, FileStorageOptions{.compactAfterCommits = 3, .keepBackups = 4});
  REQUIRE(commitNow(s, Transaction{{put("counter", 1, "1", 0)}}).ok());
  for (int i = 2; i <= 30; ++i) REQUIRE(commitNow(s, Transaction{{put("counter", i, std::to_string(i), i - 1)}}).ok());
  // 1 snapshot, then 3 journal frames and a snapshot in turn: commits 1, 5, 9, ..., 29 wrote snapshots.
  CHECK(s.generation() == 8);
  CHECK(s.journalFrames() == 1);
  std::vector<std::string> names;
  for (const auto& b : s.backups()) {
    names.push_back(b.name);
    CHECK(b.problem.empty());
  }
  CHECK(names == std::vector<std::string>{"gongjian-00000008.snapshot", "gongjian-00000007.snapshot",
                                          "gongjian-00000006.snapshot", "gongjian-00000005.snapshot"});
  CHECK(s.warning().empty());
  CHECK(docsOf(dir) == std::map<std::string, std::string>{{"counter", "30"}});
}

TEST_CASE("file storage: a last commit cut short is ignored, and the next commit does not append after it") {
  const std::string dir = freshDir("torn");
  {
    FileStorage s(dir);
    REQUIRE(commitNow(s, firstTwo()).ok());
    REQUIRE(commitNow(s, Transaction{{put("need/1", 2, "v2", 1)}}).ok());
  }
  const std::string journal = readBytes(dir + "/gongjian.journal");
  for (const std::string& tail : {std::string("@1 4"), std::string("@1 40 0badbeef\n3 6 5\nneed/1v"),
                                 std::string(17, '\0')}) {
    writeBytes(dir + "/gongjian.journal", journal + tail);
    CHECK(docsOf(dir).at("need/1") == "v2");
  }
  FileStorage s(dir);
  REQUIRE(loadNow(s).ok);
  REQUIRE(commitNow(s, Transaction{{put("need/1", 3, "v3", 2)}}).ok());
  CHECK(s.generation() == 2);  // a new snapshot, not an append after the cut-short bytes
  CHECK(docsOf(dir).at("need/1") == "v3");
}

TEST_CASE("file storage: a damaged snapshot is reported with the newest good backup and never written over") {
  const std::string dir = freshDir("damaged");
  {
    FileStorage s(dir, FileStorageOptions{.compactAfterCommits = 1});
    REQUIRE(commitNow(s, firstTwo()).ok());                                      // generation 1
    REQUIRE(commitNow(s, Transaction{{put("need/1", 2, "v2", 1)}}).ok());        // journal
    REQUIRE(commitNow(s, Transaction{{put("need/1", 3, "version 3", 2)}}).ok());  // generation 2
  }
  // One byte of a document changes on disk (the backup of generation 2 is the same file: damaged too).
  std::string bytes = readBytes(dir + "/gongjian.snapshot");
  const auto at = bytes.find("version 3");
  REQUIRE(at != std::string::npos);
  bytes[at] = 'V';
  writeBytes(dir + "/gongjian.snapshot", bytes);
  const auto before = folderBytes(dir);

  FileStorage s(dir);
  REQUIRE(s.open().empty());
  LoadResult r = loadNow(s);
  CHECK_FALSE(r.ok);
  CAPTURE(r.error);
  CHECK(r.error.find(dir + "/gongjian.snapshot: damaged: byte 22: frame 1: checksum mismatch") == 0);
  CHECK(r.error.find("The newest good backup is " + dir + "/backups/gongjian-00000001.snapshot (generation 1, 2 documents)") !=
        std::string::npos);
  CHECK(r.error.find("gongjian-cli restore --data " + dir) != std::string::npos);
  CommitResult c = commitNow(s, Transaction{{put("need/9", 1, "x", 0)}});
  CHECK(c.status == CommitStatus::failed);
  CHECK(c.error.find("nothing was saved: the data folder could not be read: " + dir + "/gongjian.snapshot: damaged") == 0);
  CHECK(folderBytes(dir) == before);

  std::string used;
  CHECK(s.restore("", &used) == "");
  CHECK(used == "gongjian-00000001.snapshot (the files it replaced are kept in " + dir + "/damaged-1)");
  CHECK(readBytes(dir + "/damaged-1/gongjian.snapshot") == bytes);
  CHECK(readBytes(dir + "/damaged-1/gongjian-00000002.snapshot") == bytes);  // the damaged backup, moved aside
  for (const auto& b : s.backups()) CHECK(b.problem.empty());
  CHECK(docsOf(dir) == std::map<std::string, std::string>{{"need/1", R"({"_id":"need/1","rev":1})"}, {"need/2", "two\nlines"}});
  CHECK(s.generation() == 3);
  CHECK(commitNow(s, Transaction{{put("need/1", 2, "after restore", 1)}}).ok());
}

TEST_CASE("file storage: damage inside the journal names the frame; a newer format is refused") {
  const std::string dir = freshDir("journal-damage");
  {
    FileStorage s(dir);
    REQUIRE(commitNow(s, firstTwo()).ok());
    REQUIRE(commitNow(s, Transaction{{put("need/1", 2, "v2", 1)}}).ok());
    REQUIRE(commitNow(s, Transaction{{put("need/1", 3, "v3", 2)}}).ok());
  }
  const std::string journal = readBytes(dir + "/gongjian.journal");
  std::string bad = journal;
  bad[bad.find("v2")] = 'w';
  writeBytes(dir + "/gongjian.journal", bad);
  LoadResult r = loadNow(*std::make_unique<FileStorage>(dir, FileStorageOptions{.readOnly = true}));
  CHECK(r.error.find(dir + "/gongjian.journal: damaged: byte 21: frame 1: checksum mismatch (the file is damaged).") == 0);
  // The backup of the current snapshot is good: restoring it loses only the journal's commits.
  CHECK(r.error.find("backups/gongjian-00000001.snapshot (generation 1, 2 documents)") != std::string::npos);

  writeBytes(dir + "/gongjian.journal", journal);
  std::string snapshot = readBytes(dir + "/gongjian.snapshot");
  writeBytes(dir + "/gongjian.snapshot", "gongjian-snapshot 2" + snapshot.substr(19));
  r = loadNow(*std::make_unique<FileStorage>(dir, FileStorageOptions{.readOnly = true}));
  CHECK(r.error == dir + "/gongjian.snapshot: format 2 is not the one this program understands (1); "
                         "update the program — the data was not changed");

  fs::remove(dir + "/gongjian.snapshot");
  r = loadNow(*std::make_unique<FileStorage>(dir, FileStorageOptions{.readOnly = true}));
  CHECK(r.error.find(dir + "/gongjian.journal: damaged: there is a journal but no gongjian.snapshot") == 0);
}

TEST_CASE("file storage: a second program on the folder gets it read-only, with the reason") {
  const std::string dir = freshDir("lock");
  FileStorage first(dir);
  REQUIRE(first.open().empty());
  REQUIRE(commitNow(first, firstTwo()).ok());
  FileStorage second(dir);  // flock locks belong to an open file, so this is refused as another process would be
  REQUIRE(second.open().empty());
  CHECK(second.readOnly());
  CHECK(second.readOnlyReason() == dir + " is open in another Gongjian program (process " + std::to_string(::getpid()) +
                                       "); this one only reads it. Close the other one to edit here.");
  CHECK(loadNow(second).docs.size() == 2);
  CommitResult c = commitNow(second, Transaction{{put("need/3", 1, "x", 0)}});
  CHECK(c.status == CommitStatus::failed);
  CHECK(c.error == "nothing was saved: " + second.readOnlyReason());
  std::string used;
  CHECK(second.restore("", &used).find("cannot restore: " + dir + " is open in another Gongjian program") == 0);
  // The reader sees what the writer commits later.
  REQUIRE(commitNow(first, Transaction{{put("need/3", 1, "x", 0)}}).ok());
  CHECK(loadNow(second).docs.size() == 3);
}

TEST_CASE("file storage: leftover temp files are removed when the folder is opened") {
  const std::string dir = freshDir("temps");
  {
    FileStorage s(dir);
    REQUIRE(commitNow(s, firstTwo()).ok());
  }
  writeBytes(dir + "/gongjian.snapshot.tmp", "half a snap");
  writeBytes(dir + "/gongjian.journal.tmp", "gongjian-journal 1 9\n");
  writeBytes(dir + "/backups/x.tmp", "");
  FileStorage reader(dir, FileStorageOptions{.readOnly = true});  // a reader leaves them: they may be a writer's
  REQUIRE(loadNow(reader).ok);
  CHECK(hasTempFiles(dir));
  FileStorage s(dir);
  REQUIRE(s.open().empty());
  CHECK_FALSE(hasTempFiles(dir));
  CHECK(loadNow(s).docs.size() == 2);
}

TEST_CASE("file storage: restore by name, a missing name, and an unknown one") {
  const std::string dir = freshDir("restore");
  FileStorage s(dir, FileStorageOptions{.compactAfterCommits = 0});
  REQUIRE(commitNow(s, Transaction{{put("counter", 1, "1", 0)}}).ok());
  REQUIRE(commitNow(s, Transaction{{put("counter", 2, "2", 1)}}).ok());
  REQUIRE(commitNow(s, Transaction{{put("counter", 3, "3", 2)}}).ok());
  std::string used;
  CHECK(s.restore("gongjian-00000009.snapshot", &used) ==
        "there is no backup named \"gongjian-00000009.snapshot\" in " + dir +
            "/backups (there are: gongjian-00000003.snapshot, gongjian-00000002.snapshot, gongjian-00000001.snapshot)");
  CHECK(s.restore("gongjian-00000002.snapshot", &used) == "");
  CHECK(docsOf(dir).at("counter") == "2");
  CHECK(fs::exists(dir + "/replaced-1/gongjian.snapshot"));  // it loaded: replaced, not damaged
  CHECK(s.generation() == 4);
  // Restore is a commit like any other: a later commit expects the restored rev.
  CHECK(commitNow(s, Transaction{{put("counter", 3, "3 again", 2)}}).ok());
}
