// The demo dataset: valid and self-consistent, deterministic to the byte, realistic in its details, and exact
// error texts for bad source tables.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "demo_fixture.h"
#include "domain/bundle.h"
#include "io/text_file.h"
#include "report/dashboard.h"

using namespace gj;

namespace {

namespace fs = std::filesystem;

// A scratch copy of the assets (categories.json and demo/) in which a test may break one table.
class ScratchAssets {
 public:
  explicit ScratchAssets(const std::string& name) : dir_(fs::temp_directory_path() / ("gongjian-demo-" + name)) {
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "demo");
    fs::copy_file(fs::path(GONGJIAN_TEST_ASSETS) / "categories.json", dir_ / "categories.json");
    for (const auto& e : fs::directory_iterator(fs::path(GONGJIAN_TEST_ASSETS) / "demo"))
      fs::copy_file(e.path(), dir_ / "demo" / e.path().filename());
  }
  ~ScratchAssets() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  Json table(const std::string& file) const {
    std::string error;
    return Json::parse(*io::readTextFile((dir_ / "demo" / file).string(), &error));
  }
  void write(const std::string& file, const std::string& text) const {
    std::ofstream((dir_ / "demo" / file).string(), std::ios::binary) << text;
  }
  void write(const std::string& file, const Json& doc) const { write(file, doc.dump(1)); }
  std::string error() const {
    Dataset ds;
    std::string error;
    CHECK_FALSE(io::loadDemoDataset(dir_.string(), &ds, &error));
    return error;
  }

 private:
  fs::path dir_;
};

}  // namespace

TEST_CASE("demo dataset: records validate and references hold") {
  const Dataset& ds = test::demoDataset();
  Errors errors;
  ds.forEachTable([&](const auto& t) {
    for (const auto& [id, r] : t) {
      Errors e = validate(r);
      errors.insert(errors.end(), e.begin(), e.end());
    }
  });
  CHECK(errors.empty());
  CHECK(checkReferences(ds).empty());
  CHECK(ds.size() == 1809);
  CHECK(ds.find<Street>(ds.street)->name == "蒙阳街道");
}

TEST_CASE("demo dataset: building twice gives the same bytes, and the bundle reads back equal") {
  Dataset again;
  std::string error;
  REQUIRE(io::loadDemoDataset(GONGJIAN_TEST_ASSETS, &again, &error));
  const std::string text = writeBundle(test::demoDataset());
  CHECK(writeBundle(again) == text);
  Parsed<Dataset> back = readBundle(text);
  REQUIRE(back.ok());
  CHECK(*back.value == test::demoDataset());
}

TEST_CASE("demo dataset: needs in every state, consistent with the problems solved") {
  const Dataset& ds = test::demoDataset();
  std::map<NeedStatus, int> byStatus;
  std::set<std::string> texts;
  int solved = 0;
  for (const auto& [id, n] : ds.needs()) {
    ++byStatus[n.status];
    texts.insert(n.text);
    CHECK(n.reporter.phone.size() == 11);
    CHECK(n.reporter.phone.compare(0, 3, "138") == 0);
    if (n.status == NeedStatus::resolved || n.status == NeedStatus::evaluated) {
      const Project& p = *ds.find<Project>(n.project);
      CHECK(report::isCoBuildingProject(ds, p));
      ++solved;
    }
    if (n.status == NeedStatus::rejected) {
      CHECK_FALSE(n.decided_by.empty());
      CHECK_FALSE(n.refer_to.empty());
    }
    if (n.status == NeedStatus::duplicate) CHECK(ds.find<Need>(n.duplicate_of)->community == n.community);
  }
  for (auto s : allValues<NeedStatus>()) CHECK_MESSAGE(byStatus[s] > 0, enumName(s));
  CHECK(texts.size() == ds.needs().size());  // every need in its own words
  CHECK(solved == 132);  // one resolved need per problem solved
  for (const auto& [id, p] : ds.projects())
    if (p.status >= ProjectStatus::completed) CHECK(p.problems_solved == static_cast<int>(p.needs.size()));
}

TEST_CASE("demo dataset: units, resources, projects, ratings and awards look like the article") {
  const Dataset& ds = test::demoDataset();
  int district = 0, paired = 0, proposed = 0, manyRatings = 0, fewRatings = 0;
  for (const auto& [id, u] : ds.units()) {
    district += u.level == UnitLevel::district;
    paired += !u.communities.empty();
  }
  CHECK(district == 49);
  CHECK(paired == 34);
  const Unit* mz = test::findRecord<Unit>(ds, [](const Unit& u) { return u.name == "名山区民政局"; });
  REQUIRE(mz);
  const Resource* fund = test::findRecord<Resource>(
      ds, [&](const Resource& r) { return r.unit == mz->id && r.kind == ResourceKind::funds; });
  REQUIRE(fund);
  CHECK(fund->capacity_per_quarter * 4 == 80'000'000);  // 提能力: 80万元 a year, paid by quarter

  std::map<std::string, int> ratings;
  for (const auto& [id, f] : ds.feedback())
    if (f.target_kind == FeedbackTarget::project) ++ratings[f.target];
  for (const auto& [id, p] : ds.projects()) {
    proposed += p.status == ProjectStatus::proposed;
    if (p.status == ProjectStatus::evaluated) CHECK(ratings[id] > 0);
    manyRatings += ratings[id] >= 5;
    fewRatings += ratings[id] > 0 && ratings[id] < 5;
  }
  CHECK(proposed == 2);
  CHECK(manyRatings == 32);
  CHECK(fewRatings == 8);
  int projectAwards = 0;
  for (const auto& [id, a] : ds.awards())
    if (a.target_kind == AwardTarget::project) {
      CHECK(ds.find<Project>(a.target)->exemplary);  // 以奖代补 goes to exemplary projects
      ++projectAwards;
    }
  CHECK(projectAwards == 5);
  CHECK(test::findRecord<Project>(ds, [](const Project& p) { return p.title == "新城社区“邻里学堂”"; })->featured);
}

TEST_CASE("demo dataset: weekly Friday service and quarterly joint meetings") {
  const Dataset& ds = test::demoDataset();
  int fridays = 0;
  for (const auto& [id, a] : ds.activities()) {
    if (!a.recurring_weekly) continue;
    ++fridays;
    const int day = *dayNumber(a.start);
    CHECK(((day % 7) + 7) % 7 == 1);  // 1970-01-02, day 1, was a Friday
  }
  CHECK(fridays == 150);
  int community = 0;
  for (const auto& [id, m] : ds.meetings()) {
    if (m.community.empty()) continue;
    ++community;
    CHECK(m.date.substr(5, 2) == m.quarter.firstDay().substr(5, 2));  // the first month of the quarter
  }
  CHECK(community == 28);  // 4 communities x 7 quarters
}

TEST_CASE("demo dataset: bad source tables are named by file and field") {
  SUBCASE("a unit level that does not exist") {
    ScratchAssets a("level");
    Json units = a.table("units.json");
    units["units"][0]["level"] = "town";
    a.write("units.json", units);
    CHECK(a.error() == "units.json: units[0].level: expected one of \"city\", \"district\", got \"town\"");
  }
  SUBCASE("a lead unit that does not exist, or is not paired with the community") {
    ScratchAssets a("lead");
    Json projects = a.table("projects.json");
    projects["projects"][3]["lead"] = "xyz";
    projects["projects"][1]["lead"] = "sfj";
    a.write("projects.json", projects);
    CHECK(a.error() ==
          "projects.json: projects[1].lead: expected a unit paired with \"chengdong\", got \"sfj\"\n"
          "projects.json: projects[3].lead: expected a unit key from units.json, got \"xyz\"");
  }
  SUBCASE("a misspelt field") {
    ScratchAssets a("typo");
    Json projects = a.table("projects.json");
    projects["projects"][0]["fund_yuan"] = 5;
    a.write("projects.json", projects);
    CHECK(a.error() == "projects.json: projects[0].fund_yuan: unknown field (a typo?)");
  }
  SUBCASE("funds that do not match the timeline") {
    ScratchAssets a("funds");
    Json projects = a.table("projects.json");
    projects["projects"][7]["funds_yuan"] = 100000;
    a.write("projects.json", projects);
    CHECK(a.error() == "projects.json: projects[7].funds_yuan: expected the sum of the timeline's funds_yuan (103000), got 100000");
  }
  SUBCASE("a weekly service not starting on a Friday, and a negative count") {
    ScratchAssets a("friday");
    Json activities = a.table("activities.json");
    activities["fridays"][0]["from"] = "2023-03-04";
    activities["types"]["legal_aid"]["minutes"] = -5;
    a.write("activities.json", activities);
    CHECK(a.error() == "activities.json: types.legal_aid.minutes: expected an integer 1..600, got -5");
    activities["types"]["legal_aid"]["minutes"] = 150;
    a.write("activities.json", activities);
    CHECK(a.error() == "activities.json: fridays[0].from: expected a Friday, got \"2023-03-04\"");
  }
  SUBCASE("a file that is not JSON") {
    ScratchAssets a("json");
    a.write("meetings.json", std::string("{\"themes\": ["));
    CHECK(a.error() == "meetings.json: not valid JSON");
  }
  SUBCASE("the children's station led by a unit in co-building relations") {
    ScratchAssets a("station");
    Json station = a.table("children_station.json");
    station["lead"] = "mz";
    a.write("children_station.json", station);
    CHECK(a.error() == "children_station.json: lead: expected a unit in no co-building relations (the station is not a "
                       "co-building project), got \"mz\"");
  }
}
