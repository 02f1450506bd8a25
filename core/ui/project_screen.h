// The Projects screen 项目 is several files: the layout, the matched needs to claim and the project table
// (screen_projects.cpp, project_claim.cpp, project_table.cpp), and the selected project's detail panel
// (project_detail.cpp) with its forms: progress, completion, satisfaction, flags and awards, history
// (project_progress.cpp, project_complete.cpp, project_rating.cpp, project_awards.cpp, project_history.cpp).
// This is what they share.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "domain/project_workflow.h"
#include "ui/project_list.h"
#include "ui/form_widgets.h"
#include "ui/screens.h"

namespace gj::ui {

struct ProjectsUi {
  ProjectFilter filter;
  ProjectSort sort;
  // The lists as last computed, and what they were computed from.
  std::vector<const Project*> rows;  // into the workspace's dataset: rebuilt whenever its version changes
  std::vector<std::string> toClaim;  // matched need ids
  std::vector<std::string> leads;    // units leading at least one project, by id (the lead filter's choices)
  const io::Workspace* rowsWorkspace = nullptr;
  std::uint64_t rowsVersion = 0;
  ProjectFilter rowsFilter;
  ProjectSort rowsSort;

  std::string selected;        // project shown in the detail panel
  bool defaultChosen = false;  // the first in-progress project is selected once, when nothing is
  std::string claiming;        // need whose claim form is open ("" when none)
  std::string refusalKey;      // the last refused step, for the state JSON (the forms show their own)
  std::string refusalText;     // its reason in the user's language
};

ProjectsUi& projectsUi();

// Refreshes rows, toClaim and leads when the data, filter or sort changed.
void refreshProjectRows(ScreenContext& ctx, ProjectsUi& ui);
void drawProjectFilters(ScreenContext& ctx, ProjectsUi& ui);
void drawProjectTable(ScreenContext& ctx, ProjectsUi& ui);
void drawToClaim(ScreenContext& ctx, ProjectsUi& ui);
// The claim form for ui.claiming; on success selects the new project and closes itself.
void drawClaimForm(ScreenContext& ctx, ProjectsUi& ui);

void drawProjectDetail(ScreenContext& ctx, ProjectsUi& ui);
void drawProgressForm(ScreenContext& ctx, const Project& p);
void drawCompleteForm(ScreenContext& ctx, const Project& p);
void drawRating(ScreenContext& ctx, const Project& p);
void drawFlagsAndAwards(ScreenContext& ctx, const Project& p);
void drawProjectHistory(const Project& p);

// Stores the records of an applied step as one action. A refused step, or a workspace that refuses to
// write, leaves *error with the reason in the user's language (also kept as the last refusal); true when
// stored.
bool storeProjectChange(ScreenContext& ctx, const ProjectChange& change, std::string* error);

// Shared labels and pieces, in their own namespace so that their short names never meet another screen's
// helpers at link time. The Projects files use them with `using namespace project_ui;`.
namespace project_ui {

std::string projectStatusLabel(ProjectStatus s);
std::string unitName(const ScreenContext& ctx, const std::string& id);
std::string yuanLabel(std::int64_t fen);  // "1234.50 元" / "¥1234.50"
// The text cut to fit `width` pixels, with "…" when cut (whole characters only).
std::string ellipsized(const std::string& text, float width);
// A form row's label, aligned with the input that follows on the same line at x = labelWidth.
void formLabel(const char* key, float labelWidth);
// The x where inputs start after the widest of these labels (call at the start of a line).
float labelWidthOf(std::initializer_list<const char*> keys);

}  // namespace project_ui

}  // namespace gj::ui
