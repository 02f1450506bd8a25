// The open needs the plan leaves without a unit, each with its reason in the user's language (the units
// that are full, forbidden or took the slots named).
#include <algorithm>

#include <imgui.h>

#include "ui/match_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

namespace {

std::string reasonText(const ScreenContext& ctx, const match::UnmatchedNeed& u) {
  const std::string key = "match.reason." + std::string(match::reasonName(u.reason));
  switch (u.reason) {
    case match::UnmatchedReason::all_full: return matchFormat(tr(key), matchUnitNames(ctx, u.full));
    case match::UnmatchedReason::all_forbidden: return matchFormat(tr(key), matchUnitNames(ctx, u.forbidden));
    case match::UnmatchedReason::full_or_forbidden:
      return matchFormat(tr(key), matchUnitNames(ctx, u.full), matchUnitNames(ctx, u.forbidden));
    case match::UnmatchedReason::outscored: return matchFormat(tr(key), matchUnitNames(ctx, u.candidates));
    default: return tr(key);
  }
}

void cutCell(const std::string& text, const std::string& full) {
  ImGui::TextUnformatted(text.c_str());
  if (ImGui::IsItemHovered() && (text != full || ImGui::CalcTextSize(text.c_str()).x > ImGui::GetColumnWidth())) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
    ImGui::TextUnformatted(full.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

}  // namespace

void drawMatchUnmatched(ScreenContext& ctx, MatchScreenState& st) {
  ImGui::TextUnformatted(matchFormat(tr("match.unmatched"), std::to_string(st.unmatched.size())).c_str());
  if (st.unmatched.empty() && st.run.hasPlan()) matchMuted(tr("match.unmatched.none"));
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##match.unmatched.table", 4, kFlags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  float community = ImGui::CalcTextSize(tr("match.col.community")).x;
  for (const auto& [id, c] : ctx.data().communities()) community = std::max(community, ImGui::CalcTextSize(c.name.c_str()).x);
  ImGui::TableSetupColumn(tr("match.col.need"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(tr("match.col.community"), ImGuiTableColumnFlags_WidthFixed, community);
  ImGui::TableSetupColumn(tr("match.col.category"), ImGuiTableColumnFlags_WidthStretch, 0.5f);
  ImGui::TableSetupColumn(tr("match.col.reason"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(st.unmatched.size()));
  while (clipper.Step())
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const match::UnmatchedNeed& u = *st.unmatched[static_cast<std::size_t>(row)];
      const Need* n = ctx.data().find<Need>(u.need);
      ImGui::TableNextRow();
      if (!n) continue;
      ImGui::TableNextColumn();
      cutCell(u.need + "  " + matchExcerpt(n->text, 30), u.need + "\n" + n->text);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(communityName(ctx, n->community).c_str());
      ImGui::TableNextColumn();
      cutCell(n->category.empty() ? "—" : categoryLabel(ctx, n->category), n->category.empty() ? "—" : categoryLabel(ctx, n->category));
      ImGui::TableNextColumn();
      const std::string reason = reasonText(ctx, u);
      cutCell(reason, reason);
    }
  ImGui::EndTable();
  ctx.widgets.markLastItem("match.unmatched.table");
}

}  // namespace gj::ui
