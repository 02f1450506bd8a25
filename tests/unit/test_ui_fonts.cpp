// The UI font cut at build time draws every character the app shows: string tables and the
// category dictionary (no '?' boxes), in both targets.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include <imgui.h>

#include "io/text_file.h"
#include "ui/fonts.h"
#include "ui/strings.h"

namespace {
struct ImGuiContextScope {
  ImGuiContextScope() { ImGui::CreateContext(); }
  ~ImGuiContextScope() { ImGui::DestroyContext(); }
};
}  // namespace

TEST_CASE("fonts: every character of the string tables and the categories has a glyph") {
  ImGuiContextScope imgui;
  gj::ui::Strings s;
  REQUIRE(s.load(GONGJIAN_TEST_ASSETS) == "");
  std::string error;
  auto categories = gj::io::readTextFile(std::string(GONGJIAN_TEST_ASSETS) + "/categories.json", &error);
  REQUIRE_MESSAGE(categories, error);
  std::string text = s.allText() + *categories;
  REQUIRE(gj::ui::loadFonts(GONGJIAN_TEST_ASSETS, text) == "");
  CHECK(gj::ui::countMissingGlyphs(text) == 0);
  CHECK(gj::ui::countMissingGlyphs("共建单位需求满意") == 0);
}

TEST_CASE("fonts: characters outside the atlas are counted, each once") {
  ImGuiContextScope imgui;
  REQUIRE(gj::ui::loadFonts(GONGJIAN_TEST_ASSETS, "") == "");
  // Hangul is not in the font's cut; two distinct syllables, one repeated.
  CHECK(gj::ui::countMissingGlyphs("한한국") == 2);
  CHECK(gj::ui::countMissingGlyphs("abc\n") == 0);
}

TEST_CASE("fonts: a missing font file is reported with its path") {
  ImGuiContextScope imgui;
  std::string err = gj::ui::loadFonts("/nonexistent", "");
  CHECK(err.find("/nonexistent/fonts/ui.ttf: font file missing") == 0);
}

TEST_CASE("fonts: a typed character outside the atlas joins it at the next rebuild") {
  ImGuiContextScope imgui;
  REQUIRE(gj::ui::loadFonts(GONGJIAN_TEST_ASSETS, "") == "");
  // 亘 is in GB2312 (so in the font file) but not in ImGui's common simplified set.
  CHECK(gj::ui::countMissingGlyphs("亘") == 1);
  CHECK_FALSE(gj::ui::rebuildFontsIfDue());
  gj::ui::requireGlyphs("亘古");
  CHECK(gj::ui::rebuildFontsIfDue());
  CHECK(gj::ui::countMissingGlyphs("亘古") == 0);
  CHECK_FALSE(gj::ui::rebuildFontsIfDue());  // nothing new: no second rebuild

  // A character the font file lacks is asked for once, not on every frame.
  gj::ui::requireGlyph(0xD55C);  // 한
  CHECK(gj::ui::rebuildFontsIfDue());
  gj::ui::requireGlyph(0xD55C);
  CHECK_FALSE(gj::ui::rebuildFontsIfDue());
  CHECK(gj::ui::countMissingGlyphs("亘") == 0);  // earlier additions survive later rebuilds
}

TEST_CASE("fonts: a rare character outside ui.ttf renders from the fallback font, read only when needed") {
  ImGuiContextScope imgui;
  REQUIRE(gj::ui::loadFonts(GONGJIAN_TEST_ASSETS, "共建") == "");
  CHECK_FALSE(gj::ui::fallbackFontInUse());  // common text: the fallback stays on disk
  // 堃 (a surname character) is outside GB2312, so outside ui.ttf, but in the source font.
  CHECK(gj::ui::countMissingGlyphs("李堃") == 1);
  gj::ui::requireGlyphs("李堃");
  CHECK(gj::ui::rebuildFontsIfDue());
  CHECK(gj::ui::fallbackFontInUse());
  CHECK(gj::ui::countMissingGlyphs("李堃") == 0);
  CHECK(gj::ui::countMissingGlyphs("共建单位需求满意") == 0);  // ui.ttf's glyphs are kept
  CHECK_FALSE(gj::ui::rebuildFontsIfDue());
}

TEST_CASE("fonts: without the fallback file the platform is asked for it once, then it is merged") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "gongjian-font-fallback-test";
  fs::remove_all(dir);
  fs::create_directories(dir / "fonts");
  fs::copy_file(fs::path(GONGJIAN_TEST_ASSETS) / "fonts/ui.ttf", dir / "fonts/ui.ttf");
  ImGuiContextScope imgui;
  std::string asked;
  int asks = 0;
  gj::ui::onFallbackFontWanted([&](const std::string& path) { asked = path, ++asks; });
  REQUIRE(gj::ui::loadFonts(dir.string(), "") == "");
  gj::ui::requireGlyph(0x5803);  // 堃
  CHECK(gj::ui::rebuildFontsIfDue());
  CHECK(asks == 1);
  CHECK(asked == (dir / "fonts/ui-fallback.ttf").string());
  CHECK(gj::ui::countMissingGlyphs("堃") == 1);
  gj::ui::requireGlyph(0x5803);
  CHECK_FALSE(gj::ui::rebuildFontsIfDue());  // nothing arrived yet: no rebuild, no second request

  fs::copy_file(fs::path(GONGJIAN_TEST_ASSETS) / "fonts/ui-fallback.ttf", dir / "fonts/ui-fallback.ttf");
  gj::ui::fallbackFontArrived();
  CHECK(gj::ui::rebuildFontsIfDue());
  CHECK(asks == 1);
  CHECK(gj::ui::countMissingGlyphs("堃") == 0);
  gj::ui::onFallbackFontWanted({});
  fs::remove_all(dir);
}
