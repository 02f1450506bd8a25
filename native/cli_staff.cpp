// gongjian-cli staff: the volunteer -> activity plan (match/plan_volunteers.h) of a data folder or the demo
// dataset, for a quarter or one week, as a table (zh/en) or as the plan's JSON (--json): every assignment
// with its score parts, fairness cost and the volunteer's hours that week; every activity left short with
// its reason.
#include <cstdio>
#include <iostream>

#include "cli_commands.h"
#include "cli_overrides.h"
#include "match/plan_json.h"
#include "match/plan_volunteers.h"

namespace gj::cli {
namespace {

// Without --quarter/--week: the latest quarter any activity starts in (the dataset decides, not the clock).
std::optional<Quarter> latestActivityQuarter(const Dataset& ds) {
  std::optional<Quarter> latest;
  for (const auto& [id, a] : ds.activities()) {
    auto q = Quarter::ofDate(datePart(a.start));
    if (q && (!latest || *latest < *q)) latest = q;
  }
  return latest;
}

std::string hours(int minutes) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d.%d", minutes / 60, (minutes % 60) / 6);
  return buf;
}

std::string reasonText(match::ShortReason r, bool en) {
  switch (r) {
    case match::ShortReason::no_volunteer_available: return en ? "nobody from its units is free that weekday" : "组织或结对单位无人当天有空";
    case match::ShortReason::not_at_that_time: return en ? "free that weekday, but not at those hours" : "当天有空的人这个时段没空";
    case match::ShortReason::no_skill: return en ? "nobody free has the skill" : "有空的人不具备所需技能";
    case match::ShortReason::weekly_caps_reached: return en ? "every skilled one is at the weekly hour cap or busy then" : "符合条件的人本周时长已满或同时段有服务";
    case match::ShortReason::all_forbidden: return en ? "the remaining ones are forbidden" : "其余人选被排除";
    case match::ShortReason::candidates_busy: return en ? "candidates serve elsewhere or have served many hours" : "人选已安排到别处或本季度服务时长已多";
  }
  return "?";
}

void printPlan(const Dataset& ds, const match::VolunteerPlan& plan, const std::string& span, bool en) {
  std::cout << (en ? "Volunteer -> activity plan " : "志愿者 -> 活动 安排 ") << span << (en ? ": " : "：")
            << plan.assignments.size() << (en ? " assigned, " : " 人次已安排，") << plan.short_of.size()
            << (en ? " activities short, score " : " 个活动仍缺人，得分 ") << plan.total_score
            << (en ? " - fairness " : " - 公平成本 ") << plan.fairness_cost << (plan.optimal ? "" : en ? " (not proven optimal)" : "（未证明最优）")
            << "\n";
  for (const auto& a : plan.assignments) {
    const Activity* act = ds.find<Activity>(a.activity);
    const Volunteer* v = ds.find<Volunteer>(a.volunteer);
    const auto& p = a.parts;
    std::cout << "  " << a.activity << " " << (act ? act->start.substr(0, 16) : "") << " " << (act ? act->title : "")
              << " <- " << a.volunteer << " " << (v ? v->name : "") << (a.locked ? (en ? " (locked)" : "（锁定）") : "")
              << (en ? "  score " : "  得分 ") << a.score << " = " << (en ? "base " : "基础 ") << p.base
              << (en ? " + skill " : " + 技能 ") << p.skill << (en ? " + organiser " : " + 主办单位 ") << p.organiser
              << (en ? " + paired " : " + 结对单位 ") << p.paired << (en ? "; fairness " : "；公平成本 ") << a.fairness_cost
              << (en ? "; hours " : "；时长 ") << hours(a.minutes) << (en ? ", this week " : "，本周 ") << hours(a.week_minutes)
              << (en ? ", this quarter before " : "，本季度此前 ") << hours(a.served_minutes) << "\n";
  }
  for (const auto& s : plan.short_of)
    std::cout << "  " << s.activity << (en ? " short: " : " 缺人：") << s.planned << "/" << s.open << " "
              << match::shortReasonName(s.reason) << " (" << reasonText(s.reason, en) << ")"
              << (en ? "; free that day " : "；当天有空 ") << s.free_that_day << (en ? ", at the hours " : "，时段合适 ")
              << s.free_at_time << (en ? ", skilled " : "，具备技能 ") << s.skilled << (en ? ", over the cap " : "，超出周时长 ")
              << s.capped << (en ? ", forbidden " : "，被排除 ") << s.forbidden << "\n";
  for (const auto& n : plan.notes) std::cout << (en ? "  note: " : "  说明：") << n << "\n";
  std::cout << "plan hash " << std::hex;
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(match::fnv1a64(match::volunteerPlanJson(plan))));
  std::cout << buf << std::dec << "\n";
}

}  // namespace

int runStaff(const StaffOptions& o) {
  match::VolunteerPlanOptions options;
  std::optional<Quarter> quarter;
  if (!o.quarter.empty()) {
    quarter = Quarter::parse(o.quarter);
    if (!quarter) {
      std::cerr << "gongjian-cli staff: --quarter: expected a quarter like 2024Q3, got \"" << o.quarter << "\"\n";
      return 2;
    }
  }
  if (!o.week.empty()) {
    auto day = isDate(o.week) ? dayNumber(o.week) : std::nullopt;
    if (!day) {
      std::cerr << "gongjian-cli staff: --week: expected a date like 2024-07-05, got \"" << o.week << "\"\n";
      return 2;
    }
    const int monday = *day - (match::isoWeekday(o.week) - 1);
    options.first_day = dateOfDayNumber(monday);
    options.last_day = dateOfDayNumber(monday + 6);
    quarter = Quarter::ofDate(o.week);
  }
  // The weights as the program uses them: the assets' ones with the data folder's Settings edits.
  match::MatchingWeights weights;
  if (!loadWeights(o.data_dir, o.asset_dir, "staff", &weights)) return 1;
  options.weights = weights.volunteers;
  options.ignore_attendance = o.fresh;
  auto ds = loadData(o.data_dir, o.asset_dir);
  if (!ds) return 1;
  if (!quarter) quarter = latestActivityQuarter(*ds);
  if (!quarter) {
    std::cerr << "gongjian-cli staff: no activity in the data; give a quarter with --quarter\n";
    return 2;
  }
  options.quarter = *quarter;
  // A week across a quarter's end: the activities of its days in the date's quarter (fairness counts by quarter).
  const match::VolunteerPlan plan = match::planVolunteers(*ds, options);
  if (!plan.solved) {
    std::cerr << "gongjian-cli staff: the solver found no optimum (a bug: please report it)\n";
    return 1;
  }
  if (o.json) {
    std::cout << match::volunteerPlanJson(plan) << "\n";
    return 0;
  }
  const std::string span = o.week.empty() ? quarter->text() : options.first_day + ".." + options.last_day;
  printPlan(*ds, plan, span, o.lang == "en");
  return 0;
}

}  // namespace gj::cli
