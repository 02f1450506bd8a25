// The office program's side of the kiosk: publish the public snapshot and the PIN hash into the kiosk's
// store, and bring the kiosk's ratings in as Feedback (channel kiosk, at = the tap time). The kiosk never
// opens the working data, so this is the only way records reach it and ratings leave it.
#include <set>

#include <imgui.h>

#include "domain/project_workflow.h"
#include "report/kiosk_outbox.h"
#include "report/kiosk_pin.h"
#include "report/kiosk_snapshot.h"
#include "ui/edit_stamp.h"
#include "ui/kiosk_store.h"

namespace gj::ui {
namespace {

KioskStore gStore;
KioskTimings gTimings;

struct SyncState {
  std::uint64_t publishedVersion = 0;
  std::string publishedDay;
  std::string snapshot;     // text last written
  std::string pin;          // text last written
  double lastOutboxCheck = -100;
  double lastSnapshot = -1e9;  // ImGui time of the last snapshot computed
  int synced = 0;           // Feedback records added by this program
  int publishes = 0;
};

SyncState& sync() {
  static SyncState s;
  return s;
}

constexpr double kOutboxCheckSeconds = 1.0;
// A district's snapshot takes longer to compute than a frame (and delays the save that follows an edit), so
// after the first one it follows the records at most this often.
constexpr double kSnapshotSeconds = 10.0;

}  // namespace

void setKioskStore(KioskStore store) { gStore = std::move(store); }
const KioskStore& kioskStore() { return gStore; }
void setKioskTimings(KioskTimings timings) { gTimings = timings; }
const KioskTimings& kioskTimings() { return gTimings; }

int syncKioskRatings(io::Workspace& ws, const std::string& outbox, const Edit& e) {
  std::vector<report::KioskRating> fresh = report::unsyncedRatings(ws.dataset(), report::parseOutbox(outbox));
  if (fresh.empty()) return 0;
  io::Action action;
  int added = 0;
  std::set<std::string> evaluated;  // a project rated twice in one sync is evaluated by the first rating
  for (const report::KioskRating& r : fresh) {
    Feedback f;
    if (!report::kioskFeedback(r, ws.allocateId(Feedback::kType), e, &f)) continue;
    // A completed project rated at the kiosk is evaluated, as when a worker records the rating.
    if (!evaluated.count(f.target)) {
      ProjectChange change = evaluateByRating(ws.dataset(), f, e);
      if (change.project) {
        evaluated.insert(f.target);
        action.put(*change.project);
        for (const Need& n : change.needs) action.put(n);
      }
    }
    action.put(f);
    ++added;
  }
  // One action for the whole sync; the ratings are in memory at once, so the next check finds them synced.
  if (action.empty()) return 0;
  return ws.perform(std::move(action)) ? added : -1;
}

void publishForKiosk(ScreenContext& ctx) {
  if (!gStore.read || !gStore.write || !ctx.workspace || !ctx.workspace->loaded()) return;
  io::Workspace& ws = *ctx.workspace;
  SyncState& s = sync();
  // The snapshot follows the records and the date (this week's activities change at midnight).
  const double now = ImGui::GetTime();
  const std::string day = today();
  if (ws.version() != s.publishedVersion || day != s.publishedDay) {
    std::string pin = ws.setting(report::kKioskSettingsKey);  // cheap: at once
    if (pin != s.pin && gStore.write("pin", pin)) s.pin = std::move(pin);
    if (now - s.lastSnapshot >= kSnapshotSeconds) {
      s.publishedVersion = ws.version();
      s.publishedDay = day;
      s.lastSnapshot = now;
      std::string text = report::kioskSnapshotText(ws.dataset(), day);
      if (text != s.snapshot && gStore.write("snapshot", text)) {
        s.snapshot = std::move(text);
        ++s.publishes;
      }
    }
  }
  // Ratings: checked now and then; only an editing program with everything saved adds them.
  if (now - s.lastOutboxCheck < kOutboxCheckSeconds) return;
  s.lastOutboxCheck = now;
  if (ws.readOnly() || ws.state() != io::SaveState::saved) return;
  const std::string outbox = gStore.read("outbox");
  // Everything is saved here, so the taps stored so far can be acknowledged for the kiosk to prune.
  std::string synced = report::syncedText(report::syncedTaps(ws.dataset(), report::parseOutbox(outbox)));
  if (synced != gStore.read("synced")) gStore.write("synced", synced);
  const Edit e{nowTimestamp(), ctx.operatorName.empty() ? std::string("kiosk") : ctx.operatorName, "kiosk sync"};
  if (int added = syncKioskRatings(ws, outbox, e); added > 0) s.synced += added;
}

Json kioskSyncState() {
  const SyncState& s = sync();
  return Json{{"publishes", s.publishes}, {"synced", s.synced}, {"store", static_cast<bool>(gStore.read)}};
}

}  // namespace gj::ui
