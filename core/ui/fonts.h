// The font atlas: the UI font cut at build time (assets/fonts/ui.ttf), with a glyph for every
// character in the string tables, the data and the common simplified Chinese set; and the fallback font
// (fonts/ui-fallback.ttf, the rest of the source font's CJK characters) merged in only once a character
// that ui.ttf lacks must render (a resident's rare surname in new data).
#pragma once
#include <functional>
#include <string>

struct ImFont;

namespace gj::ui {

enum class FontRole { body, heading };
inline constexpr float kBodySize = 18.0f;
inline constexpr float kHeadingSize = 26.0f;

// Loads the UI font into ImGui's atlas: the body size with the common simplified set plus
// extraText (string tables, record texts), and a heading size with only extraText's characters
// (headings come from the string tables, so a small set keeps the atlas small).
// Returns "" or an error naming the font file. Starts a fresh atlas: nothing required earlier is kept.
std::string loadFonts(const std::string& assetDir, const std::string& extraText);
// The font of a role, for ImGui::PushFont.
ImFont* font(FontRole role);

// Characters that must render from now on (typed, pasted or loaded text). One not yet in the atlas
// makes a rebuild due; the platform calls rebuildFontsIfDue() before a frame and re-uploads the
// font texture when it returns true.
void requireGlyph(unsigned int codepoint);
void requireGlyphs(const std::string& utf8);
bool rebuildFontsIfDue();

// The fallback font is read from <assetDir>/fonts/ui-fallback.ttf when a required character is missing from
// ui.ttf. If the file is not there (the browser has not fetched it yet), `fetch` is called once with that
// path; the platform writes the file there and calls fallbackFontArrived(), which makes a rebuild due.
void onFallbackFontWanted(std::function<void(const std::string& path)> fetch);
void fallbackFontArrived();
bool fallbackFontInUse();  // merged into the current atlas

// How many distinct characters of text the loaded font cannot draw (each would show as '?').
int countMissingGlyphs(const std::string& text);

}  // namespace gj::ui
