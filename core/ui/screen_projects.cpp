// Projects 项目: on the left the matched needs waiting to be claimed (待领办) and the project list with filters
// and sortable columns; on the right the claim form or the selected project's detail with its timeline and
// the steps of the loop (progress, completion, satisfaction, flags and awards).
#include <algorithm>
#include <set>

#include <imgui.h>

#include "ui/project_screen.h"
#include "ui/projects_state.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

using namespace project_ui;

ProjectsUi& projectsUi() {
  static ProjectsUi ui;
  return ui;
}

Json projectsState() {
  const ProjectsUi& ui = projectsUi();
  const Project* p = ui.rowsWorkspace ? ui.rowsWorkspace->dataset().find<Project>(ui.selected) : nullptr;
  return Json{{"selected", ui.selected},
              {"status", p ? std::string(enumName(p->status)) : ""},
              {"leadUnit", p ? p->lead_unit : ""},
              {"progress", p ? p->progressPercent() : 0},
              {"claiming", ui.claiming},
              {"toClaim", ui.toClaim.size()},
              {"refusal", ui.refusalKey},
              {"message", ui.refusalText}};
}

void refreshProjectRows(ScreenContext& ctx, ProjectsUi& ui) {
  const std::uint64_t version = ctx.workspace->version();
  if (ctx.workspace == ui.rowsWorkspace && version == ui.rowsVersion && ui.filter == ui.rowsFilter &&
      ui.sort == ui.rowsSort)
    return;
  ui.rows.clear();
  for (const std::string& id : listProjects(ctx.data(), ui.filter, ui.sort))
    ui.rows.push_back(ctx.data().find<Project>(id));
  ui.toClaim = needsToClaim(ctx.data());
  std::set<std::string, IdLess> leads;
  for (const auto& [id, p] : ctx.data().projects())
    if (!p.lead_unit.empty()) leads.insert(p.lead_unit);
  if (!ui.filter.lead.empty()) leads.insert(ui.filter.lead);  // a liaison's own unit (Settings), even before it leads one
  ui.leads.assign(leads.begin(), leads.end());
  ui.rowsWorkspace = ctx.workspace;
  ui.rowsVersion = version;
  ui.rowsFilter = ui.filter;
  ui.rowsSort = ui.sort;
}

namespace {

// Once, when nothing is selected: the first project in progress (by id), so the panel shows a live project.
void chooseDefault(ScreenContext& ctx, ProjectsUi& ui) {
  if (ui.defaultChosen || !ui.selected.empty() || !ui.claiming.empty()) return;
  ui.defaultChosen = true;
  for (const auto& [id, p] : ctx.data().projects())
    if (p.status == ProjectStatus::in_progress) {
      ui.selected = id;
      return;
    }
}

}  // namespace

void drawProjects(ScreenContext& ctx) {
  ProjectsUi& ui = projectsUi();
  screenHeader(ctx, Screen::projects);
  refreshProjectRows(ctx, ui);
  chooseDefault(ctx, ui);

  const bool panel = !ui.claiming.empty() || !ui.selected.empty();
  const float panelWidth = panel ? std::max(440.0f, ImGui::GetContentRegionAvail().x * 0.42f) : 0.0f;
  ImGui::BeginChild("##proj.left", ImVec2(panel ? -panelWidth - 12 : 0, 0));
  drawToClaim(ctx, ui);
  ImGui::Spacing();
  drawProjectFilters(ctx, ui);
  refreshProjectRows(ctx, ui);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::Text(tr("proj.count"), static_cast<int>(ui.rows.size()), static_cast<int>(ctx.data().projects().size()));
  ImGui::PopStyleColor();
  ctx.widgets.markLastItem("proj.count");
  drawProjectTable(ctx, ui);
  ImGui::EndChild();
  if (!panel) return;

  ImGui::SameLine(0, 12);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kCardBg);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 12));
  ImGui::BeginChild("##proj.panel", ImVec2(0, 0), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
  if (!ui.claiming.empty())
    drawClaimForm(ctx, ui);
  else
    drawProjectDetail(ctx, ui);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

}  // namespace gj::ui
