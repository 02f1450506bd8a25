// The quarter's meeting records: on the left the list (by date, then id) with the button that records a new
// one; on the right the form, or the selected meeting — scope, attending units, notes, decisions — with its
// history (who changed what, when).
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "ui/form_widgets.h"
#include "ui/meeting_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

using namespace meeting_ui;

namespace {

std::string firstLine(const std::string& text) {
  const std::size_t nl = text.find('\n');
  return nl == std::string::npos ? text : text.substr(0, nl);
}

void drawList(ScreenContext& ctx, MeetingsUi& ui, const std::vector<const Meeting*>& meetings) {
  if (ImGui::Button(tr("meet.new"))) {
    ui.selectedMeeting.clear();
    openMeetingForm(ctx, ui, nullptr);
  }
  ctx.widgets.markLastItem("meet.new");
  ImGui::Spacing();
  if (meetings.empty()) {
    mutedText(tr("meet.records.none"));
    return;
  }
  const float line = ImGui::GetTextLineHeightWithSpacing();
  for (const Meeting* m : meetings) {
    ImGui::PushID(m->id.c_str());
    const ImVec2 at = ImGui::GetCursorPos();
    const bool selected = ui.selectedMeeting == m->id && !(ui.form.open && ui.form.isNew);
    if (ImGui::Selectable("##meeting", selected, 0, ImVec2(0, line * 2))) {
      ui.selectedMeeting = m->id;
      ui.form = MeetingForm{};
    }
    ctx.widgets.markLastItem("meet.meeting." + m->id);
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::SetCursorPos(at);
    ImGui::TextUnformatted((m->date + "  " + scopeLabel(ctx, m->community)).c_str());
    ImGui::SetCursorPosX(at.x);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    ImGui::PushClipRect(ImGui::GetCursorScreenPos(), ImVec2(ImGui::GetCursorScreenPos().x + width, ImGui::GetCursorScreenPos().y + line), true);
    ImGui::TextUnformatted(firstLine(m->notes).c_str());
    ImGui::PopClipRect();
    ImGui::PopStyleColor();
    ImGui::PopID();
  }
}

void drawHistory(const Meeting& m) {
  char title[128];
  std::snprintf(title, sizeof title, tr("meet.history"), m.rev, static_cast<int>(m.history.size()));
  if (!ImGui::CollapsingHeader((std::string(title) + "###meet.history").c_str())) return;
  for (auto it = m.history.rbegin(); it != m.history.rend(); ++it) {  // newest first
    const std::string field = it->field == "*" ? std::string(tr("meet.history.created")) : it->field;
    mutedText(it->at.substr(0, 16) + "  " + it->by + "  " + field);
  }
}

void drawDetail(ScreenContext& ctx, MeetingsUi& ui, const Meeting& m) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrandDark);
  ImGui::TextUnformatted((m.date + "  " + scopeLabel(ctx, m.community)).c_str());
  ImGui::PopStyleColor();
  ctx.widgets.markLastItem("meet.detail");
  ImGui::SameLine();
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(),
                                ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(tr("meet.edit")).x -
                                    ImGui::GetStyle().FramePadding.x * 2));
  if (ImGui::Button(tr("meet.edit"))) openMeetingForm(ctx, ui, &m);
  ctx.widgets.markLastItem("meet.edit");

  char label[128];
  std::snprintf(label, sizeof label, tr("meet.detail.attending"), static_cast<int>(m.attending.size()));
  sectionTitle("meet.form.attending");
  std::string units;
  for (const std::string& u : m.attending) units += (units.empty() ? "" : tr("meet.list_sep")) + unitName(ctx, u);
  mutedText(label);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(units.c_str());
  ImGui::PopTextWrapPos();

  sectionTitle("meet.form.notes");
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(m.notes.c_str());
  ImGui::PopTextWrapPos();
  ctx.widgets.markLastItem("meet.detail.notes");

  sectionTitle("meet.form.decisions");
  if (m.decisions.empty()) mutedText(tr("meet.decisions.none"));
  for (std::size_t i = 0; i < m.decisions.size(); ++i) {
    ImGui::Text("%d.", static_cast<int>(i + 1));
    ImGui::SameLine();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(m.decisions[i].c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::Spacing();
  drawHistory(m);
}

}  // namespace

void drawMeetingRecords(ScreenContext& ctx, MeetingsUi& ui) {
  const std::vector<const Meeting*> meetings = meetingsOfQuarter(ctx.data(), ui.quarter);
  const float listWidth = std::max(300.0f, ImGui::GetContentRegionAvail().x * 0.3f);
  ImGui::BeginChild("##meet.list", ImVec2(listWidth, 0));
  drawList(ctx, ui, meetings);
  ImGui::EndChild();
  ImGui::SameLine(0, 12);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kCardBg);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 12));
  ImGui::BeginChild("##meet.panel", ImVec2(0, 0), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
  if (ui.form.open)
    drawMeetingForm(ctx, ui);
  else if (const Meeting* m = ctx.data().find<Meeting>(ui.selectedMeeting); m && m->quarter == ui.quarter)
    drawDetail(ctx, ui, *m);
  else
    mutedText(tr(meetings.empty() ? "meet.records.start" : "meet.records.pick"));
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

}  // namespace gj::ui
