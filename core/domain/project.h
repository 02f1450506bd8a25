// A micro-project (微项目) answering one or more needs, claimed (领办) by a lead unit. Its status moves only
// through project_lifecycle.h.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/record.h"

namespace gj {

struct TimelineEntry {
  std::string date;
  int percent = 0;                   // 0..100, never lower than the previous entry
  std::string note;
  std::int64_t funds_spent_fen = 0;  // spent since the previous entry (the project's spending is the sum)
  Json extra = Json::object();
  bool operator==(const TimelineEntry&) const = default;
};

struct Project : Record {
  static constexpr std::string_view kType = "project";
  std::string title;
  std::string community;                   // community id
  std::vector<std::string> needs;          // need ids it answers
  std::string lead_unit;                   // unit id, from "claimed" on
  std::vector<std::string> partner_units;  // other unit ids taking part
  std::optional<Quarter> quarter;          // the quarter it is carried out in, from "claimed" on
  std::string category;                    // category id
  ProjectStatus status = ProjectStatus::proposed;
  std::int64_t budget_fen = 0;
  std::vector<TimelineEntry> timeline;
  int problems_solved = 0;                      // 急难愁盼 problems solved, from "completed" on
  std::map<TargetGroup, int> beneficiaries;     // people who benefited, by group
  int households = 0;                           // households that benefited (茶都景苑: 34)
  bool featured = false;                        // 特色项目
  bool exemplary = false;                       // eligible for 以奖代补
  std::string claimed;                          // date
  std::string completed;                        // date
  bool operator==(const Project&) const = default;

  std::int64_t fundsSpentFen() const;  // sum over the timeline
  int progressPercent() const;         // last timeline entry's percent, 0 without entries
  int beneficiaryTotal() const;
};

void writeFields(Json& j, const Project& r);
void readFields(Fields& f, Project& r);

}  // namespace gj
