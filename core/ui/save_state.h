// Whether the user's changes are stored: shown in the top bar on every screen, with a retry when a save
// failed. "Saved" appears only after the storage confirmed the transaction.
#pragma once
#include "ui/screens.h"

namespace gj::ui {

// Draws the state right-aligned so that it ends at rightX (window coordinates) on the current line.
void drawSaveState(ScreenContext& ctx, float rightX);

}  // namespace gj::ui
