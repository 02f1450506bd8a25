// The joint-meeting pack as a printable HTML page; see meeting_html.h.
#include "io/meeting_html.h"

#include <array>

#include "report/money_format.h"

namespace gj::io {
namespace {

struct Words {
  const char* lang;
  const char* title;  // after the street name and quarter
  const char* period;
  const char* today;
  const char* street;
  const char* units;
  const char* communities;
  const char* projects;
  const char* stale;
  const char* noStale;
  const char* noProjects;
  const char* quarter;
  const char* cumulative;
  const char* name;
  std::array<const char*, 8> figures;  // PackFigures in declaration order
  const char* progress;
  const char* staleCount;
  std::array<const char*, 8> projectColumns;
  std::array<const char*, 6> staleColumns;
  std::array<const char*, 5> status;
  const char* counts;  // what the street and community rows count
};

const Words kZh = {"zh-CN", "共建联席会议材料", "统计期间", "截至", "全街道", "共建单位", "社区", "项目进展",
                   "超过 30 天无进展的项目", "没有超过 30 天无进展的项目。", "本季度没有进行中的项目。",
                   "本季度", "累计", "名称",
                   {"认领项目", "完成项目", "使用资金（元）", "志愿活动", "志愿服务时长（小时）", "服务人次",
                    "解决问题", "联席会议"},
                   "平均进度", "滞后项目",
                   {"项目", "牵头单位", "社区", "状态", "季末进度", "最近进展", "本季度资金（元）", "累计资金（元）"},
                   {"项目", "牵头单位", "社区", "状态", "最近进展", "无进展天数"},
                   {"待认领", "已认领", "实施中", "已完成", "已评价"},
                   "全街道和社区只统计共建单位的项目和活动，与概览一致；单位行统计该单位的全部记录。"};
const Words kEn = {"en", "joint meeting pack", "Period", "as of", "Whole street", "Partner units", "Communities",
                   "Project progress", "Projects without progress for more than 30 days",
                   "No project has gone more than 30 days without progress.", "No project was open this quarter.",
                   "Quarter", "Cumulative", "Name",
                   {"Projects claimed", "Projects completed", "Funds spent (yuan)", "Activities", "Volunteer hours",
                    "People served", "Problems solved", "Meetings"},
                   "Average progress", "Stale claims",
                   {"Project", "Lead unit", "Community", "Status", "Progress at quarter end", "Last progress",
                    "Funds this quarter (yuan)", "Funds cumulative (yuan)"},
                   {"Project", "Lead unit", "Community", "Status", "Last progress", "Days without progress"},
                   {"proposed", "claimed", "in progress", "completed", "evaluated"},
                   "The whole street and the communities count co-building projects and activities only, as on the "
                   "dashboard; a unit's row counts all of its own records."};

constexpr const char* kStyle =
    "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"WenQuanYi Micro Hei\",\"Microsoft YaHei\","
    "\"PingFang SC\",sans-serif;color:#111;margin:24px;font-size:14px}"
    "h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:24px 0 8px;border-bottom:2px solid #b22222}"
    "p.meta{color:#444;margin:0 0 12px}"
    "table{border-collapse:collapse;width:100%;margin-bottom:8px}"
    "th,td{border:1px solid #999;padding:3px 6px;vertical-align:top}th{background:#f2e6e6;text-align:left}"
    "td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
    "@page{size:A4 landscape;margin:12mm}"
    "@media print{body{margin:0;font-size:11px}h2{break-after:avoid}tr{break-inside:avoid}"
    "thead{display:table-header-group}th{background:#eee;-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

std::string hours(std::int64_t minutes) {  // one decimal, rounded half up, no floating point
  const std::int64_t tenths = (minutes * 10 + 30) / 60;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

std::vector<std::string> figureCells(const report::PackFigures& f) {
  return {std::to_string(f.projects_claimed), std::to_string(f.projects_completed), report::formatYuan(f.funds_spent_fen),
          std::to_string(f.activities), hours(f.volunteer_minutes), std::to_string(f.people_served),
          std::to_string(f.problems_solved), std::to_string(f.meetings)};
}

template <class R> std::string nameOf(const Dataset& ds, const std::string& id) {
  const R* r = ds.find<R>(id);
  return r ? r->name : id;
}

class Page {
 public:
  void raw(std::string_view s) { out_ += s; }
  void text(std::string_view s) { out_ += htmlEscape(s); }
  void element(const char* tag, std::string_view s, const char* attrs = "") {
    out_ += std::string("<") + tag + attrs + ">" + htmlEscape(s) + "</" + tag + ">";
  }
  void headerRow(const std::vector<std::string>& cells) {
    raw("<thead><tr>");
    for (const auto& c : cells) element("th", c);
    raw("</tr></thead>\n");
  }
  // The first `textCells` cells are text, the rest numbers (right-aligned).
  void row(const std::vector<std::string>& cells, std::size_t textCells) {
    raw("<tr>");
    for (std::size_t i = 0; i < cells.size(); ++i) element("td", cells[i], i < textCells ? "" : " class=\"n\"");
    raw("</tr>\n");
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

void figuresTable(Page& page, const Words& w, const std::vector<const report::PackRow*>& rows) {
  std::vector<std::string> head = {w.name};
  for (const char* f : w.figures) head.emplace_back(f);
  head.emplace_back(w.progress);
  head.emplace_back(w.staleCount);
  page.raw("<table>");
  page.headerRow(head);
  page.raw("<tbody>\n");
  for (const report::PackRow* r : rows) {
    std::vector<std::string> cells = {r->name};
    for (auto& c : figureCells(r->quarter)) cells.push_back(std::move(c));
    cells.push_back(std::to_string(r->progress_average) + "%");
    cells.push_back(std::to_string(r->stale_claims));
    page.row(cells, 1);
  }
  page.raw("</tbody></table>\n");
}

}  // namespace

std::string htmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string meetingPackHtml(const Dataset& ds, const report::MeetingPack& pack, Language lang) {
  const Words& w = lang == Language::zh ? kZh : kEn;
  const bool zh = lang == Language::zh;
  const std::string streetName = pack.street.name.empty() ? nameOf<Street>(ds, ds.street) : pack.street.name;
  const std::string quarter = zh ? std::to_string(pack.quarter.year) + "年第" + std::to_string(pack.quarter.q) + "季度"
                                 : std::to_string(pack.quarter.year) + " Q" + std::to_string(pack.quarter.q);
  const std::string title = zh ? streetName + quarter + w.title : streetName + " " + quarter + " " + w.title;
  Page page;
  page.raw(std::string("<!DOCTYPE html>\n<html lang=\"") + w.lang + "\">\n<head>\n<meta charset=\"utf-8\">\n");
  page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
  page.text(title);
  page.raw(std::string("</title>\n<style>") + kStyle + "</style>\n</head>\n<body>\n");
  page.element("h1", title);
  page.raw("\n");
  if (!pack.error.empty()) {
    page.element("p", pack.error.in(lang));
    page.raw("\n</body>\n</html>\n");
    return page.take();
  }
  page.element("p", std::string(w.period) + (zh ? "：" : ": ") + pack.quarter.firstDay() + " – " + pack.quarter.lastDay() +
                        (zh ? "；" : "; ") + w.today + " " + pack.today,
               " class=\"meta\"");
  page.raw("\n");

  // The street in the quarter and cumulatively.
  page.element("h2", w.street);
  page.raw("<table>");
  std::vector<std::string> head = {""};
  for (const char* f : w.figures) head.emplace_back(f);
  page.headerRow(head);
  page.raw("<tbody>\n");
  for (bool cumulative : {false, true}) {
    std::vector<std::string> cells = {cumulative ? w.cumulative : w.quarter};
    for (auto& c : figureCells(cumulative ? pack.street.cumulative : pack.street.quarter)) cells.push_back(std::move(c));
    page.row(cells, 1);
  }
  page.raw("</tbody></table>\n");
  page.element("p", w.counts, " class=\"meta\"");
  page.raw("\n");

  std::vector<const report::PackRow*> rows;
  for (const auto& r : pack.units) rows.push_back(&r);
  page.element("h2", std::string(w.units) + (zh ? "（" : " (") + w.quarter + (zh ? "）" : ")"));
  figuresTable(page, w, rows);
  rows.clear();
  for (const auto& r : pack.communities) rows.push_back(&r);
  page.element("h2", std::string(w.communities) + (zh ? "（" : " (") + w.quarter + (zh ? "）" : ")"));
  figuresTable(page, w, rows);

  page.element("h2", w.projects);
  if (pack.street.projects.empty()) {
    page.element("p", w.noProjects);
  } else {
    page.raw("<table>");
    page.headerRow(std::vector<std::string>(w.projectColumns.begin(), w.projectColumns.end()));
    page.raw("<tbody>\n");
    for (const report::PackProject& p : pack.street.projects)
      page.row({p.title, nameOf<Unit>(ds, p.lead_unit), nameOf<Community>(ds, p.community),
                w.status[static_cast<std::size_t>(p.status)], std::to_string(p.percent) + "%", p.last_progress,
                report::formatYuan(p.funds_quarter_fen), report::formatYuan(p.funds_cumulative_fen)},
               6);
    page.raw("</tbody></table>\n");
  }

  page.element("h2", w.stale);
  if (pack.stale.empty()) {
    page.element("p", w.noStale);
  } else {
    page.raw("<table>");
    page.headerRow(std::vector<std::string>(w.staleColumns.begin(), w.staleColumns.end()));
    page.raw("<tbody>\n");
    for (const report::StaleClaim& s : pack.stale)
      page.row({s.title, nameOf<Unit>(ds, s.lead_unit), nameOf<Community>(ds, s.community),
                w.status[static_cast<std::size_t>(s.status)], s.last_progress, std::to_string(s.days_since)},
               5);
    page.raw("</tbody></table>\n");
  }
  page.raw("</body>\n</html>\n");
  return page.take();
}

}  // namespace gj::io
