// Claims with no progress for more than 30 days, counted to today in China time: the same list as the joint
// meeting's pack (report::findStaleClaims in meeting_pack.h), so both name the same projects. Recomputed when
// the dataset or the date changes, not every frame.
#include <algorithm>
#include <cstdio>
#include <vector>

#include "report/meeting_pack.h"
#include "ui/dash_charts.h"
#include "ui/edit_stamp.h"
#include "ui/form_widgets.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

namespace {

constexpr int kLongStale = 90;  // days; these show in the accent colour

struct StaleCache {
  const io::Workspace* workspace = nullptr;
  std::uint64_t version = 0;
  std::string date;
  std::vector<report::StaleClaim> rows;
};

const std::vector<report::StaleClaim>& staleRows(ScreenContext& ctx) {
  static StaleCache cache;
  std::string date = today();
  if (cache.workspace != ctx.workspace || cache.version != ctx.workspace->version() || cache.date != date) {
    cache.rows = report::findStaleClaims(ctx.data(), date);
    cache.workspace = ctx.workspace;
    cache.version = ctx.workspace->version();
    cache.date = std::move(date);
  }
  return cache.rows;
}

std::string daysText(int days) {
  char text[64];
  std::snprintf(text, sizeof text, tr("dash.stale.days_fmt"), days);
  return text;
}

std::string unitName(const Dataset& ds, const std::string& id) {
  const Unit* u = ds.find<Unit>(id);
  return u ? u->name : id;
}

}  // namespace

void drawStaleClaims(ScreenContext& ctx) {
  const auto& rows = staleRows(ctx);
  dashHeading("dash.stale.title");
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextWrapped(tr("dash.stale.hint"), report::kStaleAfterDays, static_cast<int>(rows.size()));
  ImGui::PopStyleColor();
  if (rows.empty()) {
    ImGui::TextUnformatted(tr("dash.stale.none"));
    ctx.widgets.markLastItem("dash.stale.none");
    return;
  }
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                     ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##dash.stale", 5, kFlags, ImVec2(0, dashTableHeight(rows.size(), 8)))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  // Short columns as wide as their widest value or header; the project and the unit share the rest.
  float community = ImGui::CalcTextSize(tr("dash.col.community")).x;
  for (const auto& [id, c] : ctx.data().communities()) community = std::max(community, ImGui::CalcTextSize(c.name.c_str()).x);
  const float date = std::max(ImGui::CalcTextSize("2024-07-05").x, ImGui::CalcTextSize(tr("dash.stale.col.last")).x);
  const float days = std::max(ImGui::CalcTextSize(daysText(rows.front().days_since).c_str()).x,
                              ImGui::CalcTextSize(tr("dash.stale.col.days")).x);
  ImGui::TableSetupColumn(tr("dash.col.project"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
  ImGui::TableSetupColumn(tr("dash.col.community"), ImGuiTableColumnFlags_WidthFixed, community);
  ImGui::TableSetupColumn(tr("dash.stale.col.lead"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(tr("dash.stale.col.last"), ImGuiTableColumnFlags_WidthFixed, date);
  ImGui::TableSetupColumn(tr("dash.stale.col.days"), ImGuiTableColumnFlags_WidthFixed, days);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const report::StaleClaim& r = rows[static_cast<std::size_t>(i)];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      clippedCell(r.title);
      ctx.widgets.markLastItem("dash.stale." + r.project);
      ImGui::TableNextColumn();
      clippedCell(communityName(ctx, r.community));
      ImGui::TableNextColumn();
      clippedCell(unitName(ctx.data(), r.lead_unit));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(r.last_progress.c_str());
      ImGui::TableNextColumn();
      if (r.days_since >= kLongStale) ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
      ImGui::TextUnformatted(daysText(r.days_since).c_str());
      if (r.days_since >= kLongStale) ImGui::PopStyleColor();
    }
  ImGui::EndTable();
  ctx.widgets.markLastItem("dash.stale.table");
}

}  // namespace gj::ui
