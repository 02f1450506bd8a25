// The ranking: district units by total (sortable by any column, every order total), each aspect's score in the
// colour of where it comes from with the raw value on hover; then the units with too few residents' ratings,
// listed apart with their count, and the paired city units for reference.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "ui/assess_screen.h"
#include "ui/form_widgets.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

using namespace assess_ui;

namespace {

float unitColumnWidth() { return ImGui::GetFontSize() * 11; }

void scoreTooltip(const report::AspectScore& s, const report::AssessmentAspect& a) {
  if (!ImGui::IsItemHovered()) return;
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(aspectLabel(a));
  ImGui::PushStyleColor(ImGuiCol_Text, sourceColour(s.source));
  ImGui::TextUnformatted(shownMessage(report::scoreSourceName(s.source)).c_str());
  ImGui::PopStyleColor();
  ImGui::Text(tr("assess.tip.prefilled"), s.prefilled, rawValueText(s).c_str());
  if (s.communities > 0) ImGui::Text(tr("assess.tip.communities"), s.community_mean, s.communities);
  ImGui::EndTooltip();
}

void scoreCell(const report::AspectScore& s, const report::AssessmentAspect& a) {
  ImGui::PushStyleColor(ImGuiCol_Text, sourceColour(s.source));
  if (s.source == report::ScoreSource::insufficient_sample)
    ImGui::TextUnformatted("—");
  else
    ImGui::Text("%d", s.score);
  ImGui::PopStyleColor();
  scoreTooltip(s, a);
}

// Headers are drawn with a narrower frame padding than the theme's, so the room a sortable table's header keeps
// for its sort arrow (font size * 0.65 + frame padding, in every header) does not widen every column.
float headerFramePaddingX() { return ImGui::GetStyle().CellPadding.x * 0.5f; }

// A fixed column's width: its header in full (with the sort arrow's room when the table is sortable) and its
// widest content.
float fittedColumnWidth(const char* header, const char* widestContent, bool sortable) {
  const float arrow = sortable ? std::floor(ImGui::GetFontSize() * 0.65f + headerFramePaddingX()) : 0.0f;
  const float head = ImGui::CalcTextSize(header, nullptr, true).x + arrow - ImGui::GetStyle().CellPadding.x;
  return std::ceil(std::max(head, ImGui::CalcTextSize(widestContent).x)) + 1;
}

// The 8 aspect columns' width: the widest short name in full (a score is at most "100").
float aspectColumnWidth(bool sortable) {
  float width = 0;
  for (const auto& a : report::assessmentAspects())
    width = std::max(width, fittedColumnWidth(tr(std::string("assess.short.") + a.id), "100", sortable));
  return width;
}

// The outer width to give a table of fixed columns: 0 (the panel's width) when they fit, otherwise their whole
// width, so the ranking panel scrolls sideways instead of cutting the last columns off.
float tableOuterWidth(float columnWidths, int columns) {
  const float needed = columnWidths + static_cast<float>(columns) * 2 * ImGui::GetStyle().CellPadding.x;
  return needed > ImGui::GetContentRegionAvail().x ? needed : 0.0f;
}

// The 8 aspect columns' headers: short names, the whole name and weight on hover.
void setupAspectColumns(const AssessUi& ui, bool sortable) {
  const float width = aspectColumnWidth(sortable);
  int i = 0;
  for (const auto& a : report::assessmentAspects()) {
    const std::string label = std::string(tr(std::string("assess.short.") + a.id)) + "##" + a.id;
    ImGui::TableSetupColumn(label.c_str(), ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending,
                            width, static_cast<ImGuiID>(3 + i++));
  }
  (void)ui;
}

void headersWithTips(const AssessUi& ui, int firstAspectColumn) {
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(headerFramePaddingX(), ImGui::GetStyle().FramePadding.y));
  const int columns = ImGui::TableGetColumnCount();
  for (int c = 0; c < columns; ++c) {
    if (!ImGui::TableSetColumnIndex(c)) continue;
    ImGui::TableHeader(ImGui::TableGetColumnName(c));
    const int i = c - firstAspectColumn;
    if (i >= 0 && i < 8 && ImGui::IsItemHovered()) {
      const auto& a = report::assessmentAspects()[static_cast<std::size_t>(i)];
      ImGui::SetTooltip(tr("assess.tip.weight"), aspectLabel(a), ui.weights.by_aspect.count(a.id) ? ui.weights.by_aspect.at(a.id) : 0);
    }
  }
  ImGui::PopStyleVar();
}

void drawRanked(ScreenContext& ctx, AssessUi& ui) {
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_SizingFixedFit;
  const float rankWidth = fittedColumnWidth(tr("assess.col.rank"), "999", true);
  const float totalWidth = fittedColumnWidth(tr("assess.col.total"), "100.00", true);
  const float outer = tableOuterWidth(rankWidth + unitColumnWidth() + totalWidth + 8 * aspectColumnWidth(true), 11);
  if (!ImGui::BeginTable("##assess.ranked", 11, kFlags, ImVec2(outer, 0))) return;
  ImGui::TableSetupColumn(tr("assess.col.rank"), ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_DefaultSort,
                          rankWidth, 0);
  ImGui::TableSetupColumn(tr("assess.col.unit"), ImGuiTableColumnFlags_WidthFixed, unitColumnWidth(), 1);
  ImGui::TableSetupColumn(tr("assess.col.total"),
                          ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending, totalWidth, 2);
  setupAspectColumns(ui, true);
  headersWithTips(ui, 3);
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
    if (specs->SpecsCount > 0) {
      ui.sort.column = static_cast<int>(specs->Specs[0].ColumnUserID);
      ui.sort.ascending = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
    }
    specs->SpecsDirty = false;
    ui.shown = sortAssessed(ui.result.ranked, ui.sort);
  }
  for (const report::AssessedUnit* u : ui.shown) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::Text("%d", u->rank);
    ImGui::TableNextColumn();
    clippedCell(u->name);
    ctx.widgets.markLastItem("assess.rank.unit." + u->unit);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(report::totalText(u->total_x100).c_str());
    for (std::size_t i = 0; i < u->aspects.size(); ++i) {
      ImGui::TableNextColumn();
      scoreCell(u->aspects[i], report::assessmentAspects()[i]);
    }
  }
  ImGui::EndTable();
  ctx.widgets.markLastItem("assess.ranking.table");
}

void drawInsufficient(ScreenContext& ctx, const AssessUi& ui) {
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrandDark);
  ImGui::Text(tr("assess.insufficient.title"), static_cast<int>(ui.result.insufficient.size()));
  ImGui::PopStyleColor();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextWrapped("%s", tr("assess.insufficient.about"));
  ImGui::PopStyleColor();
  if (ui.result.insufficient.empty()) return;
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("##assess.insufficient", 4, kFlags)) return;
  const float em = ImGui::GetFontSize();
  ImGui::TableSetupColumn(tr("assess.col.unit"), ImGuiTableColumnFlags_WidthFixed, unitColumnWidth());
  ImGui::TableSetupColumn(tr("assess.col.ratings"), ImGuiTableColumnFlags_WidthFixed, em * 6);
  ImGui::TableSetupColumn(tr("assess.col.mark"), ImGuiTableColumnFlags_WidthFixed, em * 9);
  ImGui::TableSetupColumn(tr("assess.col.reference_total"), ImGuiTableColumnFlags_WidthFixed, em * 8);
  ImGui::TableHeadersRow();
  for (const auto& u : ui.result.insufficient) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    clippedCell(u.name);
    ctx.widgets.markLastItem("assess.insufficient." + u.unit);
    ImGui::TableNextColumn();
    ImGui::Text(tr("assess.ratings_of"), u.aspects.back().samples, report::kMinSatisfactionRatings);
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
    ImGui::TextUnformatted(tr("assess.mark.insufficient"));
    ImGui::PopStyleColor();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(report::totalText(u.total_x100).c_str());
  }
  ImGui::EndTable();
}

void drawCityUnits(ScreenContext& ctx, const AssessUi& ui) {
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrandDark);
  ImGui::Text(tr("assess.city.title"), static_cast<int>(ui.result.city_units.size()));
  ImGui::PopStyleColor();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextWrapped("%s", tr("assess.city.about"));
  ImGui::PopStyleColor();
  if (ui.result.city_units.empty()) return;
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
  const float em = ImGui::GetFontSize();
  const float totalWidth = fittedColumnWidth(tr("assess.col.reference_total"), "100.00", false);
  const float outer = tableOuterWidth(unitColumnWidth() + em * 3 + totalWidth + 8 * aspectColumnWidth(false), 10);
  if (!ImGui::BeginTable("##assess.city", 10, kFlags, ImVec2(outer, 0))) return;
  ImGui::TableSetupColumn(tr("assess.col.unit"), ImGuiTableColumnFlags_WidthFixed, unitColumnWidth() + em * 3);
  ImGui::TableSetupColumn(tr("assess.col.reference_total"), ImGuiTableColumnFlags_WidthFixed, totalWidth);
  setupAspectColumns(ui, false);
  headersWithTips(ui, 2);
  for (const auto& u : ui.result.city_units) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    clippedCell(u.name);
    ctx.widgets.markLastItem("assess.city." + u.unit);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(report::totalText(u.total_x100).c_str());
    for (std::size_t i = 0; i < u.aspects.size(); ++i) {
      ImGui::TableNextColumn();
      scoreCell(u.aspects[i], report::assessmentAspects()[i]);
    }
  }
  ImGui::EndTable();
}

}  // namespace

void drawAssessRanking(ScreenContext& ctx, AssessUi& ui) {
  drawSourceLegend();
  ImGui::BeginChild("##assess.ranking", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
  if (!ui.result.error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
    ImGui::TextWrapped("%s", shownMessage(ui.result.error).c_str());
    ImGui::PopStyleColor();
  }
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrandDark);
  ImGui::Text(tr("assess.ranked.title"), static_cast<int>(ui.result.ranked.size()));
  ImGui::PopStyleColor();
  if (ui.result.ranked.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    ImGui::TextWrapped("%s", tr("assess.ranked.none"));
    ImGui::PopStyleColor();
  } else {
    drawRanked(ctx, ui);
  }
  drawInsufficient(ctx, ui);
  drawCityUnits(ctx, ui);
  ImGui::EndChild();
}

}  // namespace gj::ui
