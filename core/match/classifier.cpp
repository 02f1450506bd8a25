// Keyword matching with longest-match suppression, then integer scores per category.
#include "match/classifier.h"

#include <algorithm>
#include <bitset>

#include "match/text_fold.h"

namespace gj::match {
namespace {

struct Hit {
  std::size_t begin = 0, end = 0;  // in code points of the folded text
  int category = -1;               // -1: a neutral phrase
  const Keyword* keyword = nullptr;
};

bool isEnglishEnding(std::u32string_view rest) {
  return rest == U"s" || rest == U"es" || rest == U"ed" || rest == U"d" || rest == U"ing";
}

// An English keyword must start a word and end one (allowing a plural or verb ending); Chinese has no
// word boundaries, so a Chinese keyword matches anywhere.
bool atWordBoundaries(const std::u32string& text, std::size_t begin, std::size_t end, const std::u32string& kw) {
  if (isAsciiAlnum(kw.front()) && begin > 0 && isAsciiAlnum(text[begin - 1])) return false;
  if (!isAsciiAlnum(kw.back())) return true;
  std::size_t wordEnd = end;
  while (wordEnd < text.size() && isAsciiAlnum(text[wordEnd])) ++wordEnd;
  return wordEnd == end || isEnglishEnding(std::u32string_view(text).substr(end, wordEnd - end));
}

// Which code points of the Basic Multilingual Plane the text holds: a keyword whose first one is not among them
// cannot match, and most of the dictionary's 2,000 keywords are ruled out by that alone. (A keyword starting
// beyond the plane is always searched.)
struct Present {
  std::bitset<0x10000> bmp;
  explicit Present(const std::u32string& text) {
    for (char32_t c : text)
      if (c < 0x10000) bmp.set(c);
  }
  bool has(char32_t c) const { return c >= 0x10000 || bmp.test(c); }
};

void findAll(const std::u32string& text, const Present& present, const Keyword& kw, int category,
             std::vector<Hit>& hits) {
  const std::u32string& k = kw.folded;
  if (k.empty() || !present.has(k.front())) return;
  for (std::size_t at = text.find(k); at != std::u32string::npos; at = text.find(k, at + 1))
    if (atWordBoundaries(text, at, at + k.size(), k)) hits.push_back({at, at + k.size(), category, &kw});
}

// For each hit: true when another hit covers it and is longer (it is then part of a longer phrase and does not
// count). One sort instead of comparing every pair: a long paste of one keyword has thousands of hits.
std::vector<bool> insideLonger(const std::vector<Hit>& hits) {
  std::vector<std::size_t> order(hits.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (hits[a].begin != hits[b].begin) return hits[a].begin < hits[b].begin;
    if (hits[a].end != hits[b].end) return hits[a].end > hits[b].end;
    return a < b;
  });
  std::vector<bool> inside(hits.size(), false);
  bool earlier = false;    // a hit began before the current begin
  std::size_t reach = 0;   // ... and the furthest end of those
  for (std::size_t i = 0; i < order.size();) {
    const std::size_t begin = hits[order[i]].begin, longest = hits[order[i]].end;
    std::size_t k = i;
    for (; k < order.size() && hits[order[k]].begin == begin; ++k) {
      const Hit& h = hits[order[k]];
      // Began earlier and ends no sooner, or began here and ends later: longer either way.
      inside[order[k]] = (earlier && reach >= h.end) || h.end < longest;
    }
    reach = earlier ? std::max(reach, longest) : longest;
    earlier = true;
    i = k;
  }
  return inside;
}

}  // namespace

std::vector<CategoryScore> classify(const Taxonomy& taxonomy, std::string_view text) {
  const std::u32string folded = foldText(text);
  const Present present(folded);
  std::vector<Hit> hits;
  for (const Keyword& n : taxonomy.neutral) findAll(folded, present, n, -1, hits);
  for (std::size_t c = 0; c < taxonomy.categories.size(); ++c)
    for (const Keyword& k : taxonomy.categories[c].keywords) findAll(folded, present, k, static_cast<int>(c), hits);

  // Per category: each keyword once, at its first counted position.
  struct Found { const Keyword* keyword; std::size_t first; };
  std::vector<std::vector<Found>> found(taxonomy.categories.size());
  const std::vector<bool> inside = insideLonger(hits);
  for (std::size_t i = 0; i < hits.size(); ++i) {
    const Hit& h = hits[i];
    if (h.category < 0 || inside[i]) continue;
    auto& list = found[static_cast<std::size_t>(h.category)];
    auto same = std::find_if(list.begin(), list.end(), [&](const Found& f) { return f.keyword == h.keyword; });
    if (same == list.end()) list.push_back({h.keyword, h.begin});
    else same->first = std::min(same->first, h.begin);
  }

  std::vector<CategoryScore> ranked;
  for (std::size_t c = 0; c < found.size(); ++c) {
    auto& list = found[c];
    if (list.empty()) continue;
    std::sort(list.begin(), list.end(), [](const Found& a, const Found& b) {
      if (a.keyword->weight != b.keyword->weight) return a.keyword->weight > b.keyword->weight;
      if (a.first != b.first) return a.first < b.first;
      return a.keyword->text < b.keyword->text;
    });
    CategoryScore s{taxonomy.categories[c].id, 0, {}};
    for (const Found& f : list) {
      s.score += f.keyword->weight;
      if (std::find(s.keywords.begin(), s.keywords.end(), f.keyword->text) == s.keywords.end())
        s.keywords.push_back(f.keyword->text);
    }
    ranked.push_back(std::move(s));
  }
  // stable: equal scores keep the dictionary order
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const CategoryScore& a, const CategoryScore& b) { return a.score > b.score; });
  return ranked;
}

}  // namespace gj::match
