// The UI font cut at build time draws every character the app shows: string tables and the
// category dictionary (no '?' boxes), in both targets.
#include <doctest/doctest.h>

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
