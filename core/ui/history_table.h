// A record's history as a table, newest first: when, who, which field, what changed. Each area says how its
// fields are named and how a change reads (its values as people read them, not as stored).
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "domain/record.h"

namespace gj::ui {

void drawHistoryTable(const char* tableId, const std::vector<Change>& history,
                      const std::function<std::string(const std::string& field)>& fieldLabel,
                      const std::function<std::string(const Change&)>& changeText);

}  // namespace gj::ui
