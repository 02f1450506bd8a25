// Who changes what, when, for a change made on screen: the operator from Settings and the time now in
// China Standard Time (the street office's clock, whatever the machine's zone).
#pragma once
#include <string>

#include "domain/history.h"
#include "ui/screens.h"

namespace gj::ui {

std::string nowTimestamp();  // "2026-11-27T19:02:03+08:00"
std::string today();         // "2026-11-27"
Edit editNow(const ScreenContext& ctx, std::string note = "");

// The reason of a refused step in the user's language.
const std::string& inLang(const Message& m);

}  // namespace gj::ui
