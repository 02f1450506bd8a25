// Large type and touch targets for the kiosk, drawn at explicit sizes (see kiosk.h) with the draw list,
// so the same code fits a 1920x1080 and a 1080x1920 screen.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

#include "ui/kiosk.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui::kiosk {

ImU32 colour(const ImVec4& c) { return ImGui::ColorConvertFloat4ToU32(c); }
const ImU32 kInk = IM_COL32(33, 33, 38, 255);
const ImU32 kMutedInk = IM_COL32(96, 96, 104, 255);
const ImU32 kBrandRed = IM_COL32(189, 28, 33, 255);
const ImU32 kCardFill = IM_COL32(255, 255, 255, 255);
const ImU32 kPaper = IM_COL32(248, 246, 241, 255);

View& view() {
  static View v;
  return v;
}

namespace {
ImFont* fontOf(FontRole role) {
  ImFont* f = font(role);
  return f ? f : ImGui::GetFont();
}
}  // namespace

ImVec2 measure(const std::string& s, float size, float wrap, FontRole role) {
  return fontOf(role)->CalcTextSizeA(px(size), FLT_MAX, wrap, s.c_str(), s.c_str() + s.size());
}

ImVec2 text(const std::string& s, float size, ImU32 col, float wrap, FontRole role) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 sz = measure(s, size, wrap, role);
  ImGui::GetWindowDrawList()->AddText(fontOf(role), px(size), at, col, s.c_str(), s.c_str() + s.size(), wrap);
  ImGui::Dummy(ImVec2(std::max(sz.x, 1.0f), sz.y));
  return sz;
}

void textFit(const std::string& s, float size, ImU32 col, float width, FontRole role) {
  if (measure(s, size, 0, role).x <= width) {
    text(s, size, col, 0, role);
    return;
  }
  // Cut whole UTF-8 characters until the text and the ellipsis fit.
  std::string cut = s;
  while (!cut.empty() && measure(cut + "…", size, 0, role).x > width) {
    std::size_t end = cut.size() - 1;
    while (end > 0 && (static_cast<unsigned char>(cut[end]) & 0xC0) == 0x80) --end;
    cut.resize(end);
  }
  text(cut + "…", size, col, 0, role);
}

ImVec2 card(float width, float height, ImU32 fill) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + width, at.y + height), fill, px(18));
  return at;
}

void progressBar(float fraction, float width, float height) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(at, ImVec2(at.x + width, at.y + height), IM_COL32(230, 226, 218, 255), height / 2);
  const float w = std::max(height, width * std::clamp(fraction, 0.0f, 1.0f));
  if (fraction > 0) dl->AddRectFilled(at, ImVec2(at.x + w, at.y + height), kBrandRed, height / 2);
  ImGui::Dummy(ImVec2(width, height));
}

void stars(int count, int of, float size) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float r = px(size) / 2;
  for (int i = 0; i < of; ++i) {
    ImVec2 pts[10];
    const ImVec2 c(at.x + r + i * r * 2.2f, at.y + r);
    for (int k = 0; k < 10; ++k) {
      const float a = -1.5707963f + k * 3.14159265f / 5;
      const float rr = k % 2 == 0 ? r : r * 0.45f;
      pts[k] = ImVec2(c.x + std::cos(a) * rr, c.y + std::sin(a) * rr);
    }
    const ImU32 fill = i < count ? IM_COL32(232, 168, 20, 255) : IM_COL32(222, 218, 210, 255);
    // A star is concave: fill it as five triangles from the centre.
    for (int k = 0; k < 10; ++k) dl->AddTriangleFilled(c, pts[k], pts[(k + 1) % 10], fill);
  }
  ImGui::Dummy(ImVec2(of * r * 2.2f, r * 2));
}

bool button(ScreenContext& ctx, const std::string& label, const char* name, ImVec2 size, ImU32 fill, ImU32 textColour,
            bool enabled) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::PushID(name);
  const bool pressed = ImGui::InvisibleButton("##b", size) && enabled;
  ImGui::PopID();
  ctx.widgets.markLastItem(name);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImU32 f = fill;
  if (!enabled) f = IM_COL32(214, 210, 202, 255);
  else if (ImGui::IsItemActive()) {
    const ImVec4 c = ImGui::ColorConvertU32ToFloat4(fill);
    f = colour(ImVec4(c.x * 0.8f, c.y * 0.8f, c.z * 0.8f, 1));
  }
  dl->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), f, px(16));
  float fontSize = kBody;
  while (fontSize > 20 && measure(label, fontSize).x > size.x - px(24)) fontSize -= 2;
  const ImVec2 ts = measure(label, fontSize);
  dl->AddText(font(FontRole::body) ? font(FontRole::body) : ImGui::GetFont(), px(fontSize),
              ImVec2(at.x + (size.x - ts.x) / 2, at.y + (size.y - ts.y) / 2), enabled ? textColour : kMutedInk,
              label.c_str(), label.c_str() + label.size());
  return pressed;
}

std::string formatted(const char* key, const std::string& a, const std::string& b, const std::string& c) {
  // The tables use %s placeholders only; fill them in order.
  std::string out;
  const std::string* args[] = {&a, &b, &c};
  int used = 0;
  for (const char* p = tr(key); *p; ++p) {
    if (p[0] == '%' && p[1] == 's') {
      out += used < 3 ? *args[used] : "";
      ++used;
      ++p;
    } else {
      out += *p;
    }
  }
  return out;
}

std::string thousands(long long n) {
  std::string digits = std::to_string(n < 0 ? -n : n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

std::string str(const Json& j, const char* key) {
  if (!j.is_object()) return "";
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

long long num(const Json& j, const char* key) {
  if (!j.is_object()) return 0;
  auto it = j.find(key);
  return it != j.end() && it->is_number_integer() ? it->get<long long>() : 0;
}

const Json& list(const Json& j, const char* key) {
  static const Json kEmpty = Json::array();
  if (!j.is_object()) return kEmpty;
  auto it = j.find(key);
  return it != j.end() && it->is_array() ? *it : kEmpty;
}

}  // namespace gj::ui::kiosk
