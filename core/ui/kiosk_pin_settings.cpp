// Settings → the kiosk: how to start it, and the PIN that lets staff leave it. The PIN is stored only as a
// salted, iterated hash in the settings document "settings/kiosk" (one action), which the office program
// copies next to the kiosk's snapshot (kiosk_sync.cpp); the PIN itself is never stored.
#include <cstdio>
#include <random>

#include <imgui.h>

#include "report/kiosk_pin.h"
#include "report/sha256.h"
#include "ui/kiosk_store.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

namespace {
char gPin[16] = "";
char gConfirm[16] = "";
std::string gMessageKey;
bool gMessageIsError = false;

std::string freshSalt() {
  std::random_device rd;
  std::string bytes;
  for (int i = 0; i < 16; ++i) bytes += static_cast<char>(rd() & 0xFF);
  return report::toHex(bytes);
}
}  // namespace

void drawKioskPinSettings(ScreenContext& ctx) {
  ImGui::TextWrapped("%s", tr("kiosk.pin.how_to_start"));
  ImGui::Spacing();
  const bool set = report::hasPin(ctx.workspace->setting(report::kKioskSettingsKey));
  ImGui::TextUnformatted(tr(set ? "kiosk.pin.is_set" : "kiosk.pin.not_set"));
  ctx.widgets.markLastItem("settings.kiosk_pin.status");
  constexpr ImGuiInputTextFlags kFlags = ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal;
  ImGui::SetNextItemWidth(200);
  ImGui::InputTextWithHint("##kiosk_pin", tr("kiosk.pin.new"), gPin, sizeof gPin, kFlags);
  ctx.widgets.markLastItem("settings.kiosk_pin.input");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(200);
  ImGui::InputTextWithHint("##kiosk_pin_confirm", tr("kiosk.pin.confirm"), gConfirm, sizeof gConfirm, kFlags);
  ctx.widgets.markLastItem("settings.kiosk_pin.confirm");
  ImGui::SameLine();
  if (ImGui::Button(tr(set ? "kiosk.pin.change" : "kiosk.pin.save"))) {
    gMessageIsError = true;
    if (!report::isValidPin(gPin)) {
      gMessageKey = "kiosk.pin.invalid";
    } else if (std::string(gPin) != gConfirm) {
      gMessageKey = "kiosk.pin.mismatch";
    } else {
      io::Action action;
      action.putSetting(report::kKioskSettingsKey, report::pinDocument(gPin, freshSalt()));
      if (ctx.workspace->perform(std::move(action))) {
        gMessageKey = "kiosk.pin.saved";
        gMessageIsError = false;
      } else {
        gMessageKey = "kiosk.pin.not_saved";
      }
    }
    gPin[0] = gConfirm[0] = '\0';
  }
  ctx.widgets.markLastItem("settings.kiosk_pin.save");
  if (!gMessageKey.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, gMessageIsError ? theme::kBrand : theme::kMuted);
    ImGui::TextWrapped("%s", tr(gMessageKey.c_str()));
    ImGui::PopStyleColor();
    ctx.widgets.markLastItem("settings.kiosk_pin.message");
  }
}

}  // namespace gj::ui
