// Quarters, proposals and unmatched needs of the Matching screen.
#include "ui/match_proposals.h"

#include <algorithm>
#include <set>

namespace gj::ui {

namespace {

bool isOpenForPlan(const Need* n) { return n && (n->status == NeedStatus::classified || n->status == NeedStatus::listed); }

void addQuarterOf(std::set<Quarter>& out, const std::string& date) {
  if (auto q = Quarter::ofDate(date); q && q->valid()) out.insert(*q);
}

}  // namespace

std::vector<Quarter> matchQuarters(const Dataset& ds, const std::string& today) {
  std::set<Quarter> seen;
  addQuarterOf(seen, today);
  for (const auto& [id, n] : ds.needs()) addQuarterOf(seen, n.reported);
  for (const auto& [id, p] : ds.projects())
    if (p.quarter && p.quarter->valid()) seen.insert(*p.quarter);
  for (const auto& [id, a] : ds.activities()) addQuarterOf(seen, a.start.substr(0, 10));
  return {seen.rbegin(), seen.rend()};
}

Quarter defaultMatchQuarter(const Dataset& ds, const std::string& today) {
  const Quarter current = Quarter::ofDate(today).value_or(Quarter{});
  std::optional<Quarter> latest;
  for (const auto& [id, n] : ds.needs()) {
    if (!isOpenForPlan(&n)) continue;
    auto q = Quarter::ofDate(n.reported);
    if (!q) continue;
    if (*q == current) return current;
    if (!latest || *latest < *q) latest = q;
  }
  return latest ? *latest : current;
}

std::vector<const match::NeedAssignment*> openProposals(const Dataset& ds, const match::NeedPlan& plan,
                                                        ProposalColumn column, bool descending) {
  struct Row {
    const match::NeedAssignment* a;
    const Need* n;
    std::string key;  // text sort key of the column (names, category)
  };
  std::vector<Row> rows;
  for (const auto& a : plan.assignments) {
    const Need* n = ds.find<Need>(a.need);
    if (!isOpenForPlan(n)) continue;
    Row r{&a, n, {}};
    if (column == ProposalColumn::community) {
      const Community* c = ds.find<Community>(n->community);
      r.key = c ? c->name : n->community;
    } else if (column == ProposalColumn::category) {
      r.key = n->category;
    } else if (column == ProposalColumn::unit) {
      const Unit* u = ds.find<Unit>(a.unit);
      r.key = u ? u->name : a.unit;
    }
    rows.push_back(std::move(r));
  }
  auto cmp = [](const auto& x, const auto& y) { return x < y ? -1 : y < x ? 1 : 0; };
  std::sort(rows.begin(), rows.end(), [&](const Row& x, const Row& y) {
    int c = 0;
    switch (column) {
      case ProposalColumn::need: break;
      case ProposalColumn::community:
      case ProposalColumn::category:
      case ProposalColumn::unit: c = cmp(x.key, y.key); break;
      case ProposalColumn::urgency: c = cmp(x.n->urgency, y.n->urgency); break;
      case ProposalColumn::people: c = cmp(x.n->people_affected, y.n->people_affected); break;
      case ProposalColumn::score: c = cmp(x.a->score, y.a->score); break;
    }
    if (c == 0) c = idLess(x.a->need, y.a->need) ? -1 : idLess(y.a->need, x.a->need) ? 1 : 0;
    return descending ? c > 0 : c < 0;
  });
  std::vector<const match::NeedAssignment*> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(r.a);
  return out;
}

std::vector<const match::UnmatchedNeed*> openUnmatched(const Dataset& ds, const match::NeedPlan& plan) {
  std::vector<const match::UnmatchedNeed*> out;
  for (const auto& u : plan.unmatched)
    if (isOpenForPlan(ds.find<Need>(u.need))) out.push_back(&u);
  return out;
}

std::string matchExcerpt(const std::string& text, std::size_t maxChars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // a continuation byte
    if (chars++ == maxChars) return text.substr(0, i) + "…";
  }
  return text;
}

}  // namespace gj::ui
