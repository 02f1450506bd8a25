#include "ui/theme.h"

namespace gj::ui {

void pushBrandButtons() {
  ImGui::PushStyleColor(ImGuiCol_Button, theme::kBrandDark);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.45f, 0.05f, 0.07f, 1.0f));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.35f, 0.03f, 0.05f, 1.0f));
}

void applyTheme() {
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.FramePadding = ImVec2(10, 6);
  style.ItemSpacing = ImVec2(10, 8);
  style.FrameRounding = 4;
  style.ChildRounding = 6;
  style.GrabRounding = 4;
  style.ScrollbarSize = 14;
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = ImVec4(0.98f, 0.98f, 0.97f, 1.0f);
  c[ImGuiCol_Text] = ImVec4(0.13f, 0.13f, 0.15f, 1.0f);
  c[ImGuiCol_TextDisabled] = theme::kMuted;
  c[ImGuiCol_Header] = ImVec4(0.74f, 0.11f, 0.13f, 0.12f);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.74f, 0.11f, 0.13f, 0.18f);
  c[ImGuiCol_HeaderActive] = ImVec4(0.74f, 0.11f, 0.13f, 0.26f);
  c[ImGuiCol_Button] = ImVec4(0.93f, 0.92f, 0.91f, 1.0f);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.88f, 0.86f, 0.85f, 1.0f);
  c[ImGuiCol_ButtonActive] = ImVec4(0.82f, 0.80f, 0.79f, 1.0f);
  c[ImGuiCol_CheckMark] = theme::kBrand;
  c[ImGuiCol_FrameBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  c[ImGuiCol_Border] = ImVec4(0.82f, 0.81f, 0.80f, 1.0f);
  c[ImGuiCol_TableHeaderBg] = ImVec4(0.93f, 0.91f, 0.89f, 1.0f);
  c[ImGuiCol_TableRowBgAlt] = ImVec4(0.96f, 0.95f, 0.94f, 1.0f);
  c[ImGuiCol_TableBorderLight] = ImVec4(0.88f, 0.87f, 0.86f, 1.0f);
  style.CellPadding = ImVec2(8, 5);
  style.FrameBorderSize = 1;
}

}  // namespace gj::ui
