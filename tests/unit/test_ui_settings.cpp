// Settings: the screens each user mode is offered, applying a mode (filters, leaving a screen not offered),
// the mode stored in "settings/ui" and read back at the next start, and the category form's edits.
#include <doctest/doctest.h>

#include "domain/memory_storage.h"
#include "match/overrides.h"
#include "test_domain_fixture.h"
#include "ui/needs_screen.h"
#include "ui/project_screen.h"
#include "ui/screen_states.h"
#include "ui/settings_category_edit.h"
#include "ui/settings_screen.h"
#include "ui/user_mode.h"

using namespace gj;
using namespace gj::ui;

namespace {

std::string offered(UserMode mode) {
  ScreenContext ctx;
  ctx.mode = mode;
  std::string out;
  for (int i = 0; i < kScreenCount; ++i)
    if (screenOffered(ctx, static_cast<Screen>(i))) out += std::string(out.empty() ? "" : " ") + screenId(static_cast<Screen>(i));
  return out;
}

bool seed(Dataset* ds, std::string*) {
  *ds = test::smallStreet();
  return true;
}

}  // namespace

TEST_CASE("settings: the screens each mode is offered") {
  CHECK(offered(UserMode::street_office) ==
        "dashboard needs resources units matching projects volunteers activities meetings assessment settings");
  CHECK(offered(UserMode::community_worker) ==
        "dashboard needs resources units matching projects volunteers activities meetings assessment settings");
  CHECK(offered(UserMode::unit_liaison) == "dashboard resources projects volunteers activities meetings settings");
  // The shared dictionaries are street-office work.
  ScreenContext ctx;
  CHECK(editsSharedData(ctx));
  ctx.mode = UserMode::community_worker;
  CHECK_FALSE(editsSharedData(ctx));
}

TEST_CASE("settings: a mode needs a community or unit of the data") {
  const Dataset ds = test::smallStreet();
  CHECK(actingForProblem(ds, UserMode::street_office, "") == "");
  CHECK(actingForProblem(ds, UserMode::community_worker, "") == "settings.mode.err.community_missing");
  CHECK(actingForProblem(ds, UserMode::community_worker, "community/9") == "settings.mode.err.community_unknown");
  CHECK(actingForProblem(ds, UserMode::community_worker, "unit/1") == "settings.mode.err.community_unknown");
  CHECK(actingForProblem(ds, UserMode::community_worker, "community/2") == "");
  CHECK(actingForProblem(ds, UserMode::unit_liaison, "") == "settings.mode.err.unit_missing");
  CHECK(actingForProblem(ds, UserMode::unit_liaison, "community/1") == "settings.mode.err.unit_unknown");
  CHECK(actingForProblem(ds, UserMode::unit_liaison, "unit/2") == "");
  UserMode m;
  CHECK(parseUserMode("unit_liaison", &m));
  CHECK(m == UserMode::unit_liaison);
  CHECK_FALSE(parseUserMode("kiosk", &m));
}

TEST_CASE("settings: applying a mode sets the default filters and leaves a screen it does not offer") {
  MemoryStorage storage;
  io::Workspace ws(storage);
  ws.open(seed);
  REQUIRE(ws.loaded());
  ScreenContext ctx;
  ctx.workspace = &ws;
  ctx.screen = Screen::needs;

  applyUserMode(ctx, UserMode::community_worker, "community/2");
  CHECK(ctx.screen == Screen::needs);  // offered: stays
  CHECK(needsState().filter.community == "community/2");
  CHECK(projectsUi().filter.community == "community/2");
  CHECK(projectsUi().filter.lead == "");

  applyUserMode(ctx, UserMode::unit_liaison, "unit/2");
  CHECK(ctx.screen == Screen::dashboard);  // Needs is not a liaison's screen
  CHECK(needsState().filter.community == "");
  CHECK(projectsUi().filter.community == "");
  CHECK(projectsUi().filter.lead == "unit/2");

  ctx.screen = Screen::projects;
  applyUserMode(ctx, UserMode::street_office, "unit/2");
  CHECK(ctx.actingFor == "");  // the street office acts for no one
  CHECK(ctx.screen == Screen::projects);
  CHECK(projectsUi().filter.lead == "");

  const Json state = settingsState(ctx);
  CHECK(state["mode"] == "street_office");
  CHECK(state["offered"].size() == 11);
}

TEST_CASE("settings: the mode is stored in settings/ui and applied at the next start") {
  MemoryStorage storage;
  {
    io::Workspace ws(storage);
    ws.open(seed);
    REQUIRE(ws.loaded());
    ScreenContext ctx;
    ctx.workspace = &ws;
    ctx.operatorName = "李娟";
    applyUserMode(ctx, UserMode::community_worker, "community/1");
    const auto commits = ws.commits();
    ctx.saveSettings();
    CHECK(ws.commits() == commits + 1);  // one action
    ctx.saveSettings();
    CHECK(ws.commits() == commits + 1);  // nothing changed: no write
    const Json ui = Json::parse(ws.setting(kUiSettingsKey));
    CHECK(ui["mode"] == "community_worker");
    CHECK(ui["acting_for"] == "community/1");
    CHECK(ui["operator"] == "李娟");
  }
  io::Workspace again(storage);
  again.open(seed);
  REQUIRE(again.loaded());
  ScreenContext ctx;
  ctx.workspace = &again;
  ctx.screen = Screen::matching;
  applySavedMode(ctx, Json::parse(again.setting(kUiSettingsKey)));
  CHECK(ctx.mode == UserMode::community_worker);
  CHECK(ctx.actingFor == "community/1");
  CHECK(needsState().filter.community == "community/1");

  // A saved unit that is no longer in the data: the program opens as the street office.
  ScreenContext other;
  other.workspace = &again;
  applySavedMode(other, Json{{"mode", "unit_liaison"}, {"acting_for", "unit/99"}});
  CHECK(other.mode == UserMode::street_office);
  applySavedMode(other, Json{{"mode", "unit_liaison"}, {"acting_for", "unit/1"}});
  CHECK(other.mode == UserMode::unit_liaison);
  CHECK(other.actingFor == "unit/1");
}

TEST_CASE("settings: stored categories and weights are applied at load over the assets") {
  MemoryStorage storage;
  io::Workspace ws(storage);
  ws.open(seed);
  REQUIRE(ws.loaded());
  io::Action action;
  action.putSetting(match::kCategoriesSettingKey,
                    R"({"format":"gongjian-categories","categories":[{"id":"legal","zh":"法律服务","en":"Legal services","keywords":["律师"]}]})");
  action.putSetting(match::kWeightsSettingKey, R"({"format":"gongjian-matching-weights","needs":{"pairing":0}})");
  REQUIRE(ws.perform(std::move(action)));

  ScreenContext ctx;
  ctx.workspace = &ws;
  std::string error;
  REQUIRE(match::parseTaxonomy(
      R"({"format":"gongjian-categories","categories":[{"id":"elderly","zh":"养老助老","en":"Care for the elderly","keywords":["老人"]},{"id":"legal","zh":"法律援助","en":"Legal aid","keywords":["法律"]}]})",
      &ctx.taxonomy, &error));
  ctx.matchingWeights.needs.elderly = 55;
  applyStoredOverrides(ctx);
  CHECK(settingsUi().overrideProblem == "");
  REQUIRE(ctx.taxonomy.categories.size() == 2);
  CHECK(ctx.taxonomy.categories[0].id == "legal");  // stored order, then what the assets added
  CHECK(ctx.taxonomy.categories[0].zh == "法律服务");
  CHECK(ctx.taxonomy.categories[1].id == "elderly");
  CHECK(ctx.matchingWeights.needs.pairing == 0);
  CHECK(ctx.matchingWeights.needs.elderly == 55);       // not in the document: the assets' value
  CHECK(settingsUi().assetWeights.needs.pairing == 150);  // what "reset to defaults" brings back
  CHECK(settingsState(ctx)["weights"]["needs.pairing"] == 0);
}

TEST_CASE("settings: keywords as text, with weights, and the problems named per entry") {
  std::vector<DraftProblem> problems;
  const auto keywords = parseKeywordsText("独居老人\n老人*3、 living alone ，助餐\n\n", &problems);
  CHECK(problems.empty());
  REQUIRE(keywords.size() == 4);
  CHECK(keywords[0].text == "独居老人");
  CHECK(keywords[0].weight == 4);
  CHECK(keywords[1].text == "老人");
  CHECK(keywords[1].weight == 3);
  CHECK(keywords[2].text == "living alone");
  CHECK(keywords[2].weight == 4);
  CHECK(keywords[3].text == "助餐");
  CHECK(keywordsText(keywords) == "独居老人\n老人*3\nliving alone\n助餐");

  problems.clear();
  parseKeywordsText("老人\n灯*0\n，，。\n助餐\n獨居*x", &problems);
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].key == "settings.cat.err.keyword_weight");
  CHECK(problems[0].entry == 2);
  CHECK(problems[0].text == "灯*0");
  // "，，。" splits at the commas into empty entries and "。", which has no text.
  CHECK(problems[1].key == "settings.cat.err.keyword_no_text");
  CHECK(problems[1].entry == 3);
  CHECK(problems[2].key == "settings.cat.err.keyword_weight");
  CHECK(problems[2].entry == 5);

  problems.clear();
  parseKeywordsText("老人\n老人\n", &problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].key == "settings.cat.err.keyword_duplicate");
  CHECK(problems[0].entry == 2);

  problems.clear();
  parseKeywordsText(" \n 、", &problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].key == "settings.cat.err.keywords_empty");
}

TEST_CASE("settings: a category is added, edited, retired and restored; never deleted") {
  match::Taxonomy t;
  std::string error;
  REQUIRE(match::parseTaxonomy(
      R"({"format":"gongjian-categories","categories":[{"id":"elderly","zh":"养老助老","en":"Care for the elderly","keywords":["老人"]},)"
      R"({"id":"old","zh":"旧类","en":"Old","keywords":["旧"],"retired":true}]})",
      &t, &error));

  auto fields = [](const std::vector<DraftProblem>& problems) {
    std::string out;
    for (const auto& p : problems) out += p.field + ":" + p.key + " ";
    return out;
  };
  CHECK(fields(checkCategoryDraft(t, {"Pets", "", " ", "猫"}, true)) ==
        "id:settings.cat.err.id_format zh:settings.cat.err.zh_missing en:settings.cat.err.en_missing ");
  CHECK(fields(checkCategoryDraft(t, {"old", "宠物", "Pets", ""}, true)) ==
        "id:settings.cat.err.id_taken keywords:settings.cat.err.keywords_empty ");
  CHECK(fields(checkCategoryDraft(t, {"pets", "宠物", "Pets", "猫"}, false)) == "id:settings.cat.err.id_unknown ");
  CHECK_FALSE(applyCategoryDraft(&t, {"Pets", "宠物", "Pets", "猫"}, true));

  REQUIRE(applyCategoryDraft(&t, {" pets ", " 宠物管理 ", "Pets", "养狗\n遛狗*6"}, true));
  REQUIRE(t.categories.size() == 2);
  CHECK(t.categories[1].id == "pets");
  CHECK(t.categories[1].zh == "宠物管理");
  CHECK(t.categories[1].keywords[1].weight == 6);
  REQUIRE(applyCategoryDraft(&t, {"old", "旧类别", "Old", "旧"}, false));  // a retired one stays retired
  CHECK(t.retired[0].zh == "旧类别");
  CHECK(t.retired[0].retired);

  CHECK(retireCategory(&t, "elderly") == "");
  CHECK(retireCategory(&t, "pets") == "settings.cat.err.last_in_use");
  CHECK(retireCategory(&t, "elderly") == "settings.cat.err.already_retired");
  CHECK(restoreCategory(&t, "pets") == "settings.cat.err.not_retired");
  CHECK(restoreCategory(&t, "nope") == "settings.cat.err.id_unknown");
  CHECK(restoreCategory(&t, "old") == "");
  std::string order;
  for (const auto& c : t.categories) order += c.id + " ";
  for (const auto& c : t.retired) order += "(" + c.id + ") ";
  CHECK(order == "pets old (elderly) ");
  CHECK(t.find("elderly") != nullptr);  // retired, still readable
  CHECK(match::taxonomyJson(t).find(R"({"id":"elderly","zh":"养老助老","en":"Care for the elderly","keywords":["老人"],"retired":true})") !=
        std::string::npos);
}
