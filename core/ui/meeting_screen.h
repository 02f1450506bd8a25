// The Joint meeting screen 联席会议 is several files: the layout, the quarter and date choice and the state for
// tests (screen_meetings.cpp); the pack — street totals, the community and unit tables, a row's projects, the
// stale claims (meeting_pack_view.cpp, meeting_stale.cpp); the quarter's meeting records with their detail and
// history (meeting_records.cpp) and the form that records or edits one (meeting_form.cpp); the exports
// (meeting_export.cpp). This is what they share.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/meeting_workflow.h"
#include "report/meeting_pack.h"
#include "ui/meeting_rows.h"
#include "ui/form_widgets.h"
#include "ui/screens.h"

struct ImGuiInputTextCallbackData;

namespace gj::ui {

enum class MeetingView { pack, records };
enum class PackTable { communities, units, stale };

struct MeetingForm {
  bool open = false;
  MeetingDraft draft;  // draft.meeting: the meeting edited, or the id a new one gets
  bool isNew = true;
  char date[16] = "";
  std::string notes;
  std::vector<std::string> decisions;
  char unitSearch[64] = "";
  std::map<std::string, std::string> errors;  // field -> message in the user's language
  std::string refused;                        // why the last save was refused ("" when it was not)
  std::string refusalKey;
};

struct MeetingsUi {
  Quarter quarter;              // the quarter under review
  bool quarterChosen = false;   // the default (latest quarter with records) is chosen once
  char todayText[16] = "";      // the date stale claims are judged on, as typed
  std::string today;            // the last valid one
  std::string todayError;
  bool cumulative = false;
  MeetingView view = MeetingView::pack;
  bool viewRequested = false;   // switch the tab bar to `view` on the next frame
  PackTable table = PackTable::communities;
  PackSort sort;
  std::string selectedRow;      // community or unit id whose projects are shown; "street" for the street

  // The pack as last computed, and what it was computed from.
  report::MeetingPack pack;
  const io::Workspace* packWorkspace = nullptr;
  std::uint64_t packVersion = 0;
  Quarter packQuarter;
  std::string packToday;

  std::string selectedMeeting;  // meeting shown in the records view
  MeetingForm form;

  std::string lastExportFile;   // name of the last exported file, and where it went
  std::string lastExportWhere;
};

MeetingsUi& meetingsUi();

// Recomputes the pack when the data, quarter or date changed.
void refreshMeetingPack(ScreenContext& ctx, MeetingsUi& ui);
void chooseQuarter(MeetingsUi& ui, Quarter q);  // another quarter: its rows, meetings and form start afresh

void drawPackView(ScreenContext& ctx, MeetingsUi& ui);
void drawStaleClaims(ScreenContext& ctx, MeetingsUi& ui);
void drawMeetingRecords(ScreenContext& ctx, MeetingsUi& ui);
void drawMeetingForm(ScreenContext& ctx, MeetingsUi& ui);
void openMeetingForm(ScreenContext& ctx, MeetingsUi& ui, const Meeting* editing);  // nullptr: a new meeting
void drawMeetingExports(ScreenContext& ctx, MeetingsUi& ui);

// The rows of the open table in the order shown (communities or units; empty for the stale claims).
std::vector<const report::PackRow*> shownPackRows(const MeetingsUi& ui);

// Shared labels and pieces, in their own namespace so their short names never meet another screen's helpers.
namespace meeting_ui {

std::string unitName(const ScreenContext& ctx, const std::string& id);
std::string wanYuan(std::int64_t fen);   // "20.08"
std::string hours(std::int64_t minutes);  // "342.0"
std::string quarterLabel(Quarter q);      // "2024年第3季度" / "2024 Q3"
std::string statusLabel(ProjectStatus s);
std::string scopeLabel(const ScreenContext& ctx, const std::string& community);  // 全街道 or the community
// An InputText (multiline when size.y > 0) editing a std::string of any length.
bool inputString(const char* id, std::string* text, const char* hint, float height = 0.0f);

}  // namespace meeting_ui

}  // namespace gj::ui
