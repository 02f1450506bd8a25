// Need -> unit plan, part 1: from the dataset to the solver's instance — slots and capacity left per
// unit, candidates and their scores, locks and forbids, and the reasons of needs left without a candidate.
#include "match/plan_needs.h"

#include <algorithm>
#include <map>
#include <set>

#include "match/unit_load.h"

namespace gj::match {
namespace {

bool isOpen(NeedStatus s) { return s == NeedStatus::classified || s == NeedStatus::listed; }

int bitLength(int n) {
  int bits = 0;
  for (unsigned v = static_cast<unsigned>(std::max(n, 1)); v; v >>= 1) ++bits;
  return bits;
}

struct UnitFacts {
  const Unit* unit = nullptr;
  int left = 0;  // capacity left after locks
  int completed = 0;
  std::int64_t rating_points = 0;  // satisfied 2, basic 1, unsatisfied 0
  std::int64_t ratings = 0;
};

bool lessPair(const PairRule& a, const PairRule& b) {
  if (a.need != b.need) return idLess(a.need, b.need);
  return idLess(a.unit, b.unit);
}

// The parts that depend on the need only, on the unit only, and on both.
ScoreParts needParts(const Need& n, const NeedWeights& w) {
  ScoreParts p;
  p.urgency = w.urgency_per_level * std::clamp(n.urgency, 1, 5);
  p.people = std::min(w.people_max, w.people_per_doubling * bitLength(n.people_affected));
  p.target_group = n.target_group == TargetGroup::elderly    ? w.elderly
                   : n.target_group == TargetGroup::children ? w.children
                   : n.target_group == TargetGroup::disabled ? w.disabled
                                                             : 0;
  return p;
}

ScoreParts unitParts(const UnitFacts& u, const NeedWeights& w) {
  ScoreParts p;
  p.capacity = static_cast<int>(std::min<std::int64_t>(w.capacity_max, std::int64_t{w.capacity_per_slot_left} * u.left));
  p.completed = static_cast<int>(std::min<std::int64_t>(w.completed_max, std::int64_t{w.per_completed_project} * u.completed));
  p.satisfaction = u.ratings ? static_cast<int>(w.satisfaction_max * u.rating_points / (2 * u.ratings)) : 0;
  return p;
}

ScoreParts combine(const ScoreParts& fromNeed, const ScoreParts& fromUnit, const Need& n, const Unit& unit,
                   bool primary, const NeedWeights& w) {
  ScoreParts p = fromNeed;
  p.capacity = fromUnit.capacity;
  p.completed = fromUnit.completed;
  p.satisfaction = fromUnit.satisfaction;
  p.category = primary ? w.category_primary : w.category_secondary;
  const auto& paired = unit.communities;
  p.pairing = std::find(paired.begin(), paired.end(), n.community) != paired.end() ? w.pairing : 0;
  return p;
}

ScoreParts scoreOf(const Need& n, const UnitFacts& u, bool primary, const NeedWeights& w) {
  return combine(needParts(n, w), unitParts(u, w), n, *u.unit, primary, w);
}

}  // namespace

ScoreParts NeedInstance::partsOf(const Arc& a) const {
  ScoreParts p = need_parts[static_cast<std::size_t>(a.need)];
  const ScoreParts& u = unit_parts[static_cast<std::size_t>(a.unit)];
  p.capacity = u.capacity;
  p.completed = u.completed;
  p.satisfaction = u.satisfaction;
  p.category = a.primary ? category_primary : category_secondary;
  p.pairing = a.paired ? pairing : 0;
  return p;
}

std::string_view reasonName(UnmatchedReason r) {
  switch (r) {
    case UnmatchedReason::not_classified: return "not_classified";
    case UnmatchedReason::no_unit_offers: return "no_unit_offers";
    case UnmatchedReason::all_full: return "all_full";
    case UnmatchedReason::all_forbidden: return "all_forbidden";
    case UnmatchedReason::full_or_forbidden: return "full_or_forbidden";
    case UnmatchedReason::outscored: return "outscored";
  }
  return "?";
}

int resourceSlots(const Resource& r, const NeedWeights& w) {
  std::int64_t slots = r.capacity_per_quarter;
  if (r.kind == ResourceKind::funds) slots /= std::max<std::int64_t>(1, w.funds_fen_per_slot);
  if (r.kind == ResourceKind::volunteer_hours) slots /= std::max<std::int64_t>(1, w.volunteer_minutes_per_slot);
  return static_cast<int>(std::clamp<std::int64_t>(slots, 0, 1 << 20));
}

NeedPlanInput buildNeedInput(const Dataset& ds, const NeedPlanOptions& options) {
  const NeedWeights& w = options.weights;
  NeedPlanInput in;

  // Slots and slots used per unit (unit_load.h), and which categories each unit offers (primary = listed
  // first by some resource).
  const std::map<std::string, UnitSlots, IdLess> load = unitSlots(ds, options.quarter, w);
  std::map<std::string, std::map<std::string, bool>, IdLess> offers;
  for (const auto& [id, r] : ds.resources()) {
    if (resourceSlots(r, w) <= 0 || !ds.find<Unit>(r.unit)) continue;
    for (std::size_t i = 0; i < r.categories.size(); ++i) offers[r.unit][r.categories[i]] |= (i == 0);
  }
  std::map<std::string, UnitFacts, IdLess> facts;
  for (const auto& [id, p] : ds.projects())
    if (!p.lead_unit.empty() && (p.status == ProjectStatus::completed || p.status == ProjectStatus::evaluated))
      facts[p.lead_unit].completed++;
  for (const auto& [id, f] : ds.feedback()) {
    if (f.target_kind != FeedbackTarget::project) continue;
    const Project* p = ds.find<Project>(f.target);
    if (!p || p->lead_unit.empty()) continue;
    UnitFacts& u = facts[p->lead_unit];
    u.ratings++;
    u.rating_points += f.rating == Rating::satisfied ? 2 : f.rating == Rating::basic ? 1 : 0;
  }
  for (const auto& [unitId, s] : load) {
    if (s.slots <= 0) continue;  // uses slots without offering any: never a candidate
    UnitFacts& u = facts[unitId];
    u.unit = ds.find<Unit>(unitId);
    u.left = s.left();
    in.loads.push_back({unitId, s.slots, s.used, 0});
  }

  // Locks: the first per need (id order) is kept; each takes one slot of its unit.
  std::vector<PairRule> locks = options.locked;
  std::sort(locks.begin(), locks.end(), lessPair);
  std::set<std::string, IdLess> lockedNeeds;
  for (const PairRule& l : locks) {
    const Need* n = ds.find<Need>(l.need);
    const Unit* u = ds.find<Unit>(l.unit);
    if (!n || !u) {
      in.notes.push_back("lock " + l.need + " -> " + l.unit + " ignored: no such " + (n ? "unit" : "need"));
      continue;
    }
    if (!isOpen(n->status)) {
      in.notes.push_back("lock " + l.need + " -> " + l.unit + " ignored: the need is " + std::string(enumName(n->status)));
      continue;
    }
    if (!lockedNeeds.insert(l.need).second) {
      in.notes.push_back("lock " + l.need + " -> " + l.unit + " ignored: the need is locked to another unit already");
      continue;
    }
    UnitFacts& f = facts[l.unit];
    f.unit = u;
    auto offered = offers[l.unit].find(n->category);
    NeedAssignment a{l.need, l.unit, scoreOf(*n, f, offered != offers[l.unit].end() && offered->second, w), 0, true};
    if (offered == offers[l.unit].end()) a.parts.category = 0;  // kept although the unit does not offer it
    a.score = a.parts.total();
    in.locked.push_back(a);
    if (f.left == 0) in.notes.push_back("lock " + l.need + " -> " + l.unit + " kept past the unit's slots");
    f.left = std::max(0, f.left - 1);
    for (UnitLoad& load : in.loads)
      if (load.unit == l.unit) load.assigned++;
  }

  std::map<std::string, std::vector<std::string>, IdLess> forbiddenByNeed;
  for (const PairRule& f : options.forbidden) {
    if (!ds.find<Need>(f.need) || !ds.find<Unit>(f.unit))
      in.notes.push_back("forbid " + f.need + " -> " + f.unit + " ignored: no such " + (ds.find<Need>(f.need) ? "unit" : "need"));
    forbiddenByNeed[f.need].push_back(f.unit);
  }

  // Everything the per-arc loop below touches is interned once into dense integer indices (communities,
  // categories, offering units): string-keyed lookups per arc would cost more than the solve.
  std::map<std::string, int> communityIndex;
  std::vector<int> pairedWith;  // community indices, a run per offerer
  struct Offerer {
    const std::string* id;
    int index;       // in the instance; -1: full
    int unitScore;   // capacity + completed + satisfaction
    int pairedBegin, pairedEnd;
  };
  std::vector<Offerer> offerers;
  std::map<std::string, int> categoryIndex;
  std::vector<std::vector<std::pair<int, bool>>> byCategory;  // (offerer, primary), offerers in id order
  for (const auto& [unitId, cats] : offers) {
    const UnitFacts& f = facts[unitId];
    const ScoreParts parts = unitParts(f, w);
    Offerer o{&unitId, -1, parts.capacity + parts.completed + parts.satisfaction, static_cast<int>(pairedWith.size()), 0};
    for (const std::string& c : f.unit->communities)
      pairedWith.push_back(communityIndex.emplace(c, static_cast<int>(communityIndex.size())).first->second);
    o.pairedEnd = static_cast<int>(pairedWith.size());
    if (f.left > 0) {
      o.index = static_cast<int>(in.instance.units.size());
      in.instance.units.push_back(unitId);
      in.instance.capacity.push_back(f.left);
      in.instance.unit_parts.push_back(parts);
    }
    for (const auto& [cat, primary] : cats) {
      const int ci = categoryIndex.emplace(cat, static_cast<int>(byCategory.size())).first->second;
      if (ci == static_cast<int>(byCategory.size())) byCategory.emplace_back();
      byCategory[static_cast<std::size_t>(ci)].emplace_back(static_cast<int>(offerers.size()), primary);
    }
    offerers.push_back(o);
  }
  in.instance.category_primary = w.category_primary;
  in.instance.category_secondary = w.category_secondary;
  in.instance.pairing = w.pairing;

  // First pass: the open needs with their interned category and community, to size the arcs once.
  struct OpenNeed {
    const std::string* id;
    const Need* need;
    int category;   // -1: no unit offers it
    int community;  // -1: no offering unit is paired with it
  };
  std::vector<OpenNeed> open;
  std::size_t arcBound = 0;
  bool anyNotClassified = false;
  for (const auto& [needId, n] : ds.needs()) {
    if (!isOpen(n.status) || lockedNeeds.count(needId)) continue;
    if (n.category.empty()) {
      in.without_arcs.push_back({needId, UnmatchedReason::not_classified});
      anyNotClassified = true;
      continue;
    }
    auto cat = categoryIndex.find(n.category);
    auto com = communityIndex.find(n.community);
    OpenNeed o{&needId, &n, cat == categoryIndex.end() ? -1 : cat->second, com == communityIndex.end() ? -1 : com->second};
    if (o.category >= 0) arcBound += byCategory[static_cast<std::size_t>(o.category)].size();
    open.push_back(o);
  }
  in.instance.arcs.reserve(arcBound);
  in.instance.needs.reserve(open.size());
  in.instance.need_parts.reserve(open.size());

  std::vector<int> full, banned;
  for (const OpenNeed& on : open) {
    const std::string& needId = *on.id;
    const int needIdx = static_cast<int>(in.instance.needs.size());
    const std::size_t firstArc = in.instance.arcs.size();
    const ScoreParts fromNeed = needParts(*on.need, w);
    const int needScore = fromNeed.urgency + fromNeed.people + fromNeed.target_group;
    auto forbids = forbiddenByNeed.empty() ? forbiddenByNeed.end() : forbiddenByNeed.find(needId);
    full.clear();
    banned.clear();
    if (on.category >= 0)
      for (const auto& [oi, primary] : byCategory[static_cast<std::size_t>(on.category)]) {
        const Offerer& u = offerers[static_cast<std::size_t>(oi)];
        if (forbids != forbiddenByNeed.end() &&
            std::find(forbids->second.begin(), forbids->second.end(), *u.id) != forbids->second.end()) {
          banned.push_back(oi);
          continue;
        }
        if (u.index < 0) {
          full.push_back(oi);
          continue;
        }
        bool paired = false;
        for (int c = u.pairedBegin; c < u.pairedEnd && !paired; ++c) paired = pairedWith[static_cast<std::size_t>(c)] == on.community;
        const int score = needScore + u.unitScore + (primary ? w.category_primary : w.category_secondary) + (paired ? w.pairing : 0);
        in.instance.arcs.push_back({needIdx, u.index, score, primary, paired});
      }
    if (in.instance.arcs.size() > firstArc) {
      in.instance.needs.push_back(needId);
      in.instance.need_parts.push_back(fromNeed);
      continue;
    }
    UnmatchedNeed why{needId};
    for (int oi : full) why.full.push_back(*offerers[static_cast<std::size_t>(oi)].id);
    for (int oi : banned) why.forbidden.push_back(*offerers[static_cast<std::size_t>(oi)].id);
    why.reason = on.category < 0         ? UnmatchedReason::no_unit_offers
                 : why.forbidden.empty() ? UnmatchedReason::all_full
                 : why.full.empty()      ? UnmatchedReason::all_forbidden
                                         : UnmatchedReason::full_or_forbidden;
    in.without_arcs.push_back(why);
  }
  // Not-classified needs were listed in the first pass: back into need id order.
  if (anyNotClassified)
    std::stable_sort(in.without_arcs.begin(), in.without_arcs.end(),
                     [](const UnmatchedNeed& a, const UnmatchedNeed& b) { return idLess(a.need, b.need); });
  return in;
}

}  // namespace gj::match
