// Colours and spacing of the product: calm light surfaces, one red accent for where you are.
#pragma once
#include <imgui.h>

namespace gj::ui {
namespace theme {
inline const ImVec4 kBrand{0.74f, 0.11f, 0.13f, 1.0f};       // 中国红, the street office's accent
inline const ImVec4 kBrandDark{0.55f, 0.07f, 0.09f, 1.0f};
inline const ImVec4 kOnBrand{1.0f, 1.0f, 1.0f, 1.0f};
inline const ImVec4 kNavBg{0.95f, 0.94f, 0.93f, 1.0f};
inline const ImVec4 kCardBg{1.0f, 1.0f, 1.0f, 1.0f};
inline const ImVec4 kMuted{0.42f, 0.42f, 0.45f, 1.0f};
}  // namespace theme

void applyTheme();
// Buttons on the brand-red top bar (white text on dark red); pops 3 colours with popBrandButtons().
void pushBrandButtons();
inline void popBrandButtons() { ImGui::PopStyleColor(3); }

}  // namespace gj::ui
