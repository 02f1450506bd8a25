// Needs 需求: the need list with filters, search and sortable columns on the left (clipped, so 100,000
// rows draw only what is visible), and on the right the intake form or the selected need's detail.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "domain/need_lifecycle.h"
#include "ui/edit_stamp.h"
#include "ui/needs_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

NeedsState& needsState() {
  static NeedsState state;
  return state;
}

std::string needStatusLabel(NeedStatus s) { return inLang(needStatusName(s)); }

std::string targetGroupLabel(TargetGroup g) { return tr(std::string("group.") + std::string(enumName(g))); }

namespace {

// One filter combo: "all" first, then the choices; returns true when the choice changed.
bool filterCombo(ScreenContext& ctx, const char* id, const char* allKey, std::string* value,
                 const std::vector<std::pair<std::string, std::string>>& choices, float width) {
  std::string shown = tr(allKey);
  for (const auto& c : choices)
    if (c.first == *value) shown = c.second;
  bool changed = false;
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo(id, shown.c_str())) {
    if (ImGui::Selectable(tr(allKey), value->empty())) *value = "", changed = true;
    for (const auto& c : choices)
      if (ImGui::Selectable(c.second.c_str(), *value == c.first)) *value = c.first, changed = true;
    ImGui::EndCombo();
  }
  ctx.widgets.markLastItem(std::string("needs.filter.") + (id + 2));
  return changed;
}

void drawFilters(ScreenContext& ctx, NeedsState& st) {
  const float w = 168;
  std::vector<std::pair<std::string, std::string>> communities;
  for (const auto& [id, c] : ctx.data().communities()) communities.emplace_back(id, c.name);
  filterCombo(ctx, "##community", "needs.all_communities", &st.filter.community, communities, w);

  ImGui::SameLine();
  std::vector<std::pair<std::string, std::string>> categories{{"-", tr("needs.unclassified")}};
  for (const auto& c : ctx.taxonomy.categories) categories.emplace_back(c.id, categoryLabel(ctx, c.id));
  filterCombo(ctx, "##category", "needs.all_categories", &st.filter.category, categories, w);

  ImGui::SameLine();
  std::string status = st.filter.openOnly ? "open" : st.filter.status ? std::string(enumName(*st.filter.status)) : "";
  std::vector<std::pair<std::string, std::string>> statuses{{"open", tr("needs.open")}};
  for (std::size_t i = 0; i < enumCount<NeedStatus>(); ++i) {
    auto s = static_cast<NeedStatus>(i);
    statuses.emplace_back(std::string(enumName(s)), needStatusLabel(s));
  }
  if (filterCombo(ctx, "##status", "needs.all_statuses", &status, statuses, w)) {
    st.filter.openOnly = status == "open";
    st.filter.status = status.empty() || status == "open" ? std::nullopt : parseEnum<NeedStatus>(status);
  }

  ImGui::SameLine();
  std::string urgency = st.filter.minUrgency > 1 ? std::to_string(st.filter.minUrgency) : "";
  std::vector<std::pair<std::string, std::string>> urgencies;
  for (int u = 2; u <= 5; ++u) {
    char label[64];
    std::snprintf(label, sizeof label, tr("needs.urgency_at_least"), u);
    urgencies.emplace_back(std::to_string(u), label);
  }
  if (filterCombo(ctx, "##urgency", "needs.any_urgency", &urgency, urgencies, w))
    st.filter.minUrgency = urgency.empty() ? 1 : std::stoi(urgency);

  ImGui::SameLine();
  ImGui::SetNextItemWidth(std::max(120.0f, ImGui::GetContentRegionAvail().x - 150));
  if (ImGui::InputTextWithHint("##search", tr("needs.search"), st.search, sizeof st.search)) st.filter.text = st.search;
  ctx.widgets.markLastItem("needs.search");

  ImGui::SameLine();
  if (ImGui::Button(tr("needs.new"), ImVec2(-1, 0))) {
    st.intakeOpen = true;
    st.selected.clear();
  }
  ctx.widgets.markLastItem("needs.new");
}

void refreshRows(ScreenContext& ctx, NeedsState& st) {
  const std::uint64_t version = ctx.workspace->version();
  if (ctx.workspace == st.rowsWorkspace && version == st.rowsVersion && st.filter == st.rowsFilter &&
      st.sort == st.rowsSort)
    return;
  st.rows.clear();
  for (const std::string& id : listNeeds(ctx.data(), st.filter, st.sort)) st.rows.push_back(ctx.data().find<Need>(id));
  st.rowsWorkspace = ctx.workspace;
  st.rowsVersion = version;
  st.rowsFilter = st.filter;
  st.rowsSort = st.sort;
}

constexpr NeedColumn kColumns[] = {NeedColumn::id,     NeedColumn::reported, NeedColumn::community,
                                   NeedColumn::category, NeedColumn::status, NeedColumn::urgency,
                                   NeedColumn::people};
constexpr const char* kColumnKeys[] = {"needs.col.id",     "needs.col.reported", "needs.col.community",
                                       "needs.col.category", "needs.col.status", "needs.col.urgency",
                                       "needs.col.people"};

void drawTable(ScreenContext& ctx, NeedsState& st) {
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                     ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable |
                                     ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##needs", 8, kFlags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  // Fixed columns as wide as their widest value or header, so no cell is cut; the text takes the rest.
  float widths[7] = {ImGui::CalcTextSize("need/100000").x, ImGui::CalcTextSize("2024-07-05").x, 0, 0, 0, 0, 0};
  for (const auto& [id, c] : ctx.data().communities()) widths[2] = std::max(widths[2], ImGui::CalcTextSize(c.name.c_str()).x);
  for (const auto& c : ctx.taxonomy.categories)
    widths[3] = std::max(widths[3], ImGui::CalcTextSize(categoryLabel(ctx, c.id).c_str()).x);
  for (std::size_t i = 0; i < enumCount<NeedStatus>(); ++i)
    widths[4] = std::max(widths[4], ImGui::CalcTextSize(needStatusLabel(static_cast<NeedStatus>(i)).c_str()).x);
  const float arrow = ImGui::GetFontSize();  // room for the sort arrow
  for (int i = 0; i < 7; ++i) {
    ImGuiTableColumnFlags f = ImGuiTableColumnFlags_WidthFixed;
    if (kColumns[i] == NeedColumn::reported) f |= ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending;
    const float width = std::max(widths[i], ImGui::CalcTextSize(tr(kColumnKeys[i])).x + arrow);
    ImGui::TableSetupColumn(tr(kColumnKeys[i]), f, width, static_cast<ImGuiID>(i));
  }
  ImGui::TableSetupColumn(tr("needs.col.text"), ImGuiTableColumnFlags_NoSort | ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
    if (specs->SpecsCount > 0) {
      st.sort.column = kColumns[specs->Specs[0].ColumnUserID];
      st.sort.descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    }
    specs->SpecsDirty = false;
  }
  refreshRows(ctx, st);

  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(st.rows.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const Need* n = st.rows[row];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushID(row);
      if (ImGui::Selectable(n->id.c_str(), st.selected == n->id, ImGuiSelectableFlags_SpanAllColumns)) {
        st.selected = n->id;
        st.intakeOpen = false;
      }
      if (row < 20) ctx.widgets.markLastItem("needs.row." + n->id);
      ImGui::PopID();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(n->reported.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(communityName(ctx, n->community).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(n->category.empty() ? "—" : categoryLabel(ctx, n->category).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(needStatusLabel(n->status).c_str());
      ImGui::TableNextColumn();
      if (n->urgency >= 4) ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
      ImGui::Text("%d", n->urgency);
      if (n->urgency >= 4) ImGui::PopStyleColor();
      ImGui::TableNextColumn();
      ImGui::Text("%d", n->people_affected);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(n->text.c_str());
      if (ImGui::IsItemHovered() && ImGui::CalcTextSize(n->text.c_str()).x > ImGui::GetColumnWidth()) {
        ImGui::BeginTooltip();  // the whole text of a cut cell
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
        ImGui::TextUnformatted(n->text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
      }
    }
  }
  ImGui::EndTable();
}

}  // namespace

void drawNeeds(ScreenContext& ctx) {
  NeedsState& st = needsState();
  screenHeader(ctx, Screen::needs);
  drawFilters(ctx, st);
  refreshRows(ctx, st);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::Text(tr("needs.count"), static_cast<int>(st.rows.size()), static_cast<int>(ctx.data().needs().size()));
  ImGui::PopStyleColor();
  ctx.widgets.markLastItem("needs.count");

  const bool panel = st.intakeOpen || !st.selected.empty();
  const float panelWidth = panel ? std::max(420.0f, ImGui::GetContentRegionAvail().x * 0.4f) : 0.0f;
  ImGui::BeginChild("##needs.list", ImVec2(panel ? -panelWidth - 12 : 0, 0));
  drawTable(ctx, st);
  ImGui::EndChild();
  if (!panel) return;
  ImGui::SameLine(0, 12);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kCardBg);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 12));
  ImGui::BeginChild("##needs.panel", ImVec2(0, 0), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
  if (st.intakeOpen) {
    std::string stored = drawNeedIntake(ctx);
    if (!stored.empty()) {
      st.intakeOpen = false;
      st.selected = stored;
    }
  } else {
    drawNeedDetail(ctx, st.selected);
  }
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

Json needsStateJson(const ScreenContext& ctx) {
  const NeedsState& st = needsState();
  Json j = {{"selected", st.selected}, {"intakeOpen", st.intakeOpen}, {"rows", st.rows.size()}};
  if (const Need* n = ctx.workspace ? ctx.data().find<Need>(st.selected) : nullptr) {
    j["status"] = std::string(enumName(n->status));
    j["category"] = n->category;
    j["matchedUnit"] = n->matched_unit;
    j["community"] = n->community;
  }
  return j;
}

}  // namespace gj::ui
