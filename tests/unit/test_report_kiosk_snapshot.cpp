// The kiosk's public snapshot of the demo dataset on 2024-08-02 (a Friday): the article's figures, projects
// under way, this week's activities with the Friday service, the honour roll, the featured projects for the
// elderly and children, problems solved per community — and no resident's name, phone or address anywhere.
// Expected values are the article's figures or recomputed here straight from the records.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <string>

#include "demo_fixture.h"
#include "report/kiosk_snapshot.h"

using gj::Json;
using namespace gj;

namespace {

const Json& snapshot() {
  static const Json j = report::kioskSnapshot(test::demoDataset(), "2024-08-02");
  return j;
}

}  // namespace

TEST_CASE("kiosk snapshot: the article's figures, computed from the records") {
  const Json& f = snapshot()["figures"];
  CHECK(f["communities"] == 4);
  CHECK(f["units_paired"] == 34);
  CHECK(f["units_assessable"] == 49);
  CHECK(f["projects_claimed"] == 49);
  CHECK(f["projects_completed"] == 40);
  CHECK(f["funds_fen"] == 154'100'000);  // 154.1万元
  CHECK(f["problems_solved"] == 132);
  CHECK(f["person_times_served"] == 10'222);
  // Co-building activities: at least one organiser paired with a community.
  const Dataset& ds = test::demoDataset();
  int activities = 0;
  for (const auto& [id, a] : ds.activities())
    activities += std::any_of(a.organisers.begin(), a.organisers.end(), [&](const std::string& u) {
      const Unit* unit = ds.find<Unit>(u);
      return unit && !unit->communities.empty();
    });
  CHECK(f["activities"] == activities);
  CHECK(snapshot()["kind"] == "gongjian-kiosk-snapshot");
  CHECK(snapshot()["schema"] == 1);
  CHECK(snapshot()["street"] == "蒙阳街道");
  CHECK(snapshot()["as_of"] == "2024-08-02");
  CHECK(snapshot()["quarter"] == "2024Q3");
}

TEST_CASE("kiosk snapshot: projects under way, furthest first, with lead unit names") {
  const Dataset& ds = test::demoDataset();
  std::vector<std::pair<int, std::string>> open;  // (-percent, id) sorts furthest first, then by id
  for (const auto& [id, p] : ds.projects())
    if (p.status == ProjectStatus::claimed || p.status == ProjectStatus::in_progress) {
      int percent = p.timeline.empty() ? 0 : p.timeline.back().percent;
      open.push_back({-percent, id});
    }
  std::stable_sort(open.begin(), open.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : IdLess{}(a.second, b.second);
  });
  const Json& rows = snapshot()["in_progress"];
  REQUIRE(!open.empty());
  REQUIRE(rows.size() == std::min<std::size_t>(open.size(), report::kKioskInProgress));
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Project& p = ds.projects().at(open[i].second);
    CHECK(rows[i]["project"] == p.id);
    CHECK(rows[i]["percent"] == -open[i].first);
    CHECK(rows[i]["lead_unit"] == ds.units().at(p.lead_unit).name);
    CHECK(rows[i]["community"] == ds.communities().at(p.community).name);
  }
}

TEST_CASE("kiosk snapshot: this week's activities include the Friday service with place and time") {
  const Json& week = snapshot()["week"];
  CHECK(week["monday"] == "2024-07-29");
  CHECK(week["sunday"] == "2024-08-04");
  const Json& list = week["this_week"];
  REQUIRE(!list.empty());
  int fridayServices = 0;
  for (const Json& a : list) {
    const std::string start = a["start"];
    CHECK(start >= "2024-07-29");
    CHECK(start < "2024-08-05");
    CHECK(!a["place"].get<std::string>().empty());
    if (a["weekly"] == true && start.rfind("2024-08-02T", 0) == 0) ++fridayServices;
  }
  CHECK(fridayServices >= 1);
  // The activities recorded in the week are all listed (weekly ones may be merged with their series).
  const Dataset& ds = test::demoDataset();
  std::set<std::string> listed;
  for (const Json& a : list) listed.insert(a["activity"].get<std::string>());
  for (const auto& [id, a] : ds.activities())
    if (!a.recurring_weekly && a.start >= "2024-07-29" && a.start < "2024-08-05") CHECK(listed.count(id) == 1);
}

TEST_CASE("kiosk snapshot: honour roll of the volunteers with most hours, stars by hours") {
  const Dataset& ds = test::demoDataset();
  std::map<std::string, long long> minutes;
  for (const auto& [id, a] : ds.activities())
    for (const Attendance& at : a.attendance) minutes[at.volunteer] += at.minutes;
  std::vector<std::pair<long long, std::string>> roll;
  for (const auto& [v, m] : minutes)
    if (m > 0) roll.push_back({-m, v});
  std::sort(roll.begin(), roll.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : IdLess{}(a.second, b.second);
  });
  const Json& honours = snapshot()["honours"];
  REQUIRE(honours.size() == std::min<std::size_t>(roll.size(), report::kKioskHonours));
  for (std::size_t i = 0; i < honours.size(); ++i) {
    const Volunteer& v = ds.volunteers().at(roll[i].second);
    CHECK(honours[i]["name"] == v.name);
    CHECK(honours[i]["minutes"] == -roll[i].first);
    CHECK(honours[i]["unit"] == ds.units().at(v.unit).name);
    const long long hours = -roll[i].first / 60;
    const int stars = hours >= 1500 ? 5 : hours >= 1000 ? 4 : hours >= 600 ? 3 : hours >= 300 ? 2 : hours >= 100 ? 1 : 0;
    CHECK(honours[i]["stars"] == stars);
    CHECK(honours[i].size() == 5);  // rank, name, unit, minutes, stars: nothing personal beyond the name
  }
}

TEST_CASE("kiosk snapshot: featured projects for the elderly and children") {
  const Json& featured = snapshot()["featured"];
  REQUIRE(!featured.empty());
  const Json* station = nullptr;
  for (const Json& f : featured)
    if (f["title"].get<std::string>().find("儿童服务站") != std::string::npos) station = &f;
  REQUIRE(station != nullptr);
  CHECK((*station)["since_year"] == 2020);
  CHECK((*station)["funds_fen"] == 36'000'000);  // 36万元 since 2020
  CHECK((*station)["activities"] == 584);
  CHECK((*station)["community"] == "新城社区");
  // Every featured project listed serves the elderly or children (by its beneficiaries or its category).
  const Dataset& ds = test::demoDataset();
  int featuredOldOrYoung = 0;
  for (const auto& [id, p] : ds.projects()) {
    if (!p.featured) continue;
    const bool serves = p.beneficiaries.count(TargetGroup::elderly) || p.beneficiaries.count(TargetGroup::children) ||
                        p.category == "elderly" || p.category == "children";
    bool listed = false;
    for (const Json& f : featured) listed = listed || f["project"] == id;
    if (serves) CHECK(listed);
    if (listed) ++featuredOldOrYoung;
  }
  CHECK(featuredOldOrYoung == static_cast<int>(featured.size()));
}

TEST_CASE("kiosk snapshot: problems solved per community in the quarter and so far") {
  const Dataset& ds = test::demoDataset();
  std::map<std::string, std::pair<int, int>> expected;  // community name -> (2024Q3, up to 2024-09-30)
  for (const auto& [id, c] : ds.communities()) expected[c.name] = {0, 0};
  for (const auto& [id, p] : ds.projects()) {
    if (p.status < ProjectStatus::completed || p.completed.empty()) continue;
    const std::string name = ds.communities().at(p.community).name;
    if (p.completed >= "2024-07-01" && p.completed <= "2024-09-30") expected[name].first += p.problems_solved;
    if (p.completed <= "2024-09-30") expected[name].second += p.problems_solved;
  }
  const Json& solved = snapshot()["solved"];
  REQUIRE(solved.size() == 4);
  int total = 0;
  for (const Json& row : solved) {
    const std::string name = row["community"];
    REQUIRE(expected.count(name) == 1);
    CHECK(row["quarter"] == expected[name].first);
    CHECK(row["cumulative"] == expected[name].second);
    total += row["cumulative"].get<int>();
  }
  CHECK(total == 132);
}

TEST_CASE("kiosk snapshot: residents' names, phones and addresses are absent, not masked") {
  const Dataset& ds = test::demoDataset();
  const std::string text = report::kioskSnapshotText(ds, "2024-08-02");
  std::set<std::string> personal;
  for (const auto& [id, n] : ds.needs()) {
    if (!n.reporter.name.empty()) personal.insert(n.reporter.name);
    if (!n.reporter.phone.empty()) personal.insert(n.reporter.phone);
    if (!n.reporter.address.empty()) personal.insert(n.reporter.address);
  }
  for (const auto& [id, v] : ds.volunteers())
    if (!v.phone.empty()) personal.insert(v.phone);
  REQUIRE(personal.size() > 100);  // the demo has residents to leak
  int found = 0;
  for (const std::string& p : personal)
    if (text.find(p) != std::string::npos) {
      ++found;
      MESSAGE("personal information in the kiosk snapshot: " << p);
    }
  CHECK(found == 0);
  CHECK_FALSE(std::regex_search(text, std::regex("1[3-9][0-9]{9}")));
  CHECK(text.find("****") == std::string::npos);  // absent, not masked
  CHECK(text.find("reporter") == std::string::npos);
  CHECK(text.find("phone") == std::string::npos);
}

TEST_CASE("kiosk snapshot: what residents may rate, and the same bytes every time") {
  const Json& rate = snapshot()["rate"];
  REQUIRE(!rate.empty());
  const Dataset& ds = test::demoDataset();
  std::string lastCompleted = "9999";
  int projects = 0;
  for (const Json& r : rate) {
    if (r["kind"] == "project") {
      const Project& p = ds.projects().at(r["target"].get<std::string>());
      CHECK(p.status >= ProjectStatus::completed);
      CHECK(p.completed <= "2024-08-02");
      CHECK(p.completed <= lastCompleted);  // latest first
      lastCompleted = p.completed;
      ++projects;
    } else {
      CHECK(r["kind"] == "activity");
      CHECK(ds.activities().count(r["target"].get<std::string>()) == 1);
    }
  }
  CHECK(projects == report::kKioskRateProjects);
  CHECK(report::kioskSnapshotText(ds, "2024-08-02") == report::kioskSnapshotText(ds, "2024-08-02"));
  CHECK(report::kioskSnapshotText(ds, "2024-08-02") != report::kioskSnapshotText(ds, "2024-08-09"));
}
