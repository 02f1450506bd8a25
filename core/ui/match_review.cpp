// The proposals of the plan: one row per open need with its proposed unit, the score and its parts (a
// tooltip, and hidden columns a right click on the header shows), and per row accept / lock / forbid.
// "Accept all" asks first and commits every open proposal as one action.
#include <algorithm>
#include <array>
#include <optional>

#include <imgui.h>

#include "ui/match_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

namespace {

constexpr const char* kPartKeys[8] = {"match.part.category", "match.part.pairing",  "match.part.urgency",
                                      "match.part.people",   "match.part.group",    "match.part.capacity",
                                      "match.part.completed", "match.part.satisfaction"};

std::array<int, 8> partValues(const match::ScoreParts& p) {
  return {p.category, p.pairing, p.urgency, p.people, p.target_group, p.capacity, p.completed, p.satisfaction};
}

void scoreTooltip(const match::NeedAssignment& a) {
  ImGui::BeginTooltip();
  const auto values = partValues(a.parts);
  if (ImGui::BeginTable("##parts", 2, ImGuiTableFlags_SizingFixedFit)) {
    for (int i = 0; i < 8; ++i) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(tr(kPartKeys[i]));
      ImGui::TableNextColumn();
      ImGui::Text("%d", values[static_cast<std::size_t>(i)]);
    }
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(tr("match.col.score"));
    ImGui::TableNextColumn();
    ImGui::Text("%d", a.score);
    ImGui::EndTable();
  }
  ImGui::EndTooltip();
}

void confirmAcceptAll(ScreenContext& ctx, MatchScreenState& st) {
  if (!ImGui::BeginPopupModal("##match.confirm", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::TextUnformatted(matchFormat(tr("match.confirm.text"), std::to_string(st.rows.size())).c_str());
  matchMuted(tr("match.confirm.note"));
  ImGui::Spacing();
  if (ImGui::Button(tr("match.accept_all"))) {
    std::vector<match::PairRule> pairs;
    for (const match::NeedAssignment* a : st.rows) pairs.push_back({a->need, a->unit});
    acceptMatchProposals(ctx, st, pairs);
    ImGui::CloseCurrentPopup();
  }
  ctx.widgets.markLastItem("match.confirm.ok");
  ImGui::SameLine();
  if (ImGui::Button(tr("intake.cancel"))) ImGui::CloseCurrentPopup();
  ctx.widgets.markLastItem("match.confirm.cancel");
  ImGui::EndPopup();
}

void drawTitle(ScreenContext& ctx, MatchScreenState& st) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(matchFormat(tr("match.pairs"), std::to_string(st.rows.size())).c_str());
  const char* label = tr("match.accept_all");
  ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(label).x - ImGui::GetStyle().FramePadding.x * 2);
  ImGui::BeginDisabled(st.rows.empty() || st.run.running());
  if (ImGui::Button(label)) ImGui::OpenPopup("##match.confirm");
  ImGui::EndDisabled();
  ctx.widgets.markLastItem("match.accept_all");
  confirmAcceptAll(ctx, st);
  if (st.rows.empty() && st.run.hasPlan()) matchMuted(tr("match.pairs.none"));
}

enum Col { cNeed, cCommunity, cCategory, cUrgency, cPeople, cUnit, cScore, cPart0, cActions = cPart0 + 8, cCount };
constexpr ProposalColumn kSortOf[] = {ProposalColumn::need,    ProposalColumn::community, ProposalColumn::category,
                                      ProposalColumn::urgency, ProposalColumn::people,    ProposalColumn::unit,
                                      ProposalColumn::score};

void setupColumns(ScreenContext& ctx) {
  const float arrow = ImGui::GetFontSize();
  auto fixed = [&](const char* key, float valueWidth, ImGuiTableColumnFlags extra, int id) {
    const float w = std::max(valueWidth, ImGui::CalcTextSize(tr(key)).x + arrow);
    ImGui::TableSetupColumn(tr(key), ImGuiTableColumnFlags_WidthFixed | extra, w, static_cast<ImGuiID>(id));
  };
  float community = 0;
  for (const auto& [id, c] : ctx.data().communities()) community = std::max(community, ImGui::CalcTextSize(c.name.c_str()).x);
  ImGui::TableSetupColumn(tr("match.col.need"), ImGuiTableColumnFlags_WidthStretch, 1.4f, cNeed);
  fixed("match.col.community", community, 0, cCommunity);
  // Category names run long in English: the column shares the stretch, a cut name shows whole on hover.
  ImGui::TableSetupColumn(tr("match.col.category"), ImGuiTableColumnFlags_WidthStretch, 0.7f, cCategory);
  fixed("match.col.urgency", ImGui::CalcTextSize("5").x, 0, cUrgency);
  fixed("match.col.people", ImGui::CalcTextSize("9999").x, 0, cPeople);
  ImGui::TableSetupColumn(tr("match.col.proposed_unit"), ImGuiTableColumnFlags_WidthStretch, 1.0f, cUnit);
  fixed("match.col.score", ImGui::CalcTextSize("9999").x,
        ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending, cScore);
  for (int i = 0; i < 8; ++i)
    fixed(kPartKeys[i], ImGui::CalcTextSize("999").x, ImGuiTableColumnFlags_DefaultHide | ImGuiTableColumnFlags_NoSort, cPart0 + i);
  const ImGuiStyle& s = ImGui::GetStyle();
  float actions = s.ItemSpacing.x * 2;
  for (const char* key : {"match.accept", "match.unlock", "match.forbid"}) actions += ImGui::CalcTextSize(tr(key)).x + s.FramePadding.x * 2;
  ImGui::TableSetupColumn(tr("match.col.actions"), ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoSort |
                          ImGuiTableColumnFlags_NoHide, actions, cActions);
}

void textCell(const std::string& text, const std::string& full) {
  ImGui::TextUnformatted(text.c_str());
  if (ImGui::IsItemHovered() && (text != full || ImGui::CalcTextSize(text.c_str()).x > ImGui::GetColumnWidth())) {
    ImGui::BeginTooltip();  // the whole text of a cut cell
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
    ImGui::TextUnformatted(full.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

// A pressed button is acted on after the table (accepting and storing rules change the rows).
void drawRow(ScreenContext& ctx, MatchScreenState& st, const match::NeedAssignment& a, const Need& n,
             std::vector<match::PairRule>* accept, std::optional<MatchRules>* rules) {
  const match::PairRule pair{a.need, a.unit};
  const bool locked = isPairLocked(st.rules, pair);
  bool forbidden = false;
  for (const auto& f : st.rules.forbidden) forbidden |= f.need == a.need && f.unit == a.unit;
  ImGui::TableNextColumn();
  textCell(a.need + "  " + matchExcerpt(n.text, 40), a.need + "\n" + n.text);
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(communityName(ctx, n.community).c_str());
  ImGui::TableNextColumn();
  const std::string category = categoryLabel(ctx, n.category);
  textCell(category, category);
  ImGui::TableNextColumn();
  ImGui::Text("%d", n.urgency);
  ImGui::TableNextColumn();
  ImGui::Text("%d", n.people_affected);
  ImGui::TableNextColumn();
  std::string unit = matchUnitName(ctx, a.unit);
  if (a.locked) unit = std::string(tr("match.locked_tag")) + unit;
  if (forbidden) unit = std::string(tr("match.forbidden_tag")) + unit;
  if (a.locked || forbidden) ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
  textCell(unit, unit + "\n" + a.unit);
  if (a.locked || forbidden) ImGui::PopStyleColor();
  ImGui::TableNextColumn();
  ImGui::Text("%d", a.score);
  if (ImGui::IsItemHovered()) scoreTooltip(a);
  const auto values = partValues(a.parts);
  for (int v : values)
    if (ImGui::TableNextColumn()) ImGui::Text("%d", v);
  ImGui::TableNextColumn();
  ImGui::BeginDisabled(forbidden || st.run.running());
  if (ImGui::SmallButton(tr("match.accept"))) accept->push_back(pair);
  ImGui::EndDisabled();
  ctx.widgets.markLastItem("match.accept." + a.need);
  ImGui::SameLine();
  if (ImGui::SmallButton(tr(locked ? "match.unlock" : "match.lock"))) {
    MatchRules next = st.rules;
    locked ? removeLock(next, pair) : lockPair(next, pair);
    *rules = next;
  }
  ctx.widgets.markLastItem("match.lock." + a.need);
  ImGui::SameLine();
  ImGui::BeginDisabled(forbidden);
  if (ImGui::SmallButton(tr("match.forbid"))) {
    MatchRules next = st.rules;
    forbidPair(next, pair);
    *rules = next;
  }
  ImGui::EndDisabled();
  ctx.widgets.markLastItem("match.forbid." + a.need);
}

}  // namespace

void drawMatchProposals(ScreenContext& ctx, MatchScreenState& st, float height) {
  drawTitle(ctx, st);
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                     ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable |
                                     ImGuiTableFlags_Hideable | ImGuiTableFlags_SizingStretchProp;
  const float tableHeight = std::max(120.0f, height - ImGui::GetFrameHeightWithSpacing());
  if (!ImGui::BeginTable("##match.pairs", cCount, kFlags, ImVec2(0, tableHeight))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  setupColumns(ctx);
  ImGui::TableHeadersRow();
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
    if (specs->SpecsCount > 0 && specs->Specs[0].ColumnUserID < static_cast<ImGuiID>(cPart0)) {
      st.column = kSortOf[specs->Specs[0].ColumnUserID];
      st.descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    }
    specs->SpecsDirty = false;
  }
  refreshMatchRows(ctx, st);

  std::vector<match::PairRule> accept;
  std::optional<MatchRules> rules;
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(st.rows.size()));
  while (clipper.Step())
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const match::NeedAssignment& a = *st.rows[static_cast<std::size_t>(row)];
      const Need* n = ctx.data().find<Need>(a.need);
      ImGui::TableNextRow();
      if (!n) continue;
      ImGui::PushID(row);
      drawRow(ctx, st, a, *n, &accept, &rules);
      ImGui::PopID();
    }
  ImGui::EndTable();
  ctx.widgets.markLastItem("match.pairs.table");
  if (rules) storeMatchRules(ctx, st, *rules);
  if (!accept.empty()) acceptMatchProposals(ctx, st, accept);
}

}  // namespace gj::ui
