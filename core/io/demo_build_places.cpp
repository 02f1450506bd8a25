// Demo builder: the order of the parts, the helpers, and the street, communities, units, resources and
// volunteers.
#include <algorithm>
#include <cstdio>

#include "io/demo_builder.h"

namespace gj::io::demo {

void DemoBuilder::build() {
  buildPlaces();
  buildUnits();
  buildVolunteers();
  for (std::size_t i = 0; i < s_.projects.size() && errors_.empty(); ++i) buildProject(s_.projects[i], i);
  if (!errors_.empty()) return;  // later parts refer to the projects
  buildExtraNeeds();
  buildStation();
  buildActivityMonths();
  buildFridays();
  buildSessions();
  buildActivityRatings();
  buildMeetings();
  buildAssessments();
  buildVolunteerHonours();
}

// ---- helpers ----

std::string DemoBuilder::addDays(const std::string& date, int days) {
  auto n = dayNumber(date);
  return n ? dateOfDayNumber(*n + days) : date;
}

std::string DemoBuilder::stamp(const std::string& date, int minuteOfDay) {
  char time[32];
  std::snprintf(time, sizeof time, "T%02d:%02d:00+08:00", (minuteOfDay / 60) % 24, minuteOfDay % 60);
  return date + time;
}

int DemoBuilder::minuteOfDay(const std::string& hhmm) {
  int h = 0, m = 0;
  if (std::sscanf(hhmm.c_str(), "%d:%d", &h, &m) != 2) return 9 * 60;
  return h * 60 + m;
}

std::string DemoBuilder::worker(const std::string& communityKey) const {
  const SourceCommunity* c = s_.community(communityKey);
  return c ? c->worker + "（" + c->name + "）" : s_.admin;
}

std::string DemoBuilder::liaison(const std::string& unitKey) const {
  const SourceUnit* u = s_.unit(unitKey);
  if (!u) return s_.admin;
  return (u->liaison.empty() ? std::string("联络员") : u->liaison) + "（" + u->name + "）";
}

std::string DemoBuilder::meetingDate(const std::string& communityKey, Quarter q) const {
  const SourceCommunity* c = s_.community(communityKey);
  char day[4];
  std::snprintf(day, sizeof day, "%02d", c ? c->meeting_day : 10);
  return q.firstDay().substr(0, 8) + day;
}

std::string DemoBuilder::placeText(const std::string& pattern, const SourceCommunity& c, std::size_t turn) const {
  std::string out = pattern;
  auto replace = [&](const std::string& key, const std::string& with) {
    for (auto at = out.find(key); at != std::string::npos; at = out.find(key, at + with.size()))
      out.replace(at, key.size(), with);
  };
  replace("{centre}", c.centre);
  replace("{compound}", c.compounds[turn % c.compounds.size()]);
  return out;
}

std::string DemoBuilder::nextName() {
  // Walks the surname x given-name grid with co-prime steps, so neighbours differ in both parts.
  const std::size_t ns = s_.surnames.size(), ng = s_.given_names.size();
  for (std::size_t tries = 0; tries < ns * ng; ++tries, ++name_turn_) {
    std::string name = s_.surnames[(name_turn_ * 7) % ns] + s_.given_names[(name_turn_ * 11 + name_turn_ / ns) % ng];
    if (names_used_.insert(name).second) {
      ++name_turn_;
      return name;
    }
  }
  return "居民" + std::to_string(name_turn_++);  // only when the grid is used up
}

std::string DemoBuilder::phone(int n) const {
  char text[16];
  const long long digits = (static_cast<long long>(n) * 7'919'333 + 28'350'417) % 100'000'000;
  std::snprintf(text, sizeof text, "138%08lld", digits);
  return text;
}

std::string DemoBuilder::address(const std::string& compound) {
  const int n = people_turn_;
  return compound + std::to_string(1 + (n * 5) % 12) + "栋" + std::to_string(1 + n % 3) + "单元" +
         std::to_string(1 + (n * 7) % 6) + "0" + std::to_string(1 + n % 4);
}

bool DemoBuilder::applied(const Outcome& o, const std::string& where) {
  if (o) return true;
  errors_.push_back(where + ": " + o.reason.en);
  return false;
}

// ---- street, communities, units ----

void DemoBuilder::buildPlaces() {
  const std::string day = "2020-03-02";  // set up when the children's station started keeping records
  const Edit e = edit(day, 9 * 60, s_.admin, "demo dataset");
  ds_.street = create(Street{.name = s_.street_name, .district = s_.district, .city = s_.city}, e, "street.json: street");
  for (std::size_t i = 0; i < s_.communities.size(); ++i) {
    const SourceCommunity& c = s_.communities[i];
    community_[c.key] = create(Community{.street = ds_.street, .name = c.name, .households = c.households}, e,
                               "street.json: communities[" + std::to_string(i) + "]");
  }
}

void DemoBuilder::buildUnits() {
  const Edit e = edit("2020-03-02", 10 * 60, s_.admin, "demo dataset");
  for (const SourceUnit& u : s_.units) {
    Unit r{.name = u.name, .level = u.level, .liaison = u.liaison};
    for (const auto& key : u.communities) r.communities.push_back(community_.at(key));
    unit_[u.key] = create(std::move(r), e, u.where);
  }
  for (const SourceUnit& u : s_.units)
    for (std::size_t i = 0; i < u.offers.size(); ++i) {
      const SourceOffer& o = u.offers[i];
      create(Resource{.unit = unit_.at(u.key), .kind = o.kind, .title = o.title, .categories = o.categories,
                      .capacity_per_quarter = o.capacity},
             edit("2022-11-29", 9 * 60 + static_cast<int>(i) * 5, liaison(u.key)),
             u.where + ".offers[" + std::to_string(i) + "]");
    }
}

void DemoBuilder::buildVolunteers() {
  int n = 0;
  for (const SourceUnit& u : s_.units) {
    if (u.communities.empty()) continue;  // only units in co-building relations send volunteers
    std::vector<std::string> skills;
    for (const auto& o : u.offers)
      for (const auto& c : o.categories)
        if (std::find(skills.begin(), skills.end(), c) == skills.end()) skills.push_back(c);
    for (int k = 0; k < u.volunteers; ++k, ++n) {
      // Everyone can come on Friday (the weekly service day); most have one more day.
      std::vector<int> days{5};
      if (n % 4 != 3) days.push_back(n % 4 == 2 ? 6 : 1 + n % 4);
      std::sort(days.begin(), days.end());
      const std::string name = nextName();
      volunteers_[u.key].push_back(create(Volunteer{.name = name, .unit = unit_.at(u.key), .party_member = n % 9 != 8,
                                                    .skills = skills, .weekdays = days, .phone = phone(1000 + n)},
                                          edit("2022-11-30", 9 * 60 + n % 50, liaison(u.key)),
                                          u.where + " volunteer " + name));
    }
  }
}

}  // namespace gj::io::demo
