// Joint meeting 联席会议: the street office prepares the quarterly meeting here. A tool bar chooses the quarter
// (the latest with records at first) and the date stale claims are judged on (today at first), and offers the
// exports; below it two views: the pack (street totals, communities, units, stale claims) and the quarter's
// meeting records with the form that records or edits one.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "domain/dates.h"
#include "ui/edit_stamp.h"
#include "ui/meeting_screen.h"
#include "ui/screen_states.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

using namespace meeting_ui;

MeetingsUi& meetingsUi() {
  static MeetingsUi ui;
  return ui;
}

void refreshMeetingPack(ScreenContext& ctx, MeetingsUi& ui) {
  const std::uint64_t version = ctx.workspace->version();
  if (ui.packWorkspace == ctx.workspace && ui.packVersion == version && ui.packQuarter == ui.quarter &&
      ui.packToday == ui.today)
    return;
  ui.pack = report::computeMeetingPack(ctx.data(), ui.quarter, ui.today);
  ui.packWorkspace = ctx.workspace;
  ui.packVersion = version;
  ui.packQuarter = ui.quarter;
  ui.packToday = ui.today;
}

void chooseQuarter(MeetingsUi& ui, Quarter q) {
  if (q == ui.quarter) return;
  ui.quarter = q;
  ui.selectedRow.clear();
  ui.selectedMeeting.clear();
  ui.form = MeetingForm{};
}

std::vector<const report::PackRow*> shownPackRows(const MeetingsUi& ui) {
  std::vector<const report::PackRow*> out;
  if (ui.table == PackTable::stale) return out;
  const auto& rows = ui.table == PackTable::communities ? ui.pack.communities : ui.pack.units;
  for (std::size_t i : sortPackRows(rows, ui.sort, ui.cumulative)) out.push_back(&rows[i]);
  return out;
}

namespace {

Json figuresJson(const report::PackRow& r, bool cumulative) {
  const report::PackFigures& f = cumulative ? r.cumulative : r.quarter;
  return Json{{"id", r.id},
              {"name", r.name},
              {"claimed", f.projects_claimed},
              {"completed", f.projects_completed},
              {"progress", r.progress_average},
              {"fundsFen", f.funds_spent_fen},
              {"fundsWan", wanYuan(f.funds_spent_fen)},
              {"activities", f.activities},
              {"volunteerMinutes", f.volunteer_minutes},
              {"hours", hours(f.volunteer_minutes)},
              {"served", f.people_served},
              {"problems", f.problems_solved},
              {"meetings", f.meetings},
              {"stale", r.stale_claims}};
}

const char* tableId(PackTable t) {
  return t == PackTable::communities ? "communities" : t == PackTable::units ? "units" : "stale";
}

// Once: the latest quarter with records, and today's date for stale claims.
void chooseDefaults(ScreenContext& ctx, MeetingsUi& ui) {
  if (ui.today.empty()) {
    ui.today = today();
    std::snprintf(ui.todayText, sizeof ui.todayText, "%s", ui.today.c_str());
  }
  if (ui.quarterChosen) return;
  ui.quarterChosen = true;
  ui.quarter = latestQuarterWithRecords(ctx.data(), *Quarter::ofDate(ui.today));
}

void drawQuarterChoice(ScreenContext& ctx, MeetingsUi& ui) {
  const std::vector<Quarter> offered = quartersOffered(ctx.data(), *Quarter::ofDate(today()));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("meet.quarter"));
  ImGui::SameLine();
  if (ImGui::ArrowButton("##meet.quarter.prev", ImGuiDir_Left)) chooseQuarter(ui, ui.quarter.previous());
  ctx.widgets.markLastItem("meet.quarter.prev");
  ImGui::SameLine(0, 4);
  ImGui::SetNextItemWidth(ImGui::CalcTextSize(quarterLabel(Quarter{2024, 4}).c_str()).x + ImGui::GetFrameHeight() +
                          ImGui::GetStyle().FramePadding.x * 2 + 8);
  if (ImGui::BeginCombo("##meet.quarter", quarterLabel(ui.quarter).c_str(), ImGuiComboFlags_HeightLargest)) {
    for (Quarter q : offered) {
      if (ImGui::Selectable(quarterLabel(q).c_str(), q == ui.quarter)) chooseQuarter(ui, q);
      ctx.widgets.markLastItem("meet.quarter." + q.text());
    }
    ImGui::EndCombo();
  }
  ctx.widgets.markLastItem("meet.quarter");
  ImGui::SameLine(0, 4);
  if (ImGui::ArrowButton("##meet.quarter.next", ImGuiDir_Right)) chooseQuarter(ui, ui.quarter.next());
  ctx.widgets.markLastItem("meet.quarter.next");
  ImGui::SameLine();
  char range[96];
  std::snprintf(range, sizeof range, tr("meet.quarter_range"), ui.quarter.firstDay().c_str(), ui.quarter.lastDay().c_str());
  ImGui::AlignTextToFramePadding();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextUnformatted(range);
  ImGui::PopStyleColor();
}

void drawTodayChoice(ScreenContext& ctx, MeetingsUi& ui) {
  ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("meet.today"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::CalcTextSize("2024-07-05").x + ImGui::GetStyle().FramePadding.x * 2 + 8);
  if (ImGui::InputTextWithHint("##meet.today", "2024-09-30", ui.todayText, sizeof ui.todayText)) {
    if (isDate(ui.todayText)) {
      ui.today = ui.todayText;
      ui.todayError.clear();
    } else {
      ui.todayError = tr("meet.err.today");
    }
  }
  ctx.widgets.markLastItem("meet.today");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("meet.today_hint"));
  ImGui::SameLine();
  if (ImGui::SmallButton(tr("meet.today_reset"))) {
    ui.today = today();
    std::snprintf(ui.todayText, sizeof ui.todayText, "%s", ui.today.c_str());
    ui.todayError.clear();
  }
  ctx.widgets.markLastItem("meet.today.reset");
}

// PageUp / PageDown step through the quarters while no text field has the keyboard.
void quarterKeys(MeetingsUi& ui) {
  if (ImGui::GetIO().WantTextInput || !ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) return;
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageUp), false)) chooseQuarter(ui, ui.quarter.previous());
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageDown), false)) chooseQuarter(ui, ui.quarter.next());
}

}  // namespace

Json meetingsState() {
  const MeetingsUi& ui = meetingsUi();
  if (!ui.packWorkspace) return Json::object();
  Json rows = Json::array();
  for (const report::PackRow* r : shownPackRows(ui)) rows.push_back(figuresJson(*r, ui.cumulative));
  Json stale = Json::array();
  for (const report::StaleClaim& s : ui.pack.stale)
    stale.push_back({{"project", s.project}, {"days", s.days_since}, {"lead", s.lead_unit}, {"community", s.community}});
  Json rowProjects = Json::array();
  const report::PackRow* selected = ui.selectedRow == "street" ? &ui.pack.street : nullptr;
  for (const auto* rows2 : {&ui.pack.communities, &ui.pack.units})
    for (const report::PackRow& r : *rows2)
      if (!ui.selectedRow.empty() && r.id == ui.selectedRow) selected = &r;
  if (selected)
    for (const report::PackProject& p : selected->projects)
      rowProjects.push_back({{"project", p.project}, {"percent", p.percent}, {"lastProgress", p.last_progress}});
  Json meetings = Json::array();
  for (const Meeting* m : meetingsOfQuarter(ui.packWorkspace->dataset(), ui.quarter)) meetings.push_back(m->id);
  Json errors = Json::object();
  for (const auto& [field, text] : ui.form.errors) errors[field] = text;
  return Json{{"quarter", ui.quarter.text()},
              {"today", ui.today},
              {"todayError", ui.todayError},
              {"cumulative", ui.cumulative},
              {"view", ui.view == MeetingView::pack ? "pack" : "records"},
              {"table", tableId(ui.table)},
              {"sort", {{"column", packColumnId(ui.sort.column)}, {"descending", ui.sort.descending}}},
              {"street", figuresJson(ui.pack.street, ui.cumulative)},
              {"rows", rows},
              {"selectedRow", ui.selectedRow},
              {"rowProjects", rowProjects},
              {"stale", stale},
              {"meetings", meetings},
              {"selected", ui.selectedMeeting},
              {"editing", ui.form.open ? (ui.form.isNew ? "new" : ui.form.draft.meeting) : ""},
              {"formErrors", errors},
              {"refusal", ui.form.refusalKey},
              {"message", ui.form.refused},
              {"lastExport", {{"file", ui.lastExportFile}, {"where", ui.lastExportWhere}}}};
}

void drawMeetings(ScreenContext& ctx) {
  MeetingsUi& ui = meetingsUi();
  screenHeader(ctx, Screen::meetings);
  chooseDefaults(ctx, ui);
  quarterKeys(ui);

  drawQuarterChoice(ctx, ui);
  drawTodayChoice(ctx, ui);
  refreshMeetingPack(ctx, ui);
  drawMeetingExports(ctx, ui);
  errorText(ui.todayError);

  if (ImGui::BeginTabBar("##meet.views")) {
    const int count = static_cast<int>(meetingsOfQuarter(ctx.data(), ui.quarter).size());
    char records[128];
    std::snprintf(records, sizeof records, tr("meet.view.records"), count);
    const std::string recordsLabel = std::string(records) + "###meet.view.records";
    const bool request = ui.viewRequested;
    ui.viewRequested = false;
    auto flagsFor = [&](MeetingView v) {
      return request && ui.view == v ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
    };
    const bool packOpen = ImGui::BeginTabItem((std::string(tr("meet.view.pack")) + "###meet.view.pack").c_str(), nullptr,
                                              flagsFor(MeetingView::pack));
    ctx.widgets.markLastItem("meet.view.pack");
    if (packOpen) {
      if (!request) ui.view = MeetingView::pack;
      drawPackView(ctx, ui);
      ImGui::EndTabItem();
    }
    const bool recordsOpen = ImGui::BeginTabItem(recordsLabel.c_str(), nullptr, flagsFor(MeetingView::records));
    ctx.widgets.markLastItem("meet.view.records");
    if (recordsOpen) {
      if (!request) ui.view = MeetingView::records;
      drawMeetingRecords(ctx, ui);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
}

}  // namespace gj::ui
