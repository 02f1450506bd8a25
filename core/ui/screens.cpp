// Screen ids, navigation labels and the header every screen starts with.
#include "ui/screens.h"

#include <imgui.h>

#include "ui/fonts.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

namespace {
constexpr const char* kIds[kScreenCount] = {"dashboard", "needs",      "resources", "units",      "matching",
                                            "projects",  "volunteers", "meetings",  "assessment", "settings"};
}

const char* screenId(Screen screen) { return kIds[static_cast<int>(screen)]; }

const char* screenLabelKey(Screen screen) {
  static std::string keys[kScreenCount];
  std::string& key = keys[static_cast<int>(screen)];
  if (key.empty()) key = std::string("nav.") + kIds[static_cast<int>(screen)];
  return key.c_str();
}

void screenHeader(ScreenContext&, Screen screen) {
  ImGui::PushFont(font(FontRole::heading));
  ImGui::TextUnformatted(tr(screenLabelKey(screen)));
  ImGui::PopFont();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(tr(std::string("about.") + screenId(screen)));
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
}

}  // namespace gj::ui
