// 记录会议: the form that records a new meeting of the quarter or edits one — date (inside the quarter),
// street-wide or a community, attending units (a searchable list of check boxes, with "the paired units" and
// "none"), notes (multi-line, any length) and decisions (a list to add to, edit and reorder). Saving stores
// the one record as one action stamped with the operator; every problem shows under its field, and a
// refused save keeps what was typed. Ctrl+Enter saves, Escape cancels.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "ui/edit_stamp.h"
#include "ui/fonts.h"
#include "ui/form_widgets.h"
#include "ui/meeting_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

using namespace meeting_ui;

void openMeetingForm(ScreenContext& ctx, MeetingsUi& ui, const Meeting* editing) {
  MeetingForm& f = ui.form;
  f = MeetingForm{};
  f.open = true;
  f.isNew = editing == nullptr;
  if (editing) {
    f.draft = draftOf(*editing);
    f.notes = editing->notes;
    f.decisions = editing->decisions;
  } else {
    f.draft.quarter = ui.quarter;
    const std::string now = today();
    if (ui.quarter.contains(now)) f.draft.date = now;  // otherwise left for the user: no guessed date
    f.decisions.emplace_back();
  }
  if (f.decisions.empty()) f.decisions.emplace_back();
  std::snprintf(f.date, sizeof f.date, "%s", f.draft.date.c_str());
  (void)ctx;
}

namespace {

void save(ScreenContext& ctx, MeetingsUi& ui) {
  MeetingForm& f = ui.form;
  f.errors.clear();
  f.refused.clear();
  f.refusalKey.clear();
  if (f.isNew && f.draft.meeting.empty() && !ctx.operatorName.empty())
    f.draft.meeting = ctx.workspace->allocateId(Meeting::kType);  // kept for the next try if this one is refused
  MeetingDraft draft = f.draft;
  if (draft.meeting.empty()) draft.meeting = "meeting/new";  // only checked for the fields: no operator yet
  draft.date = f.date;
  draft.notes = f.notes;
  draft.decisions = f.decisions;
  const MeetingChange change = recordMeeting(ctx.data(), draft, editNow(ctx, f.isNew ? "" : "edited"));
  if (!change) {
    for (const auto& [field, message] : change.fieldErrors) f.errors[field] = inLang(message);
    f.refusalKey = change.outcome.reason.key;
    // The operator's name missing says so (with the way to Settings); field problems show under their fields.
    const bool aboutEdit = change.outcome.reason.key.rfind("edit.", 0) == 0;
    f.refused = aboutEdit || change.fieldErrors.empty() ? inLang(change.outcome.reason) : tr("meet.err.fields");
    return;
  }
  if (change.meeting) {
    io::Action action;
    action.put(*change.meeting);
    if (!ctx.workspace->perform(std::move(action))) {
      f.refused = performRefusal(ctx);
      f.refusalKey = "workspace.read_only";
      return;
    }
    requireGlyphs(change.meeting->notes);  // text typed through the IME renders in the detail view
    for (const std::string& d : change.meeting->decisions) requireGlyphs(d);
  }
  ui.selectedMeeting = draft.meeting;
  f = MeetingForm{};
}

void drawDate(ScreenContext& ctx, MeetingForm& f) {
  formLabel("meet.form.date");
  ImGui::SetNextItemWidth(ImGui::CalcTextSize("2024-07-05").x + ImGui::GetStyle().FramePadding.x * 2 + 8);
  ImGui::InputTextWithHint("##meet.form.date", "2024-07-05", f.date, sizeof f.date);
  ctx.widgets.markLastItem("meet.form.date");
  ImGui::SameLine();
  char range[128];
  std::snprintf(range, sizeof range, tr("meet.form.date_range"), f.draft.quarter.firstDay().c_str(),
                f.draft.quarter.lastDay().c_str());
  ImGui::AlignTextToFramePadding();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextUnformatted(range);
  ImGui::PopStyleColor();
  formError(f.errors, "date");
  formError(f.errors, "quarter");
}

void drawScope(ScreenContext& ctx, MeetingsUi& ui) {
  MeetingForm& f = ui.form;
  formLabel("meet.form.scope");
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
  if (ImGui::BeginCombo("##meet.form.scope", scopeLabel(ctx, f.draft.community).c_str())) {
    if (ImGui::Selectable(tr("meet.street_wide"), f.draft.community.empty())) f.draft.community.clear();
    ctx.widgets.markLastItem("meet.form.scope.street");
    for (const auto& [id, c] : ctx.data().communities()) {
      if (ImGui::Selectable(c.name.c_str(), f.draft.community == id)) f.draft.community = id;
      ctx.widgets.markLastItem("meet.form.scope." + id);
    }
    ImGui::EndCombo();
  }
  ctx.widgets.markLastItem("meet.form.scope");
  formError(f.errors, "community");
}

bool attends(const MeetingForm& f, const std::string& unit) {
  return std::find(f.draft.attending.begin(), f.draft.attending.end(), unit) != f.draft.attending.end();
}

void setAttending(MeetingForm& f, const std::string& unit, bool on) {
  auto& a = f.draft.attending;
  if (on && !attends(f, unit)) a.push_back(unit);
  if (!on) a.erase(std::remove(a.begin(), a.end(), unit), a.end());
  std::sort(a.begin(), a.end(), IdLess{});
}

void drawAttending(ScreenContext& ctx, MeetingsUi& ui) {
  MeetingForm& f = ui.form;
  char label[160];
  std::snprintf(label, sizeof label, tr("meet.form.attending_count"), tr("meet.form.attending"),
                static_cast<int>(f.draft.attending.size()), static_cast<int>(ctx.data().units().size()));
  ImGui::Spacing();
  ImGui::TextUnformatted(label);
  ctx.widgets.markLastItem("meet.form.attending");
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
  ImGui::InputTextWithHint("##meet.form.unit_search", tr("meet.form.unit_search"), f.unitSearch, sizeof f.unitSearch);
  ctx.widgets.markLastItem("meet.form.unit_search");
  ImGui::SameLine();
  // The units paired with the meeting's community (all paired units for a street-wide meeting).
  if (ImGui::Button(tr("meet.form.units.paired"))) {
    for (const auto& [id, u] : ctx.data().units()) {
      const bool paired = f.draft.community.empty()
                              ? !u.communities.empty()
                              : std::find(u.communities.begin(), u.communities.end(), f.draft.community) != u.communities.end();
      if (paired) setAttending(f, id, true);
    }
  }
  ctx.widgets.markLastItem("meet.form.units.paired");
  ImGui::SameLine();
  if (ImGui::Button(tr("meet.form.units.none"))) f.draft.attending.clear();
  ctx.widgets.markLastItem("meet.form.units.none");

  const std::vector<std::string> shown = unitsMatching(ctx.data(), f.unitSearch);
  const float rowHeight = ImGui::GetFrameHeightWithSpacing();
  ImGui::BeginChild("##meet.form.units", ImVec2(0, rowHeight * 5.5f), true);
  if (shown.empty()) mutedText(tr("meet.form.units.no_match"));
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(shown.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const std::string& id = shown[static_cast<std::size_t>(i)];
      bool on = attends(f, id);
      ImGui::PushID(id.c_str());
      if (ImGui::Checkbox(unitName(ctx, id).c_str(), &on)) setAttending(f, id, on);
      ctx.widgets.markLastItem("meet.form.unit." + id);
      ImGui::PopID();
    }
  ImGui::EndChild();
  ctx.widgets.markLastItem("meet.form.units");
  formError(f.errors, "attending");
}

void drawNotes(ScreenContext& ctx, MeetingForm& f) {
  formLabel("meet.form.notes");
  inputString("##meet.form.notes", &f.notes, nullptr, ImGui::GetTextLineHeight() * 4 + ImGui::GetStyle().FramePadding.y * 2);
  ctx.widgets.markLastItem("meet.form.notes");
  formError(f.errors, "notes");
}

void drawDecisions(ScreenContext& ctx, MeetingForm& f) {
  formLabel("meet.form.decisions");
  const ImGuiStyle& style = ImGui::GetStyle();
  const float buttons = ImGui::GetFrameHeight() * 3 + style.ItemSpacing.x * 3;
  int moveUp = -1, moveDown = -1, remove = -1;
  for (std::size_t i = 0; i < f.decisions.size(); ++i) {
    const std::string n = std::to_string(i);
    ImGui::PushID(static_cast<int>(i));
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%d.", static_cast<int>(i + 1));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::max(ImGui::GetFontSize() * 6, ImGui::GetContentRegionAvail().x - buttons));
    inputString("##decision", &f.decisions[i], tr("meet.form.decision_hint"));
    ctx.widgets.markLastItem("meet.form.decision." + n);
    ImGui::SameLine();
    ImGui::BeginDisabled(i == 0);
    if (ImGui::ArrowButton("##up", ImGuiDir_Up)) moveUp = static_cast<int>(i);
    ImGui::EndDisabled();
    ctx.widgets.markLastItem("meet.form.decision.up." + n);
    ImGui::SameLine();
    ImGui::BeginDisabled(i + 1 == f.decisions.size());
    if (ImGui::ArrowButton("##down", ImGuiDir_Down)) moveDown = static_cast<int>(i);
    ImGui::EndDisabled();
    ctx.widgets.markLastItem("meet.form.decision.down." + n);
    ImGui::SameLine();
    if (ImGui::Button(tr("meet.form.decision_remove_mark"), ImVec2(ImGui::GetFrameHeight(), 0))) remove = static_cast<int>(i);
    ctx.widgets.markLastItem("meet.form.decision.remove." + n);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("meet.form.decision_remove"));
    ImGui::PopID();
  }
  // Applied after the loop: the list must not change while it is drawn.
  if (moveUp > 0) std::swap(f.decisions[static_cast<std::size_t>(moveUp)], f.decisions[static_cast<std::size_t>(moveUp) - 1]);
  if (moveDown >= 0) std::swap(f.decisions[static_cast<std::size_t>(moveDown)], f.decisions[static_cast<std::size_t>(moveDown) + 1]);
  if (remove >= 0) f.decisions.erase(f.decisions.begin() + remove);
  if (ImGui::Button(tr("meet.form.decision_add"))) f.decisions.emplace_back();
  ctx.widgets.markLastItem("meet.form.decision.add");
}

}  // namespace

void drawMeetingForm(ScreenContext& ctx, MeetingsUi& ui) {
  MeetingForm& f = ui.form;
  char title[160];
  if (f.isNew)
    std::snprintf(title, sizeof title, tr("meet.form.title_new"), quarterLabel(f.draft.quarter).c_str());
  else
    std::snprintf(title, sizeof title, tr("meet.form.title_edit"), f.draft.date.c_str());
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrandDark);
  ImGui::TextUnformatted(title);
  ImGui::PopStyleColor();
  ImGui::Separator();

  drawDate(ctx, f);
  drawScope(ctx, ui);
  drawAttending(ctx, ui);
  drawNotes(ctx, f);
  drawDecisions(ctx, f);

  ImGui::Spacing();
  formRefusal(ctx, f.refused);
  const bool saveKeys = ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) &&
                        ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows);
  if (ImGui::Button(tr("meet.form.save")) || saveKeys) save(ctx, ui);
  ctx.widgets.markLastItem("meet.form.save");
  ImGui::SameLine();
  // Escape inside a text field only leaves the field (ImGui's own meaning); elsewhere it closes the form.
  const bool cancelKey = !ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false) &&
                         ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows);
  if (ImGui::Button(tr("intake.cancel")) || cancelKey) ui.form = MeetingForm{};
  ctx.widgets.markLastItem("meet.form.cancel");
  ImGui::SameLine();
  mutedText(tr("meet.form.keys"));
}

}  // namespace gj::ui
