// Residents' satisfaction ratings (满意度评价) and awards (以奖代补 for projects, honours for volunteers).
#pragma once
#include <cstdint>
#include <string>

#include "domain/record.h"

namespace gj {

struct Feedback : Record {
  static constexpr std::string_view kType = "feedback";
  FeedbackTarget target_kind = FeedbackTarget::project;
  std::string target;  // project or activity id, matching target_kind
  Rating rating = Rating::satisfied;
  std::string at;      // timestamp
  FeedbackChannel channel = FeedbackChannel::kiosk;
  bool operator==(const Feedback&) const = default;
};

struct Award : Record {
  static constexpr std::string_view kType = "award";
  AwardTarget target_kind = AwardTarget::project;
  std::string target;  // project or volunteer id, matching target_kind
  std::string title;
  std::int64_t amount_fen = 0;  // 0 for an honour without money
  std::string date;
  bool operator==(const Award&) const = default;
};

void writeFields(Json& j, const Feedback& r);
void readFields(Fields& f, Feedback& r);
void writeFields(Json& j, const Award& r);
void readFields(Fields& f, Award& r);

}  // namespace gj
