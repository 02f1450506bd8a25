// The string tables: both languages have the same keys, every key used by the shell exists, and
// the loader names the file and key of a bad entry.
#include <doctest/doctest.h>

#include "ui/screens.h"
#include "ui/strings.h"

using gj::ui::Lang;
using gj::ui::Strings;

TEST_CASE("string tables: zh-CN and en have exactly the same keys") {
  Strings s;
  REQUIRE(s.load(GONGJIAN_TEST_ASSETS) == "");
  auto const& zh = s.table(Lang::zh);
  auto const& en = s.table(Lang::en);
  CHECK(zh.size() > 20);
  // (no structured bindings: clang 14 cannot capture them in doctest's message lambdas)
  for (auto const& entry : zh) CHECK_MESSAGE(en.count(entry.first) == 1, "missing in en.json: " << entry.first);
  for (auto const& entry : en) CHECK_MESSAGE(zh.count(entry.first) == 1, "missing in zh-CN.json: " << entry.first);
}

TEST_CASE("string tables: every navigation label and area description exists in both languages") {
  Strings s;
  REQUIRE(s.load(GONGJIAN_TEST_ASSETS) == "");
  for (int i = 0; i < gj::ui::kScreenCount; ++i) {
    auto screen = static_cast<gj::ui::Screen>(i);
    std::string about = std::string("about.") + gj::ui::screenId(screen);
    for (Lang lang : {Lang::zh, Lang::en}) {
      CHECK(s.has(lang, gj::ui::screenLabelKey(screen)));
      CHECK(s.has(lang, about));
    }
  }
}

TEST_CASE("string tables: tr follows the language switch and shows a missing key as itself") {
  Strings s;
  REQUIRE(s.loadFromText(Lang::zh, "zh.json", R"({"nav.needs":"需求"})") == "");
  REQUIRE(s.loadFromText(Lang::en, "en.json", R"({"nav.needs":"Needs"})") == "");
  CHECK(std::string(s.tr("nav.needs")) == "需求");
  s.setLang(Lang::en);
  CHECK(std::string(s.tr("nav.needs")) == "Needs");
  CHECK(std::string(s.tr("no.such.key")) == "no.such.key");
}

TEST_CASE("string tables: a bad table is refused with the file and key named") {
  Strings s;
  CHECK(s.loadFromText(Lang::zh, "zh-CN.json", "{") == "zh-CN.json: not valid JSON");
  CHECK(s.loadFromText(Lang::zh, "zh-CN.json", "[1]") == "zh-CN.json: expected an object of key -> text");
  CHECK(s.loadFromText(Lang::zh, "zh-CN.json", R"({"a":"x","b":3})") == "zh-CN.json: b: expected a string, got 3");
  CHECK(s.load("/nonexistent").find("/nonexistent/i18n/zh-CN.json: ") == 0);
}

TEST_CASE("languages parse from their codes") {
  Lang lang = Lang::en;
  CHECK(gj::ui::parseLang("zh", &lang));
  CHECK(lang == Lang::zh);
  CHECK(gj::ui::parseLang("en-US", &lang));
  CHECK(lang == Lang::en);
  CHECK_FALSE(gj::ui::parseLang("fr", &lang));
  CHECK(std::string(gj::ui::langCode(Lang::zh)) == "zh-CN");
}
