// Salted PIN hash for leaving kiosk mode; see kiosk_pin.h.
#include "report/kiosk_pin.h"

#include <nlohmann/json.hpp>

#include "report/sha256.h"

namespace gj::report {

bool isValidPin(std::string_view pin) {
  if (pin.size() < 4 || pin.size() > 8) return false;
  for (char c : pin)
    if (c < '0' || c > '9') return false;
  return true;
}

std::string pinHash(std::string_view pin, std::string_view salt, int rounds) {
  std::string h = sha256Hex(std::string(salt) + ":" + std::string(pin));
  for (int i = 0; i < rounds; ++i) h = sha256Hex(h + std::string(salt));
  return h;
}

std::string pinDocument(std::string_view pin, std::string_view salt) {
  nlohmann::json doc = {{"pin_salt", salt}, {"pin_hash", pinHash(pin, salt)}, {"pin_rounds", kPinRounds}};
  return doc.dump();
}

namespace {
bool readDoc(std::string_view text, std::string* salt, std::string* hash, int* rounds) {
  auto doc = nlohmann::json::parse(text, nullptr, false);
  if (!doc.is_object()) return false;
  auto s = doc.find("pin_salt"), h = doc.find("pin_hash"), r = doc.find("pin_rounds");
  if (s == doc.end() || h == doc.end() || r == doc.end() || !s->is_string() || !h->is_string() ||
      !r->is_number_integer())
    return false;
  *salt = s->get<std::string>();
  *hash = h->get<std::string>();
  *rounds = r->get<int>();
  return !salt->empty() && hash->size() == 64 && *rounds >= 0 && *rounds <= 1000000;
}
}  // namespace

bool hasPin(std::string_view documentText) {
  std::string salt, hash;
  int rounds = 0;
  return readDoc(documentText, &salt, &hash, &rounds);
}

bool pinMatches(std::string_view documentText, std::string_view pin) {
  std::string salt, hash;
  int rounds = 0;
  if (!isValidPin(pin) || !readDoc(documentText, &salt, &hash, &rounds)) return false;
  return pinHash(pin, salt, rounds) == hash;
}

}  // namespace gj::report
