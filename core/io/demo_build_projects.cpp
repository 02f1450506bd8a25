// Demo builder: needs and micro-projects through their lifecycles, residents' ratings and 以奖代补 awards.
//
// A co-building project is claimed at its community's joint meeting (meeting day, first month of its quarter).
// Its needs were reported by residents in the weeks before, classified and listed by the community worker,
// matched to the lead unit at the meeting and claimed with the project. Progress entries follow at the given
// days after the claim and carry the funds spent; a completed project has solved exactly its needs
// (problems_solved = number of needs, each need resolved on the completion date), which keeps the dashboard's
// "problems solved" and the needs consistent.
#include <algorithm>

#include "domain/need_lifecycle.h"
#include "domain/project_lifecycle.h"
#include "io/demo_builder.h"

namespace gj::io::demo {
namespace {

int peopleAffected(TargetGroup g, int turn) {
  static const std::vector<int> kElderly{6, 12, 9, 15, 4, 8}, kChildren{10, 16, 8, 20, 12},
      kGeneral{24, 40, 18, 60, 32, 12}, kFew{2, 3, 1};
  const auto& list = g == TargetGroup::elderly    ? kElderly
                     : g == TargetGroup::children ? kChildren
                     : g == TargetGroup::general  ? kGeneral
                                                  : kFew;
  return list[static_cast<std::size_t>(turn) % list.size()];
}

// Shares (percent of the funds) and progress of n generated entries.
const std::vector<int>& fundShares(std::size_t n) {
  static const std::vector<std::vector<int>> kShares{{100}, {40, 60}, {20, 50, 30}};
  return kShares[std::min<std::size_t>(n, 3) - 1];
}

}  // namespace

std::vector<std::string> DemoBuilder::buildProjectNeeds(const SourceProject& p, const std::string& claimDate) {
  std::vector<std::string> ids;
  const bool claimed = p.status >= ProjectStatus::claimed;
  const SourceCommunity& c = *s_.community(p.community);
  for (std::size_t i = 0; i < p.needs.size(); ++i) {
    const std::string where = p.where + ".needs[" + std::to_string(i) + "]";
    const std::string reported = addDays(claimDate, -34 + 4 * static_cast<int>(i));
    const std::string resident = nextName();
    const std::string id = create(
        Need{.community = community_.at(p.community), .text = p.needs[i], .target_group = TargetGroup::general,
             .people_affected = peopleAffected(p.group, people_turn_), .urgency = 2 + (people_turn_ * 3) % 4,
             .reporter = {.name = resident, .phone = phone(people_turn_), .address = address(p.place)},
             .reported = reported},
        edit(reported, 9 * 60 + (people_turn_ * 17) % 480, worker(p.community), "居民到社区反映"), where);
    ++people_turn_;
    if (id.empty()) return {};
    Need& n = *ds_.find<Need>(id);
    const std::string by = worker(p.community);
    if (!applied(classifyNeed(n, edit(addDays(reported, 1), 10 * 60, by), p.category, p.group), where) ||
        !applied(listNeed(n, edit(addDays(reported, 3), 10 * 60, by, "列入需求清单")), where))
      return {};
    if (claimed && !applied(matchNeed(n, ds_, edit(claimDate, 10 * 60, s_.admin, c.name + "联席会议对接"), unit_.at(p.lead)), where))
      return {};
    ids.push_back(id);
  }
  return ids;
}

void DemoBuilder::buildProject(const SourceProject& p, std::size_t) {
  const bool claimed = p.status >= ProjectStatus::claimed;
  // Proposals not yet claimed wait for the next joint meeting; their needs came in during the last weeks.
  const std::string claimDate = claimed ? meetingDate(p.community, *p.quarter) : addDays(s_.as_of, -3);
  std::vector<std::string> needs = buildProjectNeeds(p, claimDate);
  if (!errors_.empty()) return;
  const std::string id =
      create(Project{.title = p.title, .community = community_.at(p.community), .needs = needs, .category = p.category,
                     .budget_fen = p.budget_fen, .featured = p.featured, .exemplary = p.exemplary},
             edit(addDays(claimDate, claimed ? -7 : -1), 15 * 60, worker(p.community), "提交联席会议研究"), p.where);
  project_[p.key] = id;
  if (!claimed || id.empty()) return;

  std::vector<std::string> partners;
  for (const auto& key : p.partners) partners.push_back(unit_.at(key));
  Project& r = *ds_.find<Project>(id);
  if (!applied(claimProject(r, ds_, edit(claimDate, 10 * 60 + 30, liaison(p.lead), "联席会议认领"), unit_.at(p.lead),
                            *p.quarter, claimDate, partners),
               p.where))
    return;
  for (const auto& needId : needs)
    if (!applied(claimNeed(*ds_.find<Need>(needId), ds_, edit(claimDate, 10 * 60 + 45, liaison(p.lead)), id), p.where))
      return;
  buildTimeline(p, id, claimDate);
  if (errors_.empty() && p.status >= ProjectStatus::completed) buildRatings(p, id);
  if (errors_.empty() && p.award)
    create(Award{.target_kind = AwardTarget::project, .target = id, .title = p.award->title,
                 .amount_fen = p.award->amount_fen, .date = p.award->date},
           edit(p.award->date, 11 * 60, s_.admin, "以奖代补"), p.where + ".award");
}

void DemoBuilder::buildTimeline(const SourceProject& p, const std::string& projectId, const std::string& claimDate) {
  const bool completed = p.status >= ProjectStatus::completed;
  std::vector<SourceProgress> entries = p.timeline;
  if (entries.empty() && p.status != ProjectStatus::claimed) {
    const std::size_t n = !p.percent.empty() ? p.percent.size() : !p.days.empty() ? p.days.size() : 3;
    static const std::vector<int> kDays{12, 40, 68};
    static const std::vector<std::vector<int>> kPercents{{100}, {50, 100}, {30, 70, 100}};
    const std::vector<std::string>& notes = s_.progress_notes.at(p.category);
    std::int64_t left = p.funds_fen;
    for (std::size_t k = 0; k < n; ++k) {
      SourceProgress e;
      e.date = addDays(claimDate, k < p.days.size() ? p.days[k] : kDays[std::min<std::size_t>(k, 2)]);
      e.percent = !p.percent.empty() ? p.percent[k] : kPercents[n - 1][k];
      // The last entry is the closing note when the project is done, the middle one otherwise.
      const std::size_t note = k == 0 ? 0 : (k + 1 == n && completed) ? 2 : 1;
      e.note = notes[note];
      e.funds_fen = k + 1 == n ? left : p.funds_fen * fundShares(n)[k] / 100;  // the remainder lands last
      left -= e.funds_fen;
      entries.push_back(std::move(e));
    }
  }
  Project& r = *ds_.find<Project>(projectId);
  const std::string by = liaison(p.lead);
  for (std::size_t k = 0; k < entries.size(); ++k) {
    const SourceProgress& e = entries[k];
    if (e.date > s_.as_of) {
      errors_.push_back(p.where + ".days: expected progress dated on or before " + s_.as_of + ", got \"" + e.date + "\"");
      return;
    }
    if (!applied(addProgress(r, edit(e.date, 17 * 60, by),
                             TimelineEntry{.date = e.date, .percent = e.percent, .note = e.note, .funds_spent_fen = e.funds_fen}),
                 p.where))
      return;
    if (k == 0)
      for (const auto& needId : r.needs)
        if (!applied(startNeed(*ds_.find<Need>(needId), edit(e.date, 17 * 60 + 10, by)), p.where)) return;
  }
  if (!completed) return;
  const std::string done = !p.completed.empty() ? p.completed : addDays(r.timeline.back().date, 2);
  if (done > s_.as_of) {
    errors_.push_back(p.where + ".days: expected a completion on or before " + s_.as_of + ", got \"" + done + "\"");
    return;
  }
  std::map<TargetGroup, int> beneficiaries = p.beneficiaries;
  if (beneficiaries.empty())
    for (const auto& needId : r.needs) beneficiaries[p.group] += ds_.find<Need>(needId)->people_affected;
  if (!applied(completeProject(r, edit(done, 16 * 60, by, "竣工验收"), done, static_cast<int>(r.needs.size()),
                               beneficiaries, p.households),
               p.where))
    return;
  for (const auto& needId : r.needs)
    if (!applied(resolveNeed(*ds_.find<Need>(needId), edit(done, 16 * 60 + 15, worker(p.community))), p.where)) return;
}

void DemoBuilder::buildRatings(const SourceProject& p, const std::string& projectId) {
  Project& r = *ds_.find<Project>(projectId);
  int left[3] = {p.ratings[0], p.ratings[1], p.ratings[2]};
  const int total = left[0] + left[1] + left[2];
  std::string lastDay = r.completed;
  for (int i = 0; i < total; ++i) {
    // Mostly satisfied, with the other ratings spread among them rather than bunched at the end.
    int pick = (i % 3 == 1 && left[1] > 0) ? 1 : (i % 4 == 2 && left[2] > 0) ? 2 : left[0] > 0 ? 0 : left[1] > 0 ? 1 : 2;
    --left[pick];
    const std::string day = addDays(r.completed, 1 + i / 2);
    if (day > s_.as_of) {
      errors_.push_back(p.where + ".ratings: expected ratings that fit before " + s_.as_of + " (two a day after completion), got " +
                        std::to_string(total));
      return;
    }
    const int minute = 9 * 60 + 30 + (i % 2) * 300 + (i * 7) % 60;
    create(Feedback{.target_kind = FeedbackTarget::project, .target = projectId, .rating = static_cast<Rating>(pick),
                    .at = stamp(day, minute), .channel = i % 3 == 2 ? FeedbackChannel::worker : FeedbackChannel::kiosk},
           edit(day, minute, i % 3 == 2 ? worker(p.community) : "社区服务大厅评价屏"), p.where + ".ratings");
    lastDay = day;
  }
  if (p.status != ProjectStatus::evaluated) return;
  const std::string day = std::min(addDays(lastDay, 1), s_.as_of);
  if (!applied(evaluateProject(r, ds_, edit(day, 14 * 60, s_.admin, "满意度评价完成")), p.where)) return;
  for (const auto& needId : r.needs)
    if (!applied(evaluateNeed(*ds_.find<Need>(needId), edit(day, 14 * 60 + 5, s_.admin)), p.where)) return;
}

void DemoBuilder::buildExtraNeeds() {
  using S = NeedStatus;
  // Duplicates last, so the need they are merged into exists already.
  for (int pass = 0; pass < 2; ++pass)
    for (const SourceNeed& sn : s_.needs) {
      if ((sn.status == S::duplicate) != (pass == 1)) continue;
      const std::string by = worker(sn.community);
      auto day = [&](int after) { return std::min(addDays(sn.reported, after), s_.as_of); };
      const std::string id = create(
          Need{.community = community_.at(sn.community), .text = sn.text, .target_group = TargetGroup::general,
               .people_affected = sn.people, .urgency = sn.urgency,
               .reporter = {.name = nextName(), .phone = phone(people_turn_), .address = address(sn.place)},
               .reported = sn.reported},
          edit(sn.reported, 9 * 60 + (people_turn_ * 17) % 480, by, "居民到社区反映"), sn.where);
      ++people_turn_;
      need_[sn.key] = id;
      if (id.empty()) return;
      Need& n = *ds_.find<Need>(id);
      const bool ok = [&] {
        if (sn.status == S::reported) return true;
        if (sn.status == S::duplicate)
          return applied(markDuplicate(n, ds_, edit(day(1), 11 * 60, by, "与已登记需求重复，合并办理"), need_.at(sn.duplicate_of)), sn.where);
        if (!applied(classifyNeed(n, edit(day(1), 10 * 60, by), sn.category, sn.group), sn.where)) return false;
        if (sn.status == S::classified) return true;
        if (sn.status == S::rejected)
          return applied(rejectNeed(n, edit(day(4), 15 * 60, by), sn.decided_by, sn.refer_to, sn.reason), sn.where);
        if (sn.status == S::withdrawn) return applied(withdrawNeed(n, edit(day(8), 15 * 60, by), sn.reason), sn.where);
        if (!applied(listNeed(n, edit(day(3), 10 * 60, by, "列入需求清单")), sn.where)) return false;
        if (sn.status == S::listed) return true;
        if (sn.status == S::matched)
          return applied(matchNeed(n, ds_, edit(day(6), 10 * 60, s_.admin), unit_.at(sn.matched_unit)), sn.where);
        return applied(closeNeedNotFixed(n, edit(day(30), 15 * 60, s_.admin), sn.reason), sn.where);
      }();
      if (!ok) return;
    }
}

}  // namespace gj::io::demo
