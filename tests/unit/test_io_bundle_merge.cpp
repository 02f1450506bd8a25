// Merging a JSON bundle into a dataset by id and revision: added, updated, unchanged, and conflicts that
// overwrite nothing.
#include <doctest/doctest.h>

#include "domain/bundle.h"
#include "io/bundle_merge.h"
#include "test_domain_fixture.h"

using namespace gj;
using namespace gj::io;

namespace {
Need edited(const Need& n, int urgency, const char* at) {
  Need current = n, next = n;
  next.urgency = urgency;
  REQUIRE(commitEdit(current, next, test::edit(at)));
  return current;
}
}  // namespace

TEST_CASE("io merge: the same bundle merges as all unchanged; into an empty dataset as all added") {
  const Dataset ds = test::smallStreet();
  const std::string bundle = writeBundle(ds);
  MergeResult same = mergeBundle(ds, bundle);
  REQUIRE(same.ok());
  CHECK(same.unchanged == static_cast<int>(ds.size()));
  CHECK(same.added + same.updated == 0);
  CHECK(same.conflicts.empty());
  CHECK(same.writes.size() == 0);

  MergeResult fresh = mergeBundle(Dataset{}, bundle);
  REQUIRE(fresh.ok());
  CHECK(fresh.added == static_cast<int>(ds.size()));
  CHECK(fresh.writes == ds);  // export -> import round-trips exactly
  CHECK(writeBundle(fresh.writes) == bundle);
}

TEST_CASE("io merge: a descendant updates, a new id is added, and every kind of conflict keeps the stored record") {
  Dataset stored = test::smallStreet();
  Dataset incoming = stored;
  const Need base = stored.needs().at("need/1");

  // need/1: the incoming record descends from the stored one -> updated.
  incoming.put(edited(base, 5, "2024-07-06T09:00:00+08:00"));
  // need/2: same rev, other content -> conflict.
  Need sameRev = stored.needs().at("need/2");
  sameRev.text = "改过但没升版本";
  incoming.put(sameRev);
  // need/3: the stored one was edited twice, the incoming once -> the incoming is older.
  const Need n3 = stored.needs().at("need/3");
  const Need n3once = edited(n3, 2, "2024-07-06T09:00:00+08:00");
  stored.put(edited(n3once, 1, "2024-07-07T09:00:00+08:00"));
  incoming.put(n3once);
  // project/1 edited on both sides separately -> diverged.
  Project p = stored.projects().at("project/1"), pStored = p, pIncoming = p, next = p;
  next.title = "楼道照明改造（一期）";
  REQUIRE(commitEdit(pStored, next, test::edit("2024-07-06T09:00:00+08:00", "王芳")));
  next.title = "楼道照明改造（二期）";
  REQUIRE(commitEdit(pIncoming, next, test::edit("2024-07-06T10:00:00+08:00", "李明")));
  Project pIncoming2 = pIncoming, next2 = pIncoming;
  next2.budget_fen = 2'000'000;
  REQUIRE(commitEdit(pIncoming2, next2, test::edit("2024-07-06T11:00:00+08:00", "李明")));
  stored.put(pStored);
  incoming.put(pIncoming2);
  // need/9: new.
  incoming.put(test::reportedNeed("need/9"));

  MergeResult r = mergeBundle(stored, writeBundle(incoming));
  REQUIRE(r.ok());
  CHECK(r.added == 1);
  CHECK(r.updated == 1);
  CHECK(r.unchanged == static_cast<int>(stored.size()) - 4);
  REQUIRE(r.conflicts.size() == 3);
  CHECK(r.conflicts[0].id == "need/2");
  CHECK(r.conflicts[0].kind == ConflictKind::same_rev_differs);
  CHECK(r.conflicts[0].stored_rev == 1);
  CHECK(r.conflicts[0].incoming_rev == 1);
  CHECK(r.conflicts[1].id == "need/3");
  CHECK(r.conflicts[1].kind == ConflictKind::incoming_older);
  CHECK(r.conflicts[1].message.en == "need/3: stored rev 3, incoming rev 2: the incoming record is older; kept the stored one");
  CHECK(r.conflicts[1].message.zh == "need/3：已存版本 3，导入版本 2：导入的记录较旧，保留已存记录");
  CHECK(r.conflicts[2].id == "project/1");
  CHECK(r.conflicts[2].kind == ConflictKind::diverged);
  CHECK(r.conflicts[2].stored_rev == 2);
  CHECK(r.conflicts[2].incoming_rev == 3);
  CHECK(std::string(conflictKindId(r.conflicts[2].kind)) == "diverged");

  REQUIRE(r.writes.size() == 2);
  CHECK(r.writes.needs().at("need/1").urgency == 5);
  CHECK(r.writes.needs().at("need/1").rev == 2);
  CHECK(r.writes.needs().count("need/9") == 1);
}

TEST_CASE("io merge: a bundle that does not read, or belongs to another street, is refused whole") {
  const Dataset ds = test::smallStreet();
  MergeResult broken = mergeBundle(ds, "{\"format\":\"gongjian\",\"schema\":2,\"records\":[{\"_id\":\"need/1\"}]}");
  CHECK_FALSE(broken.ok());
  CHECK_FALSE(broken.errors.empty());
  CHECK(broken.writes.size() == 0);
  CHECK(mergeBundle(ds, "not json").errors.front().rfind("bundle: not valid JSON", 0) == 0);

  Dataset other = ds;
  other.street = "street/2";
  other.streets().clear();
  Street s2 = ds.streets().at("street/1");
  s2.id = "street/2";
  other.put(s2);
  for (auto& [id, c] : other.communities()) c.street = "street/2";
  MergeResult wrong = mergeDatasets(ds, other);
  REQUIRE(wrong.errors.size() == 1);
  CHECK(wrong.errors[0] == "bundle.street: expected \"street/1\" (the street of this dataset), got \"street/2\"");
}
