// The kiosk's documents in the data folder, apart from the working data (gongjian.snapshot / .journal):
// kiosk-snapshot.json (the public snapshot), kiosk-pin.json (the salted PIN hash), kiosk-outbox.json (ratings
// tapped on the kiosk), kiosk-synced.json (the taps the office program has stored, for the kiosk to prune). Each is written whole through a temp file + fsync + rename, so a reader (the office
// program syncing the outbox, the kiosk reloading the snapshot) never sees half a file. The kiosk takes no
// lock on the folder and never reads the working data.
#pragma once
#include <string>

namespace gj::native {

std::string kioskFilePath(const std::string& dataDir, const std::string& key);  // DIR/kiosk-<key>.json
std::string readKioskFile(const std::string& dataDir, const std::string& key);  // "" when absent
// Writes `text` to path atomically; "" or the error (naming the file).
std::string writeFileAtomically(const std::string& path, const std::string& text);

}  // namespace gj::native
