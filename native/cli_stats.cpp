// gongjian-cli stats: the dashboard figures (report/dashboard.h) of a data folder or the demo dataset, as one
// JSON object (--json) or as aligned tables in Chinese or English.
#include <iostream>
#include <vector>

#include "cli_commands.h"
#include "report/dashboard.h"
#include "report/money_format.h"

namespace gj::cli {
namespace {

struct Words {
  const char* title_all; const char* title_quarter;
  const char* communities; const char* units_paired; const char* units_assessable; const char* claimed;
  const char* completed; const char* funds; const char* problems; const char* served;
  const char* by_community; const char* by_quarter; const char* featured;
  const char* community; const char* quarter; const char* units; const char* projects; const char* funds_col;
  const char* problems_col; const char* served_col; const char* activities;
  const char* since; const char* children; const char* households;
  const char* n_piece; const char* n_unit; const char* wan; const char* n_times;
};

const Words kZh{"社区共建数据（截至目前）", "社区共建数据（{q}）",
                "城市社区", "结对共建单位", "可考核区级部门", "认领微项目", "已完成项目", "下沉资金",
                "解决急难愁盼问题", "共建志愿服务", "按社区", "按季度", "特色项目",
                "社区", "季度", "结对单位", "认领项目", "下沉资金(万元)", "解决问题", "服务人次", "活动场次",
                "年以来", "惠及儿童", "受益户数", " 个", " 家", " 万元", " 人次"};
const Words kEn{"co-building figures (so far)", "co-building figures ({q})",
                "Urban communities", "Units in co-building relations", "District departments assessable",
                "Micro-projects claimed", "Projects completed", "Funds brought down", "Urgent problems solved",
                "Person-times served", "By community", "By quarter", "Featured projects",
                "Community", "Quarter", "Units", "Claimed", "Funds (10k yuan)", "Problems", "Person-times", "Activities",
                "since", "children", "households", "", "", " x 10k yuan", " person-times"};

using Row = std::vector<std::string>;

// Left-aligns the first column, right-aligns the others, with two spaces between columns.
void printTable(const std::vector<Row>& rows) {
  std::vector<int> widths;
  for (const Row& r : rows)
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (widths.size() <= i) widths.push_back(0);
      widths[i] = std::max(widths[i], displayWidth(r[i]));
    }
  for (const Row& r : rows) {
    std::string line = "  ";
    for (std::size_t i = 0; i < r.size(); ++i) {
      const std::string pad(static_cast<std::size_t>(widths[i] - displayWidth(r[i])), ' ');
      line += i == 0 ? r[i] + pad : "  " + pad + r[i];
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    std::cout << line << "\n";
  }
}

std::string num(long long n) { return std::to_string(n); }

void printFigures(const Dataset& ds, const report::DashboardFigures& f, const Words& w, bool zh) {
  const Street* street = ds.find<Street>(ds.street);
  std::string title = f.quarter ? w.title_quarter : w.title_all;
  if (auto at = title.find("{q}"); at != std::string::npos) title.replace(at, 3, f.quarter ? f.quarter->text() : "");
  std::cout << (street ? street->name + (zh ? "" : " ") : "") << title << "\n";
  const auto& c = f.counted;
  printTable({{w.communities, num(f.communities) + w.n_piece},
              {w.units_paired, num(f.units_paired) + w.n_unit},
              {w.units_assessable, num(f.units_assessable) + w.n_piece},
              {w.claimed, num(c.projects_claimed) + w.n_piece},
              {w.completed, num(c.projects_completed) + w.n_piece},
              {w.funds, report::formatWanYuan(c.funds_fen) + w.wan},
              {w.problems, num(c.problems_solved) + w.n_piece},
              {w.served, num(c.person_times_served) + w.n_times}});

  std::cout << "\n" << w.by_community << "\n";
  std::vector<Row> rows{{w.community, w.units, w.projects, w.funds_col, w.problems_col, w.served_col, w.activities}};
  for (const auto& r : f.by_community)
    rows.push_back({r.name, num(r.units_paired), num(r.counted.projects_claimed), report::formatWanYuan(r.counted.funds_fen),
                    num(r.counted.problems_solved), num(r.counted.person_times_served), num(r.counted.activities)});
  printTable(rows);

  std::cout << "\n" << w.by_quarter << "\n";
  rows = {{w.quarter, w.projects, w.funds_col, w.problems_col, w.served_col, w.activities}};
  for (const auto& r : f.by_quarter)
    rows.push_back({r.quarter.text(), num(r.counted.projects_claimed), report::formatWanYuan(r.counted.funds_fen),
                    num(r.counted.problems_solved), num(r.counted.person_times_served), num(r.counted.activities)});
  printTable(rows);

  std::cout << "\n" << w.featured << "\n";
  rows = {{zh ? "项目" : "Project", zh ? "起始年份" : "Since", zh ? "资金(万元)" : "Funds (10k yuan)", w.activities, w.served_col, w.children, w.households}};
  for (const auto& p : f.featured) {
    auto kids = p.beneficiaries.find(TargetGroup::children);
    rows.push_back({p.title, num(p.since_year), report::formatWanYuan(p.funds_fen), num(p.activities),
                    num(p.people_served), num(kids == p.beneficiaries.end() ? 0 : kids->second), num(p.households)});
  }
  printTable(rows);
}

}  // namespace

int runStats(const StatsOptions& o) {
  std::optional<Quarter> quarter;
  if (!o.quarter.empty()) {
    quarter = Quarter::parse(o.quarter);
    if (!quarter) {
      std::cerr << "gongjian-cli stats: --quarter: expected a quarter like 2024Q3, got \"" << o.quarter << "\"\n";
      return 2;
    }
  }
  auto ds = loadData(o.data_dir, o.asset_dir);
  if (!ds) return 1;
  const report::DashboardFigures f = report::computeDashboard(*ds, quarter);
  if (o.json)
    std::cout << jsonText(report::dashboardJson(f)) << "\n";
  else
    printFigures(*ds, f, o.lang == "en" ? kEn : kZh, o.lang != "en");
  return 0;
}

}  // namespace gj::cli
