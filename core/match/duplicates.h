// Duplicate suggestions: before a community worker lists a need, the needs of the same community that read
// alike, with how alike. Suggestions only; merging stays a person's decision (markDuplicate).
//
// Similarity (integer percent): the Dice coefficient of the two texts' character-bigram sets after folding
// (text_fold.h; spaces and punctuation dropped), rounded down, plus kSameCategoryBonus when both needs fall in
// the same category (the stored category, else the classifier's first), capped at 100. Suggested from
// kDuplicateThreshold up. Candidates: the community's needs that are open (reported .. in_progress), or were
// resolved / evaluated / closed_not_fixed at most kClosedWindowDays before the reference date (the same
// problem coming back is worth seeing); rejected, withdrawn and already-merged (duplicate) needs never.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "domain/dataset.h"
#include "match/taxonomy.h"

namespace gj::match {

inline constexpr int kDuplicateThreshold = 40;
inline constexpr int kSameCategoryBonus = 10;
inline constexpr int kClosedWindowDays = 90;

struct DuplicateMatch {
  std::string need;         // id of the similar need
  int similarity = 0;       // text_similarity + bonus, at most 100
  int text_similarity = 0;  // bigram Dice, percent
  bool same_category = false;
  bool operator==(const DuplicateMatch&) const = default;
};

struct DuplicateQuery {
  std::string community;  // community id
  std::string text;
  std::string category;   // "" : the classifier's first category for text
  std::string date;       // reference date "YYYY-MM-DD" (or a timestamp) for the closed-needs window
  std::string self;       // id left out (the need being checked); "" for a new text
};

// Dice coefficient of the character-bigram sets of the folded texts, percent rounded down. Two texts that
// fold to the same single character count as 100; an empty text is 0.
int textSimilarity(std::string_view a, std::string_view b);

// Matches at or above kDuplicateThreshold, by similarity descending, then by id (IdLess).
std::vector<DuplicateMatch> findDuplicates(const Dataset& ds, const Taxonomy& taxonomy, const DuplicateQuery& q);
// The same for a stored need: its community, text, category, reported date; itself left out.
std::vector<DuplicateMatch> findDuplicates(const Dataset& ds, const Taxonomy& taxonomy, const Need& need);

}  // namespace gj::match
