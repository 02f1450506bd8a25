// The raw value of every aspect for every unit in one year, gathered in one pass over the records (the rules are
// in assessment.h). Internal to the assessment; separate so the counting can be read apart from the scoring.
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/dataset.h"

namespace gj::report {

// Positions in assessmentAspects().
enum AspectIndex : int {
  kParticipation, kProjectsClaimed, kProjectsCompleted, kFunds, kVolunteerHours, kProblemsSolved, kResponseTime,
  kSatisfaction, kAspectCount
};

struct RawAspects {
  std::array<std::int64_t, kAspectCount> value{};
  std::array<int, kAspectCount> samples{};
};

using RawByUnit = std::map<std::string, RawAspects, IdLess>;

// Raw values of `year` for every unit id named by the records (assessed or not).
RawByUnit collectRawAspects(const Dataset& ds, int year);

// Days from the need's match (in `year`) to the unit's response, as defined in assessment.h; `projects` are the
// projects answering the need (its own `project` and every project listing it). nullopt when it does not count.
std::optional<int> responseDays(const Need& n, const std::vector<const Project*>& projects, int year);

}  // namespace gj::report
