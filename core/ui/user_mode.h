// Who is using the program (UserMode in screens.h): its ids in the "settings/ui" document, the check of the
// community or unit a mode acts for, and applying a mode (screens offered, default filters).
#pragma once
#include <string>
#include <string_view>

#include "ui/screens.h"

namespace gj::ui {

const char* userModeId(UserMode mode);  // "street_office", "community_worker", "unit_liaison"
bool parseUserMode(std::string_view id, UserMode* out);

// Why `actingFor` cannot go with `mode` on this data, as a string-table key; "" when it can. The street
// office acts for no one; a community worker needs a community of the data, a unit liaison a unit.
std::string actingForProblem(const Dataset& ds, UserMode mode, const std::string& actingFor);

// Makes the mode current: ctx.mode and ctx.actingFor, the community filter of Needs and Projects (community
// worker) or the lead-unit filter of Projects (unit liaison), cleared in the other modes; and the dashboard
// when the current screen is not offered any more. Does not store anything (ctx.saveSettings does).
void applyUserMode(ScreenContext& ctx, UserMode mode, const std::string& actingFor);

// Street-office work: editing the categories and matching weights, which every community's classification and
// plans use. Other modes see them read-only.
bool editsSharedData(const ScreenContext& ctx);

}  // namespace gj::ui
