// 人员安排: the staffing plan (match::planVolunteers, run for the activity's day) proposes volunteers for the open
// places, each with why — score parts (base, skill, organising unit, paired unit), hours that week with this
// plan, hours served this quarter and the fairness cost — and says why a place stays open. Accept one volunteer,
// or all of them after a confirmation that names the count; either is one action on the activity.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "ui/activity_screen.h"
#include "ui/edit_stamp.h"
#include "ui/form_widgets.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

using namespace activity_ui;

namespace {

std::string refused;  // the last refusal of this section, shown under it
std::string refusedFor;

void accept(ScreenContext& ctx, const Activity& a, const std::vector<std::string>& volunteers) {
  refusedFor = a.id;
  storeActivityChange(ctx, acceptStaffing(ctx.data(), a.id, volunteers, editNow(ctx)), &refused);
}

std::string partsText(const match::ServiceAssignment& p) {
  char text[160];
  std::snprintf(text, sizeof text, tr("act.staff.parts"), p.parts.base, p.parts.skill, p.parts.organiser, p.parts.paired);
  return text;
}

}  // namespace

void drawStaffing(ScreenContext& ctx, ActivitiesUi& ui, const Activity& a) {
  sectionTitle("act.staff.title");
  if (refusedFor != a.id) refused.clear();
  const int open = a.headcount - static_cast<int>(a.attendance.size());
  if (open <= 0) {
    ImGui::TextWrapped("%s", tr("act.staff.full"));
    return;
  }
  refreshStaffingPlan(ctx, ui);
  std::vector<std::string> all;
  for (const auto& p : ui.proposals) all.push_back(p.volunteer);

  if (!ui.proposals.empty()) {
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    if (ImGui::BeginTable("##act.staff", 6, kFlags)) {
      const float em = ImGui::GetFontSize();
      ImGui::TableSetupColumn(tr("vol.col.name"), ImGuiTableColumnFlags_WidthFixed, em * 4);
      ImGui::TableSetupColumn(tr("vol.col.unit"), ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableSetupColumn(tr("act.staff.score"), ImGuiTableColumnFlags_WidthFixed, std::max(em * 2.5f, ImGui::CalcTextSize(tr("act.staff.score")).x));
      ImGui::TableSetupColumn(tr("act.staff.week"), ImGuiTableColumnFlags_WidthFixed, std::max(em * 4.5f, ImGui::CalcTextSize(tr("act.staff.week")).x));
      ImGui::TableSetupColumn(tr("act.staff.fairness"), ImGuiTableColumnFlags_WidthFixed, std::max(em * 2.5f, ImGui::CalcTextSize(tr("act.staff.fairness")).x));
      ImGui::TableSetupColumn("##accept", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize(tr("act.staff.accept")).x + 12);
      ImGui::TableHeadersRow();
      for (const auto& p : ui.proposals) {
        ImGui::PushID(p.volunteer.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(volunteerName(ctx, p.volunteer).c_str());
        ImGui::TableNextColumn();
        const Volunteer* v = ctx.data().find<Volunteer>(p.volunteer);
        clippedCell(v ? unitName(ctx, v->unit) : "");
        ImGui::TableNextColumn();
        ImGui::Text("%d", p.score);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", partsText(p).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(minutesLabel(p.week_minutes).c_str());
        if (ImGui::IsItemHovered()) {
          char served[128];
          std::snprintf(served, sizeof served, tr("act.staff.quarter_served"), minutesLabel(p.served_minutes).c_str());
          ImGui::SetTooltip("%s", served);
        }
        ImGui::TableNextColumn();
        ImGui::Text("%d", p.fairness_cost);
        ImGui::TableNextColumn();
        if (ImGui::SmallButton(tr("act.staff.accept"))) accept(ctx, a, {p.volunteer});
        ctx.widgets.markLastItem("act.staff.accept." + p.volunteer);
        ImGui::PopID();
      }
      ImGui::EndTable();
    }
    // The explanation of the first proposal in words, so the parts are readable without hovering.
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(tr("act.staff.explain"));
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    char label[96];
    std::snprintf(label, sizeof label, tr("act.staff.accept_all"), static_cast<int>(all.size()));
    if (ImGui::Button(label)) ImGui::OpenPopup("##act.staff.confirm");
    ctx.widgets.markLastItem("act.staff.accept_all");
  } else {
    ImGui::TextWrapped("%s", tr("act.staff.no_proposals"));
  }
  if (ui.shortfall) {
    const auto& s = *ui.shortfall;
    char text[512];
    std::snprintf(text, sizeof text, tr("act.staff.short"), s.open - s.planned, s.open,
                  tr("act.short." + std::string(match::shortReasonName(s.reason))), s.free_that_day, s.free_at_time,
                  s.skilled, s.capped);
    errorText(text);
    ctx.widgets.markLastItem("act.staff.short");
  }
  if (!ui.planOptimal) errorText(tr("act.staff.not_optimal"));
  errorText(refused);

  if (ImGui::BeginPopupModal("##act.staff.confirm", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
    char question[160];
    std::snprintf(question, sizeof question, tr("act.staff.confirm"), static_cast<int>(all.size()), a.title.c_str());
    ImGui::TextUnformatted(question);
    ctx.widgets.markLastItem("act.staff.confirm.text");
    if (ImGui::Button(tr("act.staff.confirm_yes"))) {
      accept(ctx, a, all);
      ImGui::CloseCurrentPopup();
    }
    ctx.widgets.markLastItem("act.staff.confirm.yes");
    ImGui::SameLine();
    if (ImGui::Button(tr("act.form.cancel"))) ImGui::CloseCurrentPopup();
    ctx.widgets.markLastItem("act.staff.confirm.no");
    ImGui::EndPopup();
  }
}

}  // namespace gj::ui
