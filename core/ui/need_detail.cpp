// A need's detail: what was said, by whom (phone masked unless revealed on purpose), where it stands, the
// lifecycle steps this screen takes (classify, list, and the side exits, each with its reason dialog) and
// the full history. Matching and claiming happen on the Matching and Projects screens.
#include <cstdio>

#include <imgui.h>

#include "domain/need_lifecycle.h"
#include "domain/privacy.h"
#include "match/classifier.h"
#include "match/duplicates.h"
#include "ui/edit_stamp.h"
#include "ui/form_widgets.h"
#include "ui/needs_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

namespace {

struct DetailState {
  std::string need;         // the need these fields belong to
  bool phoneRevealed = false;
  std::string category;     // classify: chosen category
  TargetGroup group = TargetGroup::general;
  NeedStep step = NeedStep::reject;  // the step of the open dialog
  char decidedBy[64] = "", referTo[256] = "", reason[512] = "";
  std::string duplicateOf;
  std::string message;      // the last refusal or failure, in the user's language
};

DetailState& detail() {
  static DetailState d;
  return d;
}

void row(const char* key, const std::string& value) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextUnformatted(tr(key));
  ImGui::PopStyleColor();
  ImGui::SameLine(110);
  ImGui::TextWrapped("%s", value.c_str());
}

// Applies one step to a copy of the need and stores it as one action; a refusal is shown, nothing changes.
template <class Step> bool apply(ScreenContext& ctx, const Need& current, Step&& step) {
  DetailState& d = detail();
  Need next = current;
  Outcome o = step(next, editNow(ctx));
  if (!o) {
    d.message = inLang(o.reason);
    return false;
  }
  io::Action action;
  action.put(next);
  if (!ctx.workspace->perform(std::move(action))) {
    d.message = performRefusal(ctx);
    return false;
  }
  d.message.clear();
  return true;
}

void drawClassify(ScreenContext& ctx, const Need& n, DetailState& d) {
  if (d.category.empty()) {
    auto ranked = match::classify(ctx.taxonomy, n.text);
    d.category = !n.category.empty() ? n.category : ranked.empty() ? "" : ranked.front().id;
    d.group = n.target_group;
  }
  ImGui::SetNextItemWidth(180);
  if (ImGui::BeginCombo("##detail.category", d.category.empty() ? tr("intake.pick") : categoryLabel(ctx, d.category).c_str())) {
    for (const auto& c : ctx.taxonomy.categories)
      if (ImGui::Selectable(categoryLabel(ctx, c.id).c_str(), d.category == c.id)) d.category = c.id;
    ImGui::EndCombo();
  }
  ctx.widgets.markLastItem("detail.category");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(140);
  if (ImGui::BeginCombo("##detail.group", targetGroupLabel(d.group).c_str())) {
    for (std::size_t i = 0; i < enumCount<TargetGroup>(); ++i) {
      auto g = static_cast<TargetGroup>(i);
      if (ImGui::Selectable(targetGroupLabel(g).c_str(), d.group == g)) d.group = g;
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  if (ImGui::Button(tr("detail.classify")) && !d.category.empty()) {
    const std::string category = d.category;
    const TargetGroup group = d.group;
    apply(ctx, n, [&](Need& x, const Edit& e) { return classifyNeed(x, e, category, group); });
  }
  ctx.widgets.markLastItem("detail.classify");
}

// The dialog of a side exit: the fields its reason needs, then confirm or cancel.
void drawExitDialog(ScreenContext& ctx, const Need& n, DetailState& d) {
  if (!ImGui::BeginPopupModal("##detail.exit", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::TextUnformatted(tr(std::string("detail.step.") + std::string(enumName(needStepTarget(d.step)))));
  ImGui::TextWrapped("%s", n.text.c_str());
  ImGui::Separator();
  if (d.step == NeedStep::reject) {
    ImGui::InputTextWithHint("##decided", tr("detail.decided_by"), d.decidedBy, sizeof d.decidedBy);
    ctx.widgets.markLastItem("detail.dialog.decided_by");
    ImGui::InputTextWithHint("##refer", tr("detail.refer_to"), d.referTo, sizeof d.referTo);
    ctx.widgets.markLastItem("detail.dialog.refer_to");
  }
  if (d.step == NeedStep::mark_duplicate) {
    auto similar = match::findDuplicates(ctx.data(), ctx.taxonomy, n);
    if (similar.empty()) ImGui::TextUnformatted(tr("detail.no_similar"));
    for (const auto& m : similar) {
      const Need* other = ctx.data().find<Need>(m.need);
      char text[512];
      std::snprintf(text, sizeof text, "%d%%  %s  %s", m.similarity, m.need.c_str(), other ? other->text.c_str() : "");
      if (ImGui::RadioButton(text, d.duplicateOf == m.need)) d.duplicateOf = m.need;
    }
  } else {
    ImGui::InputTextMultiline("##reason", d.reason, sizeof d.reason, ImVec2(420, ImGui::GetTextLineHeight() * 3));
    ctx.widgets.markLastItem("detail.dialog.reason");
  }
  if (!d.message.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
    ImGui::TextWrapped("%s", d.message.c_str());
    ImGui::PopStyleColor();
  }
  if (ImGui::Button(tr("detail.confirm"))) {
    const std::string decided = d.decidedBy, refer = d.referTo, reason = d.reason, original = d.duplicateOf;
    const Dataset& ds = ctx.data();
    bool done = false;
    switch (d.step) {
      case NeedStep::reject:
        done = apply(ctx, n, [&](Need& x, const Edit& e) { return rejectNeed(x, e, decided, refer, reason); });
        break;
      case NeedStep::mark_duplicate:
        done = apply(ctx, n, [&](Need& x, const Edit& e) { return markDuplicate(x, ds, e, original); });
        break;
      case NeedStep::withdraw:
        done = apply(ctx, n, [&](Need& x, const Edit& e) { return withdrawNeed(x, e, reason); });
        break;
      default:
        done = apply(ctx, n, [&](Need& x, const Edit& e) { return closeNeedNotFixed(x, e, reason); });
    }
    if (done) ImGui::CloseCurrentPopup();
  }
  ctx.widgets.markLastItem("detail.dialog.confirm");
  ImGui::SameLine();
  if (ImGui::Button(tr("intake.cancel"))) {
    d.message.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void drawActions(ScreenContext& ctx, const Need& n, DetailState& d) {
  bool any = false;
  for (NeedStep step : needStepsFrom(n.status)) {
    if (step == NeedStep::classify) {
      drawClassify(ctx, n, d);
      any = true;
      continue;
    }
    if (step == NeedStep::list) {
      if (ImGui::Button(tr("detail.list"))) apply(ctx, n, [](Need& x, const Edit& e) { return listNeed(x, e); });
      ctx.widgets.markLastItem("detail.list");
      ImGui::SameLine();
      any = true;
      continue;
    }
    if (step != NeedStep::reject && step != NeedStep::mark_duplicate && step != NeedStep::withdraw &&
        step != NeedStep::close_not_fixed)
      continue;  // matching and claiming belong to their own screens
    const std::string id = std::string(enumName(needStepTarget(step)));
    if (ImGui::Button(tr("detail.step." + id))) {
      d.step = step;
      d.message.clear();
      d.decidedBy[0] = d.referTo[0] = d.reason[0] = '\0';
      d.duplicateOf.clear();
      ImGui::OpenPopup("##detail.exit");
    }
    ctx.widgets.markLastItem("detail.step." + id);
    ImGui::SameLine();
    any = true;
  }
  if (any) ImGui::NewLine();
  drawExitDialog(ctx, n, d);
  if (!d.message.empty() && !ImGui::IsPopupOpen("##detail.exit")) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
    ImGui::TextWrapped("%s", d.message.c_str());
    ImGui::PopStyleColor();
  }
}

void drawHistory(const Need& n) {
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##history", 4, kFlags)) return;
  ImGui::TableSetupColumn(tr("detail.h.at"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("2024-07-05 09:30").x);
  ImGui::TableSetupColumn(tr("detail.h.by"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("中中中中").x);
  ImGui::TableSetupColumn(tr("detail.h.field"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("people_affected").x);
  ImGui::TableSetupColumn(tr("detail.h.change"));
  ImGui::TableHeadersRow();
  for (auto it = n.history.rbegin(); it != n.history.rend(); ++it) {  // newest first
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(it->at.substr(0, 16).replace(10, 1, " ").c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(it->by.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(it->field.c_str());
    ImGui::TableNextColumn();
    // The reporter's phone is masked in the history as on the form.
    auto shown = [&](Json v) {
      if (it->field.find("phone") != std::string::npos && v.is_string()) return maskedPhone(v.get<std::string>());
      if (v.is_object() && v.contains("phone") && v["phone"].is_string()) v["phone"] = maskedPhone(v["phone"].get<std::string>());
      return v.is_null() ? std::string("—") : v.is_string() ? v.get<std::string>() : v.dump();
    };
    std::string change = it->field == "*" ? it->note : shown(it->before) + " → " + shown(it->after);
    if (it->field != "*" && !it->note.empty()) change += " (" + it->note + ")";
    ImGui::TextWrapped("%s", change.c_str());
  }
  ImGui::EndTable();
}

}  // namespace

void drawNeedDetail(ScreenContext& ctx, const std::string& needId) {
  const Need* found = ctx.data().find<Need>(needId);
  if (!found) {
    ImGui::TextUnformatted(tr("detail.none"));
    return;
  }
  const Need n = *found;  // a step may replace the stored record while this frame draws
  DetailState& d = detail();
  if (d.need != n.id) {
    d = DetailState{};
    d.need = n.id;
  }
  ImGui::Text("%s  ·  %s", n.id.c_str(), needStatusLabel(n.status).c_str());
  ctx.widgets.markLastItem("detail.status");
  ImGui::Separator();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(n.text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  row("needs.col.community", communityName(ctx, n.community));
  row("needs.col.category", n.category.empty() ? "—" : categoryLabel(ctx, n.category));
  row("intake.group", targetGroupLabel(n.target_group));
  row("needs.col.people", std::to_string(n.people_affected));
  row("needs.col.urgency", std::to_string(n.urgency));
  row("needs.col.reported", n.reported);
  if (!n.reporter.name.empty()) row("intake.name", n.reporter.name);
  if (!n.reporter.phone.empty()) {
    row("intake.phone", d.phoneRevealed ? n.reporter.phone : maskedPhone(n.reporter.phone));
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(d.phoneRevealed ? "detail.hide" : "detail.reveal"))) d.phoneRevealed = !d.phoneRevealed;
    ctx.widgets.markLastItem("detail.reveal");
  }
  if (!n.reporter.address.empty()) row("intake.address", n.reporter.address);
  if (!n.matched_unit.empty()) {
    const Unit* u = ctx.data().find<Unit>(n.matched_unit);
    row("detail.unit", u ? u->name : n.matched_unit);
  }
  if (!n.refer_to.empty()) row("detail.refer_to", n.refer_to);
  if (!n.reason.empty()) row("detail.reason", n.reason);
  if (!n.duplicate_of.empty()) row("detail.duplicate_of", n.duplicate_of);

  ImGui::Spacing();
  drawActions(ctx, n, d);
  ImGui::Spacing();
  ImGui::TextUnformatted(tr("detail.history"));
  drawHistory(n);
}

}  // namespace gj::ui
