// The kiosk's outbox: ratings tapped on the kiosk become Feedback records (channel kiosk, at = the tap time)
// in the working data when synced, as one action; syncing again adds nothing; unknown targets and malformed
// entries are skipped; the same tap listed twice counts once.
#include <doctest/doctest.h>

#include "demo_fixture.h"
#include "domain/memory_storage.h"
#include "io/workspace.h"
#include "report/kiosk_outbox.h"
#include "ui/kiosk_store.h"

using namespace gj;

namespace {

std::string firstOf(const Dataset& ds, ProjectStatus atLeast) {
  for (const auto& [id, p] : ds.projects())
    if (p.status >= atLeast) return id;
  return "";
}

const char* kOutbox = R"({"ratings":[
  {"tap":"t1","kind":"project","target":"%P","rating":"satisfied","at":"2024-08-02T10:00:00+08:00"},
  {"tap":"t2","kind":"activity","target":"%A","rating":"unsatisfied","at":"2024-08-02T10:00:05+08:00"},
  {"tap":"t1","kind":"project","target":"%P","rating":"satisfied","at":"2024-08-02T10:00:00+08:00"},
  {"tap":"t3","kind":"project","target":"project/99999","rating":"basic","at":"2024-08-02T10:01:00+08:00"},
  {"tap":"t4","kind":"project","target":"%P","rating":"great","at":"2024-08-02T10:02:00+08:00"},
  {"tap":"t5","kind":"project","target":"%P","rating":"basic","at":"yesterday"},
  "not an object"
]})";

// The workspace seeded with the demo dataset, as the office program opens an empty store.
void openDemo(io::Workspace& ws) {
  ws.open([](Dataset* ds, std::string*) {
    *ds = test::demoDataset();
    return true;
  });
  REQUIRE(ws.loaded());
}

std::string outboxFor(const std::string& project, const std::string& activity) {
  std::string text = kOutbox;
  for (std::size_t at; (at = text.find("%P")) != std::string::npos;) text.replace(at, 2, project);
  for (std::size_t at; (at = text.find("%A")) != std::string::npos;) text.replace(at, 2, activity);
  return text;
}

}  // namespace

TEST_CASE("kiosk outbox: parse keeps well-formed ratings only, and writes back the same") {
  auto box = report::parseOutbox(outboxFor("project/1", "activity/1"));
  REQUIRE(box.size() == 4);  // t1, t2, t1 again, t3 (t4: unknown rating, t5: not a timestamp, a string)
  CHECK(box[1] == report::KioskRating{.tap = "t2", .kind = FeedbackTarget::activity, .target = "activity/1",
                                      .rating = Rating::unsatisfied, .at = "2024-08-02T10:00:05+08:00"});
  CHECK(report::parseOutbox(report::outboxText(box)) == box);
  CHECK(report::outboxText({}) == R"({"ratings":[]})");
  CHECK(report::parseOutbox("").empty());
  CHECK(report::parseOutbox("{broken").empty());
}

TEST_CASE("kiosk outbox: sync adds Feedback once (idempotent), with the tap time and channel kiosk") {
  MemoryStorage storage;
  io::Workspace ws(storage);
  openDemo(ws);
  const std::string project = firstOf(ws.dataset(), ProjectStatus::completed);
  const std::string activity = ws.dataset().activities().begin()->first;
  const std::size_t before = ws.dataset().feedback().size();
  const std::size_t commits = ws.commits();
  const std::string outbox = outboxFor(project, activity);
  const Edit e{"2024-08-05T09:00:00+08:00", "社区工作者", "kiosk sync"};

  CHECK(ui::syncKioskRatings(ws, outbox, e) == 2);
  CHECK(ws.commits() == commits + 1);  // one action
  CHECK(ws.dataset().feedback().size() == before + 2);
  int kiosk = 0;
  for (const auto& [id, f] : ws.dataset().feedback()) {
    auto tap = f.extra.find("kiosk_tap");
    if (tap == f.extra.end()) continue;
    ++kiosk;
    CHECK(f.channel == FeedbackChannel::kiosk);
    if (*tap == "t1") {
      CHECK(f.target_kind == FeedbackTarget::project);
      CHECK(f.target == project);
      CHECK(f.rating == Rating::satisfied);
      CHECK(f.at == "2024-08-02T10:00:00+08:00");  // the tap, not the sync
      CHECK(f.created == "2024-08-05T09:00:00+08:00");
    } else {
      CHECK(*tap == "t2");
      CHECK(f.target == activity);
      CHECK(f.rating == Rating::unsatisfied);
    }
  }
  CHECK(kiosk == 2);

  // Again, and after a reload from storage: nothing new.
  CHECK(ui::syncKioskRatings(ws, outbox, e) == 0);
  CHECK(ws.commits() == commits + 1);
  io::Workspace reloaded(storage);
  reloaded.open({});
  REQUIRE(reloaded.loaded());
  CHECK(reloaded.dataset().feedback().size() == before + 2);
  CHECK(ui::syncKioskRatings(reloaded, outbox, e) == 0);
  CHECK(report::unsyncedRatings(reloaded.dataset(), report::parseOutbox(outbox)).empty());

  // A read-only workspace refuses and stores nothing.
  const std::string more = R"({"ratings":[{"tap":"t9","kind":"project","target":")" + project +
                           R"(","rating":"basic","at":"2024-08-03T10:00:00+08:00"}]})";
  reloaded.setReadOnly(true);
  CHECK(ui::syncKioskRatings(reloaded, more, e) == -1);
  CHECK(reloaded.dataset().feedback().size() == before + 2);
}

TEST_CASE("kiosk outbox: the office acknowledges only stored taps, and the kiosk prunes exactly those") {
  MemoryStorage storage;
  io::Workspace ws(storage);
  openDemo(ws);
  const std::string project = firstOf(ws.dataset(), ProjectStatus::completed);
  const std::string activity = ws.dataset().activities().begin()->first;
  const auto box = report::parseOutbox(outboxFor(project, activity));
  // Nothing stored yet: nothing to acknowledge, nothing pruned.
  CHECK(report::syncedTaps(ws.dataset(), box).empty());
  CHECK(report::pruneOutbox(box, {}) == box);

  REQUIRE(ui::syncKioskRatings(ws, outboxFor(project, activity), Edit{"2024-08-05T09:00:00+08:00", "站长", "kiosk sync"}) == 2);
  const auto synced = report::syncedTaps(ws.dataset(), box);
  CHECK(synced == std::vector<std::string>{"t1", "t2"});  // sorted, once each; t3's project does not exist
  const std::string text = report::syncedText(synced);
  CHECK(text == R"({"taps":["t1","t2"]})");
  CHECK(report::parseSynced(text) == synced);
  CHECK(report::parseSynced("").empty());
  CHECK(report::parseSynced(R"({"taps":[1,"t2"]})") == std::vector<std::string>{"t2"});

  // The kiosk's next write: the stored taps leave, the one that could not be stored stays.
  auto pruned = report::pruneOutbox(box, report::parseSynced(text));
  REQUIRE(pruned.size() == 1);
  CHECK(pruned[0].tap == "t3");
  // The pruned outbox syncs nothing again, and acknowledges nothing (its taps are not stored).
  CHECK(ui::syncKioskRatings(ws, report::outboxText(pruned), Edit{"2024-08-05T09:01:00+08:00", "站长", "kiosk sync"}) == 0);
  CHECK(report::syncedTaps(ws.dataset(), pruned).empty());
}

TEST_CASE("kiosk outbox: a rating of a completed project evaluates it and its resolved needs, once") {
  MemoryStorage storage;
  io::Workspace ws(storage);
  openDemo(ws);
  // A completed project with a resolved need, as a worker's rating would find it.
  std::string project;
  for (const auto& [id, p] : ws.dataset().projects()) {
    if (p.status != ProjectStatus::completed) continue;
    for (const std::string& n : p.needs)
      if (const Need* need = ws.dataset().find<Need>(n); need && need->status == NeedStatus::resolved) project = id;
    if (!project.empty()) break;
  }
  REQUIRE_FALSE(project.empty());
  const Project before = *ws.dataset().find<Project>(project);
  std::vector<std::string> resolved;
  for (const std::string& n : before.needs)
    if (ws.dataset().find<Need>(n)->status == NeedStatus::resolved) resolved.push_back(n);

  auto tap = [&](const char* id, const char* rating) {
    return std::string(R"({"tap":")") + id + R"(","kind":"project","target":")" + project + R"(","rating":")" +
           rating + R"(","at":"2024-08-02T10:00:00+08:00"})";
  };
  const Edit e{"2024-08-05T09:00:00+08:00", "社区工作者", "kiosk sync"};
  CHECK(ui::syncKioskRatings(ws, R"({"ratings":[)" + tap("k1", "satisfied") + "," + tap("k2", "basic") + "]}", e) == 2);
  const Project& after = *ws.dataset().find<Project>(project);
  CHECK(after.status == ProjectStatus::evaluated);
  CHECK(after.rev == before.rev + 1);  // evaluated by the first rating only
  for (const std::string& n : resolved) CHECK(ws.dataset().find<Need>(n)->status == NeedStatus::evaluated);

  // Rated again later: the rating is stored, the evaluated project stays as it is.
  CHECK(ui::syncKioskRatings(ws, R"({"ratings":[)" + tap("k3", "great") + "]}", e) == 0);  // "great" is no rating
  CHECK(ui::syncKioskRatings(ws, R"({"ratings":[)" + tap("k3", "unsatisfied") + "]}", e) == 1);
  CHECK(ws.dataset().find<Project>(project)->rev == before.rev + 1);
}
