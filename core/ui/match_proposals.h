// What the Matching screen lists, kept apart from drawing so it can be tested: the quarters to choose
// from, the proposals still open (accepted needs leave them) in a total order, and the unmatched needs.
#pragma once
#include <string>
#include <vector>

#include "domain/dataset.h"
#include "match/plan_needs.h"

namespace gj::ui {

// Quarters with open needs (classified or listed, by the date reported) or activity (projects, volunteer
// activities, needs reported), latest first; the current quarter is always listed.
std::vector<Quarter> matchQuarters(const Dataset& ds, const std::string& today);
// The current quarter if open needs were reported in it, else the latest quarter that has some, else the
// current quarter.
Quarter defaultMatchQuarter(const Dataset& ds, const std::string& today);

enum class ProposalColumn { need, community, category, urgency, people, unit, score };

// The plan's assignments whose need is still open (classified / listed), sorted by column; ties by need id.
// Community and unit sort by name, category by id. Pointers into plan.
std::vector<const match::NeedAssignment*> openProposals(const Dataset& ds, const match::NeedPlan& plan,
                                                        ProposalColumn column, bool descending);
// The plan's unmatched needs still open, in need id order.
std::vector<const match::UnmatchedNeed*> openUnmatched(const Dataset& ds, const match::NeedPlan& plan);

// The first `maxChars` characters (UTF-8 code points) of text, with "…" when cut.
std::string matchExcerpt(const std::string& text, std::size_t maxChars);

}  // namespace gj::ui
