// See form_widgets.h.
#include "ui/form_widgets.h"

#include "ui/edit_stamp.h"

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
