// Reverse assessment: pre-filled scores from raw values, communities' scores over them, satisfaction from
// residents, weighted totals and competition ranks (rules in assessment.h).
#include "report/assessment.h"

#include <algorithm>

#include "domain/dates.h"
#include "report/assessment_raw.h"
#include "report/date_span.h"

namespace gj::report {
namespace {

Message weightMessage(const std::string& key, const std::string& en, const std::string& zh) {
  return Message{"report.assessment.weights." + key, en, zh};
}

// Sum and count of the communities' scores for each (unit, aspect): each community's latest record of the year.
struct CommunityScores {
  std::map<std::string, std::array<std::pair<int, int>, kAspectCount>, IdLess> by_unit;  // {sum, count}
};

CommunityScores gatherCommunityScores(const Dataset& ds, int year) {
  std::map<std::pair<std::string, std::string>, const Assessment*> latest;  // (community, unit) -> record
  for (const auto& [id, a] : ds.assessments()) {
    if (a.year != year) continue;
    const Assessment*& slot = latest[{a.community, a.unit}];
    // Records come in id order, so on equal times the greater id wins.
    if (!slot || epochSeconds(a.updated).value_or(0) >= epochSeconds(slot->updated).value_or(0)) slot = &a;
  }
  CommunityScores out;
  for (const auto& [key, a] : latest) {
    auto& sums = out.by_unit[a->unit];
    for (const auto& [aspect, score] : a->scores) {
      const int i = aspectIndex(aspect);
      if (i < 0 || i == kSatisfaction) continue;  // satisfaction is the residents' word, not the community's
      sums[i].first += std::clamp(score, 0, 100);
      sums[i].second += 1;
    }
  }
  return out;
}

// Best value among the assessed units for each aspect; for response time the smallest average as {total, n}.
struct Best {
  std::array<std::int64_t, kAspectCount> value{};
  std::int64_t response_total = 0;
  std::int64_t response_needs = 0;  // 0: no unit has a response time
};

// a/an < b/bn for averages of days plus one, compared without division.
bool fasterThan(std::int64_t a, std::int64_t an, std::int64_t b, std::int64_t bn) {
  return (a + an) * bn < (b + bn) * an;
}

int prefilledScore(int i, const RawAspects& r, const Best& best) {
  const std::int64_t v = r.value[i];
  const std::int64_t n = r.samples[i];
  if (i == kSatisfaction) return static_cast<int>(roundedQuotient(v, n));
  if (i == kResponseTime) {
    if (n == 0 || best.response_needs == 0) return 0;
    const std::int64_t bt = best.response_total, bn = best.response_needs;
    return static_cast<int>(roundedQuotient(100 * (bt + bn) * n, bn * (v + n)));
  }
  if (best.value[i] <= 0) return 0;
  return static_cast<int>(roundedQuotient(100 * std::max<std::int64_t>(v, 0), best.value[i]));
}

}  // namespace

const std::array<AssessmentAspect, 8>& assessmentAspects() {
  static const std::array<AssessmentAspect, 8> kAspects = {{
      {"participation", "组织共建", "Joint meetings attended", false, 10},
      {"projects_claimed", "项目领办", "Projects claimed", false, 10},
      {"projects_completed", "项目完成", "Projects completed", false, 15},
      {"funds", "资金投入", "Funds brought down", false, 10},
      {"volunteer_hours", "志愿服务", "Volunteer hours", false, 15},
      {"problems_solved", "问题解决", "Problems solved", false, 10},
      {"response_time", "响应时效", "Response time", true, 10},
      {"satisfaction", "群众满意度", "Residents' satisfaction", false, 20},
  }};
  return kAspects;
}

int aspectIndex(const std::string& id) {
  const auto& all = assessmentAspects();
  for (std::size_t i = 0; i < all.size(); ++i)
    if (id == all[i].id) return static_cast<int>(i);
  return -1;
}

AssessmentWeights defaultWeights() {
  AssessmentWeights w;
  for (const AssessmentAspect& a : assessmentAspects()) w.by_aspect[a.id] = a.default_weight;
  return w;
}

std::optional<Message> checkWeights(const AssessmentWeights& w) {
  for (const auto& [id, weight] : w.by_aspect) {
    if (aspectIndex(id) < 0)
      return weightMessage("unknown", "there is no assessment aspect \"" + id + "\"", "没有考核项目“" + id + "”");
    if (weight < 0 || weight > 100)
      return weightMessage("range", "the weight of \"" + id + "\" must be 0 to 100, not " + std::to_string(weight),
                           "“" + id + "”的权重须在 0 到 100 之间，当前为 " + std::to_string(weight));
  }
  int sum = 0;
  for (const AssessmentAspect& a : assessmentAspects()) {
    auto it = w.by_aspect.find(a.id);
    if (it == w.by_aspect.end())
      return weightMessage("missing", std::string("the weight of \"") + a.id + "\" is missing",
                           std::string("缺少“") + a.zh + "”的权重");
    sum += it->second;
  }
  if (sum != 100)
    return weightMessage("sum", "the weights must add up to 100, they add up to " + std::to_string(sum),
                         "权重合计须为 100，当前合计 " + std::to_string(sum));
  return std::nullopt;
}

bool isRankedUnit(const Unit& u) { return u.level == UnitLevel::district; }
bool isReferenceUnit(const Unit& u) { return u.level == UnitLevel::city && !u.communities.empty(); }

Message scoreSourceName(ScoreSource s) {
  switch (s) {
    case ScoreSource::records: return {"report.assessment.source.records", "from records", "记录预填"};
    case ScoreSource::communities: return {"report.assessment.source.communities", "scored by communities", "社区评分"};
    case ScoreSource::feedback: return {"report.assessment.source.feedback", "residents' ratings", "群众评价"};
    case ScoreSource::insufficient_sample:
      return {"report.assessment.source.insufficient_sample", "insufficient sample (fewer than 5 ratings)",
              "样本不足（评价少于 5 条）"};
  }
  return {};
}

std::string totalText(std::int64_t total_x100) {
  std::string cents = std::to_string(total_x100 % 100);
  if (cents.size() < 2) cents.insert(0, "0");
  return std::to_string(total_x100 / 100) + "." + cents;
}

std::vector<int> competitionRanks(const std::vector<std::int64_t>& sortedTotals) {
  std::vector<int> ranks(sortedTotals.size());
  for (std::size_t i = 0; i < sortedTotals.size(); ++i)
    ranks[i] = (i > 0 && sortedTotals[i] == sortedTotals[i - 1]) ? ranks[i - 1] : static_cast<int>(i) + 1;
  return ranks;
}

AssessmentResult computeAssessment(const Dataset& ds, int year, const AssessmentWeights& weights) {
  AssessmentResult result;
  result.year = year;
  result.weights = weights;
  if (auto why = checkWeights(weights)) {
    result.error = *why;
    return result;
  }
  const RawByUnit raw = collectRawAspects(ds, year);
  const RawAspects none;
  auto rawOf = [&](const std::string& unit) -> const RawAspects& {
    auto it = raw.find(unit);
    return it == raw.end() ? none : it->second;
  };

  Best best;  // over the ranked (district) units only
  for (const auto& [id, u] : ds.units()) {
    if (!isRankedUnit(u)) continue;
    const RawAspects& r = rawOf(id);
    for (int i = 0; i < kAspectCount; ++i) best.value[i] = std::max(best.value[i], r.value[i]);
    const std::int64_t t = r.value[kResponseTime], n = r.samples[kResponseTime];
    if (n > 0 && (best.response_needs == 0 || fasterThan(t, n, best.response_total, best.response_needs)))
      best.response_total = t, best.response_needs = n;
  }

  const CommunityScores community = gatherCommunityScores(ds, year);
  auto assess = [&](const std::string& id, const Unit& u) {
    AssessedUnit out{.unit = id, .name = u.name, .level = u.level};
    const RawAspects& r = rawOf(id);
    auto scored = community.by_unit.find(id);
    for (int i = 0; i < kAspectCount; ++i) {
      AspectScore s{.aspect = assessmentAspects()[i].id, .value = r.value[i], .samples = r.samples[i]};
      s.prefilled = std::min(prefilledScore(i, r, best), 100);
      s.score = s.prefilled;
      s.source = ScoreSource::records;
      if (i == kSatisfaction) {
        s.source = ScoreSource::feedback;
        if (s.samples < kMinSatisfactionRatings) {
          s.source = ScoreSource::insufficient_sample;
          s.score = 0;
          out.insufficient_sample = true;
        }
      } else if (scored != community.by_unit.end() && scored->second[i].second > 0) {
        const auto [sum, count] = scored->second[i];
        s.communities = count;
        s.community_mean = static_cast<int>(roundedQuotient(sum, count));
        s.score = s.community_mean;
        s.source = ScoreSource::communities;
      }
      out.total_x100 += static_cast<std::int64_t>(weights.by_aspect.at(s.aspect)) * s.score;
      out.aspects.push_back(std::move(s));
    }
    return out;
  };
  std::vector<AssessedUnit> all;
  for (const auto& [id, u] : ds.units()) {
    if (isRankedUnit(u)) all.push_back(assess(id, u));
    if (isReferenceUnit(u)) result.city_units.push_back(assess(id, u));
  }

  for (AssessedUnit& u : all) (u.insufficient_sample ? result.insufficient : result.ranked).push_back(std::move(u));
  std::sort(result.ranked.begin(), result.ranked.end(), [](const AssessedUnit& a, const AssessedUnit& b) {
    if (a.total_x100 != b.total_x100) return a.total_x100 > b.total_x100;
    return idLess(a.unit, b.unit);
  });
  std::vector<std::int64_t> totals;
  for (const AssessedUnit& u : result.ranked) totals.push_back(u.total_x100);
  const std::vector<int> ranks = competitionRanks(totals);
  for (std::size_t i = 0; i < ranks.size(); ++i) result.ranked[i].rank = ranks[i];
  return result;
}

}  // namespace gj::report
