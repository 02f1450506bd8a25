// Partner units (共建单位) and what they offer (Resource), with capacity per quarter.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "domain/record.h"

namespace gj {

struct Unit : Record {
  static constexpr std::string_view kType = "unit";
  std::string name;                      // 雅安市政务服务管理局
  UnitLevel level = UnitLevel::district;
  std::vector<std::string> communities;  // paired (结对) community ids
  std::string liaison;                   // liaison's name
  bool operator==(const Unit&) const = default;
};

struct Resource : Record {
  static constexpr std::string_view kType = "resource";
  std::string unit;  // owning unit id
  ResourceKind kind = ResourceKind::service;
  std::string title;
  std::vector<std::string> categories;  // category ids ("elderly", "health")
  // Per quarter, in the kind's unit: fen for funds, minutes for volunteer_hours, a count otherwise.
  std::int64_t capacity_per_quarter = 0;
  bool operator==(const Resource&) const = default;
};

void writeFields(Json& j, const Unit& r);
void readFields(Fields& f, Unit& r);
void writeFields(Json& j, const Resource& r);
void readFields(Fields& f, Resource& r);

}  // namespace gj
