// Need -> unit plan (精准对接): which partner unit should lead which open need this quarter.
//
// Definitions (DESIGN.md, Matching):
// - Open needs: status classified or listed. Matched, claimed and later needs are untouched; reported ones
//   wait for classification.
// - Project slots of a unit per quarter: the sum over its resources of the resource's slots — a count for
//   services, materials and venues; funds and volunteer hours per NeedWeights::funds_fen_per_slot /
//   volunteer_minutes_per_slot. Slots used: projects the unit leads in the quarter (claimed or later) plus
//   needs matched to it and not yet claimed. Capacity left = slots - used (never below 0).
// - Candidate: a unit with a resource offering the need's category (at least one slot) and capacity left.
//   Pairing with the need's community adds score but is not required.
// - Solve: maximise the total score, each need at most one lead unit, each unit at most its capacity left,
//   as a min-cost flow (source -> need -> unit -> sink) with LEMON NetworkSimplex. Ties: among plans of
//   equal total score the one whose needs take lower unit ids (sum of candidate ranks) wins.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "domain/dataset.h"
#include "match/plan_weights.h"

namespace gj::match {

struct PairRule {
  std::string need;
  std::string unit;
};

struct NeedPlanOptions {
  Quarter quarter;
  std::vector<PairRule> locked;     // kept whatever the scores (even past the unit's slots)
  std::vector<PairRule> forbidden;  // never proposed
  NeedWeights weights;
};

// One candidate's score, by component; total() is the score.
struct ScoreParts {
  int category = 0;
  int pairing = 0;
  int urgency = 0;
  int people = 0;
  int target_group = 0;
  int capacity = 0;
  int completed = 0;
  int satisfaction = 0;
  int total() const { return category + pairing + urgency + people + target_group + capacity + completed + satisfaction; }
  bool operator==(const ScoreParts&) const = default;
};

// What the solver sees: open needs (not locked) x units with capacity, candidate arcs with integer scores.
// This is also the exported instance (plan_json.h).
// Arcs stay small (16 bytes; 400k of them at district scale): the score parts that depend on the need
// only or the unit only are kept once per need / unit, and partsOf() puts an arc's parts back together.
struct NeedInstance {
  struct Arc {
    int need = 0;  // index into needs
    int unit = 0;  // index into units
    int score = 0;
    bool primary = false;  // the unit lists the need's category first
    bool paired = false;   // the unit is paired with the need's community
  };
  std::vector<std::string> needs;  // id order
  std::vector<std::string> units;  // id order, units with capacity left > 0 after locks
  std::vector<int> capacity;       // per unit
  std::vector<Arc> arcs;           // by need, then unit
  std::vector<ScoreParts> need_parts;  // per need: urgency, people, target_group
  std::vector<ScoreParts> unit_parts;  // per unit: capacity, completed, satisfaction
  int category_primary = 0, category_secondary = 0, pairing = 0;  // the weights the arcs were scored with
  ScoreParts partsOf(const Arc& a) const;  // needs need_parts / unit_parts (buildNeedInput fills them)
};

struct NeedAssignment {
  std::string need;
  std::string unit;
  ScoreParts parts;
  int score = 0;
  bool locked = false;
};

enum class UnmatchedReason {
  not_classified,     // no category
  no_unit_offers,     // no unit has a resource offering the category
  all_full,           // units offer it, every one has no capacity left (units named)
  all_forbidden,      // every unit with capacity that offers it is forbidden for this need
  full_or_forbidden,  // each offering unit is full or forbidden (both named)
  outscored           // candidates existed; their slots went to needs adding more to the total (named)
};
std::string_view reasonName(UnmatchedReason r);

struct UnmatchedNeed {
  std::string need;
  UnmatchedReason reason = UnmatchedReason::no_unit_offers;
  std::vector<std::string> full;       // offering units without capacity left
  std::vector<std::string> forbidden;  // offering units forbidden for this need
  std::vector<std::string> candidates; // outscored: the candidates that were filled by others
};

struct UnitLoad {
  std::string unit;
  int slots = 0;     // per quarter
  int used = 0;      // before this plan
  int assigned = 0;  // by this plan, locks included
};

struct NeedPlan {
  std::string quarter;
  std::vector<NeedAssignment> assignments;  // need id order
  std::vector<UnmatchedNeed> unmatched;     // need id order
  std::vector<UnitLoad> units;              // units with slots this quarter, id order
  std::vector<std::string> notes;           // ignored locks/forbids and locks past capacity
  std::int64_t total_score = 0;             // assignments, locks included
  bool solved = true;                       // false only if the solver failed (a bug)
};

// Everything the plan needs from the dataset, computed once.
struct NeedPlanInput {
  NeedInstance instance;
  std::vector<NeedAssignment> locked;         // kept pairs
  std::vector<UnmatchedNeed> without_arcs;    // open needs with no candidate (reason filled)
  std::vector<UnitLoad> loads;                // units with slots this quarter, id order
  std::vector<std::string> notes;
};

NeedPlanInput buildNeedInput(const Dataset& ds, const NeedPlanOptions& options);
// Solves an instance: per need the chosen arc index or -1. Exact (NetworkSimplex); *ok false on failure.
std::vector<int> solveNeedInstance(const NeedInstance& inst, bool* ok);
// The plan that explains a solution (chosen arc per need, -1: none): assignments with their score parts,
// unmatched needs with their reasons. planNeeds is build + solve + explain; the UI runs them a frame apart.
NeedPlan explainNeedPlan(NeedPlanInput input, const std::vector<int>& chosen, bool solved, const Quarter& quarter);
NeedPlan planNeeds(const Dataset& ds, const NeedPlanOptions& options);

// Slots of one resource per quarter (see the definitions above).
int resourceSlots(const Resource& r, const NeedWeights& w);

}  // namespace gj::match
