// Flags and awards: featured (特色) and exemplary (示范, eligible for 以奖代补) are one recorded action each; an
// exemplary project lists its awards and takes a new one (title, amount in yuan, date).
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "domain/money.h"
#include "ui/edit_stamp.h"
#include "ui/project_screen.h"
#include "ui/strings.h"

namespace gj::ui {

using namespace project_ui;

namespace {

struct AwardForm {
  std::string project;  // the project these fields belong to
  char title[256] = "";
  char amount[32] = "";
  char date[16] = "";
  std::string amountError;
  std::string refused;      // an award refused
  std::string flagRefused;  // a flag refused
};

AwardForm& form() {
  static AwardForm f;
  return f;
}

void startForm(AwardForm& f, const std::string& projectId) {
  f = AwardForm{};
  f.project = projectId;
  std::snprintf(f.title, sizeof f.title, "%s", tr("proj.award.default_title"));
  std::snprintf(f.date, sizeof f.date, "%s", today().c_str());
}

void flag(ScreenContext& ctx, const Project& p, ProjectFlag which, const char* key, const char* name, AwardForm& f) {
  bool on = which == ProjectFlag::featured ? p.featured : p.exemplary;
  if (ImGui::Checkbox(tr(key), &on))
    storeProjectChange(ctx, setProjectFlag(ctx.data(), p.id, which, on, editNow(ctx)), &f.flagRefused);
  ctx.widgets.markLastItem(name);
}

void drawAwardList(const ScreenContext& ctx, const Project& p) {
  const std::vector<const Award*> awards = projectAwards(ctx.data(), p.id);
  if (awards.empty()) {
    mutedText(tr("proj.award.none"));
    return;
  }
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##proj.awards", 3, kFlags)) return;
  ImGui::TableSetupColumn(tr("proj.t.date"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("2024-07-05").x);
  ImGui::TableSetupColumn(tr("proj.award.title_col"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr("proj.award.amount_col"), ImGuiTableColumnFlags_WidthFixed,
                          std::max(ImGui::CalcTextSize(yuanLabel(1'000'000'00).c_str()).x,
                                   ImGui::CalcTextSize(tr("proj.award.amount_col")).x));
  ImGui::TableHeadersRow();
  for (const Award* a : awards) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(a->date.c_str());
    ImGui::TableNextColumn();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(a->title.c_str());
    ImGui::PopTextWrapPos();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(yuanLabel(a->amount_fen).c_str());
  }
  ImGui::EndTable();
}

void submitAward(ScreenContext& ctx, const Project& p, AwardForm& f) {
  f.amountError.clear();
  f.refused.clear();
  const std::optional<std::int64_t> amount = f.amount[0] ? parseYuan(f.amount) : std::optional<std::int64_t>(0);
  if (!amount) {
    f.amountError = tr("proj.err.yuan");
    return;
  }
  const AwardRequest req{.award = ctx.workspace->allocateId(Award::kType), .title = f.title, .amount_fen = *amount,
                         .date = f.date};
  if (storeProjectChange(ctx, awardProject(ctx.data(), p.id, req, editNow(ctx, tr("proj.award.note"))), &f.refused))
    startForm(f, p.id);
}

void drawAwardForm(ScreenContext& ctx, const Project& p, AwardForm& f) {
  const float x = labelWidthOf({"proj.award.title_col", "proj.award.amount", "proj.t.date"});
  formLabel("proj.award.title_col", x);
  ImGui::SetNextItemWidth(-1);
  ImGui::InputText("##proj.award.title", f.title, sizeof f.title);
  ctx.widgets.markLastItem("proj.award.title");
  formLabel("proj.award.amount", x);
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##proj.award.amount", "0.00", f.amount, sizeof f.amount, ImGuiInputTextFlags_CharsDecimal);
  ctx.widgets.markLastItem("proj.award.amount");
  errorText(f.amountError);
  formLabel("proj.t.date", x);
  ImGui::SetNextItemWidth(ImGui::CalcTextSize("2024-07-05").x + ImGui::GetStyle().FramePadding.x * 2 + 8);
  ImGui::InputTextWithHint("##proj.award.date", "2024-07-05", f.date, sizeof f.date);
  ctx.widgets.markLastItem("proj.award.date");
  errorText(f.refused);
  if (ImGui::Button(tr("proj.award.add"))) submitAward(ctx, p, f);
  ctx.widgets.markLastItem("proj.award.add");
}

}  // namespace

void drawFlagsAndAwards(ScreenContext& ctx, const Project& p) {
  AwardForm& f = form();
  if (f.project != p.id) startForm(f, p.id);
  sectionTitle("proj.flags.title");
  flag(ctx, p, ProjectFlag::featured, "proj.flag.featured", "proj.flag.featured", f);
  const float gap = ImGui::GetFontSize() * 2;
  const float second = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(tr("proj.flag.exemplary")).x;
  if (ImGui::GetItemRectMax().x + gap + second <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x)
    ImGui::SameLine(0, gap);  // side by side when both fit
  flag(ctx, p, ProjectFlag::exemplary, "proj.flag.exemplary", "proj.flag.exemplary", f);
  errorText(f.flagRefused);
  if (!p.exemplary && projectAwards(ctx.data(), p.id).empty()) {
    mutedText(tr("proj.award.only_exemplary"));
    return;
  }
  sectionTitle("proj.award.section");
  drawAwardList(ctx, p);
  if (p.exemplary) drawAwardForm(ctx, p, f);
}

}  // namespace gj::ui
