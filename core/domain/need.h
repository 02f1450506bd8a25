// A need (需求): a difficulty or wish collected from residents or party members. Its status moves only
// through need_lifecycle.h; side exits keep the record with the reason in its fields.
#pragma once
#include <string>

#include "domain/record.h"

namespace gj {

// Personal information: never in a public snapshot or public export (see DESIGN.md, Privacy).
struct Reporter {
  std::string name;
  std::string phone;
  std::string address;
  Json extra = Json::object();
  bool operator==(const Reporter&) const = default;
};

struct Need : Record {
  static constexpr std::string_view kType = "need";
  std::string community;  // community id
  std::string text;       // as the resident said it
  std::string category;   // category id; "" until classified
  TargetGroup target_group = TargetGroup::general;
  int people_affected = 1;
  int urgency = 3;  // 1 (can wait) .. 5 (urgent, 急难愁盼)
  Reporter reporter;
  NeedStatus status = NeedStatus::reported;
  std::string reported;      // date the resident raised it
  std::string matched_unit;  // unit id, from "matched" on
  std::string project;       // project id, from "claimed" on
  // Side exits
  std::string reason;        // withdrawn / closed_not_fixed (required for closed_not_fixed) / rejected
  std::string decided_by;    // rejected: who decided
  std::string refer_to;      // rejected: where the resident should go instead
  std::string duplicate_of;  // duplicate: the need it was merged into
  bool operator==(const Need&) const = default;
};

void writeFields(Json& j, const Need& r);
void readFields(Fields& f, Need& r);

// Position on the main path (reported 0 .. evaluated 7); -1 for side exits.
int needStage(NeedStatus s);

}  // namespace gj
