// The kiosk's frame: the public snapshot in large type, panels that rotate on a timer and by tap, swipe or
// arrow key, back to the first panel after the idle time, and a slow shift against burn-in. It reads only the
// kiosk store (kiosk_store.h), never the working data; it offers no editing, navigation or import/export, and
// leaving needs the PIN (kiosk_exit.cpp).
//
// [SECTION] panels and loading   [SECTION] input and timers   [SECTION] frame   [SECTION] state for tests
#include <cmath>
#include <cstdio>
#include <random>

#include "report/kiosk_pin.h"
#include "ui/edit_stamp.h"
#include "ui/kiosk.h"
#include "ui/kiosk_store.h"
#include "ui/screen_states.h"
#include "ui/strings.h"

namespace gj::ui {
namespace kiosk {

// [SECTION] panels and loading

const char* panelId(Panel panel) {
  static const char* const kIds[] = {"figures", "projects", "activities", "honours", "featured", "solved", "rate"};
  return kIds[static_cast<int>(panel)];
}

const char* panelTitleKey(Panel panel) {
  static const char* const kKeys[] = {"kiosk.panel.figures",  "kiosk.panel.projects", "kiosk.panel.activities",
                                      "kiosk.panel.honours",  "kiosk.panel.featured", "kiosk.panel.solved",
                                      "kiosk.panel.rate"};
  return kKeys[static_cast<int>(panel)];
}

namespace {

constexpr double kReloadSeconds = 30.0;  // a snapshot the office program published since is picked up

double gLastLoad = -1e9;
int gStartPanel = 0;

void load(View& v, double now) {
  gLastLoad = now;
  const KioskStore& store = kioskStore();
  const std::string text = store.read ? store.read("snapshot") : "";
  Json snap = Json::parse(text, nullptr, false);
  const bool usable = snap.is_object() && str(snap, "kind") == "gongjian-kiosk-snapshot";
  if (usable && snap != v.snapshot) {
    requireGlyphs(text + "●…–·");  // the records' characters join the font atlas before they are drawn
    v.snapshot = std::move(snap);
  } else if (!usable) {
    v.snapshot = Json();
  }
  v.pinDoc = store.read ? store.read("pin") : "";
  if (!v.loaded) {
    v.loaded = true;
    v.lastInput = v.panelSince = now;
    v.panel = gStartPanel;
  }
}

using DrawPanel = void (*)(ScreenContext&, const Json&, ImVec2);
constexpr DrawPanel kPanels[kPanelCount] = {drawFigures, drawProjects, drawActivities, drawHonours,
                                            drawFeatured, drawSolved,  drawRating};

// [SECTION] input and timers

void goTo(View& v, int panel, double now) {
  v.panel = (panel % kPanelCount + kPanelCount) % kPanelCount;
  v.panelSince = now;
  v.rateTarget.clear();
}

bool anyInput() {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.MouseWheel != 0 || io.InputQueueCharacters.Size > 0) return true;
  if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0) return true;
  for (bool down : io.MouseDown)
    if (down) return true;
  for (bool down : io.KeysDown)
    if (down) return true;
  return false;
}

bool gIdleHandled = true;  // the idle reset ran since the last input

void followInput(View& v, double now) {
  const KioskTimings& t = kioskTimings();
  if (anyInput()) {
    v.lastInput = now;
    gIdleHandled = false;
  }
  // Idle: back to the first panel; the tap session ends, so the next resident may rate again.
  if (!gIdleHandled && now - v.lastInput >= t.idleSeconds) {
    gIdleHandled = true;
    goTo(v, 0, now);
    ++v.idleResets;
    ++v.session;
    v.rated.clear();
    v.exitOpen = false;
    v.pinEntry.clear();
    v.exitMessageKey.clear();
  }
  if (v.exitOpen) return;
  if (now - std::max(v.panelSince, v.lastInput) >= t.rotateSeconds) {
    goTo(v, v.panel + 1, now);
    ++v.rotations;
  }
  // Swipe: a horizontal drag of a sixth of the screen's short side.
  const ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsMouseReleased(0)) {
    const float dx = io.MousePos.x - io.MouseClickedPos[0].x, dy = io.MousePos.y - io.MouseClickedPos[0].y;
    if (std::fabs(dx) > px(180) && std::fabs(dx) > 2 * std::fabs(dy)) goTo(v, v.panel + (dx < 0 ? 1 : -1), now);
  }
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow))) goTo(v, v.panel + 1, now);
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow))) goTo(v, v.panel - 1, now);
}

// [SECTION] frame

void drawHeader(const View& v, float width, float height) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + width, at.y + height), kBrandRed, px(18));
  const float pad = px(28);
  const std::string street = str(v.snapshot, "street");
  const std::string title = (street.empty() ? "" : street + "  ") + tr("kiosk.title");
  const std::string asOf = str(v.snapshot, "as_of");
  const std::string date = asOf.empty() ? "" : formatted("kiosk.as_of", asOf);
  // Landscape: title left, date right. Portrait (narrow): the date goes under the title.
  const float titleSize = v.portrait ? kTitle * 0.85f : kTitle;
  const ImVec2 ds = measure(date, v.portrait ? kSmall : kBody);
  const float titleHeight = px(titleSize) * 1.15f;
  const float block = v.portrait && !date.empty() ? titleHeight + ds.y : titleHeight;
  ImGui::SetCursorScreenPos(ImVec2(at.x + pad, at.y + (height - block) / 2));
  // The street name is record text: the body font has every loaded record's glyphs, the heading font may not.
  textFit(title, titleSize, IM_COL32_WHITE, v.portrait ? width - 2 * pad : width - 3 * pad - ds.x);
  if (!date.empty()) {
    if (v.portrait)
      ImGui::SetCursorScreenPos(ImVec2(at.x + pad, ImGui::GetCursorScreenPos().y));
    else
      ImGui::SetCursorScreenPos(ImVec2(at.x + width - pad - ds.x, at.y + (height - ds.y) / 2));
    text(date, v.portrait ? kSmall : kBody, IM_COL32(255, 230, 180, 255));
  }
  ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + height));
}

void drawFooter(ScreenContext& ctx, View& v, float width, float height, double now) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float h = height - px(24);
  const float arrow = px(140);
  ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + px(24)));
  if (button(ctx, tr("kiosk.prev"), "kiosk.prev", ImVec2(arrow, h), IM_COL32(228, 224, 216, 255), kInk))
    goTo(v, v.panel - 1, now);
  // One dot per panel, each a touch target.
  const float dot = px(28), gap = px(12);
  const float dotsWidth = kPanelCount * dot + (kPanelCount - 1) * gap;
  const float rateWidth = v.portrait ? px(260) : px(300);
  const float exitWidth = px(120);
  const float middle = width - 2 * arrow - rateWidth - exitWidth - px(3 * 24);
  float x = at.x + arrow + px(24) + std::max(0.0f, (middle - dotsWidth) / 2);
  for (int i = 0; i < kPanelCount; ++i) {
    ImGui::SetCursorScreenPos(ImVec2(x, at.y + px(24) + (h - dot) / 2));
    const std::string name = std::string("kiosk.dot.") + panelId(static_cast<Panel>(i));
    ImGui::PushID(i);
    if (ImGui::InvisibleButton("##dot", ImVec2(dot, dot))) goTo(v, i, now);
    ImGui::PopID();
    ctx.widgets.markLastItem(name);
    const ImVec2 c(x + dot / 2, at.y + px(24) + h / 2);
    ImGui::GetWindowDrawList()->AddCircleFilled(c, i == v.panel ? dot / 2 : dot / 3.2f,
                                                i == v.panel ? kBrandRed : IM_COL32(200, 194, 184, 255));
    x += dot + gap;
  }
  const float right = at.x + width;
  ImGui::SetCursorScreenPos(ImVec2(right - exitWidth - px(24) - rateWidth - px(24) - arrow, at.y + px(24)));
  if (button(ctx, tr("kiosk.next"), "kiosk.next", ImVec2(arrow, h), IM_COL32(228, 224, 216, 255), kInk))
    goTo(v, v.panel + 1, now);
  ImGui::SetCursorScreenPos(ImVec2(right - exitWidth - px(24) - rateWidth, at.y + px(24)));
  if (button(ctx, tr("kiosk.rate_button"), "kiosk.rate", ImVec2(rateWidth, h), kBrandRed, IM_COL32_WHITE))
    goTo(v, static_cast<int>(Panel::rate), now);
  // Staff only: small and quiet, and it asks for the PIN.
  ImGui::SetCursorScreenPos(ImVec2(right - exitWidth, at.y + px(24)));
  if (button(ctx, tr("kiosk.exit"), "kiosk.exit", ImVec2(exitWidth, h), IM_COL32(236, 233, 227, 255), kMutedInk)) {
    v.exitOpen = true;
    v.pinEntry.clear();
    v.exitMessageKey.clear();
  }
}

void drawThanks(ImVec2 origin, ImVec2 size) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + size.y), IM_COL32(0, 0, 0, 90));
  const float w = std::min(size.x * 0.8f, px(1100)), h = px(420);
  const ImVec2 at(origin.x + (size.x - w) / 2, origin.y + (size.y - h) / 2);
  dl->AddRectFilled(at, ImVec2(at.x + w, at.y + h), IM_COL32(22, 128, 70, 255), px(28));
  const std::string big = tr("kiosk.thanks");
  const ImVec2 bs = measure(big, kHuge, 0, FontRole::heading);
  ImGui::SetCursorScreenPos(ImVec2(at.x + (w - bs.x) / 2, at.y + px(90)));
  text(big, kHuge, IM_COL32_WHITE, 0, FontRole::heading);
  const std::string small = tr("kiosk.thanks_note");
  const ImVec2 ss = measure(small, kBody, w - px(80));
  ImGui::SetCursorScreenPos(ImVec2(at.x + (w - std::min(ss.x, w - px(80))) / 2, at.y + px(90) + bs.y + px(40)));
  text(small, kBody, IM_COL32_WHITE, w - px(80));
}

}  // namespace
}  // namespace kiosk

void setKioskStartPanel(const std::string& panelId) {
  for (int i = 0; i < kiosk::kPanelCount; ++i)
    if (panelId == kiosk::panelId(static_cast<kiosk::Panel>(i))) kiosk::gStartPanel = i;
}

void drawKiosk(ScreenContext& ctx) {
  using namespace kiosk;
  View& v = view();
  const double now = ImGui::GetTime();
  if (!v.loaded || now - gLastLoad > kReloadSeconds) load(v, now);
  followInput(v, now);

  const ImVec2 winPos = ImGui::GetWindowPos(), winSize = ImGui::GetWindowSize();
  v.portrait = winSize.y > winSize.x;
  v.scale = std::max(0.5f, std::min(winSize.x, winSize.y) / 1080.0f);
  ImGui::GetWindowDrawList()->AddRectFilled(winPos, ImVec2(winPos.x + winSize.x, winPos.y + winSize.y), kPaper);

  // Burn-in: the whole layout drifts a few pixels along a slow ellipse, never the same place for long.
  const float margin = px(28), drift = px(8);
  const double phase = 6.283185307 * now / kioskTimings().shiftSeconds;
  v.shift = ImVec2(std::round(drift * static_cast<float>(std::sin(phase))),
                   std::round(drift * static_cast<float>(std::cos(phase * 0.73))));
  const ImVec2 origin(winPos.x + margin + v.shift.x, winPos.y + margin + v.shift.y);
  const ImVec2 size(winSize.x - 2 * margin, winSize.y - 2 * margin);
  ImGui::SetCursorScreenPos(origin);
  ImGui::BeginChild("##kiosk", size, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                                                ImGuiWindowFlags_NoBackground);
  const float header = v.portrait ? px(150) : px(130), footer = px(150);
  drawHeader(v, size.x, header);
  if (v.snapshot.is_null()) {
    ImGui::SetCursorScreenPos(ImVec2(origin.x + px(40), origin.y + header + px(60)));
    text(tr("kiosk.no_snapshot"), kTitle, kInk, size.x - px(80), FontRole::heading);
    ImGui::Dummy(ImVec2(0, px(30)));
    ImGui::SetCursorScreenPos(ImVec2(origin.x + px(40), ImGui::GetCursorScreenPos().y));
    text(tr("kiosk.no_snapshot_how"), kBody, kMutedInk, size.x - px(80));
  } else {
    const auto panel = static_cast<Panel>(v.panel);
    ImGui::SetCursorScreenPos(ImVec2(origin.x + px(8), origin.y + header + px(26)));
    textFit(tr(panelTitleKey(panel)), kTitle, kInk, size.x - px(16), FontRole::heading);
    ctx.widgets.markLastItem(std::string("kiosk.panel.") + panelId(panel));
    const float top = ImGui::GetCursorScreenPos().y + px(16);
    const ImVec2 area(size.x - px(16), origin.y + size.y - footer - top);
    ImGui::SetCursorScreenPos(ImVec2(origin.x + px(8), top));
    ImGui::PushClipRect(ImVec2(origin.x, top), ImVec2(origin.x + size.x, top + area.y), true);
    kPanels[v.panel](ctx, v.snapshot, area);
    ImGui::PopClipRect();
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + size.y - footer));
  drawFooter(ctx, v, size.x, footer, now);
  if (now < v.thanksUntil) drawThanks(origin, size);
  ImGui::EndChild();
  if (!v.exitOpen) return;
  // The PIN dialog is a window of its own in front: ImGui gives the mouse to the front window, so nothing
  // behind it can be tapped while it is open, and its keys get every click.
  ImGui::SetNextWindowPos(winPos);
  ImGui::SetNextWindowSize(winSize);
  ImGui::SetNextWindowFocus();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  ImGui::Begin("##kiosk_exit", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                           ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground);
  ImGui::PopStyleVar();
  const bool accepted = drawExit(ctx, origin, size);
  ImGui::End();
  if (accepted) {
    // The PIN was right: the office program takes the window over.
    v = View{};
    ctx.kiosk = false;
    if (kioskStore().leave) kioskStore().leave();
  }
}

Json kioskState() {
  using namespace kiosk;
  const View& v = view();
  Json rated = Json::array();
  for (const std::string& t : v.rated) rated.push_back(t);
  return Json{{"snapshot", !v.snapshot.is_null()},
              {"panel", panelId(static_cast<Panel>(v.panel))},
              {"panelIndex", v.panel},
              {"rotations", v.rotations},
              {"idleResets", v.idleResets},
              {"session", v.session},
              {"rated", rated},
              {"rateTarget", v.rateTarget},
              {"ratingsStored", v.ratingsStored},
              {"ratingsIgnored", v.ratingsIgnored},
              {"thanks", v.thanksUntil > ImGui::GetTime()},
              {"exitOpen", v.exitOpen},
              {"exitMessage", v.exitMessageKey},
              {"pinDigits", v.pinEntry.size()},  // how many typed, never which
              {"pinSet", report::hasPin(v.pinDoc)},
              {"portrait", v.portrait},
              {"scale", v.scale},
              {"shift", Json::array({v.shift.x, v.shift.y})}};
}

}  // namespace gj::ui
