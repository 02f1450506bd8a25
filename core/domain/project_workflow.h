// The need <-> project loop (领办实施 -> 问效) as pure functions over a dataset. Each step builds every record it
// changes — the project, the needs that move with it, a rating, an award — or refuses with the reason. The
// dataset is never changed: the caller stores the records of one step as one action, so a need and its
// project never disagree in storage.
//   claim:    a matched need -> a new project claimed by the matched unit; the need goes to claimed
//   progress: a timeline entry; the project's claimed needs go to in_progress
//   complete: at 100% -> completed with problems solved and beneficiaries; in-progress needs go to resolved
//   rate:     a resident's rating (recorded by a worker); the first one evaluates the project and its needs
//   flags:    featured (特色) / exemplary (以奖代补); award: a reward for an exemplary project
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/dataset.h"
#include "domain/history.h"

namespace gj {

// The records one step changes. Refused: outcome says why and nothing else is set. Applied with nothing
// set: there was nothing to change (a flag already so).
struct ProjectChange {
  Outcome outcome;
  std::optional<Project> project;
  std::vector<Need> needs;  // in the order of the project's `needs`
  std::optional<Feedback> feedback;
  std::optional<Award> award;
  explicit operator bool() const { return outcome.applied; }
  bool empty() const { return !project && needs.empty() && !feedback && !award; }
};

// A short project title from what the resident said: the first clause (up to the first sentence or clause
// mark; marks before it skipped), at most maxChars characters, surrounding spaces dropped.
std::string titleFromNeedText(const std::string& text, std::size_t maxChars = 24);

struct ClaimRequest {
  std::string need;        // a matched need
  std::string project;     // the id the new project gets (allocated by the caller, not yet used)
  std::string title;
  Quarter quarter;
  std::string date;        // the claim date
  std::int64_t budget_fen = 0;
  std::vector<std::string> partners;  // units other than the matched unit
};

// A new project (community, category and need from the need; lead unit: the matched unit) created and
// claimed, and the need claimed by it.
ProjectChange claimMatchedNeed(const Dataset& ds, const ClaimRequest& req, const Edit& e);

// Appends a timeline entry (never lower than the last percent, never dated before it); needs of the project
// still claimed start (in_progress).
ProjectChange reportProgress(const Dataset& ds, const std::string& projectId, const TimelineEntry& entry,
                             const Edit& e);

struct Completion {
  std::string date;
  int problems_solved = 0;
  std::map<TargetGroup, int> beneficiaries;
  int households = 0;
};

// Completes an in-progress project whose progress has reached 100%; its in-progress needs are resolved.
ProjectChange completeWithNeeds(const Dataset& ds, const std::string& projectId, const Completion& c, const Edit& e);

// A rating of a completed (or evaluated) project as a Feedback record (id `feedbackId`, at e.at, channel
// worker). A completed project becomes evaluated with it, and its resolved needs evaluated.
ProjectChange recordSatisfaction(const Dataset& ds, const std::string& projectId, Rating rating,
                                 const std::string& feedbackId, const Edit& e);
// What a rating made elsewhere (the kiosk's) does to what it rates: a completed project becomes evaluated and its
// resolved needs evaluated (project and needs in the change, the rating not). Nothing for any other target.
ProjectChange evaluateByRating(const Dataset& ds, const Feedback& rating, const Edit& e);

enum class ProjectFlag { featured, exemplary };
// Sets a flag (recorded in the project's history). A project with awards stays exemplary.
ProjectChange setProjectFlag(const Dataset& ds, const std::string& projectId, ProjectFlag flag, bool on,
                             const Edit& e);

struct AwardRequest {
  std::string award;  // the id the new award gets
  std::string title;
  std::int64_t amount_fen = 0;
  std::string date;
};

// An award (以奖代补) for an exemplary project that has been claimed, dated on or after the claim.
ProjectChange awardProject(const Dataset& ds, const std::string& projectId, const AwardRequest& req, const Edit& e);

// Ratings of a project so far, indexed by Rating (satisfied, basic, unsatisfied).
std::array<int, 3> projectRatingCounts(const Dataset& ds, const std::string& projectId);
// Awards of a project, by date then id.
std::vector<const Award*> projectAwards(const Dataset& ds, const std::string& projectId);

}  // namespace gj
