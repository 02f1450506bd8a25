// The pack with the meeting record as HTML, and the pack as CSV; see meeting_record_export.h.
#include "io/meeting_record_export.h"

#include "io/csv_write.h"
#include "io/meeting_html.h"
#include "report/money_format.h"

namespace gj::io {
namespace {

template <class R> std::string nameOf(const Dataset& ds, const std::string& id) {
  const R* r = ds.find<R>(id);
  return r ? r->name : id;
}

// Escaped, with each line break as <br>.
std::string withBreaks(const std::string& text) {
  std::string out;
  std::size_t start = 0;
  while (true) {
    const std::size_t nl = text.find('\n', start);
    std::string line = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out += htmlEscape(line);
    if (nl == std::string::npos) break;
    out += "<br>\n";
    start = nl + 1;
  }
  return out;
}

std::string meetingSection(const Dataset& ds, const Meeting& m, Language lang) {
  const bool zh = lang == Language::zh;
  const std::string sep = zh ? "：" : ": ";
  std::string units;
  for (const std::string& u : m.attending) units += (units.empty() ? "" : (zh ? "、" : ", ")) + nameOf<Unit>(ds, u);
  const std::string scope = m.community.empty() ? (zh ? "全街道" : "Whole street") : nameOf<Community>(ds, m.community);
  std::string s = "<section class=\"meeting\">\n<h2>" + htmlEscape((zh ? "联席会议记录 " : "Meeting record ") + m.date) +
                  "</h2>\n";
  s += "<p class=\"meta\">" + htmlEscape(std::string(zh ? "范围" : "For") + sep + scope) + "</p>\n";
  s += "<p>" + htmlEscape(std::string(zh ? "参会单位" : "Attending units") + sep + units) + "</p>\n";
  s += "<h3>" + htmlEscape(zh ? "会议纪要" : "Notes") + "</h3>\n<p class=\"notes\">" + withBreaks(m.notes) + "</p>\n";
  s += "<h3>" + htmlEscape(zh ? "会议决定" : "Decisions") + "</h3>\n";
  if (m.decisions.empty()) {
    s += "<p>" + htmlEscape(zh ? "无" : "none") + "</p>\n";
  } else {
    s += "<ol>\n";
    for (const std::string& d : m.decisions) s += "<li>" + htmlEscape(d) + "</li>\n";
    s += "</ol>\n";
  }
  return s + "</section>\n";
}

}  // namespace

std::string hoursText(std::int64_t minutes) {
  const std::int64_t tenths = (minutes * 10 + 30) / 60;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

std::string meetingRecordHtml(const Dataset& ds, const report::MeetingPack& pack,
                              const std::vector<const Meeting*>& meetings, Language lang) {
  std::string html = meetingPackHtml(ds, pack, lang);
  if (meetings.empty() || !pack.error.empty()) return html;
  std::string sections = "<style>section.meeting{break-before:page}h3{font-size:15px;margin:14px 0 4px}"
                         "p.notes{white-space:normal;line-height:1.6}</style>\n";
  for (const Meeting* m : meetings) sections += meetingSection(ds, *m, lang);
  const std::size_t end = html.rfind("</body>");
  html.insert(end == std::string::npos ? html.size() : end, sections);
  return html;
}

std::string meetingPackCsv(const report::MeetingPack& pack, Language lang) {
  const bool zh = lang == Language::zh;
  std::vector<std::vector<std::string>> rows;
  if (zh)
    rows.push_back({"层级", "编号", "名称", "季度", "口径", "认领项目", "完成项目", "资金(万元)", "活动场次",
                    "志愿时长(小时)", "服务人次", "解决问题", "联席会议", "平均进度%", "停滞认领"});
  else
    rows.push_back({"level", "id", "name", "quarter", "scope", "claimed", "completed", "funds (10k yuan)", "activities",
                    "volunteer hours", "people served", "problems solved", "meetings", "progress %", "stale claims"});
  auto add = [&](const char* level, const report::PackRow& r) {
    for (bool cumulative : {false, true}) {
      const report::PackFigures& f = cumulative ? r.cumulative : r.quarter;
      rows.push_back({level, r.id, r.name, pack.quarter.text(),
                      cumulative ? (zh ? "累计" : "cumulative") : (zh ? "本季度" : "quarter"),
                      std::to_string(f.projects_claimed), std::to_string(f.projects_completed),
                      report::formatWanYuan(f.funds_spent_fen), std::to_string(f.activities),
                      hoursText(f.volunteer_minutes), std::to_string(f.people_served), std::to_string(f.problems_solved),
                      std::to_string(f.meetings), std::to_string(r.progress_average), std::to_string(r.stale_claims)});
    }
  };
  add(zh ? "街道" : "street", pack.street);
  for (const auto& r : pack.communities) add(zh ? "社区" : "community", r);
  for (const auto& r : pack.units) add(zh ? "单位" : "unit", r);
  return writeCsv(rows);
}

}  // namespace gj::io
