// Duplicate suggestions: candidate filtering by status and date, bigram Dice, category bonus.
#include "match/duplicates.h"

#include <algorithm>
#include <set>

#include "domain/dates.h"
#include "match/classifier.h"
#include "match/text_fold.h"

namespace gj::match {
namespace {

using Bigrams = std::set<std::u32string>;

std::u32string compact(std::string_view text) {
  std::u32string folded = foldText(text);
  folded.erase(std::remove(folded.begin(), folded.end(), U' '), folded.end());
  return folded;
}

Bigrams bigramsOf(const std::u32string& s) {
  Bigrams out;
  for (std::size_t i = 0; i + 1 < s.size(); ++i) out.insert(s.substr(i, 2));
  return out;
}

int dicePercent(const std::u32string& a, const std::u32string& b) {
  if (a.empty() || b.empty()) return 0;
  if (a == b) return 100;
  const Bigrams ba = bigramsOf(a), bb = bigramsOf(b);
  if (ba.empty() || bb.empty()) return 0;
  std::size_t common = 0;
  for (const auto& g : ba) common += bb.count(g);
  return static_cast<int>(200 * common / (ba.size() + bb.size()));
}

std::string categoryOf(const Taxonomy& taxonomy, const std::string& stored, std::string_view text) {
  if (!stored.empty()) return stored;
  auto ranked = classify(taxonomy, text);
  return ranked.empty() ? std::string() : ranked.front().id;
}

bool isClosed(NeedStatus s) {
  return s == NeedStatus::resolved || s == NeedStatus::evaluated || s == NeedStatus::closed_not_fixed;
}

// The day a closed need was closed: the last status change into resolved / closed_not_fixed in its history
// (an evaluated need was resolved first), else its last update.
std::optional<int> closedDay(const Need& n) {
  const std::string target = n.status == NeedStatus::closed_not_fixed ? "closed_not_fixed" : "resolved";
  for (auto it = n.history.rbegin(); it != n.history.rend(); ++it)
    if (it->field == "status" && it->after.is_string() && it->after.get<std::string>() == target)
      return dayNumber(it->at);
  return dayNumber(n.updated);
}

bool isCandidate(const Need& n, std::optional<int> referenceDay) {
  if (n.status == NeedStatus::rejected || n.status == NeedStatus::withdrawn || n.status == NeedStatus::duplicate)
    return false;
  if (!isClosed(n.status)) return true;
  const auto closed = closedDay(n);
  if (!closed || !referenceDay) return false;  // no date to judge by: not suggested
  return *referenceDay - *closed <= kClosedWindowDays;
}

}  // namespace

int textSimilarity(std::string_view a, std::string_view b) { return dicePercent(compact(a), compact(b)); }

std::vector<DuplicateMatch> findDuplicates(const Dataset& ds, const Taxonomy& taxonomy, const DuplicateQuery& q) {
  const std::u32string text = compact(q.text);
  const std::string category = categoryOf(taxonomy, q.category, q.text);
  const auto referenceDay = dayNumber(q.date);
  std::vector<DuplicateMatch> out;
  for (const auto& [id, n] : ds.needs()) {
    if (id == q.self || n.community != q.community || !isCandidate(n, referenceDay)) continue;
    DuplicateMatch m{id, 0, dicePercent(text, compact(n.text)), false};
    m.same_category = !category.empty() && categoryOf(taxonomy, n.category, n.text) == category;
    m.similarity = std::min(100, m.text_similarity + (m.same_category ? kSameCategoryBonus : 0));
    if (m.similarity >= kDuplicateThreshold) out.push_back(std::move(m));
  }
  std::stable_sort(out.begin(), out.end(), [](const DuplicateMatch& a, const DuplicateMatch& b) {
    return a.similarity > b.similarity;  // the table is already in id order
  });
  return out;
}

std::vector<DuplicateMatch> findDuplicates(const Dataset& ds, const Taxonomy& taxonomy, const Need& need) {
  return findDuplicates(ds, taxonomy, {need.community, need.text, need.category, need.reported, need.id});
}

}  // namespace gj::match
