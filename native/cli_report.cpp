// gongjian-cli report --quarter 2024Q3: the quarterly joint-meeting pack (report/meeting_pack.h) as text
// tables, as CSV (one row per street / community / unit, UTF-8 with BOM) or as the printable HTML page
// (io/meeting_html.h), in Chinese or English.
#include <ctime>
#include <iostream>

#include "cli_commands.h"
#include "domain/enums.h"
#include "io/csv_write.h"
#include "io/meeting_html.h"
#include "report/meeting_pack.h"
#include "report/money_format.h"

namespace gj::cli {
namespace {

using report::PackRow;

struct Words {
  const char* title; const char* asOf; const char* street; const char* communities; const char* units;
  const char* stale; const char* none;
  std::vector<std::string> columns;  // after the name column
  const char* staleColumns[5];
};

const Words kZh{"联席会议材料", "统计截至", "街道合计", "按社区", "按共建单位", "超过30天无进展的认领项目", "无",
                {"认领项目", "完成项目", "资金(万元)", "活动场次", "志愿时长(小时)", "服务人次", "解决问题", "会议", "平均进度%", "停滞认领"},
                {"项目", "牵头单位", "状态", "最后进展", "天数"}};
const Words kEn{"Joint meeting pack", "as of", "Street total", "By community", "By partner unit",
                "Claims without progress for more than 30 days", "none",
                {"Claimed", "Completed", "Funds (10k yuan)", "Activities", "Volunteer hours", "Person-times",
                 "Problems solved", "Meetings", "Progress %", "Stale"},
                {"Project", "Lead unit", "Status", "Last progress", "Days"}};

std::string hours(std::int64_t minutes) {
  return std::to_string(minutes / 60) + "." + std::to_string(minutes % 60 * 10 / 60);
}

std::vector<std::string> figures(const PackRow& r) {
  const auto& q = r.quarter;
  return {std::to_string(q.projects_claimed), std::to_string(q.projects_completed), report::formatWanYuan(q.funds_spent_fen),
          std::to_string(q.activities), hours(q.volunteer_minutes), std::to_string(q.people_served),
          std::to_string(q.problems_solved), std::to_string(q.meetings), std::to_string(r.progress_average),
          std::to_string(r.stale_claims)};
}

void printTable(const std::vector<std::vector<std::string>>& rows) {
  std::vector<int> widths;
  for (const auto& r : rows)
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (widths.size() <= i) widths.push_back(0);
      widths[i] = std::max(widths[i], displayWidth(r[i]));
    }
  for (const auto& r : rows) {
    std::string line = " ";
    for (std::size_t i = 0; i < r.size(); ++i) {
      const std::string pad(static_cast<std::size_t>(widths[i] - displayWidth(r[i])), ' ');
      line += i == 0 ? " " + r[i] + pad : "  " + pad + r[i];
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    std::cout << line << "\n";
  }
}

std::vector<std::vector<std::string>> rowsOf(const std::vector<PackRow>& rows, const Words& w, const char* nameColumn) {
  std::vector<std::vector<std::string>> out{{nameColumn}};
  out[0].insert(out[0].end(), w.columns.begin(), w.columns.end());
  for (const PackRow& r : rows) {
    out.push_back({r.name});
    for (auto& cell : figures(r)) out.back().push_back(std::move(cell));
  }
  return out;
}

void printText(const Dataset& ds, const report::MeetingPack& pack, const Words& w, bool zh) {
  std::cout << pack.street.name << (zh ? "" : " ") << w.title << " " << pack.quarter.text() << " (" << w.asOf << " "
            << pack.today << ")\n\n";
  printTable(rowsOf({pack.street}, w, w.street));
  std::cout << "\n" << w.communities << "\n";
  printTable(rowsOf(pack.communities, w, zh ? "社区" : "Community"));
  std::cout << "\n" << w.units << "\n";
  printTable(rowsOf(pack.units, w, zh ? "单位" : "Unit"));
  std::cout << "\n" << w.stale << "\n";
  if (pack.stale.empty()) std::cout << "  " << w.none << "\n";
  std::vector<std::vector<std::string>> stale{{w.staleColumns[0], w.staleColumns[1], w.staleColumns[2], w.staleColumns[3], w.staleColumns[4]}};
  for (const auto& s : pack.stale) {
    const Unit* lead = ds.find<Unit>(s.lead_unit);
    stale.push_back({s.project + " " + s.title, lead ? lead->name : s.lead_unit,
                     std::string(EnumNames<ProjectStatus>::list[static_cast<int>(s.status)]), s.last_progress,
                     std::to_string(s.days_since)});
  }
  if (!pack.stale.empty()) printTable(stale);
}

std::string csvOf(const report::MeetingPack& pack, const Words& w, bool zh) {
  std::vector<std::vector<std::string>> rows{{zh ? "层级" : "level", zh ? "编号" : "id", zh ? "名称" : "name", zh ? "季度" : "quarter"}};
  rows[0].insert(rows[0].end(), w.columns.begin(), w.columns.end());
  auto add = [&](const char* level, const PackRow& r) {
    rows.push_back({level, r.id, r.name, pack.quarter.text()});
    for (auto& cell : figures(r)) rows.back().push_back(std::move(cell));
  };
  add(zh ? "街道" : "street", pack.street);
  for (const auto& r : pack.communities) add(zh ? "社区" : "community", r);
  for (const auto& r : pack.units) add(zh ? "单位" : "unit", r);
  return io::writeCsv(rows);
}

std::string systemDate() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &local);
  return text;
}

}  // namespace

int runReport(const ReportOptions& o) {
  const auto quarter = Quarter::parse(o.quarter);
  if (!quarter) {
    std::cerr << "gongjian-cli report: --quarter: expected a quarter like 2024Q3, got \"" << o.quarter << "\"\n";
    return 2;
  }
  const std::string today = o.today.empty() ? systemDate() : o.today;
  auto ds = loadData(o.data_dir, o.asset_dir);
  if (!ds) return 1;
  const report::MeetingPack pack = report::computeMeetingPack(*ds, *quarter, today);
  const bool zh = o.lang != "en";
  if (!pack.error.empty()) {
    std::cerr << "gongjian-cli report: " << (zh ? pack.error.zh : pack.error.en) << "\n";
    return 2;
  }
  const Words& w = zh ? kZh : kEn;
  if (o.format == "csv")
    std::cout << csvOf(pack, w, zh);
  else if (o.format == "html")
    std::cout << io::meetingPackHtml(*ds, pack, zh ? Language::zh : Language::en);
  else
    printText(*ds, pack, w, zh);
  return 0;
}

}  // namespace gj::cli
