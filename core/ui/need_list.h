// The needs list behind the Needs screen: which needs a filter keeps and in what order. Kept apart from
// drawing so it can be tested, and cached by the screen so 100,000 rows cost nothing per frame.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/dataset.h"

namespace gj::ui {

enum class NeedColumn { id, reported, community, category, status, urgency, people };

struct NeedFilter {
  std::string community;              // community id; "" for all
  std::string category;               // category id; "" for all, "-" for not yet classified
  std::optional<NeedStatus> status;   // nullopt for all
  bool openOnly = false;              // reported .. in_progress
  int minUrgency = 1;                 // 1 .. 5
  std::string text;                   // case-insensitive substring of the text or the id
  bool operator==(const NeedFilter&) const = default;
};

struct NeedSort {
  NeedColumn column = NeedColumn::reported;
  bool descending = true;  // newest first by default
  bool operator==(const NeedSort&) const = default;
};

bool isOpenNeed(NeedStatus s);  // reported .. in_progress

// The ids of the needs `filter` keeps, ordered by `sort`; ties by id (IdLess), so the order is total.
// Community names sort by the community's name, categories by id, statuses by their place in the lifecycle.
std::vector<std::string> listNeeds(const Dataset& ds, const NeedFilter& filter, const NeedSort& sort);

}  // namespace gj::ui
