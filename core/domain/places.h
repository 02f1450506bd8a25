// The street office that owns a dataset and its communities.
#pragma once
#include <string>

#include "domain/record.h"

namespace gj {

struct Street : Record {
  static constexpr std::string_view kType = "street";
  std::string name;      // 蒙阳街道
  std::string district;  // 名山区
  std::string city;      // 雅安市
  bool operator==(const Street&) const = default;
};

struct Community : Record {
  static constexpr std::string_view kType = "community";
  std::string street;  // street id
  std::string name;    // 新城社区
  int households = 0;
  bool operator==(const Community&) const = default;
};

void writeFields(Json& j, const Street& r);
void readFields(Fields& f, Street& r);
void writeFields(Json& j, const Community& r);
void readFields(Fields& f, Community& r);

}  // namespace gj
