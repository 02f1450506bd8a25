// 领办: the matched needs waiting for their unit to claim them, and the claim form — title (from the need's
// text, editable), quarter, date, optional budget and partner units — stored with the need as one action.
// A refused form keeps what was typed and says what is wrong.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "domain/money.h"
#include "ui/edit_stamp.h"
#include "ui/form_widgets.h"
#include "ui/project_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

using namespace project_ui;

namespace {

struct ClaimForm {
  std::string need;  // the need these fields belong to
  char title[256] = "";
  Quarter quarter;
  char date[16] = "";
  char budget[32] = "";
  std::vector<std::string> partners;
  std::string budgetError;
  std::string refused;
};

ClaimForm& form() {
  static ClaimForm f;
  return f;
}

void startForm(ClaimForm& f, const Need& n) {
  f = ClaimForm{};
  f.need = n.id;
  std::snprintf(f.title, sizeof f.title, "%s", titleFromNeedText(n.text).c_str());
  f.quarter = Quarter::ofDate(today()).value_or(Quarter{});
  std::snprintf(f.date, sizeof f.date, "%s", today().c_str());
}

void drawQuarterCombo(ScreenContext& ctx, ClaimForm& f) {
  const Quarter now = Quarter::ofDate(today()).value_or(Quarter{});
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##proj.claim.quarter", f.quarter.valid() ? f.quarter.text().c_str() : tr("intake.pick"))) {
    Quarter q = now;
    for (int i = 0; i < 4; ++i) q = q.previous();
    for (int i = 0; i < 7; ++i, q = q.next())  // the last year and the next two quarters
      if (ImGui::Selectable(q.text().c_str(), f.quarter == q)) f.quarter = q;
    ImGui::EndCombo();
  }
  ctx.widgets.markLastItem("proj.claim.quarter");
}

// Partners: any units paired with the need's community other than the lead, several at once.
void drawPartners(ScreenContext& ctx, ClaimForm& f, const Need& n) {
  std::string shown;
  for (const std::string& id : f.partners) shown += (shown.empty() ? "" : "、") + unitName(ctx, id);
  ImGui::SetNextItemWidth(-1);
  const std::string preview = shown.empty() ? tr("proj.claim.no_partners") : ellipsized(shown, ImGui::CalcItemWidth() - 40);
  if (ImGui::BeginCombo("##proj.claim.partners", preview.c_str())) {
    for (const auto& [id, u] : ctx.data().units()) {
      if (id == n.matched_unit || std::find(u.communities.begin(), u.communities.end(), n.community) == u.communities.end())
        continue;
      auto at = std::find(f.partners.begin(), f.partners.end(), id);
      if (ImGui::Selectable(u.name.c_str(), at != f.partners.end(), ImGuiSelectableFlags_DontClosePopups)) {
        if (at == f.partners.end())
          f.partners.push_back(id);
        else
          f.partners.erase(at);
      }
    }
    ImGui::EndCombo();
  }
  ctx.widgets.markLastItem("proj.claim.partners");
}

void submit(ScreenContext& ctx, ProjectsUi& ui, ClaimForm& f) {
  f.budgetError.clear();
  f.refused.clear();
  std::optional<std::int64_t> budget = f.budget[0] ? parseYuan(f.budget) : std::optional<std::int64_t>(0);
  if (!budget) {
    f.budgetError = tr("proj.err.yuan");
    return;
  }
  ClaimRequest req{.need = f.need, .project = ctx.workspace->allocateId(Project::kType), .title = f.title,
                   .quarter = f.quarter, .date = f.date, .budget_fen = *budget, .partners = f.partners};
  const ProjectChange change = claimMatchedNeed(ctx.data(), req, editNow(ctx, tr("proj.claim.note")));
  if (!storeProjectChange(ctx, change, &f.refused)) return;
  ui.selected = req.project;
  ui.claiming.clear();
  f = ClaimForm{};
}

void drawClaimRow(ScreenContext& ctx, ProjectsUi& ui, const std::string& id) {
  const Need* n = ctx.data().find<Need>(id);
  if (!n) return;
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::PushID(id.c_str());
  if (ImGui::Button(tr("proj.claim"))) {
    ui.claiming = id;
    if (form().need != id) startForm(form(), *n);
  }
  if (ImGui::IsItemVisible()) ctx.widgets.markLastItem("proj.claim." + id);  // not where another row is drawn
  ImGui::PopID();
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  const std::string text = n->id + "  " + n->text, shown = ellipsized(text, ImGui::GetContentRegionAvail().x);
  ImGui::TextUnformatted(shown.c_str());
  if (shown != text && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", n->text.c_str());
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(communityName(ctx, n->community).c_str());
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  const std::string unit = unitName(ctx, n->matched_unit);
  ImGui::TextUnformatted(ellipsized(unit, ImGui::GetContentRegionAvail().x).c_str());
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", unit.c_str());  // the whole name, also when cut
}

}  // namespace

void drawToClaim(ScreenContext& ctx, ProjectsUi& ui) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrandDark);
  ImGui::Text(tr("proj.to_claim"), static_cast<int>(ui.toClaim.size()));
  ImGui::PopStyleColor();
  ctx.widgets.markLastItem("proj.to_claim");
  if (ui.toClaim.empty()) {
    mutedText(tr("proj.to_claim.none"));
    return;
  }
  const float rowHeight = ImGui::GetFrameHeight() + ImGui::GetStyle().CellPadding.y * 2;
  const int shownRows = std::min<int>(static_cast<int>(ui.toClaim.size()), 3);
  const float height = ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2 + rowHeight * shownRows + 4;
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersOuterH |
                                     ImGuiTableFlags_BordersInnerH;
  if (!ImGui::BeginTable("##proj.to_claim", 4, kFlags, ImVec2(0, height))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  const float button = ImGui::CalcTextSize(tr("proj.claim")).x + ImGui::GetStyle().FramePadding.x * 2;
  float community = ImGui::CalcTextSize(tr("proj.col.community")).x;
  for (const auto& [id, c] : ctx.data().communities()) community = std::max(community, ImGui::CalcTextSize(c.name.c_str()).x);
  ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, button);
  ImGui::TableSetupColumn(tr("proj.col.need"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableSetupColumn(tr("proj.col.community"), ImGuiTableColumnFlags_WidthFixed, community);
  ImGui::TableSetupColumn(tr("proj.col.matched_unit"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(ui.toClaim.size()));
  while (clipper.Step())
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) drawClaimRow(ctx, ui, ui.toClaim[row]);
  ImGui::EndTable();
  ctx.widgets.markLastItem("proj.claim.table");
}

void drawClaimForm(ScreenContext& ctx, ProjectsUi& ui) {
  const Need* n = ctx.data().find<Need>(ui.claiming);
  ClaimForm& f = form();
  if (!n || n->status != NeedStatus::matched) {  // claimed meanwhile (another tab) or gone
    ui.claiming.clear();
    return;
  }
  if (f.need != n->id) startForm(f, *n);

  ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrandDark);
  ImGui::Text(tr("proj.claim.heading"), n->id.c_str());
  ImGui::PopStyleColor();
  ImGui::Separator();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(n->text.c_str());
  ImGui::PopTextWrapPos();
  mutedText(communityName(ctx, n->community) + " · " + categoryLabel(ctx, n->category));
  ImGui::Spacing();

  const float x = labelWidthOf({"proj.claim.lead", "proj.claim.title", "proj.claim.quarter", "proj.claim.date",
                                "proj.claim.budget", "proj.claim.partners"});
  formLabel("proj.claim.lead", x);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(unitName(ctx, n->matched_unit).c_str());
  ImGui::PopTextWrapPos();
  formLabel("proj.claim.title", x);
  ImGui::SetNextItemWidth(-1);
  ImGui::InputText("##proj.claim.title", f.title, sizeof f.title);
  ctx.widgets.markLastItem("proj.claim.title");
  formLabel("proj.claim.quarter", x);
  drawQuarterCombo(ctx, f);
  formLabel("proj.claim.date", x);
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##proj.claim.date", "2024-07-05", f.date, sizeof f.date);
  ctx.widgets.markLastItem("proj.claim.date");
  formLabel("proj.claim.budget", x);
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##proj.claim.budget", tr("proj.optional"), f.budget, sizeof f.budget,
                           ImGuiInputTextFlags_CharsDecimal);
  ctx.widgets.markLastItem("proj.claim.budget");
  errorText(f.budgetError);
  formLabel("proj.claim.partners", x);
  drawPartners(ctx, f, *n);

  ImGui::Spacing();
  formRefusal(ctx, f.refused);
  pushBrandButtons();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kOnBrand);
  if (ImGui::Button(tr("proj.claim.ok"))) submit(ctx, ui, f);
  ImGui::PopStyleColor();
  popBrandButtons();
  ctx.widgets.markLastItem("proj.claim.ok");
  ImGui::SameLine();
  if (ImGui::Button(tr("intake.cancel"))) ui.claiming.clear();  // the draft stays for next time
  ctx.widgets.markLastItem("proj.claim.cancel");
}

}  // namespace gj::ui
