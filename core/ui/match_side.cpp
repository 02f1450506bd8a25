// Beside the unmatched needs: the units' slots this quarter (used before, assigned by this plan), the
// quarter's locks and forbids (each can be removed), and the plan's notes in the user's language.
#include <algorithm>
#include <optional>

#include <imgui.h>

#include "domain/need_lifecycle.h"
#include "ui/edit_stamp.h"
#include "ui/match_notes.h"
#include "ui/match_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

namespace {

constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH |
                                   ImGuiTableFlags_SizingStretchProp;

void drawLoads(ScreenContext& ctx, MatchScreenState& st) {
  if (!st.run.hasPlan()) return;
  const auto& units = st.run.plan().units;
  if (!ImGui::BeginTable("##match.loads", 4, kFlags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr("match.col.unit"), ImGuiTableColumnFlags_WidthStretch);
  for (const char* key : {"match.col.slots", "match.col.used", "match.col.assigned"})
    ImGui::TableSetupColumn(tr(key), ImGuiTableColumnFlags_WidthFixed,
                            std::max(ImGui::CalcTextSize(tr(key)).x, ImGui::CalcTextSize("9999").x));
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(units.size()));
  while (clipper.Step())
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const match::UnitLoad& u = units[static_cast<std::size_t>(row)];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const std::string name = matchUnitName(ctx, u.unit);
      ImGui::TextUnformatted(name.c_str());
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s", name.c_str(), u.unit.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%d", u.slots);
      ImGui::TableNextColumn();
      ImGui::Text("%d", u.used);
      ImGui::TableNextColumn();
      const bool over = u.used + u.assigned > u.slots;
      if (over) ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);  // a lock kept past the unit's slots
      ImGui::Text("%d", u.assigned);
      if (over) ImGui::PopStyleColor();
    }
  ImGui::EndTable();
}

// One list of rules; a pressed remove button gives the pair back.
std::optional<match::PairRule> drawRuleList(ScreenContext& ctx, const char* id, const std::vector<match::PairRule>& list,
                                            const char* emptyKey, const std::string& widgetPrefix) {
  std::optional<match::PairRule> removed;
  if (list.empty()) {
    matchMuted(tr(emptyKey));
    return removed;
  }
  if (!ImGui::BeginTable(id, 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp))
    return removed;
  ImGui::TableSetupColumn(tr("match.col.need"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("need/100000").x);
  ImGui::TableSetupColumn(tr("match.col.unit"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize(tr("match.remove")).x + 12);
  for (std::size_t i = 0; i < list.size(); ++i) {
    const match::PairRule& p = list[i];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(p.need.c_str());
    ImGui::TableNextColumn();
    const std::string name = matchUnitName(ctx, p.unit);
    ImGui::TextUnformatted(name.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", name.c_str());
    ImGui::TableNextColumn();
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::SmallButton(tr("match.remove"))) removed = p;
    ctx.widgets.markLastItem(widgetPrefix + p.need + "." + p.unit);
    ImGui::PopID();
  }
  ImGui::EndTable();
  return removed;
}

void drawRules(ScreenContext& ctx, MatchScreenState& st) {
  ImGui::TextUnformatted(matchFormat(tr("match.rules.locked"), std::to_string(st.rules.locked.size())).c_str());
  auto unlock = drawRuleList(ctx, "##match.locks", st.rules.locked, "match.rules.none", "match.rule.unlock.");
  ImGui::Spacing();
  ImGui::TextUnformatted(matchFormat(tr("match.rules.forbidden"), std::to_string(st.rules.forbidden.size())).c_str());
  auto unforbid = drawRuleList(ctx, "##match.forbids", st.rules.forbidden, "match.rules.none", "match.rule.unforbid.");
  if (!unlock && !unforbid) return;
  MatchRules next = st.rules;
  if (unlock) removeLock(next, *unlock);
  if (unforbid) removeForbid(next, *unforbid);
  storeMatchRules(ctx, st, next);
}

std::string noteText(const ScreenContext& ctx, const std::string& note) {
  const PlanNote p = parsePlanNote(note);
  if (p.kind.empty()) return note;
  std::string text = matchFormat(tr("match.note." + p.kind), p.need, matchUnitName(ctx, p.unit));
  if (p.kind == "lock_not_open")
    if (auto s = parseEnum<NeedStatus>(p.status)) text += inLang(needStatusName(*s));
  return text;
}

void drawNotes(ScreenContext& ctx, MatchScreenState& st) {
  if (!st.run.hasPlan() || st.run.plan().notes.empty()) {
    matchMuted(tr("match.notes.none"));
    return;
  }
  ImGui::PushTextWrapPos(0.0f);
  for (const std::string& note : st.run.plan().notes) ImGui::BulletText("%s", noteText(ctx, note).c_str());
  ImGui::PopTextWrapPos();
}

}  // namespace

void drawMatchSide(ScreenContext& ctx, MatchScreenState& st) {
  if (!ImGui::BeginTabBar("##match.side.tabs")) return;
  if (ImGui::BeginTabItem(tr("match.tab.loads"))) {
    drawLoads(ctx, st);
    ImGui::EndTabItem();
  }
  ctx.widgets.markLastItem("match.tab.loads");
  const std::string rules = matchFormat(tr("match.tab.rules"), std::to_string(st.rules.locked.size() + st.rules.forbidden.size())) + "###rules";
  if (ImGui::BeginTabItem(rules.c_str())) {
    ImGui::BeginChild("##match.rules.scroll");
    drawRules(ctx, st);
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  ctx.widgets.markLastItem("match.tab.rules");
  const std::size_t notes = st.run.hasPlan() ? st.run.plan().notes.size() : 0;
  const std::string notesLabel = matchFormat(tr("match.tab.notes"), std::to_string(notes)) + "###notes";
  if (ImGui::BeginTabItem(notesLabel.c_str())) {
    ImGui::BeginChild("##match.notes.scroll");
    drawNotes(ctx, st);
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  ctx.widgets.markLastItem("match.tab.notes");
  ImGui::EndTabBar();
}

}  // namespace gj::ui
