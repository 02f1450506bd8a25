// Filtering projects and ordering them with a total order; the needs waiting to be claimed.
#include "ui/project_list.h"

#include <algorithm>

#include "domain/dates.h"

namespace gj::ui {

namespace {

bool keeps(const Project& p, const ProjectFilter& f) {
  if (!f.community.empty() && p.community != f.community) return false;
  if (f.status && p.status != *f.status) return false;
  if (!f.lead.empty() && p.lead_unit != f.lead) return false;
  if (f.featuredOnly && !p.featured) return false;
  return true;
}

template <class R> std::string nameOf(const Dataset& ds, const std::string& id) {
  const R* r = ds.find<R>(id);
  return r ? r->name : id;
}

// Negative, zero or positive as a sorts before, with or after b on the column (before the id tie-break).
int compareOn(const Dataset& ds, ProjectColumn column, const Project& a, const Project& b) {
  auto cmp = [](const auto& x, const auto& y) { return x < y ? -1 : y < x ? 1 : 0; };
  switch (column) {
    case ProjectColumn::title: return cmp(a.title, b.title);
    case ProjectColumn::community: return cmp(nameOf<Community>(ds, a.community), nameOf<Community>(ds, b.community));
    case ProjectColumn::lead: return cmp(nameOf<Unit>(ds, a.lead_unit), nameOf<Unit>(ds, b.lead_unit));
    case ProjectColumn::quarter: return cmp(a.quarter.value_or(Quarter{}), b.quarter.value_or(Quarter{}));
    case ProjectColumn::status: return cmp(static_cast<int>(a.status), static_cast<int>(b.status));
    case ProjectColumn::progress: return cmp(a.progressPercent(), b.progressPercent());
    case ProjectColumn::funds: return cmp(a.fundsSpentFen(), b.fundsSpentFen());
    case ProjectColumn::problems: return cmp(a.problems_solved, b.problems_solved);
  }
  return 0;
}

int compareIds(const std::string& a, const std::string& b) { return idLess(a, b) ? -1 : idLess(b, a) ? 1 : 0; }

}  // namespace

std::vector<std::string> listProjects(const Dataset& ds, const ProjectFilter& filter, const ProjectSort& sort) {
  std::vector<const Project*> kept;
  for (const auto& entry : ds.projects())
    if (keeps(entry.second, filter)) kept.push_back(&entry.second);
  std::sort(kept.begin(), kept.end(), [&](const Project* a, const Project* b) {
    int c = compareOn(ds, sort.column, *a, *b);
    if (c == 0) c = compareIds(a->id, b->id);
    return sort.descending ? c > 0 : c < 0;
  });
  std::vector<std::string> ids;
  ids.reserve(kept.size());
  for (const Project* p : kept) ids.push_back(p->id);
  return ids;
}

std::vector<std::string> needsToClaim(const Dataset& ds) {
  std::vector<const Need*> matched;
  for (const auto& entry : ds.needs())
    if (entry.second.status == NeedStatus::matched) matched.push_back(&entry.second);
  // By the instant, not the text: a kiosk and an office may write different UTC offsets.
  auto when = [](const Need* n) { return epochSeconds(n->updated).value_or(0); };
  std::sort(matched.begin(), matched.end(), [&](const Need* a, const Need* b) {
    if (when(a) != when(b)) return when(a) > when(b);
    return idLess(a->id, b->id);
  });
  std::vector<std::string> ids;
  for (const Need* n : matched) ids.push_back(n->id);
  return ids;
}

}  // namespace gj::ui
