// The Activities screen 活动 is several files: the layout, quarter picker and state (screen_activities.cpp), the
// quarter's calendar (activity_calendar_view.cpp, over activity_calendar.h), the quarter's list
// (activity_list.cpp), the create form (activity_form.cpp), and the selected activity's panel
// (activity_detail.cpp) with its staffing plan (activity_staffing.cpp), attendance (activity_attendance.cpp)
// and history (activity_history.cpp). This is what they share.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/activity_workflow.h"
#include "match/plan_volunteers.h"
#include "ui/activity_calendar.h"
#include "ui/form_widgets.h"
#include "ui/screens.h"

namespace gj::ui {

struct ActivitiesUi {
  Quarter quarter;       // chosen once from the data (the latest quarter with activities), then by the picker
  std::string day;       // a calendar day chosen to narrow the list ("" = the whole quarter)
  std::string selected;  // activity shown in the panel
  bool creating = false; // the create form is open instead
  bool defaultChosen = false;  // the quarter's latest activity is selected once, when nothing is

  // Computed when the data or the quarter changed.
  const io::Workspace* workspace = nullptr;
  std::uint64_t version = 0;
  Quarter rowsQuarter;
  QuarterCalendar calendar;
  std::vector<std::string> rows;  // the quarter's activity records, by start then id

  // The staffing plan of the selected activity's day, computed when the data or selection changed.
  std::string planFor;
  std::uint64_t planVersion = 0;
  std::vector<match::ServiceAssignment> proposals;  // for the selected activity, not yet accepted
  std::optional<match::ActivityShortfall> shortfall;
  bool planOptimal = true;

  std::string refusalKey;   // the last refused step, for the state JSON (the forms show their own)
  std::string refusalText;
};

ActivitiesUi& activitiesUi();
void refreshActivities(ScreenContext& ctx, ActivitiesUi& ui);
void refreshStaffingPlan(ScreenContext& ctx, ActivitiesUi& ui);

void drawQuarterPicker(ScreenContext& ctx, ActivitiesUi& ui);
void drawActivityCalendar(ScreenContext& ctx, ActivitiesUi& ui);
void drawActivityList(ScreenContext& ctx, ActivitiesUi& ui);
void drawActivityForm(ScreenContext& ctx, ActivitiesUi& ui);
void drawActivityDetail(ScreenContext& ctx, ActivitiesUi& ui);
void drawStaffing(ScreenContext& ctx, ActivitiesUi& ui, const Activity& a);
void drawAttendance(ScreenContext& ctx, ActivitiesUi& ui, const Activity& a);
void drawActivityHistory(ScreenContext& ctx, const Activity& a);

// Stores an applied step as one action and selects its activity. A refusal (or a workspace that refuses to
// write) leaves *error with the reason in the user's language and *field with the field it names; true when
// stored.
bool storeActivityChange(ScreenContext& ctx, const ActivityChange& change, std::string* error, std::string* field = nullptr);

namespace activity_ui {

std::string typeLabel(ActivityType t);             // the type in the UI language (string key act.type.NAME)
std::string timeLabel(const Activity& a);          // "2024-07-05 09:00–12:00"
std::string unitName(const ScreenContext& ctx, const std::string& id);
std::string volunteerName(const ScreenContext& ctx, const std::string& id);
std::string minutesLabel(std::int64_t minutes);    // hoursText in the UI's language

}  // namespace activity_ui

}  // namespace gj::ui
