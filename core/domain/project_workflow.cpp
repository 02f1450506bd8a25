// The need <-> project loop: each step checks the whole change first, on copies, and returns the records.
#include "domain/project_workflow.h"

#include <algorithm>

#include "domain/dates.h"
#include "domain/need_lifecycle.h"
#include "domain/project_lifecycle.h"

namespace gj {
namespace {

Message msg(const char* key, std::string en, std::string zh) { return Message{key, std::move(en), std::move(zh)}; }

ProjectChange refused(Message m) { return ProjectChange{.outcome = Outcome::refused(std::move(m))}; }

Message noProject(const std::string& id) {
  return msg("project.workflow.no_project", "there is no project \"" + id + "\"", "没有项目“" + id + "”");
}

Message idTaken(const std::string& id) {
  return msg("project.workflow.id_taken", "\"" + id + "\" is not a free id for the new record",
             "编号“" + id + "”已被使用或不适用于新记录");
}

// Length in bytes of the UTF-8 sequence starting with byte c (1 for a stray continuation byte).
std::size_t sequenceLength(unsigned char c) { return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1; }

bool isClauseMark(std::string_view ch) {
  static const std::string_view kMarks[] = {"，", "。", "！", "？", "；", ",", ".", "!", "?", ";", "\n", "\r"};
  return std::find(std::begin(kMarks), std::end(kMarks), ch) != std::end(kMarks);
}

std::string trimmed(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return std::string(s);
}

// The project's needs that `step` may move, each moved by `apply`; the first refusal stops it all.
template <class Apply>
std::optional<Message> moveNeeds(const Dataset& ds, const Project& p, NeedStep step, std::vector<Need>& out, Apply apply) {
  for (const std::string& id : p.needs) {
    const Need* n = ds.find<Need>(id);
    if (!n || !needStepAllowed(n->status, step)) continue;  // withdrawn or closed needs stay where they are
    Need next = *n;
    Outcome o = apply(next);
    if (!o) return o.reason;
    out.push_back(std::move(next));
  }
  return std::nullopt;
}

}  // namespace

std::string titleFromNeedText(const std::string& text, std::size_t maxChars) {
  const std::string whole = trimmed(text);
  auto lengthAt = [&](std::size_t at) {
    return std::min(sequenceLength(static_cast<unsigned char>(whole[at])), whole.size() - at);
  };
  auto markAt = [&](std::size_t at) { return isClauseMark(std::string_view(whole).substr(at, lengthAt(at))); };
  std::size_t begin = 0;
  while (begin < whole.size() && (markAt(begin) || whole[begin] == ' ')) begin += lengthAt(begin);
  std::size_t end = begin, chars = 0;
  while (end < whole.size() && chars < maxChars && !markAt(end)) {
    end += lengthAt(end);
    ++chars;
  }
  return trimmed(std::string_view(whole).substr(begin, end - begin));
}

ProjectChange claimMatchedNeed(const Dataset& ds, const ClaimRequest& req, const Edit& e) {
  if (auto why = checkEdit(e)) return refused(*why);
  const Need* found = ds.find<Need>(req.need);
  if (!found) return refused(msg("project.claim.no_need", "there is no need \"" + req.need + "\"", "没有需求“" + req.need + "”"));
  if (found->status != NeedStatus::matched) {
    const Message now = needStatusName(found->status);
    return refused(msg("project.claim.need_not_matched", "only a matched need can be claimed (it is " + now.en + ")",
                       "只有已对接的需求才能领办（当前：" + now.zh + "）"));
  }
  if (!isIdOfType(req.project, Project::kType) || ds.contains(req.project)) return refused(idTaken(req.project));
  const std::string title = trimmed(req.title);
  if (title.empty()) return refused(msg("project.claim.no_title", "give the project a title", "请填写项目名称"));
  if (req.budget_fen < 0)
    return refused(msg("project.claim.negative_budget", "the budget cannot be negative", "预算不能为负数"));
  for (const std::string& unit : req.partners)
    if (unit == found->matched_unit)
      return refused(msg("project.claim.partner_is_lead", "the lead unit cannot also be a partner unit",
                         "领办单位不能同时作为协办单位"));
  for (std::size_t i = 0; i < req.partners.size(); ++i)
    if (std::count(req.partners.begin(), req.partners.end(), req.partners[i]) > 1)
      return refused(msg("project.claim.partner_twice", "a partner unit is listed twice", "协办单位重复"));

  Project p{.title = title, .community = found->community, .needs = {found->id}, .category = found->category,
            .budget_fen = req.budget_fen};
  p.id = req.project;
  if (Outcome o = createRecord(p, e); !o) return refused(o.reason);
  if (Outcome o = claimProject(p, ds, e, found->matched_unit, req.quarter, req.date, req.partners); !o)
    return refused(o.reason);
  // claimNeed looks the project up: it is not in `ds` yet, so it is shown a dataset holding only the new project.
  Dataset withProject;
  withProject.put(p);
  Need n = *found;
  if (Outcome o = claimNeed(n, withProject, e, p.id); !o) return refused(o.reason);
  ProjectChange out{.outcome = Outcome::ok(), .project = std::move(p)};
  out.needs.push_back(std::move(n));
  return out;
}

ProjectChange reportProgress(const Dataset& ds, const std::string& projectId, const TimelineEntry& entry,
                             const Edit& e) {
  const Project* found = ds.find<Project>(projectId);
  if (!found) return refused(noProject(projectId));
  Project p = *found;
  if (Outcome o = addProgress(p, e, entry); !o) return refused(o.reason);
  ProjectChange out{.outcome = Outcome::ok()};
  if (auto why = moveNeeds(ds, p, NeedStep::start, out.needs, [&](Need& n) { return startNeed(n, e); }))
    return refused(*why);
  out.project = std::move(p);
  return out;
}

ProjectChange completeWithNeeds(const Dataset& ds, const std::string& projectId, const Completion& c, const Edit& e) {
  const Project* found = ds.find<Project>(projectId);
  if (!found) return refused(noProject(projectId));
  Project p = *found;
  if (projectStepAllowed(p.status, ProjectStep::complete) && p.progressPercent() < 100)
    return refused(msg("project.complete.not_finished",
                       "progress must reach 100% before the project is completed (it is " +
                           std::to_string(p.progressPercent()) + "%)",
                       "进度达到 100% 后才能完成项目（当前 " + std::to_string(p.progressPercent()) + "%）"));
  if (Outcome o = completeProject(p, e, c.date, c.problems_solved, c.beneficiaries, c.households); !o)
    return refused(o.reason);
  ProjectChange out{.outcome = Outcome::ok()};
  if (auto why = moveNeeds(ds, p, NeedStep::resolve, out.needs, [&](Need& n) { return resolveNeed(n, e); }))
    return refused(*why);
  out.project = std::move(p);
  return out;
}

ProjectChange recordSatisfaction(const Dataset& ds, const std::string& projectId, Rating rating,
                                 const std::string& feedbackId, const Edit& e) {
  if (auto why = checkEdit(e)) return refused(*why);
  const Project* found = ds.find<Project>(projectId);
  if (!found) return refused(noProject(projectId));
  if (found->status < ProjectStatus::completed) {
    const Message now = projectStatusName(found->status);
    return refused(msg("project.rate.not_completed",
                       "residents rate a project once it is completed (it is " + now.en + ")",
                       "项目完成后才能评价满意度（当前：" + now.zh + "）"));
  }
  if (!isIdOfType(feedbackId, Feedback::kType) || ds.contains(feedbackId)) return refused(idTaken(feedbackId));
  Feedback f{.target_kind = FeedbackTarget::project, .target = projectId, .rating = rating, .at = e.at,
             .channel = FeedbackChannel::worker};
  f.id = feedbackId;
  if (Outcome o = createRecord(f, e); !o) return refused(o.reason);
  ProjectChange out = evaluateByRating(ds, f, e);
  if (out) out.feedback = std::move(f);
  return out;
}

ProjectChange evaluateByRating(const Dataset& ds, const Feedback& rating, const Edit& e) {
  ProjectChange out{.outcome = Outcome::ok()};
  const Project* found = rating.target_kind == FeedbackTarget::project ? ds.find<Project>(rating.target) : nullptr;
  if (!found || found->status != ProjectStatus::completed) return out;
  // evaluateProject looks for a rating in the dataset: the new one is shown to it on its own.
  Dataset withRating;
  withRating.put(rating);
  Project p = *found;
  if (Outcome o = evaluateProject(p, withRating, e); !o) return refused(o.reason);
  if (auto why = moveNeeds(ds, p, NeedStep::evaluate, out.needs, [&](Need& n) { return evaluateNeed(n, e); }))
    return refused(*why);
  out.project = std::move(p);
  return out;
}

ProjectChange setProjectFlag(const Dataset& ds, const std::string& projectId, ProjectFlag flag, bool on,
                             const Edit& e) {
  if (auto why = checkEdit(e)) return refused(*why);
  const Project* found = ds.find<Project>(projectId);
  if (!found) return refused(noProject(projectId));
  Project next = *found;
  bool& field = flag == ProjectFlag::featured ? next.featured : next.exemplary;
  if (field == on) return ProjectChange{.outcome = Outcome::ok()};
  if (flag == ProjectFlag::exemplary && !on && !projectAwards(ds, projectId).empty())
    return refused(msg("project.flag.awarded", "a project that has received an award stays exemplary",
                       "已获奖励的项目不能取消示范项目标记"));
  field = on;
  Project p = *found;
  if (Outcome o = editRecord(p, next, e); !o) return refused(o.reason);
  return ProjectChange{.outcome = Outcome::ok(), .project = std::move(p)};
}

ProjectChange awardProject(const Dataset& ds, const std::string& projectId, const AwardRequest& req, const Edit& e) {
  if (auto why = checkEdit(e)) return refused(*why);
  const Project* p = ds.find<Project>(projectId);
  if (!p) return refused(noProject(projectId));
  if (!p->exemplary)
    return refused(msg("project.award.not_exemplary", "only an exemplary project can receive an award (以奖代补)",
                       "只有示范项目才能以奖代补"));
  if (p->claimed.empty())
    return refused(msg("project.award.not_claimed", "a project can receive an award once it is claimed",
                       "项目须先被领办才能获得奖励"));
  if (!isIdOfType(req.award, Award::kType) || ds.contains(req.award)) return refused(idTaken(req.award));
  const std::string title = trimmed(req.title);
  if (title.empty()) return refused(msg("project.award.no_title", "give the award a title", "请填写奖励名称"));
  if (req.amount_fen < 0)
    return refused(msg("project.award.negative_amount", "the amount cannot be negative", "奖励金额不能为负数"));
  if (!isDate(req.date))
    return refused(msg("project.award.bad_date", "give the date of the award, like 2024-07-05",
                       "请填写奖励日期（如 2024-07-05）"));
  if (req.date < p->claimed)
    return refused(msg("project.award.before_claim",
                       "an award cannot be dated before the project was claimed (" + p->claimed + ")",
                       "奖励日期不能早于领办日期（" + p->claimed + "）"));
  Award a{.target_kind = AwardTarget::project, .target = projectId, .title = title, .amount_fen = req.amount_fen,
          .date = req.date};
  a.id = req.award;
  if (Outcome o = createRecord(a, e); !o) return refused(o.reason);
  return ProjectChange{.outcome = Outcome::ok(), .award = std::move(a)};
}

std::array<int, 3> projectRatingCounts(const Dataset& ds, const std::string& projectId) {
  std::array<int, 3> counts{};
  for (const auto& [id, f] : ds.feedback())
    if (f.target_kind == FeedbackTarget::project && f.target == projectId) ++counts[static_cast<std::size_t>(f.rating)];
  return counts;
}

std::vector<const Award*> projectAwards(const Dataset& ds, const std::string& projectId) {
  std::vector<const Award*> out;
  for (const auto& [id, a] : ds.awards())
    if (a.target_kind == AwardTarget::project && a.target == projectId) out.push_back(&a);
  // The table is ordered by id, so a stable sort by date keeps ties in id order.
  std::stable_sort(out.begin(), out.end(), [](const Award* a, const Award* b) { return a->date < b->date; });
  return out;
}

}  // namespace gj
