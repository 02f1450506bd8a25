// Writes the district-scale dataset (district.h: 10,000 needs, 1,000 units, 50,000 volunteers by default) as
// a JSON bundle the app imports (Settings → import a bundle), for the browser benchmark (app.sh). The
// generator's records carry only what matching reads; here they get what a stored record needs (names,
// texts, dates, the category ids of assets/categories.json) without changing its draws. The bundle is read
// back with readBundle, the app's own reader, before it is written.
//   district_bundle OUT.json [--seed N --needs N --units N --communities N --volunteers N --activities N]
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "district.h"
#include "domain/bundle.h"

using namespace gj;

namespace {

// Need texts as community workers write them; the generator's "catN" becomes a real category id.
const char* kCategories[] = {"infrastructure", "environment", "safety", "property", "parking", "elderly",
                             "children",       "health",      "legal",  "policy",   "employment", "culture"};
const char* kTexts[] = {"小区楼道灯坏了，晚上老人上下楼看不清", "独居老人希望有人定期上门看望、代买药品",
                        "放学后孩子无人看管，希望开设四点半课堂", "小区路面破损积水，雨天出行困难",
                        "停车位不足，消防通道经常被占用",       "希望社区开展义诊和健康讲座",
                        "想咨询劳动合同纠纷，需要法律援助",     "垃圾分类点异味大，希望增加清运次数"};
const char* kSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";

std::string category(const std::string& generated) {
  if (generated.rfind("cat", 0) != 0) return generated;
  return kCategories[std::atoi(generated.c_str() + 3) % 12];
}

std::string surname(long long n) { return std::string(kSurnames + 3 * (n % 20), 3); }

void dress(Dataset& ds, const bench::DistrictScale& s) {
  Street street;
  street.id = "street/1";
  street.name = "示范街道";
  street.district = "示范区";
  street.city = "示范市";
  ds.put(street);
  ds.street = street.id;
  const std::string reported = "2024-06-15";
  for (int c = 1; c <= s.communities; ++c) {
    Community x = ds.communities().at(makeId("community", c));
    x.street = street.id;
    x.name = "第" + std::to_string(c) + "社区";
    x.households = 800 + c;
    ds.put(x);
  }
  for (int u = 1; u <= s.units; ++u) {
    Unit x = ds.units().at(makeId("unit", u));
    std::vector<std::string> paired;  // the generator may draw a community twice: a pairing is kept once
    for (const auto& c : x.communities)
      if (std::find(paired.begin(), paired.end(), c) == paired.end()) paired.push_back(c);
    x.communities = paired;
    x.name = "共建单位" + std::to_string(u);
    x.liaison = surname(u) + "联络员";
    ds.put(x);
    Resource r = ds.resources().at(makeId("resource", u));
    r.title = "志愿服务" + std::to_string(u);
    std::vector<std::string> categories;  // 30 generated categories fold onto 12: keep each once
    for (const auto& c : r.categories)
      if (std::find(categories.begin(), categories.end(), category(c)) == categories.end()) categories.push_back(category(c));
    r.categories = categories;
    ds.put(r);
  }
  std::vector<Project> projects;
  for (const auto& [id, p] : ds.projects()) projects.push_back(p);
  for (Project p : projects) {
    p.title = "已完成的微项目 " + p.id;
    p.community = ds.units().at(p.lead_unit).communities.front();
    p.category = kCategories[p.id.size() % 12];
    p.claimed = "2024-01-10";
    p.completed = "2024-03-20";
    p.problems_solved = 1;
    ds.put(p);
  }
  for (int n = 1; n <= s.needs; ++n) {
    Need x = ds.needs().at(makeId("need", n));
    x.text = kTexts[n % 8];
    x.category = category(x.category);
    x.reported = reported;
    x.reporter.name = surname(n) + "女士";
    x.reporter.phone = "1380000" + std::to_string(1000 + n % 9000);
    ds.put(x);
  }
  for (int v = 1; v <= s.volunteers; ++v) {
    Volunteer x = ds.volunteers().at(makeId("volunteer", v));
    x.name = surname(v) + "志愿者" + std::to_string(v);
    ds.put(x);
  }
  for (int a = 1; a <= s.activities; ++a) {
    Activity x = ds.activities().at(makeId("activity", a));
    x.title = "志愿服务活动" + std::to_string(a);
    x.place = "社区服务中心";
    ds.put(x);
  }
  ds.forEachTable([](auto& table) {  // every record: when it was entered
    for (auto& entry : table) {
      if (entry.second.created.empty()) entry.second.created = "2024-06-15T09:00:00+08:00";
      if (entry.second.updated.empty()) entry.second.updated = entry.second.created;
    }
  });
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return std::fprintf(stderr, "usage: district_bundle OUT.json [--seed N --needs N ...]\n"), 2;
  bench::DistrictScale s;
  for (int i = 2; i + 1 < argc; i += 2) {
    const char* k = argv[i];
    const long long v = std::atoll(argv[i + 1]);
    if (!std::strcmp(k, "--seed")) s.seed = static_cast<std::uint64_t>(v);
    else if (!std::strcmp(k, "--needs")) s.needs = static_cast<int>(v);
    else if (!std::strcmp(k, "--units")) s.units = static_cast<int>(v);
    else if (!std::strcmp(k, "--communities")) s.communities = static_cast<int>(v);
    else if (!std::strcmp(k, "--volunteers")) s.volunteers = static_cast<int>(v);
    else if (!std::strcmp(k, "--activities")) s.activities = static_cast<int>(v);
    else return std::fprintf(stderr, "district_bundle: unknown argument %s\n", k), 2;
  }
  Dataset ds = bench::generateDistrict(s);
  dress(ds, s);
  const std::string text = writeBundle(ds);
  Parsed<Dataset> back = readBundle(text);
  if (!back.ok()) {
    std::fprintf(stderr, "district_bundle: the app would refuse the bundle (%zu problems), first:\n", back.errors.size());
    for (std::size_t i = 0; i < back.errors.size() && i < 10; ++i) std::fprintf(stderr, "  %s\n", back.errors[i].c_str());
    return 1;
  }
  std::ofstream(argv[1], std::ios::binary) << text;
  std::printf("district bundle: %zu records, %zu bytes -> %s\n", ds.size(), text.size(), argv[1]);
  return 0;
}
