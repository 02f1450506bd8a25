// Resources 资源: the resource list (三张清单之一) with filters by unit, kind and category and sortable
// columns, each row with the owning unit's project slots, used and left in the chosen quarter — the same
// figures the matcher plans with (match/unit_load.h). On the right, the form to add or edit a resource.
#include <algorithm>
#include <cstdio>
#include <vector>

#include <imgui.h>

#include "ui/form_widgets.h"
#include "ui/resource_form.h"
#include "ui/resource_list.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/unit_quarter.h"

namespace gj::ui {

namespace {

struct ResourcesState {
  ResourceFilter filter;
  ResourceSort sort;
  std::vector<const Resource*> rows;  // rebuilt when the dataset, the quarter, the filter or the sort change
  const io::Workspace* rowsWorkspace = nullptr;
  std::uint64_t rowsVersion = 0;
  Quarter rowsQuarter;
  ResourceFilter rowsFilter;
  ResourceSort rowsSort;
  std::string selected;  // resource in the form; "" with formOpen: a new one
  bool formOpen = false;
};

ResourcesState& state() {
  static ResourcesState s;
  return s;
}

// One filter combo: "all" first, then the choices; registered as res.filter.<name>.
void filterCombo(ScreenContext& ctx, const char* name, const char* allKey, std::string* value,
                 const std::vector<std::pair<std::string, std::string>>& choices, float width) {
  std::string shown = tr(allKey);
  for (const auto& c : choices)
    if (c.first == *value) shown = c.second;
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo((std::string("##res.") + name).c_str(), shown.c_str())) {
    if (ImGui::Selectable(tr(allKey), value->empty())) *value = "";
    for (const auto& c : choices)
      if (ImGui::Selectable(c.second.c_str(), *value == c.first)) *value = c.first;
    ImGui::EndCombo();
  }
  ctx.widgets.markLastItem(std::string("res.filter.") + name);
}

void drawFilters(ScreenContext& ctx, ResourcesState& st) {
  drawShownQuarterCombo(ctx, "res.quarter");
  ImGui::SameLine(0, 24);
  const float w = 200;
  std::vector<std::pair<std::string, std::string>> units;
  for (const auto& [id, u] : ctx.data().units()) units.emplace_back(id, u.name);
  filterCombo(ctx, "unit", "res.all_units", &st.filter.unit, units, std::max(w, ImGui::GetContentRegionAvail().x * 0.25f));

  ImGui::SameLine();
  std::string kind = st.filter.kind ? std::string(enumName(*st.filter.kind)) : "";
  std::vector<std::pair<std::string, std::string>> kinds;
  for (ResourceKind k : allValues<ResourceKind>()) kinds.emplace_back(std::string(enumName(k)), kindLabel(k));
  filterCombo(ctx, "kind", "res.all_kinds", &kind, kinds, 150);
  st.filter.kind = kind.empty() ? std::nullopt : parseEnum<ResourceKind>(kind);

  ImGui::SameLine();
  std::vector<std::pair<std::string, std::string>> categories;
  for (const auto& c : ctx.taxonomy.categories) categories.emplace_back(c.id, categoryLabel(ctx, c.id));
  filterCombo(ctx, "category", "res.all_categories", &st.filter.category, categories, w);

  ImGui::SameLine();
  const float newWidth = ImGui::CalcTextSize(tr("res.new")).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - newWidth));
  if (ImGui::Button(tr("res.new"))) {
    resetResourceForm();
    st.formOpen = true;
    st.selected.clear();
  }
  ctx.widgets.markLastItem("res.new");
}

void refreshRows(ScreenContext& ctx, ResourcesState& st) {
  const UnitLoads& loads = shownLoads(ctx);
  if (ctx.workspace == st.rowsWorkspace && ctx.workspace->version() == st.rowsVersion &&
      shownQuarter() == st.rowsQuarter && st.filter == st.rowsFilter && st.sort == st.rowsSort)
    return;
  st.rows.clear();
  for (const std::string& id : listResources(ctx.data(), loads, st.filter, st.sort))
    st.rows.push_back(ctx.data().find<Resource>(id));
  st.rowsWorkspace = ctx.workspace;
  st.rowsVersion = ctx.workspace->version();
  st.rowsQuarter = shownQuarter();
  st.rowsFilter = st.filter;
  st.rowsSort = st.sort;
}

struct Column {
  ResourceColumn column;
  const char* key;
  float stretch;  // > 0: a share of the free width; 0: as wide as its values or header
};

float fixedWidth(ScreenContext& ctx, ResourceColumn column) {
  float w = 0;
  switch (column) {
    case ResourceColumn::kind:
      for (ResourceKind k : allValues<ResourceKind>()) w = std::max(w, ImGui::CalcTextSize(kindLabel(k).c_str()).x);
      return w;
    case ResourceColumn::capacity:
      for (const auto& [id, r] : ctx.data().resources()) w = std::max(w, ImGui::CalcTextSize(capacityLabel(r).c_str()).x);
      return w;
    case ResourceColumn::left: return ImGui::CalcTextSize("0000 00 / 00").x;
    default: return ImGui::CalcTextSize("0000").x;
  }
}

void drawCell(ScreenContext& ctx, ResourcesState& st, const Resource& r, const match::UnitSlots& s, ResourceColumn column) {
  switch (column) {
    case ResourceColumn::unit:
      ImGui::PushID(r.id.c_str());
      if (rowSelectable(unitDisplayName(ctx, r.unit), st.formOpen && st.selected == r.id)) {
        st.selected = r.id;
        st.formOpen = true;
      }
      ctx.widgets.markLastItem("res.row." + r.id);
      ImGui::PopID();
      return;
    case ResourceColumn::title: clippedCell(r.title); return;
    case ResourceColumn::kind: ImGui::TextUnformatted(kindLabel(r.kind).c_str()); return;
    case ResourceColumn::categories: clippedCell(categoryList(ctx, r.categories)); return;
    case ResourceColumn::capacity: ImGui::TextUnformatted(capacityLabel(r).c_str()); return;
    case ResourceColumn::slots: ImGui::Text("%d", s.slots); return;
    case ResourceColumn::used: ImGui::Text("%d", s.used); return;
    case ResourceColumn::left: {
      const bool full = s.slots > 0 && s.left() == 0;
      if (full) ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
      ImGui::Text("%d", s.left());
      if (full) ImGui::PopStyleColor();
      ImGui::SameLine();
      drawLoadBar(s);
      return;
    }
  }
}

// With the form open the table keeps fewer columns, so names stay readable beside it.
void drawTable(ScreenContext& ctx, ResourcesState& st, bool compact) {
  static const std::vector<Column> kFull = {
      {ResourceColumn::unit, "res.col.unit", 1.3f},        {ResourceColumn::title, "res.col.title", 1.5f},
      {ResourceColumn::kind, "res.col.kind", 0},           {ResourceColumn::categories, "res.col.categories", 1.0f},
      {ResourceColumn::capacity, "res.col.capacity", 0},   {ResourceColumn::slots, "res.col.slots", 0},
      {ResourceColumn::used, "res.col.used", 0},           {ResourceColumn::left, "res.col.left", 0}};
  static const std::vector<Column> kCompact = {{ResourceColumn::unit, "res.col.unit", 1.0f},
                                               {ResourceColumn::title, "res.col.title", 1.0f},
                                               {ResourceColumn::capacity, "res.col.capacity", 0},
                                               {ResourceColumn::left, "res.col.left", 0}};
  const std::vector<Column>& columns = compact ? kCompact : kFull;
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                     ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable |
                                     ImGuiTableFlags_SizingStretchProp;
  const int count = static_cast<int>(columns.size());
  if (!ImGui::BeginTable(compact ? "##resources.compact" : "##resources", count, kFlags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  const float arrow = ImGui::GetFontSize();  // room for the sort arrow
  for (int i = 0; i < count; ++i) {
    const Column& c = columns[static_cast<std::size_t>(i)];
    ImGuiTableColumnFlags f = c.stretch > 0 ? ImGuiTableColumnFlags_WidthStretch : ImGuiTableColumnFlags_WidthFixed;
    if (c.column == st.sort.column) f |= ImGuiTableColumnFlags_DefaultSort;
    if (c.column == st.sort.column && st.sort.descending) f |= ImGuiTableColumnFlags_PreferSortDescending;
    const float w = c.stretch > 0 ? c.stretch : std::max(fixedWidth(ctx, c.column), ImGui::CalcTextSize(tr(c.key)).x + arrow);
    ImGui::TableSetupColumn(tr(c.key), f, w, static_cast<ImGuiID>(i));
  }
  ImGui::TableHeadersRow();
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
    if (specs->SpecsCount > 0) {
      st.sort.column = columns[specs->Specs[0].ColumnUserID].column;
      st.sort.descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    }
    specs->SpecsDirty = false;
  }
  refreshRows(ctx, st);
  const UnitLoads& loads = shownLoads(ctx);

  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(st.rows.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const Resource* r = st.rows[static_cast<std::size_t>(row)];
      const match::UnitSlots s = slotsOf(loads, r->unit);
      ImGui::TableNextRow();
      for (const Column& c : columns) {
        ImGui::TableNextColumn();
        drawCell(ctx, st, *r, s, c.column);
      }
    }
  }
  ImGui::EndTable();
}

}  // namespace

void drawResources(ScreenContext& ctx) {
  ResourcesState& st = state();
  screenHeader(ctx, Screen::resources);
  drawFilters(ctx, st);
  refreshRows(ctx, st);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::Text(tr("res.count"), static_cast<int>(st.rows.size()), static_cast<int>(ctx.data().resources().size()),
              shownQuarter().text().c_str());
  ImGui::PopStyleColor();
  ctx.widgets.markLastItem("res.count");

  if (st.formOpen && !st.selected.empty() && !ctx.data().find<Resource>(st.selected)) st.formOpen = false;
  const float panelWidth = st.formOpen ? std::max(420.0f, ImGui::GetContentRegionAvail().x * 0.36f) : 0.0f;
  ImGui::BeginChild("##res.list", ImVec2(st.formOpen ? -panelWidth - 12 : 0, 0));
  drawTable(ctx, st, st.formOpen);
  ImGui::EndChild();
  if (!st.formOpen) return;
  ImGui::SameLine(0, 12);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kCardBg);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 12));
  ImGui::BeginChild("##res.panel", ImVec2(0, 0), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
  const ResourceFormResult result = drawResourceForm(ctx, st.selected, st.filter.unit);
  if (!result.stored.empty()) st.selected = result.stored;
  if (result.closed) st.formOpen = false;
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

}  // namespace gj::ui
