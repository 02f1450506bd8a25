// The kiosk's outbox and its idempotent sync into Feedback; see kiosk_outbox.h.
#include "report/kiosk_outbox.h"

#include <set>

#include "domain/dates.h"

namespace gj::report {

std::vector<KioskRating> parseOutbox(std::string_view text) {
  std::vector<KioskRating> out;
  if (text.empty()) return out;
  Json doc = Json::parse(text, nullptr, false);
  if (!doc.is_object() || !doc.contains("ratings") || !doc["ratings"].is_array()) return out;
  for (const Json& e : doc["ratings"]) {
    if (!e.is_object()) continue;
    auto str = [&](const char* k) { return e.contains(k) && e[k].is_string() ? e[k].get<std::string>() : std::string(); };
    KioskRating r{.tap = str("tap"), .target = str("target"), .at = str("at")};
    auto kind = parseEnum<FeedbackTarget>(str("kind"));
    auto rating = parseEnum<Rating>(str("rating"));
    if (r.tap.empty() || r.target.empty() || !isTimestamp(r.at) || !kind || !rating) continue;
    r.kind = *kind;
    r.rating = *rating;
    out.push_back(std::move(r));
  }
  return out;
}

std::string outboxText(const std::vector<KioskRating>& ratings) {
  Json list = Json::array();
  for (const KioskRating& r : ratings)
    list.push_back(Json{{"tap", r.tap}, {"kind", enumName(r.kind)}, {"target", r.target},
                        {"rating", enumName(r.rating)}, {"at", r.at}});
  return Json{{"ratings", list}}.dump();
}

namespace {
std::set<std::string> storedTaps(const Dataset& ds) {
  std::set<std::string> taps;
  for (const auto& [id, f] : ds.feedback())
    if (auto it = f.extra.find("kiosk_tap"); it != f.extra.end() && it->is_string()) taps.insert(it->get<std::string>());
  return taps;
}
}  // namespace

std::vector<std::string> syncedTaps(const Dataset& ds, const std::vector<KioskRating>& outbox) {
  const std::set<std::string> stored = storedTaps(ds);
  std::set<std::string> out;
  for (const KioskRating& r : outbox)
    if (stored.count(r.tap)) out.insert(r.tap);
  return {out.begin(), out.end()};
}

std::string syncedText(const std::vector<std::string>& taps) { return Json{{"taps", taps}}.dump(); }

std::vector<std::string> parseSynced(std::string_view text) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  Json doc = Json::parse(text, nullptr, false);
  if (!doc.is_object() || !doc.contains("taps") || !doc["taps"].is_array()) return out;
  for (const Json& t : doc["taps"])
    if (t.is_string()) out.push_back(t.get<std::string>());
  return out;
}

std::vector<KioskRating> pruneOutbox(std::vector<KioskRating> outbox, const std::vector<std::string>& synced) {
  const std::set<std::string> done(synced.begin(), synced.end());
  std::erase_if(outbox, [&](const KioskRating& r) { return done.count(r.tap) > 0; });
  return outbox;
}

std::vector<KioskRating> unsyncedRatings(const Dataset& ds, const std::vector<KioskRating>& outbox) {
  std::set<std::string> synced = storedTaps(ds);
  std::vector<KioskRating> out;
  for (const KioskRating& r : outbox) {
    const bool exists = r.kind == FeedbackTarget::project ? ds.find<Project>(r.target) != nullptr
                                                          : ds.find<Activity>(r.target) != nullptr;
    if (!exists || !synced.insert(r.tap).second) continue;
    out.push_back(r);
  }
  return out;
}

Outcome kioskFeedback(const KioskRating& r, const std::string& feedbackId, const Edit& e, Feedback* out) {
  Feedback f{.target_kind = r.kind, .target = r.target, .rating = r.rating, .at = r.at,
             .channel = FeedbackChannel::kiosk};
  f.id = feedbackId;
  f.extra["kiosk_tap"] = r.tap;
  Outcome o = createRecord(f, e);
  if (o) *out = std::move(f);
  return o;
}

}  // namespace gj::report
