// The classifier's rules on small dictionaries (folding, longest match, English words, ties) and a few
// checks against the shipped dictionary.
#include <doctest/doctest.h>

#include "classifier_fixture.h"
#include "match/classifier.h"
#include "match/text_fold.h"

using gj::match::CategoryScore;
using gj::match::classify;
using gj::match::Taxonomy;

namespace {

Taxonomy tiny() {
  Taxonomy t;
  std::string error;
  const bool ok = gj::match::parseTaxonomy(R"({"format":"gongjian-categories","neutral":["健康码"],"categories":[
    {"id":"environment","zh":"环境卫生","en":"Environment","keywords":["垃圾","垃圾分类","rubbish","bins"]},
    {"id":"safety","zh":"安全隐患","en":"Safety","keywords":["电动车进楼","充电","fire"]},
    {"id":"parking","zh":"停车交通","en":"Parking","keywords":["电动车","停车",{"text":"car","weight":3}]},
    {"id":"health","zh":"医疗健康","en":"Health","keywords":["健康","体检"]}]})",
                                           &t, &error);
  REQUIRE_MESSAGE(ok, error);
  return t;
}

std::string summary(const std::vector<CategoryScore>& ranked) {
  std::string out;
  for (const auto& c : ranked) {
    out += c.id + ":" + std::to_string(c.score) + "[";
    for (const auto& k : c.keywords) out += k + (&k == &c.keywords.back() ? "" : ",");
    out += "] ";
  }
  return out;
}

}  // namespace

TEST_CASE("classifier: folding of full-width, case, punctuation and traditional characters") {
  CHECK(gj::match::toUtf8(gj::match::foldText("  ＡＢＣ，小區（垃圾）！！Hello—World  ")) == "abc 小区 垃圾 hello world");
  CHECK(gj::match::toUtf8(gj::match::foldText("樓道燈壞了，險隱患，醫療，歲兒童")) == "楼道灯坏了 险隐患 医疗 岁儿童");
  CHECK(gj::match::toUtf8(gj::match::foldText("\xff\xfe垃圾")) == "垃圾");  // invalid bytes dropped
  CHECK(gj::match::simplifiedOf(U'車') == U'车');
  CHECK(gj::match::simplifiedOf(U'车') == U'车');
  CHECK(gj::match::simplifiedOf(U'a') == U'a');
}

TEST_CASE("classifier: a longer keyword hides the ones inside it, each keyword counts once") {
  const Taxonomy t = tiny();
  CHECK(summary(classify(t, "垃圾分类做不好，垃圾到处都是")) == "environment:6[垃圾分类,垃圾] ");
  CHECK(summary(classify(t, "垃圾分类")) == "environment:4[垃圾分类] ");
  CHECK(summary(classify(t, "垃圾垃圾垃圾")) == "environment:2[垃圾] ");
  // 电动车 inside 电动车进楼 does not count for parking; 充电 stands alone
  CHECK(summary(classify(t, "有人电动车进楼充电")) == "safety:7[电动车进楼,充电] ");
  CHECK(summary(classify(t, "电动车乱停车")) == "parking:5[电动车,停车] ");
  // a neutral phrase hides its inside too
  CHECK(classify(t, "出示健康码").empty());
  CHECK(summary(classify(t, "健康码和体检")) == "health:2[体检] ");
}

TEST_CASE("classifier: overlapping phrases both count; a long paste of one phrase counts it once") {
  const Taxonomy t = tiny();
  CHECK(summary(classify(t, "充电动车")) == "parking:3[电动车] safety:2[充电] ");  // share 电, neither inside the other
  std::string paste;
  for (int i = 0; i < 5000; ++i) paste += "垃圾分类";
  CHECK(summary(classify(t, paste)) == "environment:4[垃圾分类] ");  // 5,000 hits of each, every 垃圾 inside
  CHECK(summary(classify(t, paste + "，垃圾")) == "environment:6[垃圾分类,垃圾] ");
}

TEST_CASE("classifier: English keywords match whole words, plural and verb endings allowed") {
  const Taxonomy t = tiny();
  CHECK(summary(classify(t, "RUBBISH everywhere, the BINs are full")) == "environment:4[rubbish,bins] ");
  CHECK(summary(classify(t, "cars parked on the lawn")) == "parking:3[car] ");
  CHECK(classify(t, "scar tissue, carpet, firework").empty());
  CHECK(summary(classify(t, "a fire started; firing")) == "safety:2[fire] ");
  CHECK(summary(classify(t, "ＦＩＲＥ！")) == "safety:2[fire] ");
}

TEST_CASE("classifier: ties keep dictionary order, nothing found gives nothing") {
  const Taxonomy t = tiny();
  CHECK(summary(classify(t, "体检 停车")) == "parking:2[停车] health:2[体检] ");
  CHECK(classify(t, "").empty());
  CHECK(classify(t, "今天天气不错").empty());
  // the keywords of a category: heaviest first, then as they appear
  CHECK(summary(classify(t, "car 停车")) == "parking:5[car,停车] ");
  CHECK(summary(classify(t, "停车 car")) == "parking:5[car,停车] ");
}

TEST_CASE("classifier: the shipped dictionary on typical needs") {
  std::string error;
  const Taxonomy& t = gj::test::shippedTaxonomy(&error);
  REQUIRE_MESSAGE(!t.categories.empty(), error);
  auto first = [&](const char* text) {
    auto ranked = classify(t, text);
    return ranked.empty() ? std::string("-") : ranked.front().id;
  };
  CHECK(first("楼道灯坏了一个多月") == "infrastructure");
  CHECK(first("樓道燈壞了，晚上很黑") == "infrastructure");
  CHECK(first("垃圾分类点太臭了") == "environment");
  CHECK(first("有人把电动车推上楼充电，太危险") == "safety");
  CHECK(first("物业不作为，报修一个月没人来") == "property");
  CHECK(first("小区停车难，车位太少") == "parking");
  CHECK(first("独居老人吃饭困难，希望有助餐") == "elderly");
  CHECK(first("留守儿童放学后没人管，需要托管") == "children");
  CHECK(first("希望社区组织义诊，量量高血压") == "health");
  CHECK(first("包工头欠薪不给，想找律师") == "legal");
  CHECK(first("医保报销怎么办理？") == "policy");
  CHECK(first("下岗了想找工作，有没有招聘信息") == "employment");
  CHECK(first("想在广场跳广场舞，没有场地") == "culture");
  CHECK(first("The street light outside block 3 is broken") == "infrastructure");
  CHECK(first("My grandma lives alone and needs meals delivered") == "elderly");
}
