// The quarterly joint meeting (联席会议) and the communities' reverse assessment (反向考核) of units.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/record.h"

namespace gj {

struct Meeting : Record {
  static constexpr std::string_view kType = "meeting";
  Quarter quarter;
  std::string date;                    // inside the quarter
  std::string community;               // community id; "" for a street-wide meeting
  std::vector<std::string> attending;  // unit ids
  std::string notes;
  std::vector<std::string> decisions;
  bool operator==(const Meeting&) const = default;
};

struct Assessment : Record {
  static constexpr std::string_view kType = "assessment";
  int year = 0;
  std::string community;             // the assessing community id
  std::string unit;                  // the assessed unit id
  std::map<std::string, int> scores; // aspect id ("participation", "funds", ...) -> 0..100
  std::string note;
  bool operator==(const Assessment&) const = default;
};

void writeFields(Json& j, const Meeting& r);
void readFields(Fields& f, Meeting& r);
void writeFields(Json& j, const Assessment& r);
void readFields(Fields& f, Assessment& r);

}  // namespace gj
