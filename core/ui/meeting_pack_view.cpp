// The pack on screen: the street's totals, then the communities, the partner units or the stale claims. The
// figures are the quarter's or cumulative (a toggle); columns sort with a total order (ties by id); the street
// row stays on top. Selecting a row (mouse, or Up/Down) lists its projects open in the quarter below the
// table with their progress at the quarter's end and the date of their last progress.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "ui/fonts.h"
#include "ui/form_widgets.h"
#include "ui/meeting_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

using namespace meeting_ui;

namespace {

constexpr PackColumn kColumns[kPackColumnCount] = {
    PackColumn::name,  PackColumn::claimed, PackColumn::completed, PackColumn::progress, PackColumn::funds,
    PackColumn::activities, PackColumn::hours, PackColumn::served, PackColumn::problems, PackColumn::meetings,
    PackColumn::stale};
constexpr const char* kColumnKeys[kPackColumnCount] = {
    "meet.col.name",  "meet.col.claimed", "meet.col.completed", "meet.col.progress", "meet.col.funds",
    "meet.col.activities", "meet.col.hours", "meet.col.served", "meet.col.problems", "meet.col.meetings",
    "meet.col.stale"};

std::string cellText(const report::PackRow& r, PackColumn c, bool cumulative) {
  const report::PackFigures& f = cumulative ? r.cumulative : r.quarter;
  switch (c) {
    case PackColumn::funds: return wanYuan(f.funds_spent_fen);
    case PackColumn::hours: return hours(f.volunteer_minutes);
    case PackColumn::name: return r.name;
    default: return std::to_string(packValue(r, c, cumulative));
  }
}

void rightAligned(const std::string& text) {
  const float w = ImGui::CalcTextSize(text.c_str()).x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - w));
  ImGui::TextUnformatted(text.c_str());
}

void progressCell(int percent) {
  char label[16];
  std::snprintf(label, sizeof label, "%d%%", percent);
  labelledBar(static_cast<float>(percent) / 100.0f, label, "100%", theme::kBrand);
}

// The street's figures as eight tiles: label above, number below.
void drawStreetTiles(ScreenContext& ctx, const MeetingsUi& ui) {
  const report::PackFigures& f = ui.cumulative ? ui.pack.street.cumulative : ui.pack.street.quarter;
  const std::pair<const char*, std::string> tiles[] = {
      {"meet.fig.claimed", std::to_string(f.projects_claimed)},   {"meet.fig.completed", std::to_string(f.projects_completed)},
      {"meet.fig.funds", wanYuan(f.funds_spent_fen)},             {"meet.fig.activities", std::to_string(f.activities)},
      {"meet.fig.hours", hours(f.volunteer_minutes)},             {"meet.fig.served", std::to_string(f.people_served)},
      {"meet.fig.problems", std::to_string(f.problems_solved)},   {"meet.fig.meetings", std::to_string(f.meetings)}};
  if (!ImGui::BeginTable("##meet.street", 8, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerV)) return;
  ImGui::TableNextRow();
  for (const auto& tile : tiles) {
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    clippedCell(tr(tile.first));
    ImGui::PopStyleColor();
  }
  ImGui::TableNextRow();
  for (const auto& tile : tiles) {
    ImGui::TableNextColumn();
    ImGui::PushFont(font(FontRole::heading));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrandDark);
    ImGui::TextUnformatted(tile.second.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
  }
  ImGui::EndTable();
  ctx.widgets.markLastItem("meet.street");
  mutedText(tr("meet.street.counts"));  // why a unit's row may show work the street total leaves out
}

void drawScopeAndTables(ScreenContext& ctx, MeetingsUi& ui) {
  int scope = ui.cumulative ? 1 : 0;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("meet.scope"));
  ImGui::SameLine();
  if (ImGui::RadioButton(tr("meet.scope.quarter"), &scope, 0)) ui.cumulative = false;
  ctx.widgets.markLastItem("meet.scope.quarter");
  ImGui::SameLine();
  if (ImGui::RadioButton(tr("meet.scope.cumulative"), &scope, 1)) ui.cumulative = true;
  ctx.widgets.markLastItem("meet.scope.cumulative");

  // Which table: communities, units or the stale claims, each with its count.
  const std::pair<PackTable, std::string> choices[] = {
      {PackTable::communities, std::string(tr("meet.table.communities")) + " (" + std::to_string(ui.pack.communities.size()) + ")"},
      {PackTable::units, std::string(tr("meet.table.units")) + " (" + std::to_string(ui.pack.units.size()) + ")"},
      {PackTable::stale, std::string(tr("meet.table.stale")) + " (" + std::to_string(ui.pack.stale.size()) + ")"}};
  const char* names[] = {"meet.table.communities", "meet.table.units", "meet.table.stale"};
  ImGui::SameLine(0, ImGui::GetFontSize() * 2);
  for (int i = 0; i < 3; ++i) {
    const bool on = ui.table == choices[i].first;
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button(choices[i].second.c_str())) {
      if (ui.table != choices[i].first) ui.selectedRow.clear();
      ui.table = choices[i].first;
    }
    if (on) ImGui::PopStyleColor();
    ctx.widgets.markLastItem(names[i]);
    if (i < 2) ImGui::SameLine(0, 4);
  }
}

void setupColumns(const MeetingsUi& ui, const std::vector<const report::PackRow*>& rows) {
  const float em = ImGui::GetFontSize();
  float nameWidth = em * 6;
  for (const report::PackRow* r : rows) nameWidth = std::max(nameWidth, ImGui::CalcTextSize(r->name.c_str()).x);
  nameWidth = std::min(nameWidth, em * 14);
  for (int i = 0; i < kPackColumnCount; ++i) {
    ImGuiTableColumnFlags f = ImGuiTableColumnFlags_WidthFixed;
    if (i == 0) f |= ImGuiTableColumnFlags_NoHide | ImGuiTableColumnFlags_DefaultSort;
    float width = ImGui::CalcTextSize(tr(kColumnKeys[i])).x + em;  // room for the sort arrow
    if (i == 0) width = std::max(width, nameWidth);
    if (kColumns[i] == PackColumn::progress) width = std::max(width, em * 4.5f);
    if (kColumns[i] == PackColumn::funds) width = std::max(width, ImGui::CalcTextSize("1234.56").x + em);
    ImGui::TableSetupColumn(tr(kColumnKeys[i]), f, width, static_cast<ImGuiID>(i));
  }
  (void)ui;
}

void drawRow(ScreenContext& ctx, MeetingsUi& ui, const report::PackRow& r, const std::string& key, bool street) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::PushID(key.c_str());
  if (street) ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrandDark);
  ImGui::AlignTextToFramePadding();  // on the same baseline as the progress bar's and the numbers' text
  if (ImGui::Selectable(street ? tr("meet.street_row") : r.name.c_str(), ui.selectedRow == key,
                        ImGuiSelectableFlags_SpanAllColumns))
    ui.selectedRow = ui.selectedRow == key ? "" : key;  // a second click closes the row's projects
  if (street) ImGui::PopStyleColor();
  if (ImGui::IsItemVisible()) ctx.widgets.markLastItem("meet.row." + key);
  if (!street && ImGui::IsItemHovered() && ImGui::CalcTextSize(r.name.c_str()).x > ImGui::GetColumnWidth(0))
    ImGui::SetTooltip("%s", r.name.c_str());
  ImGui::PopID();
  for (int i = 1; i < kPackColumnCount; ++i) {
    ImGui::TableNextColumn();
    if (kColumns[i] == PackColumn::progress)
      progressCell(r.progress_average);
    else
      rightAligned(cellText(r, kColumns[i], ui.cumulative));
  }
}

// Up / Down move the selection through the rows as shown while the table has the keyboard.
void rowKeys(MeetingsUi& ui, const std::vector<const report::PackRow*>& rows) {
  if (ImGui::GetIO().WantTextInput || !ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) return;
  const bool up = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow));
  const bool down = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow));
  if (!up && !down) return;
  std::vector<std::string> keys{"street"};
  for (const report::PackRow* r : rows) keys.push_back(r->id);
  auto at = std::find(keys.begin(), keys.end(), ui.selectedRow);
  std::ptrdiff_t i = at == keys.end() ? -1 : at - keys.begin();
  i = down ? std::min<std::ptrdiff_t>(i + 1, static_cast<std::ptrdiff_t>(keys.size()) - 1) : std::max<std::ptrdiff_t>(i - 1, 0);
  ui.selectedRow = keys[static_cast<std::size_t>(i)];
}

void drawFiguresTable(ScreenContext& ctx, MeetingsUi& ui, float height) {
  const std::vector<const report::PackRow*> rows = shownPackRows(ui);
  // A table with ScrollX is a child window: it always gets a height (what its rows need, up to `height`).
  const bool scrolls = true;
  const ImGuiTableFlags kFlags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX |
                                 (scrolls ? ImGuiTableFlags_ScrollY : 0) | ImGuiTableFlags_BordersInnerH |
                                 ImGuiTableFlags_Resizable;
  const char* id = ui.table == PackTable::communities ? "##meet.communities" : "##meet.units";
  if (!ImGui::BeginTable(id, kPackColumnCount, kFlags, ImVec2(0, scrolls ? height : 0.0f))) return;
  ImGui::TableSetupScrollFreeze(1, 2);  // the header and the street row stay in view
  setupColumns(ui, rows);
  ImGui::TableHeadersRow();
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
    if (specs->SpecsCount > 0) {
      ui.sort.column = kColumns[specs->Specs[0].ColumnUserID];
      ui.sort.descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    }
    specs->SpecsDirty = false;
  }
  const std::vector<const report::PackRow*> sorted = shownPackRows(ui);  // the sort may have just changed
  rowKeys(ui, sorted);
  drawRow(ctx, ui, ui.pack.street, "street", true);
  for (const report::PackRow* r : sorted) drawRow(ctx, ui, *r, r->id, false);  // tens of rows: no clipper needed
  ImGui::EndTable();
  ctx.widgets.markLastItem(ui.table == PackTable::communities ? "meet.communities" : "meet.units");
}

const report::PackRow* selectedPackRow(const MeetingsUi& ui) {
  if (ui.selectedRow == "street") return &ui.pack.street;
  for (const auto* rows : {&ui.pack.communities, &ui.pack.units})
    for (const report::PackRow& r : *rows)
      if (r.id == ui.selectedRow) return &r;
  return nullptr;
}

void drawRowProjects(ScreenContext& ctx, MeetingsUi& ui) {
  const report::PackRow* row = selectedPackRow(ui);
  if (!row) {
    mutedText(tr("meet.projects.pick"));
    return;
  }
  char title[256];
  std::snprintf(title, sizeof title, tr("meet.projects.title"),
                row == &ui.pack.street ? tr("meet.street_row") : row->name.c_str(), static_cast<int>(row->projects.size()),
                row->progress_average);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrandDark);
  ImGui::TextUnformatted(title);
  ImGui::PopStyleColor();
  ctx.widgets.markLastItem("meet.projects.title");
  if (row->projects.empty()) {
    mutedText(tr("meet.projects.none"));
    return;
  }
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_Resizable;
  if (!ImGui::BeginTable("##meet.projects", 7, kFlags, ImVec2(0, 0))) return;
  const float em = ImGui::GetFontSize();
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr("meet.pcol.title"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn(tr("meet.pcol.lead"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableSetupColumn(tr("meet.pcol.status"), ImGuiTableColumnFlags_WidthFixed, em * 4.5f);
  ImGui::TableSetupColumn(tr("meet.pcol.progress"), ImGuiTableColumnFlags_WidthFixed, em * 7);
  ImGui::TableSetupColumn(tr("meet.pcol.last"), ImGuiTableColumnFlags_WidthFixed,
                          std::max(ImGui::CalcTextSize("2024-07-05").x, ImGui::CalcTextSize(tr("meet.pcol.last")).x) + 8);
  ImGui::TableSetupColumn(tr("meet.pcol.funds_q"), ImGuiTableColumnFlags_WidthFixed,
                          std::max(em * 4, ImGui::CalcTextSize(tr("meet.pcol.funds_q")).x) + 8);
  ImGui::TableSetupColumn(tr("meet.pcol.funds_c"), ImGuiTableColumnFlags_WidthFixed,
                          std::max(em * 4, ImGui::CalcTextSize(tr("meet.pcol.funds_c")).x) + 8);
  ImGui::TableHeadersRow();
  for (const report::PackProject& p : row->projects) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    clippedCell(p.title);
    ctx.widgets.markLastItem("meet.project." + p.project);
    ImGui::TableNextColumn();
    clippedCell(unitName(ctx, p.lead_unit));
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(statusLabel(p.status).c_str());
    ImGui::TableNextColumn();
    progressCell(p.percent);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(p.last_progress.empty() ? "—" : p.last_progress.c_str());
    ImGui::TableNextColumn();
    rightAligned(wanYuan(p.funds_quarter_fen));
    ImGui::TableNextColumn();
    rightAligned(wanYuan(p.funds_cumulative_fen));
  }
  ImGui::EndTable();
}

}  // namespace

void drawPackView(ScreenContext& ctx, MeetingsUi& ui) {
  if (!ui.pack.error.empty()) {
    errorText(ui.pack.error.in(strings().lang() == Lang::zh ? Language::zh : Language::en));
    return;
  }
  drawStreetTiles(ctx, ui);
  ImGui::Spacing();
  drawScopeAndTables(ctx, ui);
  ImGui::Spacing();
  if (ui.table == PackTable::stale) {
    drawStaleClaims(ctx, ui);
    return;
  }
  // The table takes what its rows need, up to a little over half the room; the row's projects get the rest.
  const float rowHeight = ImGui::GetFrameHeight() + ImGui::GetStyle().CellPadding.y * 2;
  const std::size_t rows = (ui.table == PackTable::communities ? ui.pack.communities.size() : ui.pack.units.size()) + 2;
  const float scrollbar = ImGui::GetStyle().ScrollbarSize;
  const float height = std::min(rowHeight * static_cast<float>(rows) + scrollbar + 4,
                                ImGui::GetContentRegionAvail().y * 0.6f);
  drawFiguresTable(ctx, ui, height);
  ImGui::Spacing();
  drawRowProjects(ctx, ui);
}

}  // namespace gj::ui
