// The assessment's ranking as CSV (BOM, CRLF, zh/en headers with the weights, every aspect's score and source)
// and as printable HTML (escaped, the three lists, no resident's personal information).
#include <doctest/doctest.h>

#include "io/assessment_export.h"
#include "report_fixture.h"

using namespace gj;
using namespace gj::test;
using namespace gj::report;

namespace {

AssessedUnit unitWith(std::string id, std::string name, UnitLevel level, std::vector<int> scores, int ratings,
                      std::int64_t total, int rank) {
  AssessedUnit u{.unit = std::move(id), .name = std::move(name), .level = level, .total_x100 = total, .rank = rank};
  for (std::size_t i = 0; i < 8; ++i) {
    AspectScore s{.aspect = assessmentAspects()[i].id, .score = scores[i]};
    s.source = i == 7 ? (ratings >= 5 ? ScoreSource::feedback : ScoreSource::insufficient_sample)
               : i == 0 ? ScoreSource::communities : ScoreSource::records;
    if (i == 7) s.samples = ratings;
    u.aspects.push_back(s);
  }
  u.insufficient_sample = ratings < 5;
  return u;
}

AssessmentResult sample() {
  AssessmentResult r{.year = 2024, .weights = defaultWeights()};
  r.ranked.push_back(unitWith("unit/9", "名山区民政局", UnitLevel::district, {83, 50, 100, 4, 81, 75, 100, 94}, 6, 7605, 1));
  r.insufficient.push_back(unitWith("unit/12", "Legal \"aid\", <office>", UnitLevel::district, {0, 0, 0, 0, 0, 0, 0, 0}, 2, 0, 0));
  r.city_units.push_back(unitWith("unit/1", "雅安市政务服务管理局", UnitLevel::city, {57, 50, 100, 27, 10, 100, 100, 100}, 5, 7300, 0));
  return r;
}

}  // namespace

TEST_CASE("assessment export: CSV in English, the three lists with every aspect's score and source") {
  const std::string csv = io::assessmentCsv(sample(), Language::en);
  const std::string expected =
      "\xEF\xBB\xBF"
      "List,Rank,Unit,Level,Total (of 100),"
      "Joint meetings attended (weight 10) score,Joint meetings attended source,"
      "Projects claimed (weight 10) score,Projects claimed source,"
      "Projects completed (weight 15) score,Projects completed source,"
      "Funds brought down (weight 10) score,Funds brought down source,"
      "Volunteer hours (weight 15) score,Volunteer hours source,"
      "Problems solved (weight 10) score,Problems solved source,"
      "Response time (weight 10) score,Response time source,"
      "Residents' satisfaction (weight 20) score,Residents' satisfaction source,Ratings\r\n"
      "Ranked,1,名山区民政局,district,76.05,83,scored by communities,50,from records,100,from records,4,from records,"
      "81,from records,75,from records,100,from records,94,residents' ratings,6\r\n"
      "Insufficient sample (not ranked),,\"Legal \"\"aid\"\", <office>\",district,0.00,0,scored by communities,"
      "0,from records,0,from records,0,from records,0,from records,0,from records,0,from records,"
      "0,insufficient sample (fewer than 5 ratings),2\r\n"
      "City units (for reference),,雅安市政务服务管理局,city,73.00,57,scored by communities,50,from records,"
      "100,from records,27,from records,10,from records,100,from records,100,from records,100,residents' ratings,5\r\n";
  CHECK(csv == expected);
}

TEST_CASE("assessment export: CSV headers in Chinese carry the year's weights") {
  AssessmentResult r = sample();
  r.weights.by_aspect["satisfaction"] = 30;
  r.weights.by_aspect["funds"] = 0;
  const std::string csv = io::assessmentCsv(r, Language::zh);
  const std::string header = csv.substr(0, csv.find("\r\n"));
  CHECK(header ==
        "\xEF\xBB\xBF名单,排名,共建单位,级别,总分（满分 100）,"
        "组织共建（权重 10）得分,组织共建来源,项目领办（权重 10）得分,项目领办来源,项目完成（权重 15）得分,项目完成来源,"
        "资金投入（权重 0）得分,资金投入来源,志愿服务（权重 15）得分,志愿服务来源,问题解决（权重 10）得分,问题解决来源,"
        "响应时效（权重 10）得分,响应时效来源,群众满意度（权重 30）得分,群众满意度来源,群众评价条数");
  CHECK(csv.find("\r\n参与排名,1,名山区民政局,区级,76.05,83,社区评分,50,记录预填,") != std::string::npos);
  CHECK(csv.find(",0,样本不足（评价少于 5 条）,2\r\n") != std::string::npos);
}

TEST_CASE("assessment export: printable HTML, escaped, no resident's personal information") {
  Dataset ds = emptyStreet();
  Need n = reportedNeed("need/1");
  n.reporter.phone = "13812345678";
  n.reporter.name = "张三";
  ds.put(n);
  const std::string html = io::assessmentHtml(ds, sample(), Language::zh);
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\">", 0) == 0);
  CHECK(html.find("<title>蒙阳街道2024年度共建单位反向考核结果</title>") != std::string::npos);
  CHECK(html.find("<h2>参与排名</h2>") != std::string::npos);
  CHECK(html.find("<h2>样本不足（不排名）</h2>") != std::string::npos);
  CHECK(html.find("<h2>市级单位（仅供参考）</h2>") != std::string::npos);
  CHECK(html.find("<td>Legal &quot;aid&quot;, &lt;office&gt;</td>") != std::string::npos);
  CHECK(html.find("<office>") == std::string::npos);
  CHECK(html.find("<td class=\"n\">76.05</td>") != std::string::npos);
  CHECK(html.find("<td class=\"n\">83<br><small>社区评分</small></td>") != std::string::npos);
  CHECK(html.find("权重：组织共建 10，项目领办 10，项目完成 15，资金投入 10，志愿服务 15，问题解决 10，响应时效 10，群众满意度 20")
        != std::string::npos);
  CHECK(html.find("13812345678") == std::string::npos);
  CHECK(html.find("张三") == std::string::npos);
  CHECK(html.find("<script") == std::string::npos);

  const std::string en = io::assessmentHtml(ds, sample(), Language::en);
  CHECK(en.find("<title>蒙阳街道 2024 reverse assessment of partner units</title>") != std::string::npos);
  CHECK(en.find("<td class=\"n\">—</td><td>Legal &quot;aid&quot;, &lt;office&gt;</td><td class=\"n\">0.00</td>") !=
        std::string::npos);
}
