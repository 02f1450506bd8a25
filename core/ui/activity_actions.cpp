// Storing an activity step as one action, the staffing plan of the selected activity's day, and the small
// pieces every part of the Activities screen uses.
#include <cstdio>

#include <imgui.h>

#include "report/volunteer_honours.h"
#include "ui/activity_screen.h"
#include "ui/edit_stamp.h"
#include "ui/form_widgets.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

bool storeActivityChange(ScreenContext& ctx, const ActivityChange& change, std::string* error, std::string* field) {
  ActivitiesUi& ui = activitiesUi();
  if (field) *field = change.field;
  if (!change) {
    *error = inLang(change.outcome.reason);
    ui.refusalKey = change.outcome.reason.key;
    ui.refusalText = *error;
    return false;
  }
  if (change.activity) {
    io::Action action;
    action.put(*change.activity);
    if (!ctx.workspace->perform(std::move(action))) {
      *error = performRefusal(ctx);
      ui.refusalKey = "workspace.read_only";
      ui.refusalText = *error;
      return false;
    }
    ui.selected = change.activity->id;
  }
  ui.refusalKey.clear();
  ui.refusalText.clear();
  error->clear();
  return true;
}

// The plan is run for the activity's day only (its week's service still counts for the weekly cap and its
// quarter's for fairness), so the proposals answer "who should serve at this one".
void refreshStaffingPlan(ScreenContext& ctx, ActivitiesUi& ui) {
  if (ui.planFor == ui.selected && ui.planVersion == ctx.workspace->version()) return;
  ui.planFor = ui.selected;
  ui.planVersion = ctx.workspace->version();
  ui.proposals.clear();
  ui.shortfall.reset();
  ui.planOptimal = true;
  const Activity* a = ctx.data().find<Activity>(ui.selected);
  const auto quarter = a ? Quarter::ofDate(datePart(a->start)) : std::nullopt;
  if (!a || !quarter) return;
  match::VolunteerPlanOptions options{.quarter = *quarter, .weights = ctx.matchingWeights.volunteers};
  options.first_day = options.last_day = std::string(datePart(a->start));
  const match::VolunteerPlan plan = match::planVolunteers(ctx.data(), options);
  for (const auto& s : plan.assignments)
    if (s.activity == a->id && !s.locked) ui.proposals.push_back(s);
  for (const auto& s : plan.short_of)
    if (s.activity == a->id) ui.shortfall = s;
  ui.planOptimal = plan.optimal;
}

namespace activity_ui {

std::string typeLabel(ActivityType t) { return tr("act.type." + std::string(enumName(t))); }

std::string timeLabel(const Activity& a) {
  if (a.start.size() < 16) return a.start;
  std::string out = a.start.substr(0, 10) + " " + a.start.substr(11, 5);
  if (a.end.size() >= 16) out += (a.end.substr(0, 10) == a.start.substr(0, 10) ? "–" + a.end.substr(11, 5) : "–" + a.end.substr(0, 10) + " " + a.end.substr(11, 5));
  return out;
}

std::string unitName(const ScreenContext& ctx, const std::string& id) {
  const Unit* u = ctx.data().find<Unit>(id);
  return u ? u->name : id;
}

std::string volunteerName(const ScreenContext& ctx, const std::string& id) {
  const Volunteer* v = ctx.data().find<Volunteer>(id);
  return v ? v->name : id;
}

std::string minutesLabel(std::int64_t minutes) {
  return report::hoursText(minutes, strings().lang() == Lang::zh ? Language::zh : Language::en);
}

}  // namespace activity_ui

}  // namespace gj::ui
