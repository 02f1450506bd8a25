// The project list: filters (community, status, lead unit, featured) and a sortable, clipped table whose
// columns keep their values whole (it scrolls sideways when the panel is narrow) and whose titles are cut
// with "…" and shown whole on hover.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "ui/edit_stamp.h"
#include "ui/form_widgets.h"
#include "ui/project_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

using namespace project_ui;

namespace {

using Choices = std::vector<std::pair<std::string, std::string>>;

// One filter combo: "all" first, then the choices; returns true when the choice changed.
bool filterCombo(ScreenContext& ctx, const char* name, const char* allKey, std::string* value, const Choices& choices,
                 float width) {
  std::string shown = tr(allKey);
  for (const auto& c : choices)
    if (c.first == *value) shown = c.second;
  bool changed = false;
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo((std::string("##proj.filter.") + name).c_str(), shown.c_str())) {
    if (ImGui::Selectable(tr(allKey), value->empty())) *value = "", changed = true;
    for (const auto& c : choices)
      if (ImGui::Selectable(c.second.c_str(), *value == c.first)) *value = c.first, changed = true;
    ImGui::EndCombo();
  }
  ctx.widgets.markLastItem(std::string("proj.filter.") + name);
  return changed;
}

void tooltipIfCut(const std::string& whole, const std::string& shown) {
  if (shown == whole || !ImGui::IsItemHovered()) return;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
  ImGui::TextUnformatted(whole.c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

constexpr ProjectColumn kColumns[] = {ProjectColumn::title,  ProjectColumn::community, ProjectColumn::lead,
                                      ProjectColumn::quarter, ProjectColumn::status,  ProjectColumn::progress,
                                      ProjectColumn::funds,  ProjectColumn::problems};
constexpr const char* kColumnKeys[] = {"proj.col.title",  "proj.col.community", "proj.col.lead",
                                       "proj.col.quarter", "proj.col.status",   "proj.col.progress",
                                       "proj.col.funds",  "proj.col.problems"};
constexpr int kColumnCount = 8;

// Column widths: as wide as the widest value or header, except title and lead unit, which are capped.
void setupColumns(ScreenContext& ctx) {
  const float em = ImGui::GetFontSize();
  float widths[kColumnCount] = {em * 9, 0, em * 8, ImGui::CalcTextSize("2024Q3").x, 0, em * 5,
                                ImGui::CalcTextSize(yuanLabel(12'345'678'00).c_str()).x, ImGui::CalcTextSize("000").x};
  for (const auto& [id, c] : ctx.data().communities()) widths[1] = std::max(widths[1], ImGui::CalcTextSize(c.name.c_str()).x);
  for (std::size_t i = 0; i < enumCount<ProjectStatus>(); ++i)
    widths[4] = std::max(widths[4], ImGui::CalcTextSize(projectStatusLabel(static_cast<ProjectStatus>(i)).c_str()).x);
  const float arrow = em;  // room for the sort arrow
  for (int i = 0; i < kColumnCount; ++i) {
    ImGuiTableColumnFlags f = ImGuiTableColumnFlags_WidthFixed;
    if (kColumns[i] == ProjectColumn::quarter)
      f |= ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending;
    if (i == 0) f |= ImGuiTableColumnFlags_NoHide;
    const float width = std::max(widths[i], ImGui::CalcTextSize(tr(kColumnKeys[i])).x + arrow);
    ImGui::TableSetupColumn(tr(kColumnKeys[i]), f, width, static_cast<ImGuiID>(i));
  }
}

void drawRow(ScreenContext& ctx, ProjectsUi& ui, const Project& p) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::PushID(p.id.c_str());
  const std::string title = ellipsized(p.title, ImGui::GetContentRegionAvail().x);
  if (ImGui::Selectable(title.c_str(), ui.selected == p.id, ImGuiSelectableFlags_SpanAllColumns)) {
    ui.selected = p.id;
    ui.claiming.clear();
  }
  if (ImGui::IsItemVisible()) ctx.widgets.markLastItem("proj.row." + p.id);
  tooltipIfCut(p.title, title);
  ImGui::PopID();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(communityName(ctx, p.community).c_str());
  ImGui::TableNextColumn();
  const std::string lead = unitName(ctx, p.lead_unit), leadShown = ellipsized(lead, ImGui::GetContentRegionAvail().x);
  ImGui::TextUnformatted(leadShown.c_str());
  tooltipIfCut(lead, leadShown);
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(p.quarter ? p.quarter->text().c_str() : "—");
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(projectStatusLabel(p.status).c_str());
  ImGui::TableNextColumn();
  char percent[16];
  std::snprintf(percent, sizeof percent, "%d%%", p.progressPercent());
  labelledBar(static_cast<float>(p.progressPercent()) / 100.0f, percent, "100%", theme::kBrand);
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(yuanLabel(p.fundsSpentFen()).c_str());
  ImGui::TableNextColumn();
  if (p.status >= ProjectStatus::completed)
    ImGui::Text("%d", p.problems_solved);
  else
    ImGui::TextUnformatted("—");
}

}  // namespace

void drawProjectFilters(ScreenContext& ctx, ProjectsUi& ui) {
  // Each combo as wide as its longest choice (capped); the next filter wraps to a new line when it does not fit.
  auto widthFor = [](const char* allKey, const Choices& choices) {
    float w = ImGui::CalcTextSize(tr(allKey)).x;
    for (const auto& c : choices) w = std::max(w, ImGui::CalcTextSize(c.second.c_str()).x);
    return std::min(w, ImGui::GetFontSize() * 10) + ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetFrameHeight();
  };
  auto sameLineIfFits = [](float width) {
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
  };
  Choices communities;
  for (const auto& [id, c] : ctx.data().communities()) communities.emplace_back(id, c.name);
  filterCombo(ctx, "community", "needs.all_communities", &ui.filter.community, communities,
              widthFor("needs.all_communities", communities));

  std::string status = ui.filter.status ? std::string(enumName(*ui.filter.status)) : "";
  Choices statuses;
  for (std::size_t i = 0; i < enumCount<ProjectStatus>(); ++i) {
    auto s = static_cast<ProjectStatus>(i);
    statuses.emplace_back(std::string(enumName(s)), projectStatusLabel(s));
  }
  const float statusWidth = widthFor("needs.all_statuses", statuses);
  sameLineIfFits(statusWidth);
  if (filterCombo(ctx, "status", "needs.all_statuses", &status, statuses, statusWidth))
    ui.filter.status = status.empty() ? std::nullopt : parseEnum<ProjectStatus>(status);

  Choices leads;  // only units that lead a project
  for (const std::string& id : ui.leads) leads.emplace_back(id, unitName(ctx, id));
  const float leadWidth = widthFor("proj.all_leads", leads);
  sameLineIfFits(leadWidth);
  filterCombo(ctx, "lead", "proj.all_leads", &ui.filter.lead, leads, leadWidth);

  sameLineIfFits(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(tr("proj.featured_only")).x);
  ImGui::Checkbox(tr("proj.featured_only"), &ui.filter.featuredOnly);
  ctx.widgets.markLastItem("proj.filter.featured");
}

void drawProjectTable(ScreenContext& ctx, ProjectsUi& ui) {
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                     ImGuiTableFlags_ScrollX | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_Resizable | ImGuiTableFlags_Hideable;
  if (!ImGui::BeginTable("##projects", kColumnCount, kFlags)) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  setupColumns(ctx);
  ImGui::TableHeadersRow();
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
    if (specs->SpecsCount > 0) {
      ui.sort.column = kColumns[specs->Specs[0].ColumnUserID];
      ui.sort.descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    }
    specs->SpecsDirty = false;
  }
  refreshProjectRows(ctx, ui);

  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(ui.rows.size()));
  while (clipper.Step())
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) drawRow(ctx, ui, *ui.rows[row]);
  ImGui::EndTable();
  ctx.widgets.markLastItem("proj.table");
}

}  // namespace gj::ui
