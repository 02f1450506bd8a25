// The Needs screen 需求 is three files: the list with its filters (screen_needs.cpp), the intake form
// (need_intake.cpp) and the detail panel with the lifecycle actions (need_detail.cpp). This is what they share.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "ui/need_list.h"
#include "ui/screens.h"

namespace gj::ui {

struct NeedsState {
  NeedFilter filter;
  NeedSort sort;
  char search[128] = "";
  // The list as last computed, and what it was computed from.
  std::vector<const Need*> rows;  // into the workspace's dataset: rebuilt whenever its version changes
  const io::Workspace* rowsWorkspace = nullptr;
  std::uint64_t rowsVersion = 0;
  NeedFilter rowsFilter;
  NeedSort rowsSort;

  std::string selected;  // need id shown in the detail panel
  bool intakeOpen = false;
};

NeedsState& needsState();
// The selected need as tests see it (App::stateJson): id, status, category, matched unit, open form.
Json needsStateJson(const ScreenContext& ctx);

// The right-hand panel: the intake form (returns the id of a need it stored, or "") and a need's detail.
std::string drawNeedIntake(ScreenContext& ctx);
void drawNeedDetail(ScreenContext& ctx, const std::string& needId);
void resetNeedIntake();

// Shared labels.
std::string needStatusLabel(NeedStatus s);
std::string targetGroupLabel(TargetGroup g);

}  // namespace gj::ui
