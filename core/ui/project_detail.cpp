// The selected project: what it is (status, units, quarter, money, linked needs and where they stand), then the
// step its status calls for (progress and completion while it runs, residents' satisfaction once done), flags
// and awards, the timeline and the history. The panel scrolls back to the top when the status changes, so the
// next step is in view.
#include <cstdio>
#include <vector>

#include <imgui.h>

#include "domain/need_lifecycle.h"
#include "ui/edit_stamp.h"
#include "ui/project_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

using namespace project_ui;

namespace {

// "label value" pairs flowing on as few lines as fit, so the header stays short and the next step stays in
// view. A pair moves to the next line whole (a wrap never splits "¥42000.00"); only a pair wider than the
// panel wraps inside.
class FactLine {
 public:
  FactLine& add(const char* key, const std::string& value) {
    pairs_.push_back(std::string(tr(key)) + " " + value);
    return *this;
  }
  void draw() const {
    const float gap = ImGui::CalcTextSize("  ·  ").x;
    for (std::size_t i = 0; i < pairs_.size(); ++i) {
      if (i > 0) {
        ImGui::SameLine(0, 0);
        if (ImGui::GetContentRegionAvail().x >= gap + ImGui::CalcTextSize(pairs_[i].c_str()).x) {
          ImGui::TextUnformatted("  ·  ");
          ImGui::SameLine(0, 0);
        } else {
          ImGui::NewLine();
        }
      }
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(pairs_[i].c_str());
      ImGui::PopTextWrapPos();
    }
  }

 private:
  std::vector<std::string> pairs_;
};

void drawFacts(ScreenContext& ctx, const Project& p) {
  std::string where = communityName(ctx, p.community);
  if (!p.category.empty()) where += "  ·  " + categoryLabel(ctx, p.category);
  if (p.quarter) where += "  ·  " + p.quarter->text();
  mutedText(where);
  FactLine units;
  units.add("proj.col.lead", unitName(ctx, p.lead_unit));
  std::string partners;
  for (const std::string& id : p.partner_units) partners += (partners.empty() ? "" : "、") + unitName(ctx, id);
  if (!partners.empty()) units.add("proj.partners", partners);
  units.draw();
  FactLine money;
  if (!p.claimed.empty()) money.add("proj.claimed_on", p.claimed);
  money.add("proj.budget", p.budget_fen > 0 ? yuanLabel(p.budget_fen) : "—").add("proj.col.funds", yuanLabel(p.fundsSpentFen()));
  money.draw();
  if (p.status < ProjectStatus::completed) return;
  std::string groups;
  for (const auto& [group, count] : p.beneficiaries)
    if (count > 0)
      groups += (groups.empty() ? "" : "、") + std::string(tr("group." + std::string(enumName(group)))) + " " +
                std::to_string(count);
  FactLine result;
  result.add("proj.completed_on", p.completed).add("proj.col.problems", std::to_string(p.problems_solved));
  result.add("proj.beneficiaries", groups.empty() ? "—" : groups);
  if (p.households > 0) result.add("proj.households", std::to_string(p.households));
  result.draw();
}

void drawNeeds(ScreenContext& ctx, const Project& p) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextUnformatted(tr("proj.needs"));
  ImGui::PopStyleColor();
  for (const std::string& id : p.needs) {
    const Need* n = ctx.data().find<Need>(id);
    const std::string line = id + " · " + (n ? inLang(needStatusName(n->status)) + " · " + n->text : std::string());
    ImGui::Bullet();
    const std::string shown = ellipsized(line, ImGui::GetContentRegionAvail().x);
    ImGui::TextUnformatted(shown.c_str());
    if (shown != line && ImGui::IsItemHovered()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
      ImGui::TextUnformatted(line.c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
    ctx.widgets.markLastItem("proj.need." + id);
  }
}

void drawTimeline(const Project& p) {
  sectionTitle("proj.timeline");
  if (p.timeline.empty()) {
    mutedText(tr("proj.timeline.none"));
    return;
  }
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##proj.timeline", 4, kFlags)) return;
  const float money = ImGui::CalcTextSize(yuanLabel(std::max<std::int64_t>(p.fundsSpentFen(), 1'000'000'00)).c_str()).x;
  ImGui::TableSetupColumn(tr("proj.t.date"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("2024-07-05").x);
  ImGui::TableSetupColumn(tr("proj.t.percent"), ImGuiTableColumnFlags_WidthFixed,
                          std::max(ImGui::CalcTextSize("100%").x, ImGui::CalcTextSize(tr("proj.t.percent")).x));
  ImGui::TableSetupColumn(tr("proj.t.note"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr("proj.t.funds"), ImGuiTableColumnFlags_WidthFixed,
                          std::max(money, ImGui::CalcTextSize(tr("proj.t.funds")).x));
  ImGui::TableHeadersRow();
  for (const TimelineEntry& e : p.timeline) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(e.date.c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%d%%", e.percent);
    ImGui::TableNextColumn();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(e.note.empty() ? "—" : e.note.c_str());
    ImGui::PopTextWrapPos();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(yuanLabel(e.funds_spent_fen).c_str());
  }
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(tr("proj.t.total"));
  ImGui::TableNextColumn();
  ImGui::Text("%d%%", p.progressPercent());
  ImGui::TableNextColumn();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(yuanLabel(p.fundsSpentFen()).c_str());
  ImGui::EndTable();
}

}  // namespace

void drawProjectDetail(ScreenContext& ctx, ProjectsUi& ui) {
  const Project* found = ctx.data().find<Project>(ui.selected);
  if (!found) {
    mutedText(tr("proj.none"));
    return;
  }
  const Project p = *found;  // a step may replace the stored record while this frame draws
  static std::string seen;     // project id and status last drawn
  const std::string now = p.id + "|" + std::string(enumName(p.status));
  if (seen != now) {
    seen = now;
    ImGui::SetScrollY(0.0f);
  }

  ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrandDark);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(p.title.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  char status[160];
  std::snprintf(status, sizeof status, "%s  ·  %s  ·  %d%%", p.id.c_str(), projectStatusLabel(p.status).c_str(),
                p.progressPercent());
  ImGui::TextUnformatted(status);
  ctx.widgets.markLastItem("proj.detail.status");
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
  for (const auto& [on, key] : {std::pair{p.featured, "proj.badge.featured"}, std::pair{p.exemplary, "proj.badge.exemplary"}})
    if (on) {
      ImGui::SameLine();
      ImGui::TextUnformatted(tr(key));
    }
  ImGui::PopStyleColor();
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, theme::kBrand);
  ImGui::ProgressBar(static_cast<float>(p.progressPercent()) / 100.0f, ImVec2(-1, 6), "");
  ImGui::PopStyleColor();
  ImGui::Spacing();
  drawFacts(ctx, p);
  drawNeeds(ctx, p);

  if (p.status == ProjectStatus::claimed || p.status == ProjectStatus::in_progress) {
    drawProgressForm(ctx, p);
    drawCompleteForm(ctx, p);
  } else if (p.status >= ProjectStatus::completed) {
    drawRating(ctx, p);
  } else {
    ImGui::Spacing();
    mutedText(tr("proj.proposed_note"));
  }
  drawFlagsAndAwards(ctx, p);
  drawTimeline(p);
  drawProjectHistory(p);
}

}  // namespace gj::ui
