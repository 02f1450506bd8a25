// The workspace keeps the dataset in memory in step with a Storage: an empty store is seeded once, an action
// shows at once and is "saved" only when the storage confirmed it, a failed or conflicting action stays queued
// and unsaved until retried, later actions wait behind it, and nothing is written after a failed load.
#include <doctest/doctest.h>

#include "domain/bundle.h"
#include "domain/memory_storage.h"
#include "domain/need_lifecycle.h"
#include "io/workspace.h"
#include "test_domain_fixture.h"

using namespace gj;
using io::SaveState;
using io::Workspace;

namespace {

bool seedSmallStreet(Dataset* ds, std::string*) {
  *ds = test::smallStreet();
  return true;
}

// A classified copy of need/1 at the next rev, as the needs screen would make it.
Need classified(const Workspace& ws, const char* category = "housing") {
  Need n = ws.dataset().needs().at("need/1");
  REQUIRE(classifyNeed(n, test::edit(), category, TargetGroup::elderly));
  return n;
}

io::Action actionOf(const Need& n) {
  io::Action a;
  a.put(n);
  return a;
}

}  // namespace

TEST_CASE("workspace: an empty store is seeded once, and the next start loads what was stored") {
  MemoryStorage s;
  Workspace ws(s);
  bool done = false;
  ws.open(seedSmallStreet, [&] { done = true; });
  CHECK(done);
  CHECK(ws.state() == SaveState::saved);
  CHECK(s.stored().size() == test::smallStreet().size());
  CHECK(ws.dataset() == test::smallStreet());

  int seeds = 0;
  Workspace again(s);
  again.open([&](Dataset* ds, std::string* e) { return ++seeds, seedSmallStreet(ds, e); });
  CHECK(seeds == 0);
  CHECK(again.dataset() == test::smallStreet());
  CHECK(s.commits() == 1);
}

TEST_CASE("workspace: an action shows at once and is saved only when the storage confirms it") {
  MemoryStorage s;
  Workspace ws(s);
  ws.open(seedSmallStreet);
  s.setDeferred(true);
  const Need n = classified(ws);
  const auto before = ws.version();
  REQUIRE(ws.perform(actionOf(n)));
  CHECK(ws.version() > before);
  CHECK(ws.dataset().needs().at("need/1") == n);
  CHECK(ws.state() == SaveState::saving);
  CHECK(ws.storedRev("need/1") == 1);
  s.runPending();
  CHECK(ws.state() == SaveState::saved);
  CHECK(s.revOf("need/1") == 2);
  CHECK(ws.storedRev("need/1") == 2);
}

TEST_CASE("workspace: a failed commit keeps the action unsaved, holds back later ones, and retry lands both") {
  MemoryStorage s;
  Workspace ws(s);
  ws.open(seedSmallStreet);
  const auto storedBefore = s.stored();
  s.failNextCommit(0, "QuotaExceededError: the disk is full");
  Need first = classified(ws);
  std::vector<CommitStatus> outcomes;
  REQUIRE(ws.perform(actionOf(first), [&](const CommitResult& r) { outcomes.push_back(r.status); }));
  CHECK(ws.state() == SaveState::unsaved);
  CHECK(ws.error() == "QuotaExceededError: the disk is full");
  CHECK(s.stored() == storedBefore);
  // The change stays on screen, and a second edit of the same record queues behind it.
  CHECK(ws.dataset().needs().at("need/1").rev == 2);
  Need second = ws.dataset().needs().at("need/1");
  REQUIRE(listNeed(second, test::edit()));
  REQUIRE(ws.perform(actionOf(second)));
  CHECK(ws.unsavedActions() == 2);
  CHECK(s.stored() == storedBefore);

  ws.retry();
  CHECK(ws.state() == SaveState::saved);
  CHECK(ws.unsavedActions() == 0);
  CHECK(outcomes == std::vector<CommitStatus>{CommitStatus::failed, CommitStatus::applied});
  CHECK(s.revOf("need/1") == 3);
  CHECK(s.stored().at("need/1").text == documentText(second));
}

TEST_CASE("workspace: a record changed elsewhere is a conflict, named, and nothing is overwritten") {
  MemoryStorage s;
  Workspace ws(s);
  ws.open(seedSmallStreet);
  Workspace other(s);  // a second tab or program on the same store
  other.open(seedSmallStreet);
  REQUIRE(other.perform(actionOf(classified(other, "legal"))));
  const std::string theirs = s.stored().at("need/1").text;

  REQUIRE(ws.perform(actionOf(classified(ws, "housing"))));
  CHECK(ws.state() == SaveState::unsaved);
  CHECK(ws.conflicts() == std::vector<std::string>{"need/1"});
  CHECK(s.stored().at("need/1").text == theirs);
}

TEST_CASE("workspace: settings documents count their own revs and load back") {
  MemoryStorage s;
  Workspace ws(s);
  ws.open(seedSmallStreet);
  io::Action a;
  a.putSetting("settings/ui", R"({"operator":"王芳"})");
  REQUIRE(ws.perform(std::move(a)));
  io::Action b;
  b.putSetting("settings/ui", R"({"operator":"李明"})");
  REQUIRE(ws.perform(std::move(b)));
  CHECK(ws.state() == SaveState::saved);
  CHECK(s.revOf("settings/ui") == 2);

  Workspace again(s);
  again.open(seedSmallStreet);
  CHECK(Json::parse(again.setting("settings/ui"))["operator"] == "李明");
  CHECK(again.dataset() == test::smallStreet());  // a settings document is not a record
}

TEST_CASE("workspace: after a failed load or while read-only nothing is written") {
  MemoryStorage s;
  s.failNextLoad("the data file is damaged");
  Workspace ws(s);
  ws.open(seedSmallStreet);
  CHECK(ws.state() == SaveState::loadFailed);
  CHECK(ws.error() == "the data file is damaged");
  CHECK(s.stored().empty());  // not seeded over data that could not be read
  io::Action a;
  a.putSetting("settings/ui", "{}");
  CHECK_FALSE(ws.perform(std::move(a)));
  CHECK(s.commits() == 0);

  Workspace ro(s);
  ro.open(seedSmallStreet);
  ro.setReadOnly(true);
  CHECK_FALSE(ro.perform(actionOf(classified(ro))));
  CHECK(ro.dataset().needs().at("need/1").rev == 1);
}

TEST_CASE("workspace: a document from a newer program refuses the load and is never overwritten") {
  MemoryStorage s;
  Workspace first(s);
  first.open(seedSmallStreet);
  Json doc = Json::parse(s.stored().at("need/2").text);
  doc["schema"] = kSchemaVersion + 1;
  doc["rev"] = 2;
  Transaction tx{{RecordPut{"need/2", doc.dump(), 2, 1}}};
  s.commit(tx, [](CommitResult r) { REQUIRE(r.ok()); });

  Workspace ws(s);
  ws.open(seedSmallStreet);
  CHECK(ws.state() == SaveState::loadFailed);
  CHECK(ws.error().find("need/2") != std::string::npos);
  CHECK(s.stored().at("need/2").text == doc.dump());
}

TEST_CASE("workspace: damaged documents are quarantined with their reasons, the rest loads, nothing is overwritten") {
  MemoryStorage s;
  Workspace first(s);
  first.open(seedSmallStreet);
  // A torn need, and a community whose document is no longer JSON: what points at it cannot load either.
  const std::string tornNeed = s.stored().at("need/2").text.substr(0, 40);
  const std::string tornCommunity = "{\"_id\":\"community/2\",\"name\":\"茶都景苑\",\"rev\":2,";
  Transaction tx{{RecordPut{"need/2", tornNeed, 2, 1}, RecordPut{"community/2", tornCommunity, 2, 1}}};
  s.commit(tx, [](CommitResult r) { REQUIRE(r.ok()); });

  Workspace ws(s);
  ws.open(seedSmallStreet);
  REQUIRE(ws.state() == SaveState::saved);
  std::vector<std::string> keys;
  for (const auto& q : ws.quarantined()) keys.push_back(q.key);
  // unit/1 is paired with community/2 and need/3 is in it; meeting/1 was attended by unit/1. The damaged
  // documents come first; what fell with community/2 says so.
  CHECK(keys == std::vector<std::string>{"community/2", "need/2", "meeting/1", "need/3", "unit/1"});
  CHECK(ws.quarantined()[0].reason.rfind("community/2: not valid JSON: ", 0) == 0);
  CHECK(ws.quarantined()[1].reason.rfind("need/2: not valid JSON: ", 0) == 0);
  CHECK(ws.quarantined()[2].reason ==
        "because of community/2: meeting/1.attending[0]: expected the id of an existing unit, got \"unit/1\"");
  CHECK(ws.quarantined()[2].because == "community/2");
  CHECK(ws.quarantined()[3].reason ==
        "because of community/2: need/3.community: expected the id of an existing community, got \"community/2\"");
  CHECK(ws.dataset().size() == Dataset(test::smallStreet()).size() - 5);
  CHECK(ws.dataset().find<Need>("need/1") != nullptr);
  CHECK(ws.dataset().find<Unit>("unit/2") != nullptr);

  // New records never take a quarantined id, and editing the rest leaves the damaged texts as they were.
  CHECK(ws.allocateId("need") == "need/4");
  CHECK(ws.allocateId("community") == "community/3");
  REQUIRE(ws.perform(actionOf(classified(ws))));
  CHECK(ws.state() == SaveState::saved);
  CHECK(s.stored().at("need/2").text == tornNeed);
  CHECK(s.stored().at("community/2").text == tornCommunity);
}
