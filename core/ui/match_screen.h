// The Matching screen 精准对接 is several files: the run controls (screen_matching.cpp), the proposals table
// with accept / lock / forbid (match_review.cpp), the unmatched needs and notes (match_unmatched.cpp), and
// the unit loads and the rule lists (match_side.cpp). This is what they share.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "ui/match_proposals.h"
#include "ui/match_rules.h"
#include "ui/match_run.h"
#include "ui/screens.h"

namespace gj::ui {

struct MatchScreenState {
  bool started = false;  // the first opening has chosen a quarter and run the plan
  Quarter quarter;
  MatchRun run;
  bool phaseShown = false;     // the current phase's progress was drawn once: its work may run now
  std::string runRulesJson;    // the rules the running / last plan used
  std::uint64_t seenVersion = 0;  // the data version the plan still answers (own accepts and rules included)
  bool stale = false;             // the data or the rules changed since the plan was made

  // The selected quarter's rules, as stored.
  std::string rulesText;
  MatchRules rules;
  std::string rulesError;  // the stored document is bad: shown, and the rules are not used

  // Proposals as last listed and what they were listed from.
  std::vector<const match::NeedAssignment*> rows;
  const match::NeedPlan* rowsPlan = nullptr;
  std::uint64_t rowsVersion = UINT64_MAX;
  ProposalColumn column = ProposalColumn::score;
  bool descending = true;
  ProposalColumn rowsColumn = ProposalColumn::need;
  bool rowsDescending = false;
  std::vector<const match::UnmatchedNeed*> unmatched;

  std::string message;  // the last confirmation or refusal, in the user's language
  bool messageIsError = false;
  std::string lastAccepted;  // need id
  int acceptedCount = 0;     // since the screen opened
};

MatchScreenState& matchScreen();

// Re-reads the quarter's rules when the stored document changed.
void refreshMatchRules(ScreenContext& ctx, MatchScreenState& st);
// Stores the rules of the selected quarter as one action; false (with the message set) when refused.
bool storeMatchRules(ScreenContext& ctx, MatchScreenState& st, const MatchRules& rules);
// Accepts pairs as one action; sets the confirmation or the refusal message.
void acceptMatchProposals(ScreenContext& ctx, MatchScreenState& st, const std::vector<match::PairRule>& pairs);
// The open proposals and unmatched needs of the current plan, re-listed when the data or the sort changed.
void refreshMatchRows(ScreenContext& ctx, MatchScreenState& st);

void drawMatchProposals(ScreenContext& ctx, MatchScreenState& st, float height);
void drawMatchUnmatched(ScreenContext& ctx, MatchScreenState& st);
void drawMatchSide(ScreenContext& ctx, MatchScreenState& st);  // unit loads, locks and forbids, notes

// Shared labels.
std::string matchUnitName(const ScreenContext& ctx, const std::string& id);
std::string matchUnitNames(const ScreenContext& ctx, const std::vector<std::string>& ids);  // "A、B" / "A, B"
std::string matchFormat(const char* format, const std::string& a, const std::string& b = "");
void matchMuted(const std::string& text);

}  // namespace gj::ui
