// The font atlas: the UI font cut at build time (assets/fonts/ui.ttf), with a glyph for every
// character in the string tables, the data and the common simplified Chinese set.
#pragma once
#include <string>

struct ImFont;

namespace gj::ui {

enum class FontRole { body, heading };
inline constexpr float kBodySize = 18.0f;
inline constexpr float kHeadingSize = 26.0f;

// Loads the UI font into ImGui's atlas: the body size with the common simplified set plus
// extraText (string tables, record texts), and a heading size with only extraText's characters
// (headings come from the string tables, so a small set keeps the atlas small).
// Returns "" or an error naming the font file.
std::string loadFonts(const std::string& assetDir, const std::string& extraText);
// The font of a role, for ImGui::PushFont.
ImFont* font(FontRole role);

// How many distinct characters of text the loaded font cannot draw (each would show as '?').
int countMissingGlyphs(const std::string& text);

}  // namespace gj::ui
