// See meeting_rows.h.
#include "ui/meeting_rows.h"

#include <algorithm>
#include <cctype>

#include "domain/dates.h"

namespace gj::ui {

const char* packColumnId(PackColumn c) {
  static const char* const kIds[] = {"name",       "claimed", "completed", "progress", "funds", "activities",
                                     "hours",      "served",  "problems",  "meetings", "stale"};
  return kIds[static_cast<int>(c)];
}

std::int64_t packValue(const report::PackRow& row, PackColumn column, bool cumulative) {
  const report::PackFigures& f = cumulative ? row.cumulative : row.quarter;
  switch (column) {
    case PackColumn::name: return 0;
    case PackColumn::claimed: return f.projects_claimed;
    case PackColumn::completed: return f.projects_completed;
    case PackColumn::progress: return row.progress_average;
    case PackColumn::funds: return f.funds_spent_fen;
    case PackColumn::activities: return f.activities;
    case PackColumn::hours: return f.volunteer_minutes;
    case PackColumn::served: return f.people_served;
    case PackColumn::problems: return f.problems_solved;
    case PackColumn::meetings: return f.meetings;
    case PackColumn::stale: return row.stale_claims;
  }
  return 0;
}

std::vector<std::size_t> sortPackRows(const std::vector<report::PackRow>& rows, PackSort sort, bool cumulative) {
  std::vector<std::size_t> order(rows.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto less = [&](std::size_t a, std::size_t b) {
    const report::PackRow& x = rows[a];
    const report::PackRow& y = rows[b];
    if (sort.column == PackColumn::name) {
      if (x.name != y.name) return x.name < y.name;
    } else {
      const std::int64_t vx = packValue(x, sort.column, cumulative), vy = packValue(y, sort.column, cumulative);
      if (vx != vy) return vx < vy;
    }
    return idLess(x.id, y.id);
  };
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return sort.descending ? less(b, a) : less(a, b); });
  return order;
}

Quarter latestQuarterWithRecords(const Dataset& ds, Quarter fallback) {
  Quarter latest;
  auto see = [&](std::optional<Quarter> q) {
    if (q && q->valid() && latest < *q) latest = *q;
  };
  auto seeDate = [&](const std::string& date) {
    if (!date.empty()) see(Quarter::ofDate(datePart(date)));
  };
  for (const auto& [id, p] : ds.projects()) {
    see(p.quarter);
    seeDate(p.claimed);
    seeDate(p.completed);
    for (const TimelineEntry& e : p.timeline) seeDate(e.date);
  }
  for (const auto& [id, a] : ds.activities()) seeDate(a.start);
  for (const auto& [id, m] : ds.meetings()) see(m.quarter);
  return latest.valid() ? latest : fallback;
}

std::vector<Quarter> quartersOffered(const Dataset& ds, Quarter current) {
  Quarter earliest;
  auto see = [&](std::optional<Quarter> q) {
    if (q && q->valid() && (!earliest.valid() || *q < earliest)) earliest = *q;
  };
  for (const auto& [id, p] : ds.projects()) {
    see(p.quarter);
    if (!p.claimed.empty()) see(Quarter::ofDate(datePart(p.claimed)));
  }
  for (const auto& [id, a] : ds.activities()) see(Quarter::ofDate(datePart(a.start)));
  for (const auto& [id, m] : ds.meetings()) see(m.quarter);
  const Quarter latest = std::max(latestQuarterWithRecords(ds, current), current);
  if (!earliest.valid()) earliest = latest;
  std::vector<Quarter> out;
  for (Quarter q = latest; earliest <= q && out.size() < 400; q = q.previous()) out.push_back(q);
  return out;
}

namespace {
std::string folded(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}
}  // namespace

std::vector<std::string> unitsMatching(const Dataset& ds, const std::string& search) {
  const std::string needle = folded(search);
  std::vector<std::string> out;
  for (const auto& [id, u] : ds.units())
    if (needle.empty() || folded(u.name).find(needle) != std::string::npos || folded(id).find(needle) != std::string::npos)
      out.push_back(id);
  return out;
}

}  // namespace gj::ui
