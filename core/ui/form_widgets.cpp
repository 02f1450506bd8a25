// See form_widgets.h.
#include "ui/form_widgets.h"

#include "ui/edit_stamp.h"

#include <algorithm>

#include <imgui.h>

#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

void sectionTitle(const char* key) {
  ImGui::Spacing();
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrandDark);
  ImGui::TextUnformatted(tr(key));
  ImGui::PopStyleColor();
  ImGui::Separator();
}

void mutedText(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void errorText(const std::string& text) {
  if (text.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void detailRow(const char* key, const std::string& value, float x) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextUnformatted(tr(key));
  ImGui::PopStyleColor();
  ImGui::SameLine(x);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(value.c_str());
  ImGui::PopTextWrapPos();
}

int resizeStringCallback(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    auto* text = static_cast<std::string*>(data->UserData);
    text->resize(static_cast<std::size_t>(data->BufTextLen));
    data->Buf = text->data();
  }
  return 0;
}

void formLabel(const char* key) {
  ImGui::Spacing();
  ImGui::TextUnformatted(tr(key));
}

void formError(const std::map<std::string, std::string>& errors, const char* field) {
  auto it = errors.find(field);
  if (it == errors.end()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
  ImGui::TextWrapped("%s", it->second.c_str());
  ImGui::PopStyleColor();
}

void clippedCell(const std::string& text) {
  ImGui::TextUnformatted(text.c_str());
  if (ImGui::IsItemHovered() && ImGui::CalcTextSize(text.c_str()).x > ImGui::GetColumnWidth()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

void labelledBar(float fraction, const char* label, const char* widest, const ImVec4& fill) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float labelWidth = ImGui::CalcTextSize(label).x;
  const float room = *label ? std::max(ImGui::CalcTextSize(widest).x, labelWidth) + style.ItemInnerSpacing.x : 0.0f;
  const float bar = std::max(ImGui::GetFontSize() * 2.0f, ImGui::GetContentRegionAvail().x - room);
  const ImVec2 start = ImGui::GetCursorScreenPos();
  // The label first (right-aligned in its room): its rectangle is where this line's text sits, which a
  // table row aligned to frame padding moves down; the bar is centred on it.
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + bar + room - labelWidth);
  ImGui::TextUnformatted(label);
  const float mid = (ImGui::GetItemRectMin().y + ImGui::GetItemRectMax().y) * 0.5f, half = ImGui::GetFontSize() * 0.3f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(ImVec2(start.x, mid - half), ImVec2(start.x + bar, mid + half),
                      ImGui::GetColorU32(ImGuiCol_FrameBg), style.FrameRounding);
  const float filled = bar * std::clamp(fraction, 0.0f, 1.0f);
  if (filled > 0.0f)
    draw->AddRectFilled(ImVec2(start.x, mid - half), ImVec2(start.x + filled, mid + half), ImGui::GetColorU32(fill),
                        style.FrameRounding);
  draw->AddRect(ImVec2(start.x, mid - half), ImVec2(start.x + bar, mid + half), ImGui::GetColorU32(ImGuiCol_Border),
                style.FrameRounding);  // the empty part would vanish on a white row without it
}

void formRefusal(ScreenContext& ctx, const std::string& refused) {
  if (refused.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
  ImGui::TextWrapped("%s", refused.c_str());
  ImGui::PopStyleColor();
  if (ctx.operatorName.empty() && ImGui::SmallButton(tr("intake.go_settings"))) ctx.screen = Screen::settings;
}

std::string performRefusal(const ScreenContext& ctx) {
  const Message& m = ctx.workspace->refusal();
  if (m.empty() || m.key == "workspace.read_only") return tr("intake.err.read_only");
  return inLang(m);
}

}  // namespace gj::ui
