// Need lifecycle steps: which status each step starts from, what it requires, and the reasons for refusing.
#include "domain/need_lifecycle.h"

#include <algorithm>
#include <set>

namespace gj {
namespace {

using S = NeedStatus;

struct StepRule {
  NeedStep step;
  std::vector<S> from;
  S to;
  const char* key;
  const char* en;  // why the step is refused from another status
  const char* zh;
};

const std::vector<StepRule>& rules() {
  static const std::vector<StepRule> kRules = {
      {NeedStep::classify, {S::reported}, S::classified, "need.classify.not_reported",
       "a need can only be classified while it is newly reported", "只有新上报的需求才能分类"},
      {NeedStep::list, {S::classified}, S::listed, "need.list.not_classified",
       "a need can only be put on the need list after it is classified", "需求须先分类才能列入需求清单"},
      {NeedStep::match, {S::listed}, S::matched, "need.match.not_listed",
       "a need can only be matched after it is on the need list", "需求须先列入需求清单才能对接"},
      {NeedStep::claim, {S::matched}, S::claimed, "need.claim.not_matched",
       "a need can only be claimed after it is matched", "需求须先完成对接才能被领办"},
      {NeedStep::start, {S::claimed}, S::in_progress, "need.start.not_claimed",
       "work on a need can only start after it is claimed", "需求须先被领办才能开始实施"},
      {NeedStep::resolve, {S::in_progress}, S::resolved, "need.resolve.not_in_progress",
       "a need can only be resolved while work on it is in progress", "需求须在实施中才能标记为已解决"},
      {NeedStep::evaluate, {S::resolved}, S::evaluated, "need.evaluate.not_resolved",
       "a need can only be evaluated after it is resolved", "需求须先解决才能评价"},
      {NeedStep::reject, {S::reported, S::classified, S::listed}, S::rejected, "need.reject.too_late",
       "a need can only be rejected before it is matched", "需求只能在对接之前退回"},
      {NeedStep::mark_duplicate, {S::reported, S::classified, S::listed}, S::duplicate, "need.duplicate.too_late",
       "a need can only be marked as a duplicate before it is matched", "需求只能在对接之前标记为重复"},
      {NeedStep::withdraw, {S::reported, S::classified, S::listed, S::matched, S::claimed, S::in_progress},
       S::withdrawn, "need.withdraw.too_late", "a need can only be withdrawn before it is resolved",
       "需求只能在解决之前撤回"},
      {NeedStep::close_not_fixed, {S::listed, S::matched, S::claimed, S::in_progress}, S::closed_not_fixed,
       "need.close.not_open", "a need can only be closed without a fix after it is listed and before it is resolved",
       "需求只能在列入清单后、解决之前以未解决结案"},
  };
  return kRules;
}

const StepRule& ruleOf(NeedStep step) { return rules()[static_cast<std::size_t>(step)]; }

Message msg(const char* key, std::string en, std::string zh) { return Message{key, std::move(en), std::move(zh)}; }

// Checks the edit and the status; on success the caller changes a copy and commits it.
std::optional<Message> refusal(const Need& n, NeedStep step, const Edit& e) {
  if (auto why = checkEdit(e)) return why;
  if (needStepAllowed(n.status, step)) return std::nullopt;
  const StepRule& r = ruleOf(step);
  const Message now = needStatusName(n.status);
  return msg(r.key, std::string(r.en) + " (it is " + now.en + ")", std::string(r.zh) + "（当前：" + now.zh + "）");
}

Outcome commitStep(Need& n, Need next, NeedStep step, const Edit& e) {
  next.status = ruleOf(step).to;
  return commitEdit(n, next, e);
}

}  // namespace

bool needStepAllowed(NeedStatus from, NeedStep step) {
  const auto& f = ruleOf(step).from;
  return std::find(f.begin(), f.end(), from) != f.end();
}

NeedStatus needStepTarget(NeedStep step) { return ruleOf(step).to; }

std::vector<NeedStep> needStepsFrom(NeedStatus from) {
  std::vector<NeedStep> out;
  for (const auto& r : rules())
    if (needStepAllowed(from, r.step)) out.push_back(r.step);
  return out;
}

Message needStatusName(NeedStatus s) {
  static const char* const kEn[] = {"reported", "classified", "listed", "matched", "claimed", "in progress",
                                    "resolved", "evaluated", "rejected", "a duplicate", "withdrawn",
                                    "closed without a fix"};
  static const char* const kZh[] = {"已上报", "已分类", "已列入清单", "已对接", "已领办", "实施中",
                                    "已解决", "已评价", "已退回",   "重复（已合并）", "已撤回", "未解决结案"};
  const auto i = static_cast<std::size_t>(s);
  return Message{"need.status." + std::string(enumName(s)), kEn[i], kZh[i]};
}

Outcome classifyNeed(Need& n, const Edit& e, const std::string& category, TargetGroup group) {
  if (auto why = refusal(n, NeedStep::classify, e)) return Outcome::refused(*why);
  if (!isCategoryId(category))
    return Outcome::refused(msg("need.classify.no_category", "choose a category for the need", "请为需求选择分类"));
  Need next = n;
  next.category = category;
  next.target_group = group;
  return commitStep(n, next, NeedStep::classify, e);
}

Outcome listNeed(Need& n, const Edit& e) {
  if (auto why = refusal(n, NeedStep::list, e)) return Outcome::refused(*why);
  return commitStep(n, n, NeedStep::list, e);
}

Outcome matchNeed(Need& n, const Dataset& ds, const Edit& e, const std::string& unitId) {
  if (auto why = refusal(n, NeedStep::match, e)) return Outcome::refused(*why);
  if (!ds.find<Unit>(unitId))
    return Outcome::refused(msg("need.match.no_unit", "there is no partner unit \"" + unitId + "\"",
                                "没有共建单位“" + unitId + "”"));
  Need next = n;
  next.matched_unit = unitId;
  return commitStep(n, next, NeedStep::match, e);
}

Outcome claimNeed(Need& n, const Dataset& ds, const Edit& e, const std::string& projectId) {
  if (auto why = refusal(n, NeedStep::claim, e)) return Outcome::refused(*why);
  const Project* p = ds.find<Project>(projectId);
  if (!p)
    return Outcome::refused(msg("need.claim.no_project", "there is no project \"" + projectId + "\"",
                                "没有项目“" + projectId + "”"));
  if (std::find(p->needs.begin(), p->needs.end(), n.id) == p->needs.end())
    return Outcome::refused(msg("need.claim.not_in_project",
                                "project \"" + projectId + "\" does not answer this need; add the need to it first",
                                "项目“" + projectId + "”未包含此需求，请先把需求加入项目"));
  Need next = n;
  next.project = projectId;
  return commitStep(n, next, NeedStep::claim, e);
}

Outcome startNeed(Need& n, const Edit& e) {
  if (auto why = refusal(n, NeedStep::start, e)) return Outcome::refused(*why);
  return commitStep(n, n, NeedStep::start, e);
}

Outcome resolveNeed(Need& n, const Edit& e) {
  if (auto why = refusal(n, NeedStep::resolve, e)) return Outcome::refused(*why);
  return commitStep(n, n, NeedStep::resolve, e);
}

Outcome evaluateNeed(Need& n, const Edit& e) {
  if (auto why = refusal(n, NeedStep::evaluate, e)) return Outcome::refused(*why);
  return commitStep(n, n, NeedStep::evaluate, e);
}

Outcome rejectNeed(Need& n, const Edit& e, const std::string& decidedBy, const std::string& referTo,
                   const std::string& reason) {
  if (auto why = refusal(n, NeedStep::reject, e)) return Outcome::refused(*why);
  if (decidedBy.empty())
    return Outcome::refused(msg("need.reject.no_decider", "say who decided to reject the need", "请注明由谁决定退回"));
  if (referTo.empty())
    return Outcome::refused(msg("need.reject.no_referral", "say where the resident should go instead",
                                "请注明群众应转往何处办理"));
  Need next = n;
  next.decided_by = decidedBy;
  next.refer_to = referTo;
  next.reason = reason;
  return commitStep(n, next, NeedStep::reject, e);
}

Outcome markDuplicate(Need& n, const Dataset& ds, const Edit& e, const std::string& originalId) {
  if (auto why = refusal(n, NeedStep::mark_duplicate, e)) return Outcome::refused(*why);
  if (originalId == n.id)
    return Outcome::refused(msg("need.duplicate.self", "a need cannot be a duplicate of itself", "需求不能与自身重复"));
  const Need* original = ds.find<Need>(originalId);
  if (!original)
    return Outcome::refused(msg("need.duplicate.no_need", "there is no need \"" + originalId + "\"",
                                "没有需求“" + originalId + "”"));
  if (original->community != n.community)
    return Outcome::refused(msg("need.duplicate.other_community",
                                "a need can only be merged into a need of the same community",
                                "只能合并到同一社区的需求"));
  // Walk the original's chain: reaching this need again would make a loop.
  std::set<std::string> seen;
  for (const Need* p = original; p && !p->duplicate_of.empty() && seen.insert(p->id).second;
       p = ds.find<Need>(p->duplicate_of))
    if (p->duplicate_of == n.id)
      return Outcome::refused(msg("need.duplicate.loop",
                                  "\"" + originalId + "\" is already merged into this need; merging back would make a loop",
                                  "“" + originalId + "”已合并到此需求，不能反向合并"));
  Need next = n;
  next.duplicate_of = originalId;
  return commitStep(n, next, NeedStep::mark_duplicate, e);
}

Outcome withdrawNeed(Need& n, const Edit& e, const std::string& reason) {
  if (auto why = refusal(n, NeedStep::withdraw, e)) return Outcome::refused(*why);
  Need next = n;
  next.reason = reason;
  return commitStep(n, next, NeedStep::withdraw, e);
}

Outcome closeNeedNotFixed(Need& n, const Edit& e, const std::string& reason) {
  if (auto why = refusal(n, NeedStep::close_not_fixed, e)) return Outcome::refused(*why);
  if (reason.empty())
    return Outcome::refused(msg("need.close.no_reason", "say why the need is closed without a fix",
                                "请说明未能解决的原因"));
  Need next = n;
  next.reason = reason;
  return commitStep(n, next, NeedStep::close_not_fixed, e);
}

}  // namespace gj
