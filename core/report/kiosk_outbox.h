// The kiosk's outbox: ratings tapped on the display, kept beside the public snapshot (never in the working
// data, which the kiosk does not open) until the office program syncs them into Feedback records.
//
// Outbox document: {"ratings":[{"tap","kind","target","rating","at"}...]}, appended to by the kiosk only.
// `tap` is unique per tap ("<at>#<session>#<target>"); a synced Feedback keeps it as its "kiosk_tap" field, so
// syncing the same outbox twice adds nothing (idempotent), and the outbox never needs to be rewritten by the
// office (only one side writes each document, so the two never conflict).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "domain/dataset.h"
#include "domain/history.h"

namespace gj::report {

struct KioskRating {
  std::string tap;
  FeedbackTarget kind = FeedbackTarget::project;
  std::string target;  // project or activity id
  Rating rating = Rating::satisfied;
  std::string at;      // the tap's time, a timestamp
  bool operator==(const KioskRating&) const = default;
};

// Reads an outbox document; malformed entries are skipped (a kiosk must keep running), "" gives none.
std::vector<KioskRating> parseOutbox(std::string_view text);
std::string outboxText(const std::vector<KioskRating>& ratings);

// The ratings not yet in ds as Feedback (by tap), whose target exists with the right type, in outbox order,
// each tap once.
std::vector<KioskRating> unsyncedRatings(const Dataset& ds, const std::vector<KioskRating>& outbox);

// Pruning without a second writer: the office program writes the taps of the outbox that are stored as
// Feedback (and saved) as the "synced" document, {"taps":[...]} sorted; the kiosk leaves those out the next
// time it writes its outbox. A tap is acknowledged only once stored, so pruning never loses a rating.
std::vector<std::string> syncedTaps(const Dataset& ds, const std::vector<KioskRating>& outbox);
std::string syncedText(const std::vector<std::string>& taps);
std::vector<std::string> parseSynced(std::string_view text);  // malformed or "": none
std::vector<KioskRating> pruneOutbox(std::vector<KioskRating> outbox, const std::vector<std::string>& synced);

// The Feedback record of a rating: id `feedbackId`, channel kiosk, at = the tap time, "kiosk_tap" = tap,
// created by the edit `e` (the sync). Refused reasons come back through createRecord's outcome.
Outcome kioskFeedback(const KioskRating& r, const std::string& feedbackId, const Edit& e, Feedback* out);

}  // namespace gj::report
