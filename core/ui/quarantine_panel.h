// Damaged stored documents, kept aside at load (Workspace::quarantined), shown to the people who can act.
#pragma once
#include <string>

#include "ui/screens.h"

namespace gj::ui {

std::string quarantineCount(const ScreenContext& ctx);  // "3 条记录无法读取，已隔离" or "" when none
void drawQuarantine(ScreenContext& ctx);                 // the list with reasons, for Settings

}  // namespace gj::ui
