// The joint-meeting pack: one pass over projects, activities and meetings, crediting each to its rows (see the
// rules in meeting_pack.h), then the stale claims judged on `today`.
#include "report/meeting_pack.h"

#include <algorithm>
#include <map>
#include <set>

#include "report/dashboard.h"
#include "report/date_span.h"

namespace gj::report {
namespace {

void add(PackFigures& to, const PackFigures& f) {
  to.projects_claimed += f.projects_claimed;
  to.projects_completed += f.projects_completed;
  to.funds_spent_fen += f.funds_spent_fen;
  to.activities += f.activities;
  to.volunteer_minutes += f.volunteer_minutes;
  to.people_served += f.people_served;
  to.problems_solved += f.problems_solved;
  to.meetings += f.meetings;
}

using RowMap = std::map<std::string, PackRow, IdLess>;

PackRow* rowOf(RowMap& rows, const std::string& id) {
  auto it = rows.find(id);
  return it == rows.end() ? nullptr : &it->second;  // a dangling reference credits no row
}

// The rows one record is credited to: each listed once, even when a unit is named twice.
struct Targets {
  std::vector<PackRow*> rows;
  void include(PackRow* row) {
    if (row && std::find(rows.begin(), rows.end(), row) == rows.end()) rows.push_back(row);
  }
  void credit(const PackFigures& inQuarter, const PackFigures& cumulative) const {
    for (PackRow* row : rows) {
      add(row->quarter, inQuarter);
      add(row->cumulative, cumulative);
    }
  }
};

struct Counting {
  Quarter q;
  DateSpan inQuarter;
  DateSpan byQuarterEnd;
  int firstDay = 0;
};

void countProject(const Project& p, const Counting& c, Targets& to) {
  if (p.status < ProjectStatus::claimed) return;
  PackFigures fq, fc;
  // The quarter the project is carried out in, as the dashboard counts it (claimed at the meeting before it).
  const std::optional<Quarter> carriedOut = p.quarter ? p.quarter : Quarter::ofDate(p.claimed);
  fq.projects_claimed = carriedOut && *carriedOut == c.q ? 1 : 0;
  fc.projects_claimed = carriedOut && *carriedOut <= c.q ? 1 : 0;
  if (p.status >= ProjectStatus::completed) {
    if (c.inQuarter.contains(p.completed)) fq.projects_completed = 1, fq.problems_solved = p.problems_solved;
    if (c.byQuarterEnd.contains(p.completed)) fc.projects_completed = 1, fc.problems_solved = p.problems_solved;
  }
  PackProject line{.project = p.id, .title = p.title, .lead_unit = p.lead_unit, .community = p.community,
                   .status = p.status};
  for (const TimelineEntry& e : p.timeline) {
    if (c.inQuarter.contains(e.date)) fq.funds_spent_fen += e.funds_spent_fen;
    if (!c.byQuarterEnd.contains(e.date)) continue;
    fc.funds_spent_fen += e.funds_spent_fen;
    line.percent = e.percent;  // entries are in date order: the last one by the quarter's end wins
    line.last_progress = e.date;
  }
  line.funds_quarter_fen = fq.funds_spent_fen;
  line.funds_cumulative_fen = fc.funds_spent_fen;
  to.credit(fq, fc);

  const bool finishedBefore = !p.completed.empty() && dayNumber(p.completed).value_or(0) < c.firstDay;
  if (!fc.projects_claimed || finishedBefore) return;
  if (c.byQuarterEnd.contains(p.completed)) line.percent = 100;
  for (PackRow* row : to.rows) row->projects.push_back(line);
}

void countActivity(const Activity& a, const Dataset& ds, const Counting& c, RowMap& units, RowMap& communities,
                   PackRow& street) {
  const bool inQ = c.inQuarter.contains(a.start);
  if (!c.byQuarterEnd.contains(a.start)) return;
  const PackFigures none;
  PackFigures f;
  f.activities = 1;
  f.people_served = a.people_served;
  const bool coBuilding = isCoBuildingActivity(ds, a);  // else only its units' own rows count it
  Targets held;
  for (const std::string& unit : a.organisers) held.include(rowOf(units, unit));
  if (coBuilding) {
    held.include(rowOf(communities, a.community));
    held.include(&street);
  }
  held.credit(inQ ? f : none, f);

  for (const Attendance& at : a.attendance) {
    PackFigures m;
    m.volunteer_minutes = at.minutes;
    Targets served;
    if (const Volunteer* v = ds.find<Volunteer>(at.volunteer)) served.include(rowOf(units, v->unit));
    if (coBuilding) {
      served.include(rowOf(communities, a.community));
      served.include(&street);
    }
    served.credit(inQ ? m : none, m);
  }
}

void countMeeting(const Meeting& m, const Counting& c, RowMap& units, RowMap& communities, PackRow& street) {
  if (!m.quarter.valid() || c.q < m.quarter) return;
  const PackFigures none;
  PackFigures f;
  f.meetings = 1;
  Targets to;
  for (const std::string& unit : m.attending) to.include(rowOf(units, unit));
  if (m.community.empty())
    for (auto& [id, row] : communities) to.include(&row);
  else
    to.include(rowOf(communities, m.community));
  to.include(&street);
  to.credit(m.quarter == c.q ? f : none, f);
}

void finishRow(PackRow& row) {
  std::sort(row.projects.begin(), row.projects.end(),
            [](const PackProject& a, const PackProject& b) { return idLess(a.project, b.project); });
  std::int64_t sum = 0;
  for (const PackProject& p : row.projects) sum += p.percent;
  row.progress_average = static_cast<int>(roundedQuotient(sum, static_cast<std::int64_t>(row.projects.size())));
}

std::vector<PackRow> listed(RowMap& rows) {
  std::vector<PackRow> out;
  for (auto& [id, row] : rows) {
    finishRow(row);
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace

std::vector<StaleClaim> findStaleClaims(const Dataset& ds, const std::string& today) {
  std::vector<StaleClaim> out;
  const auto now = dayNumber(today);
  if (!now || !isDate(today)) return out;
  for (const auto& [id, p] : ds.projects()) {
    if (p.status != ProjectStatus::claimed && p.status != ProjectStatus::in_progress) continue;
    std::string last = p.claimed;
    for (const TimelineEntry& e : p.timeline)
      if (dayNumber(e.date).value_or(0) > dayNumber(last).value_or(0)) last = e.date;
    const auto lastDay = dayNumber(last);
    if (!lastDay) continue;  // no claim date: nothing to measure from
    const int days = *now - *lastDay;
    if (days <= kStaleAfterDays) continue;
    out.push_back(StaleClaim{p.id, p.title, p.lead_unit, p.community, p.status, last, days});
  }
  std::sort(out.begin(), out.end(), [](const StaleClaim& a, const StaleClaim& b) {
    if (a.days_since != b.days_since) return a.days_since > b.days_since;
    return idLess(a.project, b.project);
  });
  return out;
}

MeetingPack computeMeetingPack(const Dataset& ds, Quarter quarter, const std::string& today) {
  MeetingPack pack;
  pack.quarter = quarter;
  pack.today = today;
  if (!quarter.valid()) {
    pack.error = Message{"report.pack.bad_quarter", "choose the quarter of the joint meeting, like 2024Q3",
                         "请选择联席会议的季度（如 2024Q3）"};
    return pack;
  }
  if (!isDate(today)) {
    pack.error = Message{"report.pack.bad_today", "today's date is missing or not like 2024-07-05",
                         "今天的日期缺失或格式不正确（应如 2024-07-05）"};
    return pack;
  }
  const Counting c{quarter, DateSpan::ofQuarter(quarter), DateSpan::through(quarter.lastDay()),
                   dayNumber(quarter.firstDay()).value_or(0)};

  RowMap units, communities;
  for (const auto& [id, u] : ds.units()) units[id] = PackRow{.id = id, .name = u.name};
  for (const auto& [id, cm] : ds.communities()) communities[id] = PackRow{.id = id, .name = cm.name};
  PackRow& street = pack.street;
  if (const Street* s = ds.find<Street>(ds.street)) street.name = s->name;

  for (const auto& [id, p] : ds.projects()) {
    Targets to;
    to.include(rowOf(units, p.lead_unit));
    if (isCoBuildingProject(ds, p)) {  // else only the lead unit's own row counts it
      to.include(rowOf(communities, p.community));
      to.include(&street);
    }
    countProject(p, c, to);
  }
  for (const auto& [id, a] : ds.activities()) countActivity(a, ds, c, units, communities, street);
  for (const auto& [id, m] : ds.meetings()) countMeeting(m, c, units, communities, street);

  pack.stale = findStaleClaims(ds, today);
  for (const StaleClaim& s : pack.stale) {
    if (PackRow* row = rowOf(units, s.lead_unit)) ++row->stale_claims;
    if (PackRow* row = rowOf(communities, s.community)) ++row->stale_claims;
    ++street.stale_claims;
  }
  pack.units = listed(units);
  pack.communities = listed(communities);
  finishRow(street);
  return pack;
}

}  // namespace gj::report
