// The Volunteers screen 志愿者 is several files: the layout and state (screen_volunteers.cpp), the roster with
// its filters and sortable columns (volunteer_roster.cpp), the selected volunteer's detail with hours and
// stars (volunteer_detail.cpp) and the honour roll of a chosen year (volunteer_honour_roll.cpp). This is what
// they share.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "report/volunteer_honours.h"
#include "ui/screens.h"
#include "ui/volunteer_list.h"

namespace gj::ui {

struct VolunteersUi {
  VolunteerFilter filter;
  VolunteerSort sort;
  char search[64] = "";
  int year = 0;  // the honour roll's year; 0 until chosen (the latest year with service)

  // Computed when the data, filter, sort or year changed.
  const io::Workspace* workspace = nullptr;
  std::uint64_t version = 0;
  VolunteerFilter rowsFilter;
  VolunteerSort rowsSort;
  int rowsYear = -1;
  std::vector<std::string> rows;                // volunteer ids, in the roster's order
  report::VolunteerReport allTime, ofYear;      // hours over all records and in `year`
  std::map<std::string, std::int64_t, std::less<>> minutes;  // all-time minutes by volunteer
  std::vector<int> years;                       // years with any activity, ascending
  std::vector<std::pair<std::string, std::string>> units;  // the unit filter's (id, name), by id
  std::vector<std::string> skills;              // every skill a volunteer has, sorted (labels per frame: language)

  std::string selected;  // volunteer shown in the detail panel
};

VolunteersUi& volunteersUi();
void refreshVolunteers(ScreenContext& ctx, VolunteersUi& ui);

void drawVolunteerFilters(ScreenContext& ctx, VolunteersUi& ui);
void drawVolunteerRoster(ScreenContext& ctx, VolunteersUi& ui);
void drawVolunteerDetail(ScreenContext& ctx, VolunteersUi& ui);
void drawHonourRoll(ScreenContext& ctx, VolunteersUi& ui);

// Shared pieces, in their own namespace so their short names never meet another screen's at link time.
namespace volunteer_ui {

// A volunteer's figures in a report (zeros when they served nothing in its span).
report::VolunteerHours hoursOf(const report::VolunteerReport& r, const std::string& volunteer);
std::string hoursLabel(std::int64_t minutes);  // hoursText in the UI's language
// `count` of 5 stars filled, drawn as shapes (no glyphs needed), `size` pixels high, as one item.
void drawStars(int count, float size);
std::string weekdaysLabel(const Volunteer& v);  // "一 三 五" / "Mon Wed Fri", with hours when limited
std::string skillsLabel(const ScreenContext& ctx, const Volunteer& v);

}  // namespace volunteer_ui

}  // namespace gj::ui
