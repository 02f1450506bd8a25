// MemoryStorage and the document layer: a transaction lands whole or not at all, stale revs are detected,
// a failed commit leaves everything unchanged, and what was stored loads back as the same dataset.
#include <doctest/doctest.h>

#include "domain/bundle.h"
#include "domain/memory_storage.h"
#include "domain/need_lifecycle.h"
#include "test_domain_fixture.h"

using namespace gj;

namespace {

CommitResult commitNow(MemoryStorage& s, Transaction tx) {
  CommitResult out;
  bool called = false;
  s.commit(std::move(tx), [&](CommitResult r) { out = std::move(r), called = true; });
  REQUIRE(called);
  return out;
}

Parsed<Dataset> loadNow(MemoryStorage& s) {
  LoadResult loaded;
  s.loadAll([&](LoadResult r) { loaded = std::move(r); });
  REQUIRE(loaded.ok);
  return readDocuments(loaded.docs);
}

// A storage holding the sample street, as after the first start.
MemoryStorage seeded() {
  MemoryStorage s;
  REQUIRE(commitNow(s, newRecordsTransaction(test::smallStreet())).ok());
  return s;
}

}  // namespace

TEST_CASE("storage: the first save stores every record, and they load back as the same dataset") {
  MemoryStorage s = seeded();
  CHECK(s.stored().size() == 16);
  CHECK(s.revOf("need/1") == 1);
  CHECK(s.stored().at("community/2").text == documentText(test::smallStreet().communities().at("community/2")));
  CHECK(Json::parse(s.stored().at("need/1").text)["schema"] == 2);
  auto back = loadNow(s);
  REQUIRE(back.ok());
  CHECK(*back.value == test::smallStreet());
}

TEST_CASE("storage: a user action is one transaction of puts with expected revs") {
  MemoryStorage s = seeded();
  Dataset ds = *loadNow(s).value;
  Need n = ds.needs().at("need/1");
  REQUIRE(classifyNeed(n, test::edit(), "housing", TargetGroup::elderly));
  Need n2 = ds.needs().at("need/2");
  REQUIRE(classifyNeed(n2, test::edit(), "housing", TargetGroup::general));
  Transaction tx{{recordPut(n, ds.needs().at("need/1").rev), recordPut(n2, ds.needs().at("need/2").rev)}};
  CHECK(tx.puts[0].expected_rev == 1);
  CHECK(tx.puts[0].rev == 2);
  REQUIRE(commitNow(s, tx).ok());
  ds.put(n);
  ds.put(n2);
  CHECK(s.revOf("need/1") == 2);
  CHECK(*loadNow(s).value == ds);
}

TEST_CASE("storage: a stale rev is a conflict and nothing of the transaction is written") {
  MemoryStorage s = seeded();
  const Dataset ds = *loadNow(s).value;
  // Another tab classifies need/1 first.
  Need theirs = ds.needs().at("need/1");
  REQUIRE(classifyNeed(theirs, test::edit("2024-07-06T08:00:00+08:00", "另一窗口"), "housing", TargetGroup::elderly));
  REQUIRE(commitNow(s, {{recordPut(theirs, 1)}}).ok());
  const auto storedBefore = s.stored();

  Need mine = ds.needs().at("need/1");
  REQUIRE(withdrawNeed(mine, test::edit(), "居民撤回"));
  Need other = ds.needs().at("need/2");
  REQUIRE(classifyNeed(other, test::edit(), "housing", TargetGroup::general));
  const CommitResult r = commitNow(s, {{recordPut(other, 1), recordPut(mine, 1)}});
  CHECK(r.status == CommitStatus::conflict);
  CHECK(r.conflicts == std::vector<std::string>{"need/1"});
  CHECK(r.error == "changed elsewhere since it was loaded: need/1");
  CHECK(s.stored().size() == storedBefore.size());
  CHECK(s.revOf("need/2") == 1);  // the other put did not land either
  CHECK(s.stored().at("need/1").text == storedBefore.at("need/1").text);
}

TEST_CASE("storage: a new record must not exist yet") {
  MemoryStorage s = seeded();
  Need again = test::reportedNeed("need/1");
  const CommitResult r = commitNow(s, {{recordPut(again, 0)}});
  CHECK(r.status == CommitStatus::conflict);
  CHECK(r.conflicts == std::vector<std::string>{"need/1"});
}

TEST_CASE("storage: a commit that fails part-way leaves everything unchanged") {
  MemoryStorage s = seeded();
  const auto before = s.stored();
  Need n4 = test::reportedNeed("need/4");
  Need n5 = test::reportedNeed("need/5");
  Need n1 = test::smallStreet().needs().at("need/1");
  REQUIRE(classifyNeed(n1, test::edit(), "housing", TargetGroup::elderly));
  s.failNextCommit(2, "disk full");
  const CommitResult r = commitNow(s, {{recordPut(n4, 0), recordPut(n1, 1), recordPut(n5, 0)}});
  CHECK(r.status == CommitStatus::failed);
  CHECK(r.error == "disk full");
  CHECK(s.stored().size() == before.size());
  CHECK(s.revOf("need/4") == 0);
  CHECK(s.revOf("need/1") == 1);
  CHECK(s.commits() == 1);
  // The failure is one-off: the same transaction then goes through.
  CHECK(commitNow(s, {{recordPut(n4, 0), recordPut(n1, 1), recordPut(n5, 0)}}).ok());
  CHECK(s.revOf("need/5") == 1);
}

TEST_CASE("storage: malformed transactions are refused whole") {
  MemoryStorage s = seeded();
  Need n4 = test::reportedNeed("need/4");
  CommitResult twice = commitNow(s, {{recordPut(n4, 0), recordPut(n4, 0)}});
  CHECK(twice.status == CommitStatus::failed);
  CHECK(twice.error == R"("need/4" is put twice in one transaction)");
  CommitResult sameRev = commitNow(s, {{RecordPut{"need/4", documentText(n4), 1, 1}}});
  CHECK(sameRev.error == R"("need/4": the new rev 1 must be above 1)");
  CHECK(s.revOf("need/4") == 0);
}

TEST_CASE("storage: callbacks may come later, as IndexedDB's do") {
  MemoryStorage s = seeded();
  s.setDeferred(true);
  bool done = false;
  s.commit({{recordPut(test::reportedNeed("need/4"), 0)}}, [&](CommitResult r) { done = r.ok(); });
  CHECK_FALSE(done);
  s.runPending();
  CHECK(done);
  s.failNextLoad("IndexedDB blocked by another tab");
  LoadResult loaded{true};
  s.loadAll([&](LoadResult r) { loaded = std::move(r); });
  CHECK(loaded.ok);  // not yet called
  s.runPending();
  CHECK_FALSE(loaded.ok);
  CHECK(loaded.error == "IndexedDB blocked by another tab");
}

TEST_CASE("documents: platform keys are skipped, wrong documents refuse the load") {
  MemoryStorage s = seeded();
  LoadResult loaded;
  s.loadAll([&](LoadResult r) { loaded = std::move(r); });
  loaded.docs["settings/imgui"] = "[Window][Debug]";
  CHECK(readDocuments(loaded.docs).ok());

  auto docs = loaded.docs;
  docs["need/9"] = docs["need/2"];
  CHECK(readDocuments(docs).errors == Errors{R"(need/9._id: expected the storage key "need/9", got "need/2")"});
  docs = loaded.docs;
  docs["need/2"] = "{\"_id\":";
  auto broken = readDocuments(docs);
  REQUIRE(broken.errors.size() == 1);
  CHECK(broken.errors[0].rfind("need/2: not valid JSON: parse error at line 1, column 8", 0) == 0);
  docs = loaded.docs;
  docs.erase("unit/2");
  CHECK(readDocuments(docs).errors ==
        Errors{R"(resource/1.unit: expected the id of an existing unit, got "unit/2")",
               R"(volunteer/1.unit: expected the id of an existing unit, got "unit/2")",
               R"(activity/1.organisers[0]: expected the id of an existing unit, got "unit/2")",
               R"(meeting/1.attending[1]: expected the id of an existing unit, got "unit/2")",
               R"(assessment/1.unit: expected the id of an existing unit, got "unit/2")"});
}
