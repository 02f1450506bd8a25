// The PIN that lets staff leave kiosk mode. Only a salted, iterated SHA-256 of it is stored (the settings
// document "settings/kiosk" of the working data, copied next to the kiosk's public snapshot), never the PIN.
// Iterations make guessing a short PIN from a copied document slower; the salt makes equal PINs differ.
//
// Document: {"pin_salt":"<32 hex>","pin_hash":"<64 hex>","pin_rounds":10000}.
#pragma once
#include <string>
#include <string_view>

namespace gj::report {

inline constexpr int kPinRounds = 10000;
inline constexpr const char* kKioskSettingsKey = "settings/kiosk";

// 4 to 8 ASCII digits.
bool isValidPin(std::string_view pin);
// h0 = sha256(salt + ":" + pin), h(i+1) = sha256(h(i) + salt); the hex of h(rounds).
std::string pinHash(std::string_view pin, std::string_view salt, int rounds = kPinRounds);
// The settings document for a PIN (salt: hex chosen by the caller, e.g. from std::random_device).
std::string pinDocument(std::string_view pin, std::string_view salt);
// Whether a PIN document is present and well formed.
bool hasPin(std::string_view documentText);
// Whether pin matches the document; false for a missing or damaged document.
bool pinMatches(std::string_view documentText, std::string_view pin);

}  // namespace gj::report
