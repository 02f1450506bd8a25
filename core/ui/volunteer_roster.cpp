// The roster: filters (unit, skill, name search) and a sortable table — name, unit, party member, skills,
// weekdays free (with hours), hours served, phone masked (138****5678; the full number never shows here).
#include <algorithm>

#include <imgui.h>

#include "domain/privacy.h"
#include "ui/form_widgets.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/volunteer_screen.h"

namespace gj::ui {

using namespace volunteer_ui;

namespace {

using Choices = std::vector<std::pair<std::string, std::string>>;

void filterCombo(ScreenContext& ctx, const char* name, const char* allKey, std::string* value, const Choices& choices) {
  std::string shown = tr(allKey);
  for (const auto& c : choices)
    if (c.first == *value) shown = c.second;
  const float cap = ImGui::GetFontSize() * 11;
  float w = ImGui::CalcTextSize(tr(allKey)).x;
  for (const auto& c : choices) {
    if (w >= cap) break;  // a district's 1,000 units need not all be measured every frame
    w = std::max(w, ImGui::CalcTextSize(c.second.c_str()).x);
  }
  ImGui::SetNextItemWidth(std::min(w, cap) + ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetFrameHeight());
  if (ImGui::BeginCombo((std::string("##vol.filter.") + name).c_str(), shown.c_str())) {
    if (ImGui::Selectable(tr(allKey), value->empty())) *value = "";
    for (const auto& c : choices) {
      if (ImGui::Selectable(c.second.c_str(), *value == c.first)) *value = c.first;
      ctx.widgets.markLastItem(std::string("vol.filter.") + name + "." + c.first);
    }
    ImGui::EndCombo();
  }
  ctx.widgets.markLastItem(std::string("vol.filter.") + name);
}

constexpr VolunteerColumn kColumns[] = {VolunteerColumn::name,     VolunteerColumn::unit,  VolunteerColumn::party,
                                        VolunteerColumn::skills,   VolunteerColumn::weekdays, VolunteerColumn::hours};
constexpr const char* kColumnKeys[] = {"vol.col.name", "vol.col.unit", "vol.col.party", "vol.col.skills",
                                       "vol.col.weekdays", "vol.col.hours", "vol.col.phone"};
constexpr int kColumnCount = 7;

}  // namespace

void drawVolunteerFilters(ScreenContext& ctx, VolunteersUi& ui) {
  filterCombo(ctx, "unit", "vol.all_units", &ui.filter.unit, ui.units);
  ImGui::SameLine();
  Choices skills;
  for (const auto& s : ui.skills) skills.emplace_back(s, categoryLabel(ctx, s));
  filterCombo(ctx, "skill", "vol.all_skills", &ui.filter.skill, skills);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(std::max(120.0f, ImGui::GetContentRegionAvail().x));
  ImGui::InputTextWithHint("##vol.search", tr("vol.search_hint"), ui.search, sizeof ui.search);
  ctx.widgets.markLastItem("vol.search");
}

void drawVolunteerRoster(ScreenContext& ctx, VolunteersUi& ui) {
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                     ImGuiTableFlags_ScrollX | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable;
  if (!ImGui::BeginTable("##volunteers", kColumnCount, kFlags)) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  const float em = ImGui::GetFontSize();
  const float widths[kColumnCount] = {em * 4, em * 7, em * 2, em * 6, em * 5.5f, em * 5, ImGui::CalcTextSize("138****5678").x};
  for (int i = 0; i < kColumnCount; ++i) {
    ImGuiTableColumnFlags f = ImGuiTableColumnFlags_WidthFixed;
    if (i == 0) f |= ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_NoHide;
    if (i == kColumnCount - 1) f |= ImGuiTableColumnFlags_NoSort;
    ImGui::TableSetupColumn(tr(kColumnKeys[i]), f, std::max(widths[i], ImGui::CalcTextSize(tr(kColumnKeys[i])).x + em),
                            static_cast<ImGuiID>(i));
  }
  ImGui::TableHeadersRow();
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
    if (specs->SpecsCount > 0 && specs->Specs[0].ColumnUserID < 6) {
      ui.sort.column = kColumns[specs->Specs[0].ColumnUserID];
      ui.sort.descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    }
    specs->SpecsDirty = false;
  }
  refreshVolunteers(ctx, ui);

  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(ui.rows.size()));
  while (clipper.Step())
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const Volunteer* v = ctx.data().find<Volunteer>(ui.rows[static_cast<std::size_t>(row)]);
      if (!v) continue;
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushID(v->id.c_str());
      if (ImGui::Selectable(v->name.c_str(), ui.selected == v->id, ImGuiSelectableFlags_SpanAllColumns)) ui.selected = v->id;
      if (ImGui::IsItemVisible()) ctx.widgets.markLastItem("vol.row." + v->id);
      ImGui::PopID();
      ImGui::TableNextColumn();
      const Unit* u = ctx.data().find<Unit>(v->unit);
      clippedCell(u ? u->name : v->unit);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(v->party_member ? tr("vol.party_yes") : "—");
      ImGui::TableNextColumn();
      clippedCell(skillsLabel(ctx, *v));
      ImGui::TableNextColumn();
      clippedCell(weekdaysLabel(*v));
      ImGui::TableNextColumn();
      auto it = ui.minutes.find(v->id);
      ImGui::TextUnformatted(hoursLabel(it == ui.minutes.end() ? 0 : it->second).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(maskedPhone(v->phone).c_str());
    }
  ImGui::EndTable();
  ctx.widgets.markLastItem("vol.table");
}

}  // namespace gj::ui
