// Raw assessment values: meetings, projects, money, volunteer minutes, response days and rating points per unit.
#include "report/assessment_raw.h"

#include <algorithm>
#include <set>

#include "domain/need_lifecycle.h"
#include "report/date_span.h"

namespace gj::report {
namespace {

int ratingPoints(Rating r) {
  switch (r) {
    case Rating::satisfied: return 100;
    case Rating::basic: return 50;
    case Rating::unsatisfied: return 0;
  }
  return 0;
}

// The status a history change moved the need to, when it is a status change.
std::optional<NeedStatus> statusAfter(const Change& c) {
  if (c.field != "status" || !c.after.is_string()) return std::nullopt;
  return parseEnum<NeedStatus>(c.after.get<std::string>());
}

void addRating(RawByUnit& raw, const std::string& unit, Rating r) {
  RawAspects& a = raw[unit];
  a.value[kSatisfaction] += ratingPoints(r);
  a.samples[kSatisfaction] += 1;
}

}  // namespace

std::optional<int> responseDays(const Need& n, const std::vector<const Project*>& projects, int year) {
  std::optional<int> matched;
  std::size_t matchedAt = 0;
  for (std::size_t i = 0; i < n.history.size(); ++i)
    if (statusAfter(n.history[i]) == NeedStatus::matched) matched = dayNumber(n.history[i].at), matchedAt = i;
  if (!matched || !DateSpan::ofYear(year).contains(dateOfDayNumber(*matched))) return std::nullopt;

  std::optional<int> answered;
  auto consider = [&](std::optional<int> day) {
    if (day && *day >= *matched && (!answered || *day < *answered)) answered = day;
  };
  for (std::size_t i = matchedAt + 1; i < n.history.size(); ++i) {
    auto s = statusAfter(n.history[i]);
    if (s && needStage(*s) >= needStage(NeedStatus::claimed)) {
      consider(dayNumber(n.history[i].at));
      break;
    }
  }
  for (const Project* p : projects) {
    consider(dayNumber(p->claimed));
    if (!p->timeline.empty()) consider(dayNumber(p->timeline.front().date));
  }
  if (answered) return *answered - *matched;
  if (needStage(n.status) < 0) return std::nullopt;  // left by a side exit unanswered: not the unit's delay
  return *DateSpan::ofYear(year).last - *matched;
}

RawByUnit collectRawAspects(const Dataset& ds, int year) {
  const DateSpan y = DateSpan::ofYear(year);
  RawByUnit raw;

  for (const auto& [id, m] : ds.meetings()) {
    if (!y.contains(m.date)) continue;
    const std::set<std::string> attending(m.attending.begin(), m.attending.end());
    for (const std::string& unit : attending) raw[unit].value[kParticipation] += 1;
  }
  for (const auto& [id, p] : ds.projects()) {
    if (p.status < ProjectStatus::claimed || p.lead_unit.empty()) continue;
    RawAspects& a = raw[p.lead_unit];
    const std::optional<Quarter> carriedOut = p.quarter ? p.quarter : Quarter::ofDate(p.claimed);
    if (carriedOut && carriedOut->year == year) a.value[kProjectsClaimed] += 1;
    if (p.status >= ProjectStatus::completed && y.contains(p.completed)) {
      a.value[kProjectsCompleted] += 1;
      a.value[kProblemsSolved] += p.problems_solved;
    }
    for (const TimelineEntry& e : p.timeline)
      if (y.contains(e.date)) a.value[kFunds] += e.funds_spent_fen;
  }
  for (const auto& [id, act] : ds.activities()) {
    if (!y.contains(act.start)) continue;
    for (const Attendance& at : act.attendance)
      if (const Volunteer* v = ds.find<Volunteer>(at.volunteer)) raw[v->unit].value[kVolunteerHours] += at.minutes;
  }
  // A need is answered by its own project and by any claimed project listing it (the need's own claim step
  // may come later, or not be recorded at all).
  std::map<std::string, std::vector<const Project*>> answering;
  for (const auto& [id, p] : ds.projects())
    if (p.status >= ProjectStatus::claimed)
      for (const std::string& need : std::set<std::string>(p.needs.begin(), p.needs.end()))
        answering[need].push_back(&p);
  for (const auto& [id, n] : ds.needs()) {
    if (n.matched_unit.empty()) continue;
    std::vector<const Project*> projects = answering[id];
    const Project* own = n.project.empty() ? nullptr : ds.find<Project>(n.project);
    if (own && std::find(projects.begin(), projects.end(), own) == projects.end()) projects.push_back(own);
    if (auto days = responseDays(n, projects, year)) {
      RawAspects& a = raw[n.matched_unit];
      a.value[kResponseTime] += *days;
      a.samples[kResponseTime] += 1;
    }
  }
  for (const auto& [id, f] : ds.feedback()) {
    if (!y.contains(f.at)) continue;
    if (f.target_kind == FeedbackTarget::project) {
      const Project* p = ds.find<Project>(f.target);
      if (p && !p->lead_unit.empty()) addRating(raw, p->lead_unit, f.rating);
    } else if (const Activity* a = ds.find<Activity>(f.target)) {
      const std::set<std::string> organisers(a->organisers.begin(), a->organisers.end());
      for (const std::string& unit : organisers) addRating(raw, unit, f.rating);
    }
  }
  return raw;
}

}  // namespace gj::report
