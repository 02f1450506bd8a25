// Units 共建单位: two tabs over the same units — the list (level, paired communities, liaison, resources,
// project slots used and left in the chosen quarter, as the matcher counts them) and their results
// (projects led by status, problems solved, funds spent, residents' satisfaction). Both sort on every column
// with ties by unit id. On the right, the selected unit's detail.
#include <algorithm>
#include <cstdio>
#include <vector>

#include <imgui.h>

#include "report/money_format.h"
#include "ui/form_widgets.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/unit_quarter.h"
#include "ui/unit_screen.h"

namespace gj::ui {

UnitsState& unitsState() {
  static UnitsState s;
  return s;
}

std::optional<Quarter> resultsQuarter(const UnitsState& st) {
  return st.resultsAllQuarters ? std::nullopt : std::optional<Quarter>(shownQuarter());
}

namespace {

void refreshRows(ScreenContext& ctx, UnitsState& st, const UnitSort& sort) {
  const UnitLoads& loads = shownLoads(ctx);
  if (ctx.workspace == st.rowsWorkspace && ctx.workspace->version() == st.rowsVersion &&
      shownQuarter() == st.rowsQuarter && st.resultsAllQuarters == st.rowsAllQuarters && sort == st.rowsSort)
    return;
  st.rows = listUnits(ctx.data(), loads, report::unitPerformance(ctx.data(), resultsQuarter(st)), sort);
  st.rowsWorkspace = ctx.workspace;
  st.rowsVersion = ctx.workspace->version();
  st.rowsQuarter = shownQuarter();
  st.rowsAllQuarters = st.resultsAllQuarters;
  st.rowsSort = sort;
}

struct Column {
  UnitColumn column;
  const char* key;
  float stretch;       // > 0: a share of the free width; 0: as wide as `sample` or the header
  const char* sample;  // widest expected value of a fixed column
};

// Sets up the columns, applies a click on a header to `sort`. Fixed columns fit their header and values.
void setupColumns(const Column* columns, int count, UnitSort* sort) {
  const float arrow = ImGui::GetFontSize();
  for (int i = 0; i < count; ++i) {
    const Column& c = columns[i];
    ImGuiTableColumnFlags f = c.stretch > 0 ? ImGuiTableColumnFlags_WidthStretch : ImGuiTableColumnFlags_WidthFixed;
    if (c.column == sort->column) f |= ImGuiTableColumnFlags_DefaultSort;
    if (c.column == sort->column && sort->descending) f |= ImGuiTableColumnFlags_PreferSortDescending;
    float sample = ImGui::CalcTextSize(c.sample).x;
    if (c.column == UnitColumn::satisfaction) {  // "too few (4)" may be wider than a share
      char text[64];
      std::snprintf(text, sizeof text, tr("units.sample_short"), 99);
      sample = std::max(sample, ImGui::CalcTextSize(text).x);
    }
    const float w = c.stretch > 0 ? c.stretch : std::max(sample, ImGui::CalcTextSize(tr(c.key)).x + arrow);
    ImGui::TableSetupColumn(tr(c.key), f, w, static_cast<ImGuiID>(i));
  }
  ImGui::TableSetupScrollFreeze(1, 1);
  ImGui::TableHeadersRow();
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
    if (specs->SpecsCount > 0) {
      sort->column = columns[specs->Specs[0].ColumnUserID].column;
      sort->descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    }
    specs->SpecsDirty = false;
  }
}

constexpr ImGuiTableFlags kTableFlags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                        ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable |
                                        ImGuiTableFlags_SizingStretchProp;

std::string communityNames(const ScreenContext& ctx, const Unit& u) {
  std::string out;
  for (const std::string& c : u.communities) out += (out.empty() ? "" : listSeparator()) + communityName(ctx, c);
  return out.empty() ? "—" : out;
}

// The first cell: the unit's name, selecting the row.
void nameCell(ScreenContext& ctx, UnitsState& st, const Unit& u, const char* rowPrefix) {
  ImGui::PushID(u.id.c_str());
  if (rowSelectable(u.name, st.selected == u.id)) st.selected = st.selected == u.id ? "" : u.id;
  ctx.widgets.markLastItem(rowPrefix + u.id);
  ImGui::PopID();
}

// One cell of a unit's row.
void drawCell(ScreenContext& ctx, UnitsState& st, const UnitRow& row, UnitColumn column, const char* rowPrefix) {
  const Unit& u = *ctx.data().find<Unit>(row.unit);
  const report::UnitPerformance& p = row.performance;
  switch (column) {
    case UnitColumn::name: nameCell(ctx, st, u, rowPrefix); return;
    case UnitColumn::level: ImGui::TextUnformatted(levelLabel(u.level).c_str()); return;
    case UnitColumn::communities: clippedCell(communityNames(ctx, u)); return;
    case UnitColumn::liaison: clippedCell(u.liaison.empty() ? "—" : u.liaison); return;
    case UnitColumn::resources: ImGui::Text("%d", row.resources); return;
    case UnitColumn::slots: ImGui::Text("%d", row.slots.slots); return;
    case UnitColumn::used: ImGui::Text("%d", row.slots.used); return;
    case UnitColumn::left: {
      const bool full = row.slots.slots > 0 && row.slots.left() == 0;
      if (full) ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
      ImGui::Text("%d", row.slots.left());
      if (full) ImGui::PopStyleColor();
      if (row.slots.slots > 0 || row.slots.used > 0) {
        ImGui::SameLine();
        drawLoadBar(row.slots);
      }
      return;
    }
    case UnitColumn::projects: ImGui::Text("%d", p.projects()); return;
    case UnitColumn::claimed: ImGui::Text("%d", p.claimed); return;
    case UnitColumn::in_progress: ImGui::Text("%d", p.in_progress); return;
    case UnitColumn::completed: ImGui::Text("%d", p.completed); return;
    case UnitColumn::evaluated: ImGui::Text("%d", p.evaluated); return;
    case UnitColumn::problems: ImGui::Text("%d", p.problems_solved); return;
    case UnitColumn::funds: ImGui::TextUnformatted(report::formatWanYuan(p.funds_fen).c_str()); return;
    case UnitColumn::satisfaction:
      if (p.insufficientSample()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        char text[64];
        std::snprintf(text, sizeof text, tr("units.sample_short"), p.ratings);
        clippedCell(text);
        ImGui::PopStyleColor();
      } else {
        ImGui::Text("%d%% (%d)", p.satisfiedPercent(), p.ratings);
      }
      return;
  }
}

// A table of the units over `columns`, sorted by `sort`.
void drawUnitTable(ScreenContext& ctx, UnitsState& st, const char* id, const std::vector<Column>& columns,
                   UnitSort* sort, const char* rowPrefix) {
  const int count = static_cast<int>(columns.size());
  if (!ImGui::BeginTable(id, count, kTableFlags)) return;
  setupColumns(columns.data(), count, sort);
  refreshRows(ctx, st, *sort);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(st.rows.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      ImGui::TableNextRow();
      for (const Column& c : columns) {
        ImGui::TableNextColumn();
        drawCell(ctx, st, st.rows[static_cast<std::size_t>(i)], c.column, rowPrefix);
      }
    }
  ImGui::EndTable();
}

// With the detail panel open the tables keep the columns the panel does not show, so names stay readable.
void drawList(ScreenContext& ctx, UnitsState& st, bool compact) {
  static const Column kName{UnitColumn::name, "units.col.name", 1.6f, ""};
  static const Column kLevel{UnitColumn::level, "units.col.level", 0, "District"};
  static const Column kSlots{UnitColumn::slots, "res.col.slots", 0, "000"};
  static const Column kUsed{UnitColumn::used, "res.col.used", 0, "000"};
  static const Column kLeft{UnitColumn::left, "res.col.left", 0, "000 00 / 00"};
  static const std::vector<Column> kFull = {kName,
                                            kLevel,
                                            {UnitColumn::communities, "units.col.communities", 1.2f, ""},
                                            {UnitColumn::liaison, "units.col.liaison", 0, "中中中中"},
                                            {UnitColumn::resources, "units.col.resources", 0, "00"},
                                            kSlots,
                                            kUsed,
                                            kLeft};
  static const std::vector<Column> kCompact = {kName, kLevel, kSlots, kUsed, kLeft};
  drawUnitTable(ctx, st, compact ? "##units.compact" : "##units", compact ? kCompact : kFull, &st.listSort,
                "units.row.");
}

void drawResults(ScreenContext& ctx, UnitsState& st, bool compact) {
  static const Column kName{UnitColumn::name, "units.col.name", 1.0f, ""};
  static const Column kProjects{UnitColumn::projects, "units.col.projects", 0, "000"};
  static const Column kProblems{UnitColumn::problems, "units.col.problems", 0, "000"};
  static const Column kFunds{UnitColumn::funds, "units.col.funds", 0, "000.00"};
  static const Column kSatisfaction{UnitColumn::satisfaction, "units.col.satisfaction", 0, "100% (000)"};
  static const std::vector<Column> kFull = {kName,
                                            kProjects,
                                            {UnitColumn::claimed, "units.col.claimed", 0, "000"},
                                            {UnitColumn::in_progress, "units.col.in_progress", 0, "000"},
                                            {UnitColumn::completed, "units.col.completed", 0, "000"},
                                            {UnitColumn::evaluated, "units.col.evaluated", 0, "000"},
                                            kProblems,
                                            kFunds,
                                            kSatisfaction};
  static const std::vector<Column> kCompact = {kName, kProjects, kProblems, kFunds, kSatisfaction};
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("units.results.scope"));
  ImGui::SameLine();
  if (ImGui::RadioButton(tr("units.results.all"), st.resultsAllQuarters)) st.resultsAllQuarters = true;
  ctx.widgets.markLastItem("units.results.all");
  ImGui::SameLine();
  char quarter[64];
  std::snprintf(quarter, sizeof quarter, tr("units.results.quarter"), shownQuarter().text().c_str());
  if (ImGui::RadioButton(quarter, !st.resultsAllQuarters)) st.resultsAllQuarters = false;
  ctx.widgets.markLastItem("units.results.quarter");
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(tr("units.results.note"));
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  drawUnitTable(ctx, st, compact ? "##units.results.compact" : "##units.results", compact ? kCompact : kFull,
                &st.resultsSort, "units.results.row.");
}

}  // namespace

void drawUnits(ScreenContext& ctx) {
  UnitsState& st = unitsState();
  screenHeader(ctx, Screen::units);
  drawShownQuarterCombo(ctx, "units.quarter");
  ImGui::SameLine(0, 24);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::PushTextWrapPos(0.0f);  // a long note wraps at the window's edge instead of running past it
  ImGui::TextUnformatted(tr("units.slots_note"));
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();

  if (!st.selected.empty() && !ctx.data().find<Unit>(st.selected)) st.selected.clear();
  const bool panel = !st.selected.empty();
  const float panelWidth = panel ? std::max(420.0f, ImGui::GetContentRegionAvail().x * 0.36f) : 0.0f;
  ImGui::BeginChild("##units.list", ImVec2(panel ? -panelWidth - 12 : 0, 0));
  if (ImGui::BeginTabBar("##units.tabs")) {
    const bool list = ImGui::BeginTabItem(tr("units.tab.list"));
    ctx.widgets.markLastItem("units.tab.list");
    if (list) {
      drawList(ctx, st, panel);
      ImGui::EndTabItem();
    }
    const bool results = ImGui::BeginTabItem(tr("units.tab.results"));
    ctx.widgets.markLastItem("units.tab.results");
    if (results) {
      drawResults(ctx, st, panel);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  ImGui::EndChild();
  if (!panel) return;
  ImGui::SameLine(0, 12);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kCardBg);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 12));
  ImGui::BeginChild("##units.panel", ImVec2(0, 0), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
  drawUnitDetail(ctx, st.selected);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

}  // namespace gj::ui
