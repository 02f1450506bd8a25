// 填报进度: one timeline entry — date (today by default), percent (never below the last), a note and the funds
// spent since the last entry, typed in yuan with at most 2 decimals and stored in fen. A refused entry keeps
// what was typed.
#include <cstdio>

#include <imgui.h>

#include "domain/money.h"
#include "ui/edit_stamp.h"
#include "ui/project_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

using namespace project_ui;

namespace {

struct ProgressForm {
  std::string project;  // the project these fields belong to
  char date[16] = "";
  int percent = 0;
  char note[512] = "";
  char funds[32] = "";
  std::string fundsError;
  std::string refused;
};

ProgressForm& form() {
  static ProgressForm f;
  return f;
}

void startForm(ProgressForm& f, const Project& p) {
  f = ProgressForm{};
  f.project = p.id;
  std::snprintf(f.date, sizeof f.date, "%s", today().c_str());
  f.percent = p.progressPercent();
}

void submit(ScreenContext& ctx, const Project& p, ProgressForm& f) {
  f.fundsError.clear();
  f.refused.clear();
  const std::optional<std::int64_t> funds = f.funds[0] ? parseYuan(f.funds) : std::optional<std::int64_t>(0);
  if (!funds) {
    f.fundsError = tr("proj.err.yuan");
    return;
  }
  const TimelineEntry entry{.date = f.date, .percent = f.percent, .note = f.note, .funds_spent_fen = *funds};
  if (!storeProjectChange(ctx, reportProgress(ctx.data(), p.id, entry, editNow(ctx)), &f.refused)) return;
  Project next = p;
  next.timeline.push_back(entry);
  startForm(f, next);  // ready for the next entry, starting from this one's percent
}

}  // namespace

void drawProgressForm(ScreenContext& ctx, const Project& p) {
  ProgressForm& f = form();
  if (f.project != p.id) startForm(f, p);
  sectionTitle("proj.progress.title");
  const float x = labelWidthOf({"proj.progress.date", "proj.progress.funds", "proj.progress.note"});
  const float pad = ImGui::GetStyle().FramePadding.x * 2 + 8;
  formLabel("proj.progress.date", x);
  ImGui::SetNextItemWidth(ImGui::CalcTextSize("2024-07-05").x + pad);
  ImGui::InputTextWithHint("##proj.progress.date", "2024-07-05", f.date, sizeof f.date);
  ctx.widgets.markLastItem("proj.progress.date");
  // Percent on the same line: the form stays short enough for the completion step to be in view.
  ImGui::SameLine(0, ImGui::GetFontSize());
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("proj.progress.percent"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::CalcTextSize("1000").x + pad);
  ImGui::InputInt("##proj.progress.percent", &f.percent, 0, 0);  // no step buttons: the field is the whole item
  ctx.widgets.markLastItem("proj.progress.percent");
  ImGui::SameLine();
  ImGui::TextUnformatted("%");
  if (!p.timeline.empty()) {
    char last[128];
    std::snprintf(last, sizeof last, tr("proj.progress.last"), p.timeline.back().percent);
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(last).x) ImGui::NewLine();  // wrap as a whole
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    ImGui::TextUnformatted(last);
    ImGui::PopStyleColor();
  }

  formLabel("proj.progress.funds", x);
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##proj.progress.funds", "0.00", f.funds, sizeof f.funds, ImGuiInputTextFlags_CharsDecimal);
  ctx.widgets.markLastItem("proj.progress.funds");
  errorText(f.fundsError);

  formLabel("proj.progress.note", x);
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##proj.progress.note", tr("proj.progress.note_hint"), f.note, sizeof f.note);
  ctx.widgets.markLastItem("proj.progress.note");

  errorText(f.refused);
  if (ImGui::Button(tr("proj.progress.add"))) submit(ctx, p, f);
  ctx.widgets.markLastItem("proj.progress.add");
}

}  // namespace gj::ui
