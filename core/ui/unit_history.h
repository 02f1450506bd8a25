// The change history of a unit or a resource, newest first: when, who, which field, before -> after.
#pragma once
#include "domain/record.h"

namespace gj::ui {

void drawRecordHistory(const char* tableId, const Record& r);

}  // namespace gj::ui
