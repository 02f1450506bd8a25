// Dashboard 概览: the article's headline figures, computed from the records (report/dashboard.h), then the
// charts per community and per quarter (with the per-community table behind a toggle), claims with no progress,
// this week's activities and the featured projects. dash_charts.h lists the files of the screen.
#include <string>

#include <imgui.h>

#include "report/money_format.h"
#include "ui/dash_charts.h"
#include "ui/fonts.h"
#include "ui/screens.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

namespace {

std::string grouped(long long n) { return groupedNumber(n); }

void figureCard(ScreenContext& ctx, const char* id, const char* labelKey, const std::string& value, float width) {
  constexpr float kHeight = 84;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kCardBg);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 14));
  ImGui::BeginChild(id, ImVec2(width, kHeight), true, ImGuiWindowFlags_NoScrollbar);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextUnformatted(tr(labelKey));
  ImGui::PopStyleColor();
  ImGui::PushFont(font(FontRole::heading));
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
  ImGui::TextUnformatted(value.c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 8);
  ImGui::TextUnformatted(tr(std::string(labelKey) + ".unit"));
  ImGui::EndChild();
  ctx.widgets.markLastItem(id);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

void headline(ScreenContext& ctx) {
  const report::DashboardFigures& f = ctx.dashboard;
  struct Card {
    const char* id;
    const char* label;
    std::string value;
  } cards[] = {
      {"dash.card.communities", "dash.communities", grouped(f.communities)},
      {"dash.card.units_paired", "dash.units_paired", grouped(f.units_paired)},
      {"dash.card.projects_claimed", "dash.projects_claimed", grouped(f.counted.projects_claimed)},
      {"dash.card.funds", "dash.funds", report::formatWanYuan(f.counted.funds_fen, 1)},
      {"dash.card.problems_solved", "dash.problems_solved", grouped(f.counted.problems_solved)},
      {"dash.card.person_times", "dash.person_times", grouped(f.counted.person_times_served)},
  };
  // Six cards in one row on a wide screen, three per row otherwise, two on a narrow one.
  float avail = ImGui::GetContentRegionAvail().x;
  float spacing = ImGui::GetStyle().ItemSpacing.x;
  int perRow = avail >= 1320 ? 6 : avail >= 660 ? 3 : 2;
  float width = (avail - spacing * static_cast<float>(perRow - 1)) / static_cast<float>(perRow);
  for (size_t i = 0; i < std::size(cards); ++i) {
    if (i % static_cast<size_t>(perRow) != 0) ImGui::SameLine();
    figureCard(ctx, cards[i].id, cards[i].label, cards[i].value, width);
  }
}

}  // namespace

void drawCommunityTable(ScreenContext& ctx) {
  ImGui::TextUnformatted(tr("dash.by_community"));
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##by_community", 6, kFlags)) return;
  for (const char* key : {"dash.col.community", "dash.col.units", "dash.col.projects", "dash.col.funds",
                          "dash.col.problems", "dash.col.person_times"})
    ImGui::TableSetupColumn(tr(key));
  ImGui::TableHeadersRow();
  for (const auto& row : ctx.dashboard.by_community) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(row.name.c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%d", row.units_paired);
    ImGui::TableNextColumn();
    ImGui::Text("%d", row.counted.projects_claimed);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(report::formatWanYuan(row.counted.funds_fen, 2).c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%d", row.counted.problems_solved);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(grouped(row.counted.person_times_served).c_str());
  }
  ImGui::EndTable();
  ctx.widgets.markLastItem("dash.community.table");
}

namespace {

void featured(ScreenContext& ctx) {
  if (ctx.dashboard.featured.empty()) return;
  ImGui::PushFont(font(FontRole::heading));
  ImGui::TextUnformatted(tr("dash.featured"));
  ImGui::PopFont();
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##featured", 5, kFlags)) return;
  for (const char* key : {"dash.col.project", "dash.col.since", "dash.col.funds", "dash.col.activities", "dash.col.people"})
    ImGui::TableSetupColumn(tr(key));
  ImGui::TableHeadersRow();
  for (const auto& row : ctx.dashboard.featured) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(row.title.c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%d", row.since_year);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(report::formatWanYuan(row.funds_fen, 2).c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%d", row.activities);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(grouped(row.people_served).c_str());
  }
  ImGui::EndTable();
}

}  // namespace

void drawDashboard(ScreenContext& ctx) {
  screenHeader(ctx, Screen::dashboard);
  if (!ctx.dataError.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
    ImGui::TextWrapped("%s %s", tr("dash.data_error"), ctx.dataError.c_str());
    ImGui::PopStyleColor();
  }
  if (ctx.data().size() == 0) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    ImGui::TextWrapped("%s", tr("dash.no_data"));
    ImGui::PopStyleColor();
    return;
  }
  headline(ctx);
  ImGui::Spacing();
  drawDashCharts(ctx);
  ImGui::Spacing();
  drawStaleClaims(ctx);
  ImGui::Spacing();
  drawWeekActivities(ctx);
  ImGui::Spacing();
  featured(ctx);
}

}  // namespace gj::ui
