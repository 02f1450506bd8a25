// Where the kiosk keeps its own documents, apart from the working data: the platform registers a store
// (desktop: files kiosk-<key>.json in the data folder; browser: the IndexedDB database "gongjian-kiosk").
// Keys: "snapshot" (the public snapshot, written by the office program), "pin" (the salted PIN hash, copied
// from the working data's settings by the office program), "outbox" (ratings, written by the kiosk only),
// "synced" (the outbox's taps stored as Feedback, written by the office program; the kiosk prunes them).
// The kiosk reads only these; the office program publishes snapshot and pin and syncs the outbox.
#pragma once
#include <functional>
#include <string>

#include "domain/history.h"
#include "ui/screens.h"

namespace gj::ui {

struct KioskStore {
  std::function<std::string(const std::string& key)> read;                       // "" when absent
  std::function<bool(const std::string& key, const std::string& text)> write;   // false when it failed
  std::function<void()> leave;  // the PIN was accepted: the platform prepares the office program (may be empty)
};

// Timers of the display; tests shorten them (?kioskRotate=, ?kioskIdle= on the web).
struct KioskTimings {
  double rotateSeconds = 15.0;   // a panel stays this long without input
  double idleSeconds = 60.0;     // without input this long: back to the first panel, tap session ends
  double shiftSeconds = 240.0;   // period of the burn-in shift
  double thanksSeconds = 4.0;    // the large "thank you"
  double minTapSeconds = 2.0;    // ratings closer together than this are ignored (repeated taps)
};

// Shows the panel with this id ("figures", "rate", ...) first; for screenshots of each panel.
void setKioskStartPanel(const std::string& panelId);
void setKioskStore(KioskStore store);
const KioskStore& kioskStore();
void setKioskTimings(KioskTimings timings);
const KioskTimings& kioskTimings();

// The office side, once per frame while the working data is open (not in kiosk mode): publishes the public
// snapshot and the PIN hash for the kiosk when they changed, and turns new kiosk ratings into Feedback
// records (one action per sync, idempotent).
void publishForKiosk(ScreenContext& ctx);
// Adds the outbox's ratings not yet in the working data as Feedback records, as one action by edit `e`.
// Returns how many were added (0: nothing new; -1: the workspace refused, e.g. read-only).
int syncKioskRatings(io::Workspace& ws, const std::string& outbox, const Edit& e);
// What the last publish/sync did, for tests.
Json kioskSyncState();

// The Settings section that sets the kiosk's PIN (stored hashed with a salt).
void drawKioskPinSettings(ScreenContext& ctx);

}  // namespace gj::ui
