#include "ui/fonts.h"

#include <fstream>
#include <set>

#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

namespace gj::ui {

namespace {
ImFont* gFonts[2] = {nullptr, nullptr};
std::string gAssetDir;
std::string gText;                  // every character that must render, as given to the last build
std::set<unsigned int> gRequested;  // characters already asked for (rebuilt once, even if the font lacks them)
bool gRebuildDue = false;
}  // namespace

ImFont* font(FontRole role) { return gFonts[static_cast<int>(role)]; }

std::string loadFonts(const std::string& assetDir, const std::string& extraText) {
  std::string path = assetDir + "/fonts/ui.ttf";
  if (!std::ifstream(path).good()) return path + ": font file missing (the build cuts it from fonts-wqy-microhei)";

  ImGuiIO& io = ImGui::GetIO();
  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(io.Fonts->GetGlyphRangesChineseSimplifiedCommon());
  builder.AddText("，。、；：？！“”‘’（）《》【】…—·￥％①②③④⑤☆★");
  builder.AddText(extraText.c_str(), extraText.c_str() + extraText.size());
  // The atlas keeps pointers to the ranges until it is rebuilt.
  static ImVector<ImWchar> bodyRanges, headingRanges;
  bodyRanges.clear();
  builder.BuildRanges(&bodyRanges);
  ImFontGlyphRangesBuilder headingBuilder;
  headingBuilder.AddRanges(io.Fonts->GetGlyphRangesDefault());
  headingBuilder.AddText(extraText.c_str(), extraText.c_str() + extraText.size());
  headingRanges.clear();
  headingBuilder.BuildRanges(&headingRanges);

  io.Fonts->Clear();
  ImFontConfig config;
  config.OversampleH = 1;  // CJK glyphs are dense; horizontal oversampling only costs atlas space
  config.PixelSnapH = true;
  gFonts[0] = io.Fonts->AddFontFromFileTTF(path.c_str(), kBodySize, &config, bodyRanges.Data);
  gFonts[1] = io.Fonts->AddFontFromFileTTF(path.c_str(), kHeadingSize, &config, headingRanges.Data);
  if (!gFonts[0] || !gFonts[1]) return path + ": ImGui could not load the font";
  if (!io.Fonts->Build()) return path + ": the font atlas could not be built";
  gAssetDir = assetDir;
  gText = extraText;
  gRebuildDue = false;
  return "";
}

void requireGlyph(unsigned int c) {
  if (c < 0x20 || c > 0xFFFF || c == 0xFEFF || !gFonts[0]) return;
  if (gFonts[0]->FindGlyphNoFallback(static_cast<ImWchar>(c)) || !gRequested.insert(c).second) return;
  char utf8[5] = {};
  ImTextCharToUtf8(utf8, c);
  gText += utf8;
  gRebuildDue = true;
}

void requireGlyphs(const std::string& text) {
  const char* p = text.c_str();
  const char* end = p + text.size();
  while (p < end) {
    unsigned int c = 0;
    p += ImTextCharFromUtf8(&c, p, end);
    requireGlyph(c);
  }
}

bool rebuildFontsIfDue() {
  if (!gRebuildDue) return false;
  std::string text = gText;
  return loadFonts(gAssetDir, text).empty();
}

int countMissingGlyphs(const std::string& text) {
  ImFont* font = ImGui::GetIO().Fonts->Fonts.empty() ? nullptr : ImGui::GetIO().Fonts->Fonts[0];
  std::set<unsigned int> missing;
  const char* p = text.c_str();
  const char* end = p + text.size();
  while (p < end) {
    unsigned int c = 0;
    p += ImTextCharFromUtf8(&c, p, end);
    if (c < 0x20 || c == 0xFEFF) continue;  // control characters and BOMs are never drawn
    if (!font || !font->FindGlyphNoFallback(static_cast<ImWchar>(c))) missing.insert(c);
  }
  return static_cast<int>(missing.size());
}

}  // namespace gj::ui
