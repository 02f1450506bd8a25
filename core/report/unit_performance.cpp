// Units' results; the definitions are in unit_performance.h.
#include "report/unit_performance.h"

#include <map>

#include "report/assessment.h"

namespace gj::report {

bool UnitPerformance::insufficientSample() const { return ratings < kMinSatisfactionRatings; }

int UnitPerformance::satisfiedPercent() const {
  if (ratings <= 0) return 0;
  return static_cast<int>((200LL * satisfied + ratings) / (2LL * ratings));
}

std::vector<UnitPerformance> unitPerformance(const Dataset& ds, std::optional<Quarter> quarter) {
  std::vector<UnitPerformance> out;
  std::map<std::string, std::size_t, IdLess> row;
  for (const auto& [id, u] : ds.units()) {
    row.emplace(id, out.size());
    out.push_back(UnitPerformance{.unit = id});
  }
  std::map<std::string, UnitPerformance*, IdLess> byProject;  // projects that count -> their unit's row
  for (const auto& [id, p] : ds.projects()) {
    auto r = row.find(p.lead_unit);
    if (r == row.end() || p.status == ProjectStatus::proposed) continue;
    if (quarter && !(p.quarter && *p.quarter == *quarter)) continue;
    UnitPerformance& u = out[r->second];
    switch (p.status) {
      case ProjectStatus::claimed: ++u.claimed; break;
      case ProjectStatus::in_progress: ++u.in_progress; break;
      case ProjectStatus::completed: ++u.completed; break;
      case ProjectStatus::evaluated: ++u.evaluated; break;
      case ProjectStatus::proposed: break;
    }
    if (p.status >= ProjectStatus::completed) u.problems_solved += p.problems_solved;
    u.funds_fen += p.fundsSpentFen();
    byProject.emplace(id, &u);
  }
  for (const auto& [id, f] : ds.feedback()) {
    if (f.target_kind != FeedbackTarget::project) continue;
    auto p = byProject.find(f.target);
    if (p == byProject.end()) continue;
    ++p->second->ratings;
    if (f.rating == Rating::satisfied) ++p->second->satisfied;
  }
  return out;
}

}  // namespace gj::report
