// Demo builder: the quarterly joint meetings (one per community on its meeting day, plus street-wide ones),
// the communities' scores in the 2023 reverse assessment, and the 2023 honours for volunteers.
#include <algorithm>

#include "io/demo_builder.h"

namespace gj::io::demo {

void DemoBuilder::buildMeetings() {
  for (Quarter q = s_.first_quarter; q <= s_.last_quarter; q = q.next())
    for (const SourceCommunity& c : s_.communities) {
      const std::string date = meetingDate(c.key, q);
      if (date > s_.as_of) continue;
      Meeting m{.quarter = q, .date = date, .community = community_.at(c.key)};
      for (const SourceUnit& u : s_.units)
        if (std::find(u.communities.begin(), u.communities.end(), c.key) != u.communities.end())
          m.attending.push_back(unit_.at(u.key));
      m.notes = std::to_string(q.year) + "年第" + std::to_string(q.q) + "季度" + c.name + "党建联席会议：" +
                s_.themes[static_cast<std::size_t>(q.q - 1)];
      for (const SourceProject& p : s_.projects)
        if (p.quarter && *p.quarter == q && p.community == c.key)
          m.decisions.push_back("认领“" + p.title + "”，由" + s_.unit(p.lead)->name + "领办");
      create(std::move(m), edit(date, 16 * 60, worker(c.key), "会议纪要"), "meetings.json: themes");
    }
  for (std::size_t i = 0; i < s_.street_meetings.size(); ++i) {
    const SourceStreetMeeting& sm = s_.street_meetings[i];
    Meeting m{.quarter = *Quarter::ofDate(sm.date), .date = sm.date, .notes = sm.notes, .decisions = sm.decisions};
    for (const SourceUnit& u : s_.units)
      if (!u.communities.empty()) m.attending.push_back(unit_.at(u.key));
    create(std::move(m), edit(sm.date, 17 * 60, s_.admin, "会议纪要"),
           "meetings.json: street_meetings[" + std::to_string(i) + "]");
  }
}

void DemoBuilder::buildAssessments() {
  // At the start of 2024 each community scored its paired units on the two aspects records cannot show:
  // how they took part in joint work and how fast they answered. The other aspects come from records.
  for (std::size_t ci = 0; ci < s_.communities.size(); ++ci) {
    const SourceCommunity& c = s_.communities[ci];
    std::size_t j = 0;
    for (const SourceUnit& u : s_.units) {
      if (std::find(u.communities.begin(), u.communities.end(), c.key) == u.communities.end()) continue;
      const int participation = 80 + static_cast<int>((ci * 7 + j * 5) % 19);
      const int response = 76 + static_cast<int>((ci * 3 + j * 11) % 23);
      create(Assessment{.year = 2023, .community = community_.at(c.key), .unit = unit_.at(u.key),
                        .scores = {{"participation", participation}, {"response_time", response}},
                        .note = participation >= 95 ? "积极参加联席会议，主动认领项目" : ""},
             edit("2024-01-19", 15 * 60 + static_cast<int>(j), worker(c.key), "2023年度反向考核"),
             "units.json: " + u.key);
      ++j;
    }
  }
}

void DemoBuilder::buildVolunteerHonours() {
  // The five volunteers with the most hours in 2023 (ties by id), honoured early in 2024.
  std::map<std::string, int, IdLess> minutes;
  for (const auto& [id, a] : ds_.activities())
    if (a.start.compare(0, 4, "2023") == 0)
      for (const auto& at : a.attendance) minutes[at.volunteer] += at.minutes;
  std::vector<std::pair<std::string, int>> ranked(minutes.begin(), minutes.end());
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : idLess(a.first, b.first);
  });
  for (std::size_t i = 0; i < ranked.size() && i < 5; ++i)
    create(Award{.target_kind = AwardTarget::volunteer, .target = ranked[i].first,
                 .title = "2023年度优秀共建志愿者（“名山先锋”推介）", .amount_fen = 50'000, .date = "2024-01-26"},
           edit("2024-01-26", 10 * 60, s_.admin, "选树先进"), "people.json");
}

}  // namespace gj::io::demo
