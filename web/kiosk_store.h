// The kiosk's store in the browser (JavaScript side: kiosk_store.js): its own IndexedDB database, registered
// as the shared UI's KioskStore, and the kiosk start (?kiosk=1; ?kioskRotate=S&kioskIdle=S shorten the
// timers for tests).
#pragma once

namespace gj::web {

bool pageKiosk();           // ?kiosk=1 in the address
void installKioskStore();   // setKioskStore + the timers from the address
void becomeKioskTab();      // the kiosk takes no editor lock: it counts as a read-only tab from the start

}  // namespace gj::web
