// 完成项目: the completion date, the problems solved (the project's needs by default), the people who benefited by
// group and the households. "Complete" checks the whole step first and shows what is wrong inline; only a step
// that would be accepted asks for confirmation, because completing cannot be undone.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "ui/edit_stamp.h"
#include "ui/project_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

using namespace project_ui;

namespace {

constexpr const char* kConfirm = "##proj.complete.confirm";

struct CompleteForm {
  std::string project;  // the project these fields belong to
  bool open = false;
  bool scrollTo = false;  // bring the form into view on the frame it opens
  char date[16] = "";
  int problems = 0;
  int beneficiaries[enumCount<TargetGroup>()] = {};
  int households = 0;
  std::string refused;
};

CompleteForm& form() {
  static CompleteForm f;
  return f;
}

void startForm(CompleteForm& f, const Project& p) {
  f = CompleteForm{};
  f.project = p.id;
  std::snprintf(f.date, sizeof f.date, "%s", today().c_str());
  f.problems = static_cast<int>(p.needs.size());
}

Completion completionOf(const CompleteForm& f) {
  Completion c{.date = f.date, .problems_solved = f.problems, .households = f.households};
  for (TargetGroup g : allValues<TargetGroup>())
    if (int n = f.beneficiaries[static_cast<std::size_t>(g)]; n != 0) c.beneficiaries[g] = n;
  return c;
}

void intField(ScreenContext& ctx, const char* key, const std::string& name, int* value, float x) {
  formLabel(key, x);
  ImGui::SetNextItemWidth(ImGui::CalcTextSize("000000").x + ImGui::GetStyle().FramePadding.x * 2);
  ImGui::InputInt(("##" + name).c_str(), value, 0, 0);
  ctx.widgets.markLastItem(name);
}

void drawConfirm(ScreenContext& ctx, const Project& p, CompleteForm& f) {
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 26, 0));
  if (!ImGui::BeginPopupModal(kConfirm, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoSavedSettings))
    return;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(tr("proj.complete.confirm_title"));
  ImGui::TextUnformatted(p.title.c_str());
  const Completion c = completionOf(f);
  int people = 0;
  for (const auto& [g, n] : c.beneficiaries) people += n;
  char summary[256];
  std::snprintf(summary, sizeof summary, tr("proj.complete.summary"), c.date.c_str(), c.problems_solved, people,
                c.households);
  ImGui::TextUnformatted(summary);
  ImGui::PopTextWrapPos();
  mutedText(tr("proj.complete.irreversible"));
  ImGui::Separator();
  pushBrandButtons();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kOnBrand);
  const bool confirmed = ImGui::Button(tr("proj.complete.confirm"));
  ImGui::PopStyleColor();
  popBrandButtons();
  ctx.widgets.markLastItem("proj.complete.confirm");
  if (confirmed) {
    if (storeProjectChange(ctx, completeWithNeeds(ctx.data(), p.id, c, editNow(ctx, tr("proj.complete.note"))), &f.refused))
      f = CompleteForm{};
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button(tr("intake.cancel"))) ImGui::CloseCurrentPopup();
  ctx.widgets.markLastItem("proj.complete.cancel");
  ImGui::EndPopup();
}

}  // namespace

void drawCompleteForm(ScreenContext& ctx, const Project& p) {
  CompleteForm& f = form();
  if (f.project != p.id) startForm(f, p);
  ImGui::Spacing();
  if (!f.open) {
    if (ImGui::Button(tr("proj.complete.open"))) f.open = f.scrollTo = true;
    ctx.widgets.markLastItem("proj.complete.open");
    if (p.progressPercent() < 100) {
      ImGui::SameLine();
      ImGui::AlignTextToFramePadding();
      mutedText(tr("proj.complete.when"));
    }
    return;
  }
  sectionTitle("proj.complete.title");
  if (f.scrollTo) {
    ImGui::SetScrollHereY(0.0f);
    f.scrollTo = false;
  }
  ctx.widgets.markLastItem("proj.complete.open");  // the open form's title, so the name stays findable
  float x = labelWidthOf({"proj.complete.date", "proj.complete.problems", "proj.complete.households"});
  for (TargetGroup g : allValues<TargetGroup>())
    x = std::max(x, ImGui::GetCursorPosX() + ImGui::CalcTextSize(tr("group." + std::string(enumName(g)))).x +
                        ImGui::GetStyle().ItemSpacing.x * 2);
  formLabel("proj.complete.date", x);
  ImGui::SetNextItemWidth(ImGui::CalcTextSize("2024-07-05").x + ImGui::GetStyle().FramePadding.x * 2 + 8);
  ImGui::InputTextWithHint("##proj.complete.date", "2024-07-05", f.date, sizeof f.date);
  ctx.widgets.markLastItem("proj.complete.date");
  intField(ctx, "proj.complete.problems", "proj.complete.problems", &f.problems, x);

  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextUnformatted(tr("proj.complete.beneficiaries"));
  ImGui::PopStyleColor();
  for (TargetGroup g : allValues<TargetGroup>()) {
    const std::string group(enumName(g));
    formLabel(("group." + group).c_str(), x);
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("000000").x + ImGui::GetStyle().FramePadding.x * 2);
    ImGui::InputInt(("##proj.complete.benef." + group).c_str(), &f.beneficiaries[static_cast<std::size_t>(g)], 0, 0);
    ctx.widgets.markLastItem("proj.complete.benef." + group);
  }
  intField(ctx, "proj.complete.households", "proj.complete.households", &f.households, x);

  errorText(f.refused);
  if (ImGui::Button(tr("proj.complete.ok"))) {
    // The whole step is checked now (nothing is stored), so the dialog only opens for a step that would succeed.
    const ProjectChange trial = completeWithNeeds(ctx.data(), p.id, completionOf(f), editNow(ctx));
    if (trial) {
      f.refused.clear();
      ImGui::OpenPopup(kConfirm);
    } else {
      storeProjectChange(ctx, trial, &f.refused);  // stores nothing: shows and keeps the reason
    }
  }
  ctx.widgets.markLastItem("proj.complete.ok");
  ImGui::SameLine();
  if (ImGui::Button(tr("proj.complete.close"))) f.open = false;
  ctx.widgets.markLastItem("proj.complete.close");
  drawConfirm(ctx, p, f);
}

}  // namespace gj::ui
