// Demo builder: volunteer activities and the children's station.
//   activity month  every paired unit serves each of its communities once in the first month of each quarter
//   Fridays         units that serve every Friday (recurring_weekly), two of their volunteers each week
//   sessions        activities of a project (the 邻里学堂 lessons), organised by its lead and partner units
//   station         新城社区's 壹基金 children's station: a project led by a unit in no co-building relations,
//                   its activities spread over each year of its ledger (children_station.json) — none of it counts
//                   as co-building on the dashboard
#include <algorithm>
#include <cstdio>

#include "domain/project_lifecycle.h"
#include "io/demo_builder.h"

namespace gj::io::demo {
namespace {

int isoWeekday(const std::string& date) {  // 1 = Monday .. 7 = Sunday
  auto d = dayNumber(date);
  return d ? ((*d % 7 + 7) % 7 + 3) % 7 + 1 : 1;  // day 0, 1970-01-01, was a Thursday
}

}  // namespace

void DemoBuilder::buildActivityMonths() {
  std::size_t qi = 0;
  for (Quarter q = s_.first_quarter; q <= s_.last_quarter; q = q.next(), ++qi)
    for (std::size_t ci = 0; ci < s_.communities.size(); ++ci) {
      const SourceCommunity& c = s_.communities[ci];
      std::size_t j = 0;
      for (const SourceUnit& u : s_.units) {
        if (std::find(u.communities.begin(), u.communities.end(), c.key) == u.communities.end()) continue;
        const ActivityType type = *u.activity;
        const SourceActivityType& t = s_.activity_types.at(type);
        char day[4];
        std::snprintf(day, sizeof day, "%02d", static_cast<int>(2 + (j * 3 + ci * 2) % 27));
        const std::string date = q.firstDay().substr(0, 8) + day;
        const std::size_t turn = people_turns_[type]++;
        const int people = t.people[turn % t.people.size()];
        const int start = minuteOfDay(t.start), end = start + t.minutes;
        Activity a{.title = t.titles[(qi + j) % t.titles.size()], .type = type, .community = community_.at(c.key),
                   .start = stamp(date, start), .end = stamp(date, end), .place = placeText(t.place, c, qi + j),
                   .headcount = static_cast<int>(volunteers_[u.key].size()), .organisers = {unit_.at(u.key)},
                   .people_served = people, .children_served = type == ActivityType::children ? people * 2 / 3 : 0};
        for (const auto& v : volunteers_[u.key]) a.attendance.push_back(Attendance{.volunteer = v, .minutes = t.minutes});
        ++j;
        if (date > s_.as_of) continue;
        create(std::move(a), edit(date, end + 30, liaison(u.key), "联建活动月"), "activities.json: types." + std::string(enumName(type)));
      }
    }
}

void DemoBuilder::buildFridays() {
  for (const SourceFriday& f : s_.fridays) {
    const SourceCommunity& c = *s_.community(f.community);
    const auto& vols = volunteers_[f.unit];
    const int start = minuteOfDay(f.start), end = start + f.minutes;
    std::size_t week = 0;
    for (std::string date = f.from; date <= f.to; date = addDays(date, 7), ++week) {
      Activity a{.title = f.title, .type = f.type, .community = community_.at(f.community), .start = stamp(date, start),
                 .end = stamp(date, end), .place = placeText(f.place, c, week), .headcount = 2,
                 .organisers = {unit_.at(f.unit)}, .people_served = f.people[week % f.people.size()],
                 .recurring_weekly = true};
      // Two volunteers a week, taking turns.
      for (std::size_t k = 0; k < std::min<std::size_t>(2, vols.size()); ++k)
        a.attendance.push_back(Attendance{.volunteer = vols[(week + k) % vols.size()], .minutes = f.minutes});
      create(std::move(a), edit(date, end + 20, liaison(f.unit), "每周五志愿服务"), f.where);
    }
  }
}

void DemoBuilder::buildSessions() {
  for (const SourceSessions& x : s_.sessions) {
    const SourceProject& p = *std::find_if(s_.projects.begin(), s_.projects.end(),
                                           [&](const SourceProject& sp) { return sp.key == x.project; });
    const SourceCommunity& c = *s_.community(p.community);
    const SourceActivityType& t = s_.activity_types.at(x.type);
    std::vector<std::string> organisers{unit_.at(p.lead)};
    for (const auto& key : p.partners) organisers.push_back(unit_.at(key));
    const auto& vols = volunteers_[p.lead];
    const int start = minuteOfDay(x.start), end = start + x.minutes;
    std::size_t k = 0;
    for (std::string date = x.from; date <= x.to; date = addDays(date, x.every_days), ++k) {
      Activity a{.title = t.titles[k % t.titles.size()], .type = x.type, .community = community_.at(p.community),
                 .start = stamp(date, start), .end = stamp(date, end), .place = placeText(t.place, c, k),
                 .headcount = static_cast<int>(vols.size()), .organisers = organisers, .project = project_.at(p.key),
                 .people_served = t.people[people_turns_[x.type]++ % t.people.size()]};
      for (const auto& v : vols) a.attendance.push_back(Attendance{.volunteer = v, .minutes = x.minutes});
      create(std::move(a), edit(date, end + 20, liaison(p.lead), "项目活动"), x.where);
    }
  }
}

void DemoBuilder::buildStation() {
  const SourceStation& st = s_.station;
  const std::string where = "children_station.json";
  const std::string id = create(Project{.title = st.title, .community = community_.at(st.community),
                                        .category = st.category, .budget_fen = st.budget_fen, .featured = true},
                                edit(addDays(st.claimed, -5), 15 * 60, worker(st.community), "壹基金儿童服务站立项"), where);
  project_[st.key] = id;
  if (id.empty()) return;
  Project& r = *ds_.find<Project>(id);
  if (!applied(claimProject(r, ds_, edit(st.claimed, 10 * 60, liaison(st.lead)), unit_.at(st.lead),
                            *Quarter::ofDate(st.claimed), st.claimed),
               where))
    return;
  for (std::size_t i = 0; i < st.years.size(); ++i) {
    const SourceStationYear& y = st.years[i];
    const std::string yearStart = std::to_string(y.year) + "-01-06";  // after the New Year holiday
    const std::string first = std::max(yearStart, st.claimed);
    const int span = *dayNumber(y.to) - *dayNumber(first);
    const int n = y.activities;
    const int base = y.children / n, extra = y.children % n;
    static const int kSwing[] = {3, -2, 5, 1};  // +d on one activity, -d on the next: the year's sum stays
    for (int k = 0; k < n; ++k) {
      const std::string date = addDays(first, n > 1 ? static_cast<int>(static_cast<long long>(k) * span / (n - 1)) : 0);
      const bool weekend = isoWeekday(date) >= 6;
      const int start = weekend ? 9 * 60 + 30 : 16 * 60 + 30, end = start + (weekend ? 120 : 90);
      const bool summer = date.substr(5, 2) == "07" || date.substr(5, 2) == "08";
      int children = base + (k < extra ? 1 : 0);
      if (k % 2 == 0 && k + 1 < n) children += kSwing[(k / 2) % 4];
      if (k % 2 == 1) children -= kSwing[(k / 2) % 4];
      const auto& titles = summer ? st.summer_titles : st.titles;
      create(Activity{.title = titles[static_cast<std::size_t>(k) % titles.size()], .type = ActivityType::children,
                      .community = community_.at(st.community), .start = stamp(date, start), .end = stamp(date, end),
                      .place = st.place, .organisers = {unit_.at(st.lead)}, .project = id, .people_served = children,
                      .children_served = children},
             edit(date, end + 20, worker(st.community), "儿童服务站活动"), where + ": years[" + std::to_string(i) + "]");
    }
    const std::string note = std::to_string(y.year) + "年度壹基金资金到位，儿童服务站常态化开展活动";
    if (!applied(addProgress(r, edit(y.to, 17 * 60, worker(st.community)),
                             TimelineEntry{.date = y.to, .percent = std::min(95, 20 * static_cast<int>(i + 1)),
                                           .note = note, .funds_spent_fen = y.funds_fen}),
                 where))
      return;
  }
}

void DemoBuilder::buildActivityRatings() {
  // A few residents rate activities at the kiosk right after them: every 15th co-building activity.
  std::vector<std::pair<std::string, std::string>> rated;  // activity id, end time
  std::size_t k = 0;
  for (const auto& [id, a] : ds_.activities())
    if (a.project.empty() && k++ % 15 == 7) rated.emplace_back(id, a.end);
  for (std::size_t i = 0; i < rated.size(); ++i) {
    const std::string& end = rated[i].second;
    const std::string day(datePart(end));
    const int minute = minuteOfDay(end.substr(11, 5)) + 10;
    create(Feedback{.target_kind = FeedbackTarget::activity, .target = rated[i].first,
                    .rating = i % 4 == 3 ? Rating::basic : Rating::satisfied, .at = stamp(day, minute)},
           edit(day, minute, "社区服务大厅评价屏"), "activities.json");
  }
}

}  // namespace gj::io::demo
