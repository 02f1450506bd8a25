// The assessment's ranking as CSV and printable HTML; see assessment_export.h.
#include "io/assessment_export.h"

#include <vector>

#include "io/csv_write.h"
#include "io/meeting_html.h"

namespace gj::io {
namespace {

struct Words {
  const char* lang;
  const char* title;  // after the street name and year
  const char* list, *rank, *unit, *level, *total, *score, *source, *weight, *ratings;
  const char* ranked, *insufficient, *city;
  const char* district, *cityLevel;
  const char* weightsLine, *legendLine, *note, *none;
};

const Words kZh = {"zh-CN", "年度共建单位反向考核结果", "名单", "排名", "共建单位", "级别", "总分（满分 100）",
                   "得分", "来源", "权重", "群众评价条数", "参与排名", "样本不足（不排名）", "市级单位（仅供参考）",
                   "区级", "市级", "权重", "得分来源", "满意度只来自群众评价；评价少于 5 条为样本不足，不排名，满意度按 0 分计入参考总分。",
                   "无"};
const Words kEn = {"en", "reverse assessment of partner units", "List", "Rank", "Unit", "Level", "Total (of 100)",
                   "score", "source", "weight", "Ratings", "Ranked", "Insufficient sample (not ranked)",
                   "City units (for reference)", "district", "city", "Weights", "Where scores come from",
                   "Satisfaction comes from residents' ratings only; with fewer than 5 ratings a unit is an insufficient "
                   "sample, is not ranked, and its reference total counts satisfaction as 0.",
                   "none"};

const Words& words(Language lang) { return lang == Language::zh ? kZh : kEn; }

const char* aspectName(const report::AssessmentAspect& a, Language lang) { return lang == Language::zh ? a.zh : a.en; }

std::string weightOf(const report::AssessmentResult& r, const char* aspect) {
  auto it = r.weights.by_aspect.find(aspect);
  return it == r.weights.by_aspect.end() ? "" : std::to_string(it->second);
}

std::vector<std::string> header(const report::AssessmentResult& r, Language lang) {
  const Words& w = words(lang);
  std::vector<std::string> h = {w.list, w.rank, w.unit, w.level, w.total};
  const std::string open = lang == Language::zh ? "（" : " (", close = lang == Language::zh ? "）" : ")";
  for (const auto& a : report::assessmentAspects()) {
    const std::string name = aspectName(a, lang);
    const std::string weighted = name + open + w.weight + " " + weightOf(r, a.id) + close;
    h.push_back(weighted + (lang == Language::zh ? "" : " ") + w.score);
    h.push_back(name + (lang == Language::zh ? "" : " ") + w.source);
  }
  h.emplace_back(w.ratings);
  return h;
}

std::vector<std::string> row(const report::AssessedUnit& u, const char* list, Language lang) {
  const Words& w = words(lang);
  std::vector<std::string> cells = {list, u.rank > 0 ? std::to_string(u.rank) : "", u.name,
                                    u.level == UnitLevel::city ? w.cityLevel : w.district,
                                    report::totalText(u.total_x100)};
  int ratings = 0;
  for (const report::AspectScore& s : u.aspects) {
    cells.push_back(std::to_string(s.score));
    cells.push_back(report::scoreSourceName(s.source).in(lang));
    if (s.aspect == "satisfaction") ratings = s.samples;
  }
  cells.push_back(std::to_string(ratings));
  return cells;
}

// Every listed unit in the order of the export, with the name of its list.
template <class Visit> void eachListed(const report::AssessmentResult& r, Language lang, Visit visit) {
  const Words& w = words(lang);
  for (const auto& u : r.ranked) visit(u, w.ranked);
  for (const auto& u : r.insufficient) visit(u, w.insufficient);
  for (const auto& u : r.city_units) visit(u, w.city);
}

constexpr const char* kStyle =
    "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"WenQuanYi Micro Hei\",\"Microsoft YaHei\","
    "\"PingFang SC\",sans-serif;color:#111;margin:24px;font-size:13px}"
    "h1{font-size:21px;margin:0 0 6px}h2{font-size:16px;margin:22px 0 8px;border-bottom:2px solid #b22222}"
    "p.meta{color:#444;margin:0 0 8px}"
    "table{border-collapse:collapse;width:100%;margin-bottom:8px}"
    "th,td{border:1px solid #999;padding:3px 5px;vertical-align:top}th{background:#f2e6e6;text-align:left}"
    "td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td small{color:#555}"
    "@page{size:A4 landscape;margin:10mm}"
    "@media print{body{margin:0;font-size:10px}h2{break-after:avoid}tr{break-inside:avoid}"
    "thead{display:table-header-group}th{background:#eee;-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

void htmlTable(std::string& out, const report::AssessmentResult& r, const std::vector<report::AssessedUnit>& units,
               Language lang) {
  const Words& w = words(lang);
  out += "<table><thead><tr><th>" + htmlEscape(w.rank) + "</th><th>" + htmlEscape(w.unit) + "</th><th>" +
         htmlEscape(w.total) + "</th>";
  for (const auto& a : report::assessmentAspects())
    out += "<th>" + htmlEscape(aspectName(a, lang)) + "<br><small>" + htmlEscape(w.weight) + " " + weightOf(r, a.id) +
           "</small></th>";
  out += "<th>" + htmlEscape(w.ratings) + "</th></tr></thead><tbody>\n";
  for (const report::AssessedUnit& u : units) {
    out += "<tr><td class=\"n\">" + (u.rank > 0 ? std::to_string(u.rank) : std::string("—")) + "</td><td>" +
           htmlEscape(u.name) + "</td><td class=\"n\">" + report::totalText(u.total_x100) + "</td>";
    int ratings = 0;
    for (const report::AspectScore& s : u.aspects) {
      out += "<td class=\"n\">" + std::to_string(s.score) + "<br><small>" +
             htmlEscape(report::scoreSourceName(s.source).in(lang)) + "</small></td>";
      if (s.aspect == "satisfaction") ratings = s.samples;
    }
    out += "<td class=\"n\">" + std::to_string(ratings) + "</td></tr>\n";
  }
  out += "</tbody></table>\n";
}

}  // namespace

std::string assessmentCsv(const report::AssessmentResult& result, Language lang) {
  std::vector<std::vector<std::string>> rows = {header(result, lang)};
  eachListed(result, lang, [&](const report::AssessedUnit& u, const char* list) { rows.push_back(row(u, list, lang)); });
  return writeCsv(rows);
}

std::string assessmentHtml(const Dataset& ds, const report::AssessmentResult& result, Language lang) {
  const Words& w = words(lang);
  const Street* street = ds.find<Street>(ds.street);
  const std::string streetName = street ? street->name : "";
  const std::string title = lang == Language::zh ? streetName + std::to_string(result.year) + w.title
                                                 : streetName + " " + std::to_string(result.year) + " " + w.title;
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(w.lang) + "\"><head><meta charset=\"utf-8\"><title>" +
                    htmlEscape(title) + "</title><style>" + kStyle + "</style></head><body>\n";
  out += "<h1>" + htmlEscape(title) + "</h1>\n";
  std::string weights;
  for (const auto& a : report::assessmentAspects())
    weights += (weights.empty() ? "" : lang == Language::zh ? "，" : ", ") + std::string(aspectName(a, lang)) + " " +
               weightOf(result, a.id);
  out += "<p class=\"meta\">" + htmlEscape(std::string(w.weightsLine) + (lang == Language::zh ? "：" : ": ") + weights) +
         "</p>\n";
  std::string legend;
  for (auto s : {report::ScoreSource::records, report::ScoreSource::communities, report::ScoreSource::feedback,
                 report::ScoreSource::insufficient_sample})
    legend += (legend.empty() ? "" : lang == Language::zh ? "；" : "; ") + report::scoreSourceName(s).in(lang);
  out += "<p class=\"meta\">" + htmlEscape(std::string(w.legendLine) + (lang == Language::zh ? "：" : ": ") + legend) +
         "</p>\n<p class=\"meta\">" + htmlEscape(w.note) + "</p>\n";
  const std::pair<const char*, const std::vector<report::AssessedUnit>*> lists[] = {
      {w.ranked, &result.ranked}, {w.insufficient, &result.insufficient}, {w.city, &result.city_units}};
  for (const auto& [name, units] : lists) {
    out += "<h2>" + htmlEscape(name) + "</h2>\n";
    if (units->empty())
      out += "<p class=\"meta\">" + htmlEscape(w.none) + "</p>\n";
    else
      htmlTable(out, result, *units, lang);
  }
  out += "</body></html>\n";
  return out;
}

}  // namespace gj::io
