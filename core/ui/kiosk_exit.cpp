// Leaving kiosk mode: staff type the PIN set in the office program's Settings on a large keypad (or a
// keyboard). Only the salted hash is at hand (kiosk_pin.h). Without a PIN set, the dialog says how to set one
// and the kiosk stays. After kMaxTries wrong PINs the keypad rests for a while, so guessing takes long.
#include <algorithm>

#include "report/kiosk_pin.h"
#include "ui/kiosk.h"
#include "ui/strings.h"

namespace gj::ui::kiosk {

namespace {
constexpr int kMaxTries = 5;
constexpr double kRestSeconds = 60.0;
int gWrong = 0;
double gRestUntil = -1;
}  // namespace

bool drawExit(ScreenContext& ctx, ImVec2 origin, ImVec2 size) {
  View& v = view();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + size.y), IM_COL32(0, 0, 0, 110));
  const float w = std::min(size.x - px(80), px(900));
  const bool pinSet = report::hasPin(v.pinDoc);
  const float h = pinSet ? std::min(size.y - px(80), px(1000)) : px(520);
  const ImVec2 at(origin.x + (size.x - w) / 2, origin.y + (size.y - h) / 2);
  dl->AddRectFilled(at, ImVec2(at.x + w, at.y + h), kCardFill, px(24));
  const float pad = px(36), inner = w - 2 * pad;
  ImGui::SetCursorScreenPos(ImVec2(at.x + pad, at.y + pad));
  text(tr("kiosk.exit.title"), kTitle, kInk, inner, FontRole::heading);
  ctx.widgets.markLastItem("kiosk.exit.dialog");
  ImGui::SetCursorScreenPos(ImVec2(at.x + pad, ImGui::GetCursorScreenPos().y + px(12)));
  const double now = ImGui::GetTime();
  bool accepted = false;
  const float bh = px(110);
  if (!pinSet) {
    text(tr("kiosk.exit.no_pin"), kBody, kInk, inner);
    ImGui::SetCursorScreenPos(ImVec2(at.x + pad, at.y + h - pad - bh));
    if (button(ctx, tr("kiosk.exit.close"), "kiosk.exit.cancel", ImVec2(inner, bh), IM_COL32(228, 224, 216, 255), kInk))
      v.exitOpen = false;
    return false;
  }
  // The digits typed so far, as dots.
  std::string dots;
  for (std::size_t i = 0; i < v.pinEntry.size(); ++i) dots += "● ";
  const bool resting = now < gRestUntil;
  text(resting ? tr("kiosk.exit.rest") : v.exitMessageKey.empty() ? tr("kiosk.exit.prompt") : tr(v.exitMessageKey.c_str()),
       kBody, v.exitMessageKey.empty() && !resting ? kMutedInk : kBrandRed, inner);
  ImGui::SetCursorScreenPos(ImVec2(at.x + pad, ImGui::GetCursorScreenPos().y + px(8)));
  text(dots.empty() ? " " : dots, kTitle, kInk, inner, FontRole::heading);
  ctx.widgets.markLastItem("kiosk.exit.entry");

  auto submit = [&] {
    if (resting) return;
    if (report::pinMatches(v.pinDoc, v.pinEntry)) {
      accepted = true;
      gWrong = 0;
      return;
    }
    v.pinEntry.clear();
    v.exitMessageKey = "kiosk.exit.wrong";
    if (++gWrong >= kMaxTries) {
      gWrong = 0;
      gRestUntil = now + kRestSeconds;
    }
  };
  auto press = [&](char c) {
    if (c == 'C') v.pinEntry.clear();
    else if (c == 'K') submit();
    else if (v.pinEntry.size() < 8) v.pinEntry += c;
  };
  // Keys typed on a keyboard work too (digits, Backspace, Enter, Escape).
  for (ImWchar c : ImGui::GetIO().InputQueueCharacters)
    if (c >= '0' && c <= '9') press(static_cast<char>(c));
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace)) && !v.pinEntry.empty()) v.pinEntry.pop_back();
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter)))
    submit();
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) v.exitOpen = false;

  static const char kKeys[] = "123456789C0K";
  const float gap = px(16);
  const float top = ImGui::GetCursorScreenPos().y + px(16);
  const float kw = (inner - 2 * gap) / 3;
  const float kh = std::min(px(120), (at.y + h - pad - bh - gap - top - 3 * gap) / 4);
  for (int i = 0; i < 12; ++i) {
    const char c = kKeys[i];
    ImGui::SetCursorScreenPos(ImVec2(at.x + pad + (i % 3) * (kw + gap), top + (i / 3) * (kh + gap)));
    const std::string label = c == 'C' ? tr("kiosk.exit.clear") : c == 'K' ? tr("kiosk.exit.ok") : std::string(1, c);
    const std::string name = c == 'C' ? "kiosk.key.clear" : c == 'K' ? "kiosk.key.ok" : std::string("kiosk.key.") + c;
    if (button(ctx, label, name.c_str(), ImVec2(kw, kh), c == 'K' ? kBrandRed : IM_COL32(236, 233, 227, 255),
               c == 'K' ? IM_COL32_WHITE : kInk, !resting))
      press(c);
  }
  ImGui::SetCursorScreenPos(ImVec2(at.x + pad, at.y + h - pad - bh));
  if (button(ctx, tr("kiosk.exit.cancel"), "kiosk.exit.cancel", ImVec2(inner, bh), IM_COL32(228, 224, 216, 255), kInk)) {
    v.exitOpen = false;
    v.pinEntry.clear();
  }
  return accepted;
}

}  // namespace gj::ui::kiosk
