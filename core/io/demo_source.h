// The hand-written source tables of the demo dataset (assets/demo/*.json) as plain structs, before any record
// is made. Reading checks every field and every key reference, naming the file and the field:
//   `projects.json: projects[3].lead: expected a unit key from units.json, got "xyz"`.
// Money in the tables is whole yuan; here it is already fen. Keys ("xincheng", "p08") only link the tables.
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/dates.h"
#include "domain/enums.h"

namespace gj::io::demo {

struct SourceCommunity {
  std::string key, name, worker, centre;
  int households = 0;
  int meeting_day = 10;  // day of the first month of each quarter
  std::vector<std::string> compounds;  // residential compounds (小区)
};

struct SourceOffer {
  ResourceKind kind = ResourceKind::service;
  std::string title;
  std::vector<std::string> categories;
  std::int64_t capacity = 0;  // already in the record's unit: fen, minutes or a count
};

struct SourceUnit {
  std::string key, name, liaison;
  UnitLevel level = UnitLevel::district;
  std::vector<std::string> communities;  // community keys
  std::optional<ActivityType> activity;  // what it does in the activity month (paired units)
  int volunteers = 3;
  std::vector<SourceOffer> offers;
  std::string where;  // "units.json: units[3]"
};

struct SourceProgress {
  std::string date, note;
  int percent = 0;
  std::int64_t funds_fen = 0;
};

struct SourceAward {
  std::string title, date;
  std::int64_t amount_fen = 0;
};

struct SourceProject {
  std::string key, title, community, place, lead, category;
  std::vector<std::string> partners;
  TargetGroup group = TargetGroup::general;
  std::optional<Quarter> quarter;
  ProjectStatus status = ProjectStatus::proposed;
  std::int64_t budget_fen = 0, funds_fen = 0;
  std::array<int, 3> ratings{};  // satisfied, basic, unsatisfied
  bool featured = false, exemplary = false;
  int households = 0;
  std::map<TargetGroup, int> beneficiaries;  // empty: derived from its needs
  std::optional<SourceAward> award;
  std::vector<SourceProgress> timeline;  // explicit progress; empty: generated
  std::vector<int> days, percent;        // generated progress: days after the claim, percents
  std::string completed;                 // "" : two days after the last progress
  std::vector<std::string> needs;        // residents' words, one need each
  std::string where;
};

struct SourceNeed {
  std::string key, community, place, text, category, reported;
  TargetGroup group = TargetGroup::general;
  int urgency = 3, people = 1;
  NeedStatus status = NeedStatus::reported;
  std::string matched_unit, decided_by, refer_to, reason, duplicate_of;  // unit / need keys
  std::string where;
};

struct SourceActivityType {
  std::vector<std::string> titles;
  std::string place, start;  // place may hold {centre} / {compound}; start "09:00"
  int minutes = 0;
  std::vector<int> people;  // 服务人次 of successive activities, used in turn
};

struct SourceFriday {
  std::string unit, community, title, from, to, place, start;
  ActivityType type = ActivityType::other;
  int minutes = 0;
  std::vector<int> people;
  std::string where;
};

struct SourceSessions {
  std::string project, from, to, start;
  ActivityType type = ActivityType::other;
  int every_days = 7, minutes = 0;
  std::string where;
};

struct SourceStationYear {
  int year = 0, activities = 0, children = 0;
  std::int64_t funds_fen = 0;
  std::string to;  // last day with activities that year
};

struct SourceStation {
  std::string key, title, community, lead, category, claimed, place;
  std::int64_t budget_fen = 0;
  std::vector<std::string> titles, summer_titles;
  std::vector<SourceStationYear> years;
};

struct SourceStreetMeeting {
  std::string date, notes;
  std::vector<std::string> decisions;
};

struct DemoSource {
  std::string street_name, district, city, as_of, admin;
  std::vector<SourceCommunity> communities;
  std::vector<SourceUnit> units;
  std::map<std::string, std::vector<std::string>> progress_notes;  // category -> 3 notes
  std::vector<SourceProject> projects;
  std::vector<SourceNeed> needs;
  std::vector<std::string> surnames, given_names;
  Quarter first_quarter, last_quarter;
  std::map<ActivityType, SourceActivityType> activity_types;
  std::vector<SourceFriday> fridays;
  std::vector<SourceSessions> sessions;
  SourceStation station;
  std::array<std::string, 4> themes;  // joint-meeting theme per quarter number
  std::vector<SourceStreetMeeting> street_meetings;

  const SourceCommunity* community(const std::string& key) const;
  const SourceUnit* unit(const std::string& key) const;
};

// Reads every table in `dir` (assets/demo); `categories` are the known category ids. On a problem returns
// false with *error listing each one, one per line, each starting with the file name.
bool readDemoSource(const std::string& dir, const std::vector<std::string>& categories, DemoSource* out,
                    std::string* error);

// The category ids of assets/categories.json (the demo tables may only use these).
bool readCategoryIds(const std::string& assetDir, std::vector<std::string>* ids, std::string* error);

}  // namespace gj::io::demo
