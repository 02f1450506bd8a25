// Screen ids, navigation labels and the header every screen starts with.
#include "ui/screens.h"

#include <imgui.h>

#include "ui/fonts.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

namespace {
constexpr const char* kIds[kScreenCount] = {"dashboard", "needs",      "resources",  "units",    "matching",   "projects",
                                            "volunteers", "activities", "meetings", "assessment", "settings"};
}

const char* screenId(Screen screen) { return kIds[static_cast<int>(screen)]; }

bool parseScreen(std::string_view id, Screen* out) {
  for (int i = 0; i < kScreenCount; ++i)
    if (id == kIds[i]) {
      *out = static_cast<Screen>(i);
      return true;
    }
  return false;
}

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

std::string categoryLabel(const ScreenContext& ctx, const std::string& id) {
  const match::Category* c = ctx.taxonomy.find(id);
  if (!c) return id;
  return strings().lang() == Lang::zh ? c->zh : c->en;
}

std::string communityName(const ScreenContext& ctx, const std::string& id) {
  const Community* c = ctx.data().find<Community>(id);
  return c ? c->name : id;
}

}  // namespace gj::ui
