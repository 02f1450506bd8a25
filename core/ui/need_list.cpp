// Filtering needs and ordering them with a total order.
#include "ui/need_list.h"

#include <algorithm>
#include <cctype>

namespace gj::ui {

bool isOpenNeed(NeedStatus s) { return s >= NeedStatus::reported && s <= NeedStatus::in_progress; }

namespace {

// ASCII letters fold to lower case; Chinese has no case. Good enough for ids and English text.
std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool keeps(const Need& n, const NeedFilter& f, const std::string& needle) {
  if (!f.community.empty() && n.community != f.community) return false;
  if (f.category == "-" ? !n.category.empty() : !f.category.empty() && n.category != f.category) return false;
  if (f.status && n.status != *f.status) return false;
  if (f.openOnly && !isOpenNeed(n.status)) return false;
  if (n.urgency < f.minUrgency) return false;
  if (!needle.empty() && lowered(n.text).find(needle) == std::string::npos &&
      lowered(n.id).find(needle) == std::string::npos)
    return false;
  return true;
}

// Negative, zero or positive as a sorts before, with or after b on the column (before the id tie-break).
int compareOn(const Dataset& ds, NeedColumn column, const Need& a, const Need& b) {
  auto cmp = [](const auto& x, const auto& y) { return x < y ? -1 : y < x ? 1 : 0; };
  switch (column) {
    case NeedColumn::id: return 0;
    case NeedColumn::reported: return cmp(a.reported, b.reported);
    case NeedColumn::community: {
      const Community* ca = ds.find<Community>(a.community);
      const Community* cb = ds.find<Community>(b.community);
      return cmp(ca ? ca->name : a.community, cb ? cb->name : b.community);
    }
    case NeedColumn::category: return cmp(a.category, b.category);
    case NeedColumn::status: return cmp(static_cast<int>(a.status), static_cast<int>(b.status));
    case NeedColumn::urgency: return cmp(a.urgency, b.urgency);
    case NeedColumn::people: return cmp(a.people_affected, b.people_affected);
  }
  return 0;
}

}  // namespace

std::vector<std::string> listNeeds(const Dataset& ds, const NeedFilter& filter, const NeedSort& sort) {
  const std::string needle = lowered(filter.text);
  std::vector<const Need*> kept;
  for (const auto& entry : ds.needs())
    if (keeps(entry.second, filter, needle)) kept.push_back(&entry.second);
  std::stable_sort(kept.begin(), kept.end(), [&](const Need* a, const Need* b) {
    int c = compareOn(ds, sort.column, *a, *b);
    if (c == 0) c = idLess(a->id, b->id) ? -1 : idLess(b->id, a->id) ? 1 : 0;
    return sort.descending ? c > 0 : c < 0;
  });
  std::vector<std::string> ids;
  ids.reserve(kept.size());
  for (const Need* n : kept) ids.push_back(n->id);
  return ids;
}

}  // namespace gj::ui
