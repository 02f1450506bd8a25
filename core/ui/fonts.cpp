#include "ui/fonts.h"

#include <fstream>
#include <iterator>
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
bool gUseFallback = false;     // a required character is missing from ui.ttf: merge the fallback font
bool gFallbackMerged = false;  // the current atlas has it
bool gFallbackAsked = false;   // the platform was asked to fetch it (once)
std::string gFallbackBytes;    // read once per path; the atlas only borrows it (it is several MB)
std::string gFallbackBytesPath;

std::function<void(const std::string&)>& fallbackFetcher() {
  static std::function<void(const std::string&)> fetch;  // a function-local static: safe from static init order
  return fetch;
}

std::string fallbackPath() { return gAssetDir + "/fonts/ui-fallback.ttf"; }

bool readFallback() {
  if (!gFallbackBytes.empty() && gFallbackBytesPath == fallbackPath()) return true;
  std::ifstream in(fallbackPath(), std::ios::binary);
  if (!in) return false;
  gFallbackBytesPath = fallbackPath();
  gFallbackBytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !gFallbackBytes.empty();
}

// Characters of text the atlas cannot draw.
bool anyMissing(const std::string& text) {
  const char* p = text.c_str();
  const char* end = p + text.size();
  while (p < end) {
    unsigned int c = 0;
    p += ImTextCharFromUtf8(&c, p, end);
    if (c >= 0x20 && c <= 0xFFFF && c != 0xFEFF && !gFonts[0]->FindGlyphNoFallback(static_cast<ImWchar>(c))) return true;
  }
  return false;
}

std::string build(const std::string& assetDir, const std::string& extraText) {
  std::string path = assetDir + "/fonts/ui.ttf";
  if (!std::ifstream(path).good()) return path + ": font file missing (the build cuts it from fonts-wqy-microhei)";
  gAssetDir = assetDir;

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
  const bool merge = gUseFallback && readFallback();
  ImFontConfig fallback = config;
  fallback.MergeMode = true;  // fills only the characters ui.ttf lacks: glyphs already added are kept
  fallback.FontDataOwnedByAtlas = false;
  void* fallbackData = gFallbackBytes.data();
  const int fallbackSize = static_cast<int>(gFallbackBytes.size());
  gFonts[0] = io.Fonts->AddFontFromFileTTF(path.c_str(), kBodySize, &config, bodyRanges.Data);
  if (merge) io.Fonts->AddFontFromMemoryTTF(fallbackData, fallbackSize, kBodySize, &fallback, bodyRanges.Data);
  gFonts[1] = io.Fonts->AddFontFromFileTTF(path.c_str(), kHeadingSize, &config, headingRanges.Data);
  if (merge) io.Fonts->AddFontFromMemoryTTF(fallbackData, fallbackSize, kHeadingSize, &fallback, headingRanges.Data);
  if (!gFonts[0] || !gFonts[1]) return path + ": ImGui could not load the font";
  if (!io.Fonts->Build()) return path + ": the font atlas could not be built";
  gFallbackMerged = merge;
  gText = extraText;
  gRebuildDue = false;
  if (gUseFallback || !anyMissing(extraText)) return "";
  // ui.ttf lacks a required character: the fallback from disk now, or from the platform (then a rebuild).
  gUseFallback = true;
  if (readFallback()) return build(assetDir, extraText);
  if (!gFallbackAsked && fallbackFetcher()) {
    gFallbackAsked = true;
    fallbackFetcher()(fallbackPath());
  }
  return "";
}
}  // namespace

ImFont* font(FontRole role) { return gFonts[static_cast<int>(role)]; }

std::string loadFonts(const std::string& assetDir, const std::string& extraText) {
  gRequested.clear();
  gUseFallback = false;
  gFallbackAsked = false;
  return build(assetDir, extraText);
}

void onFallbackFontWanted(std::function<void(const std::string& path)> fetch) { fallbackFetcher() = std::move(fetch); }

void fallbackFontArrived() {
  if (gUseFallback && !gFallbackMerged) gRebuildDue = true;
}

bool fallbackFontInUse() { return gFallbackMerged; }

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
  return build(gAssetDir, text).empty();
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
