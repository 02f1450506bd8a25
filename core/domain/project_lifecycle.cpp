// Project lifecycle steps: which status each step starts from, what it requires, the reasons for refusing.
#include "domain/project_lifecycle.h"

#include <algorithm>

namespace gj {
namespace {

using S = ProjectStatus;

struct StepRule {
  std::vector<S> from;
  S to;
  const char* key;
  const char* en;
  const char* zh;
};

const StepRule& ruleOf(ProjectStep step) {
  static const StepRule kRules[] = {
      {{S::proposed}, S::claimed, "project.claim.not_proposed", "a project can only be claimed while it is proposed",
       "只有待认领的项目才能被领办"},
      {{S::claimed, S::in_progress}, S::in_progress, "project.progress.not_open",
       "progress can only be reported after the project is claimed and before it is completed",
       "项目须已被领办且尚未完成才能填报进度"},
      {{S::in_progress}, S::completed, "project.complete.not_in_progress",
       "a project can only be completed while it is in progress", "项目须在实施中才能完成"},
      {{S::completed}, S::evaluated, "project.evaluate.not_completed",
       "a project can only be evaluated after it is completed", "项目须先完成才能评价"},
  };
  return kRules[static_cast<std::size_t>(step)];
}

Message msg(const char* key, std::string en, std::string zh) { return Message{key, std::move(en), std::move(zh)}; }

std::optional<Message> refusal(const Project& p, ProjectStep step, const Edit& e) {
  if (auto why = checkEdit(e)) return why;
  if (projectStepAllowed(p.status, step)) return std::nullopt;
  const StepRule& r = ruleOf(step);
  const Message now = projectStatusName(p.status);
  return msg(r.key, std::string(r.en) + " (it is " + now.en + ")", std::string(r.zh) + "（当前：" + now.zh + "）");
}

Outcome refused(Message m) { return Outcome::refused(std::move(m)); }

}  // namespace

bool projectStepAllowed(ProjectStatus from, ProjectStep step) {
  const auto& f = ruleOf(step).from;
  return std::find(f.begin(), f.end(), from) != f.end();
}

ProjectStatus projectStepTarget(ProjectStep step) { return ruleOf(step).to; }

std::vector<ProjectStep> projectStepsFrom(ProjectStatus from) {
  std::vector<ProjectStep> out;
  for (auto step : {ProjectStep::claim, ProjectStep::progress, ProjectStep::complete, ProjectStep::evaluate})
    if (projectStepAllowed(from, step)) out.push_back(step);
  return out;
}

Message projectStatusName(ProjectStatus s) {
  static const char* const kEn[] = {"proposed", "claimed", "in progress", "completed", "evaluated"};
  static const char* const kZh[] = {"待认领", "已领办", "实施中", "已完成", "已评价"};
  const auto i = static_cast<std::size_t>(s);
  return Message{"project.status." + std::string(enumName(s)), kEn[i], kZh[i]};
}

Outcome claimProject(Project& p, const Dataset& ds, const Edit& e, const std::string& leadUnit, Quarter quarter,
                     const std::string& claimedDate, const std::vector<std::string>& partnerUnits) {
  if (auto why = refusal(p, ProjectStep::claim, e)) return refused(*why);
  if (leadUnit.empty())
    return refused(msg("project.claim.no_lead", "choose the unit that leads the project", "请选择领办单位"));
  std::vector<std::string> units{leadUnit};
  units.insert(units.end(), partnerUnits.begin(), partnerUnits.end());
  for (const std::string& unit : units)
    if (!ds.find<Unit>(unit))
      return refused(msg("project.claim.no_unit", "there is no partner unit \"" + unit + "\"",
                         "没有共建单位“" + unit + "”"));
  if (!quarter.valid())
    return refused(msg("project.claim.no_quarter", "choose the quarter the project is carried out in",
                       "请选择项目实施的季度"));
  if (!isDate(claimedDate))
    return refused(msg("project.claim.bad_date", "give the date the project was claimed, like 2024-07-05",
                       "请填写领办日期（如 2024-07-05）"));
  Project next = p;
  next.lead_unit = leadUnit;
  next.partner_units = partnerUnits;
  next.quarter = quarter;
  next.claimed = claimedDate;
  next.status = S::claimed;
  return commitEdit(p, next, e);
}

Outcome addProgress(Project& p, const Edit& e, const TimelineEntry& entry) {
  if (auto why = refusal(p, ProjectStep::progress, e)) return refused(*why);
  if (!isDate(entry.date))
    return refused(msg("project.progress.bad_date", "give the date of the progress, like 2024-07-05",
                       "请填写进度日期（如 2024-07-05）"));
  if (entry.date < p.claimed)
    return refused(msg("project.progress.before_claim",
                       "progress cannot be dated before the project was claimed (" + p.claimed + ")",
                       "进度日期不能早于领办日期（" + p.claimed + "）"));
  if (entry.percent < 0 || entry.percent > 100)
    return refused(msg("project.progress.bad_percent", "progress must be between 0 and 100 percent",
                       "进度须在 0 到 100% 之间"));
  if (entry.funds_spent_fen < 0)
    return refused(msg("project.progress.negative_funds", "funds spent cannot be negative", "资金支出不能为负数"));
  if (!p.timeline.empty()) {
    const TimelineEntry& last = p.timeline.back();
    if (entry.date < last.date)
      return refused(msg("project.progress.date_backwards",
                         "a progress entry cannot be dated before the previous one (" + last.date + ")",
                         "进度日期不能早于上一条（" + last.date + "）"));
    if (entry.percent < last.percent)
      return refused(msg("project.progress.backwards",
                         "progress cannot go backwards: it was " + std::to_string(last.percent) + "% on " + last.date,
                         "进度不能倒退：" + last.date + " 已为 " + std::to_string(last.percent) + "%"));
  }
  Project next = p;
  next.timeline.push_back(entry);
  next.status = S::in_progress;
  return commitEdit(p, next, e);
}

Outcome completeProject(Project& p, const Edit& e, const std::string& completedDate, int problemsSolved,
                        const std::map<TargetGroup, int>& beneficiaries, int households) {
  if (auto why = refusal(p, ProjectStep::complete, e)) return refused(*why);
  if (!isDate(completedDate))
    return refused(msg("project.complete.bad_date", "give the date the project was completed, like 2024-07-05",
                       "请填写完成日期（如 2024-07-05）"));
  if (!p.timeline.empty() && completedDate < p.timeline.back().date)
    return refused(msg("project.complete.before_progress",
                       "the completion date cannot be before the last progress entry (" + p.timeline.back().date + ")",
                       "完成日期不能早于最后一条进度（" + p.timeline.back().date + "）"));
  if (problemsSolved < 1)
    return refused(msg("project.complete.no_problems", "say how many problems the project solved (at least 1)",
                       "请填写项目解决的问题数（至少 1 个）"));
  int total = 0;
  for (const auto& [group, n] : beneficiaries) {
    if (n < 0)
      return refused(msg("project.complete.negative_beneficiaries", "the number of beneficiaries cannot be negative",
                         "受益人数不能为负数"));
    total += n;
  }
  if (total < 1)
    return refused(msg("project.complete.no_beneficiaries", "give the number of people who benefited, by group",
                       "请按人群填写受益人数"));
  if (households < 0)
    return refused(msg("project.complete.negative_households", "the number of households cannot be negative",
                       "受益户数不能为负数"));
  Project next = p;
  next.completed = completedDate;
  next.problems_solved = problemsSolved;
  next.beneficiaries = beneficiaries;
  next.households = households;
  next.status = S::completed;
  return commitEdit(p, next, e);
}

Outcome evaluateProject(Project& p, const Dataset& ds, const Edit& e) {
  if (auto why = refusal(p, ProjectStep::evaluate, e)) return refused(*why);
  const auto& all = ds.feedback();
  bool rated = std::any_of(all.begin(), all.end(), [&](const auto& kv) {
    return kv.second.target_kind == FeedbackTarget::project && kv.second.target == p.id;
  });
  if (!rated)
    return refused(msg("project.evaluate.no_feedback",
                       "a project can only be evaluated once residents' satisfaction with it is recorded",
                       "须先记录群众对项目的满意度评价，才能完成项目评价"));
  Project next = p;
  next.status = S::evaluated;
  return commitEdit(p, next, e);
}

}  // namespace gj
